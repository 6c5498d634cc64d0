/**
 * run(connection(s), program(s)) (spec 4.4): execute, decode the responses into each program, and fail
 * loudly on FPGA timeout notifications or missing ticket data.
 */
import { ExecutionError, InvalidArgumentError } from '../errors.js';
import type { Connection, ExecuteOptions } from '../connection/connection.js';
import { MultiConnection } from '../connection/multi.js';
import { addTimeInfo, nowNs, ZERO_TIME_INFO, type ConnectionTimeInfo } from '../connection/time-info.js';
import { moduleLogger } from '../logging.js';
import { PlaybackProgram } from './program.js';
import { RESPONSE_QUEUE_NAMES, ResponseQueueKind } from './response-queue.js';
import { ToFpgaOpcode } from '../ut/to-fpga.js';

/** Timing of one `run`: per-connection time info and the time spent decoding responses into programs. */
export interface RunTimeInfo {
  /** One entry per connection, durations of this run only. */
  readonly connections: readonly ConnectionTimeInfo[];
  /** Sum over `connections`. */
  readonly timeInfo: ConnectionTimeInfo;
  /** Nanoseconds spent in the playback decoder (all programs). */
  readonly playbackDecodeNs: number;
}

/** Trace-stall window and Omnibus tree depth of the timeout notification fields (for messages). */
const TRACE_STALL_WINDOW = 96;
const OMNIBUS_TREE_DEPTH = 52;
const CONTEXT_INSTRUCTIONS = 10;

/**
 * Human-readable explanation of the timeout notifications of a program (spec 4.5): FPGA time, failing
 * instruction index out of the program size, trace stalls, reads in flight and the 10 instructions before
 * the failing one.
 */
export function describeTimeouts(program: PlaybackProgram): string {
  const lines: string[] = [];
  const notes = program.timeoutNotifications;
  if (notes.length > 1) lines.push(`FPGA illegally triggered multiple error conditions (${notes.length})`);
  for (const n of notes) {
    const valid = n.instructionIndex < program.size;
    lines.push(
      `instruction timeout at FPGATime(${n.fpgaTime}): instruction ` +
        (valid ? `${n.instructionIndex} of ${program.size}` : `invalid index ${n.instructionIndex} (program size ${program.size})`) +
        `, trace stalls ${n.traceStallCount} of ${TRACE_STALL_WINDOW}, ` +
        `Omnibus reads in flight ${n.omnibusReadsInFlight} of ${OMNIBUS_TREE_DEPTH}`,
    );
    if (valid) {
      const from = Math.max(0, n.instructionIndex - CONTEXT_INSTRUCTIONS);
      lines.push(`  preceding instructions ${from}..${n.instructionIndex - 1}:`);
      for (let i = from; i < n.instructionIndex; i++) lines.push(`    [${i}] ${program.formatInstruction(i)}`);
      lines.push(`  >>[${n.instructionIndex}] ${program.formatInstruction(n.instructionIndex)}`);
      if (n.omnibusReadsInFlight > 0) lines.push(...describeReadsInFlight(program, n.instructionIndex));
    }
  }
  return lines.join('\n');
}

/**
 * Instructions from the last Omnibus read that was answered up to the timed-out instruction, with a marker
 * at the first read whose response is missing (responses of one type arrive in order, so the k-th response
 * answers the k-th read).
 */
function describeReadsInFlight(program: PlaybackProgram, timeoutIndex: number): string[] {
  const answered = program.queueLength(ResponseQueueKind.Omnibus);
  const reads: number[] = [];
  for (let i = 0; i <= timeoutIndex; i++) {
    const hi = program.instructions.hi(i);
    if (hi >>> 24 === ToFpgaOpcode.OmnibusAddress && (hi >>> 4) & 1) reads.push(i);
  }
  const firstMissing = reads[answered];
  if (firstMissing === undefined) return [`  no unanswered Omnibus read before instruction ${timeoutIndex}`];
  const from = answered > 0 ? reads[answered - 1]! : firstMissing;
  const out = [`  Omnibus reads in flight: ${answered} of ${reads.length} answered; instructions ${from}..${timeoutIndex}:`];
  for (let i = from; i <= timeoutIndex; i++) {
    out.push(`    ${i === firstMissing ? '!!' : '  '}[${i}] ${program.formatInstruction(i)}`);
  }
  return out;
}

function asArray<T>(x: T | readonly T[]): readonly T[] {
  return Array.isArray(x) ? (x as readonly T[]) : [x as T];
}

/**
 * Runs one program per connection (in parallel across connections) and decodes the responses into the
 * programs. Throws `ExecutionError` if an FPGA reported an instruction timeout or a ticket's data is missing.
 */
export async function run(
  connection: Connection | readonly Connection[] | MultiConnection,
  program: PlaybackProgram | readonly PlaybackProgram[],
  options: ExecuteOptions = {},
): Promise<RunTimeInfo> {
  const connections = connection instanceof MultiConnection ? connection.connections : asArray(connection);
  const programs = asArray(program);
  if (connections.length !== programs.length) {
    throw new InvalidArgumentError(
      `For each fpga exactly one program is required: ${connections.length} connections, ${programs.length} programs`,
    );
  }
  programs.forEach((p, i) => {
    if (!(p instanceof PlaybackProgram)) throw new InvalidArgumentError(`run: program ${i} is not a PlaybackProgram`);
  });
  const results = await Promise.all(connections.map((c, i) => c.execute(programs[i]!.toBytes(), options)));
  const t0 = nowNs();
  let failed = 0;
  const reports: string[] = [];
  let incomplete = '';
  programs.forEach((p, i) => {
    p.clearResponses();
    p.pushResponses(results[i]!.responses);
    if (!p.runOk()) {
      failed++;
      const report = describeTimeouts(p);
      moduleLogger('fisch.run').error(report);
      reports.push(`FPGA ${i}: ${report}`);
    }
    if (!p.ticketsValid()) {
      const got = [0, 1, 2].map((q) => `${RESPONSE_QUEUE_NAMES[q]} ${p.queueLength(q as 0 | 1 | 2)}/${p.expected[q]}`);
      incomplete += `${incomplete ? '; ' : ''}FPGA ${i}: ${got.join(', ')}`;
    }
  });
  const decodeNs = nowNs() - t0;
  if (failed > 0) {
    throw new ExecutionError(`${failed} FPGA(s) sent error notification(s):\n${reports.join('\n')}`);
  }
  if (incomplete) throw new ExecutionError(`Not all response data to PlaybackPrograms valid (${incomplete})`);
  const infos = results.map((r) => r.timeInfo);
  return { connections: infos, timeInfo: infos.reduce(addTimeInfo, ZERO_TIME_INFO), playbackDecodeNs: decodeNs };
}
