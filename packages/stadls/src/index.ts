/**
 * @bss2/stadls: experiment construction and execution. PlaybackProgramBuilder (write/read/block over haldls
 * and lola containers), AbsoluteTimePlaybackProgramBuilder (timed commands), typed read tickets, `run()`,
 * init generators and the Dumper.
 *
 * Common path: configure containers -> `new PlaybackProgramBuilder()` -> `write(...)`, `read(...)` ->
 * `done()` -> `await run(connection, program)` -> `program.spikes`, `program.madcSamples`, `ticket.get()`.
 */
export * from './program.js';
export * from './builder.js';
export * from './backend.js';
export * from './ticket.js';
export * from './registry.js';
export * from './absolute-time.js';
export * from './run.js';
export { describeInstruction } from './instructions.js';
export * from './dumper.js';
export * from './init.js';
export * from './experiment.js';
export * from './serialization.js';
export * from './reinit.js';
