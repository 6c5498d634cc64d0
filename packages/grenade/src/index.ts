/**
 * @bss2/grenade: the network graph compiler. Describe a spiking network with `NetworkBuilder` (immutable once
 * `done()`), compile it (placement, routing with weight splitting and label/driver allocation, connectum
 * self-check, chip configuration plan) and run it, batch-wise and per execution instance, on a fisch
 * `Connection` (hardware, `SimConnection`, remote) or any `ExecutionBackend`.
 *
 * ```ts
 * import { NetworkBuilder, allToAll, run } from '@bss2/grenade';
 *
 * const net = new NetworkBuilder();
 * const input = net.addExternalSource(100);
 * const pop = net.addPopulation(64, { record: true });           // placed automatically
 * net.addProjection(input, pop, allToAll({ weight: 20 }));        // weights > 63 are split, never truncated
 * const network = net.done();
 * const result = await run(connection, network,
 *   { spikes: [{ population: input, times: input100Times }] },   // [neuron][spike times in FPGA cycles]
 *   { runtime: 125_000 });                                        // 1 ms; or one runtime per batch entry
 * result.spikes(pop);                                             // [batch][neuron] -> spike times
 * ```
 *
 * On a plain connection `run()` generates stadls playback programs with the default lola Chip configurator
 * (`createLolaChipConfigurator`: the routing applied onto a lola Chip, the first write full, later ones
 * differential against the chip last written on that connection); `useChipConfigurator(...)` changes the
 * configurator or its options, e.g. `createSimRegisterConfigurator()` (the simulator-register adapter) or
 * a shorter CapMem settling wait on the simulator. Base chips (e.g. calibrated) go in `options.chips`.
 * Re-running a network that differs only in weights on the same target reuses the routing and writes only
 * the changed synapses. MADC/CADC recordings (`addMadcRecording`, `addCadcRecording`) come back per batch
 * entry via `result.madc()` / `result.cadc()`. Any `ExecutionBackend` (e.g. `BypassModelBackend`) can be
 * passed instead of a connection.
 */
export * from './errors.js';
export * from './hardware.js';
export * from './network.js';
export * from './connectors.js';
export * from './builder.js';
export * from './routing/weight-split.js';
export * from './routing/driver-allocation.js';
export * from './routing/result.js';
export * from './routing/router.js';
export * from './self-check.js';
export * from './propagation.js';
export * from './compile.js';
export * from './execution.js';
export * from './model-backend.js';
export * from './stadls-backend.js';
export * from './routing/summary.js';
export * from './config-plan.js';
export * from './lola-configurator.js';
export * from './sim-configurator.js';
