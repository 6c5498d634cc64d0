/**
 * run(): executes programs on a connection and decodes the responses into them (spec §2.9).
 */
import {
  addTimeInfo,
  ExecutionError,
  moduleLogger,
  nowNs,
  ZERO_TIME_INFO,
  type Connection,
  type ConnectionTimeInfo,
  type ExecuteOptions,
} from '@bss2/fisch';
import type { PlaybackProgram } from './program.js';

const log = moduleLogger('stadls.run');

export interface RunTimeInfo {
  /** Connection durations (encode, decode, commit, execution) summed over the executed programs. */
  readonly connection: ConnectionTimeInfo;
  /** Time spent decoding responses into the programs, in ns. */
  readonly playbackDecodeNs: number;
}

/**
 * Runs `programs` in order on `connection` (each one playback execution; a BSS-2 connection drives one FPGA)
 * and fills their responses. Throws `ExecutionError` if a program cannot run on the connection's target,
 * if the FPGA reported an instruction timeout (with the instruction context in the message), or if
 * responses are missing. Empty programs are valid and run.
 */
export function run(connection: Connection, ...programs: PlaybackProgram[]): Promise<RunTimeInfo> {
  return runPrograms(connection, programs);
}

/** `run` with execution options (e.g. an AbortSignal). */
export async function runPrograms(connection: Connection, list: readonly PlaybackProgram[], options: ExecuteOptions = {}): Promise<RunTimeInfo> {
  if (list.length === 0) throw new ExecutionError('run: at least one program is required');
  for (const p of list) {
    const remaining = connection.supportedTargets.filter((t) => !p.unsupportedTargets.has(t));
    if (remaining.length === 0) {
      throw new ExecutionError(
        `Trying to execute program on unsupported target: connection "${connection.name}" supports ` +
          `[${connection.supportedTargets.join(', ')}] but the program reads containers unreadable on [${[...p.unsupportedTargets].join(', ')}]`,
      );
    }
  }
  let time = ZERO_TIME_INFO;
  let decodeNs = 0;
  for (const p of list) {
    const result = await connection.execute(p.toBytes(), options);
    time = addTimeInfo(time, result.timeInfo);
    const t0 = nowNs();
    p.clearResponses();
    p.pushResponses(result.responses);
    const ns = nowNs() - t0;
    decodeNs += ns;
    p.runTimeInfo = { connection: result.timeInfo, playbackDecodeNs: ns };
    for (const n of p.highspeedLinkNotifications) log.debug(`highspeed link notification 0x${n.value.toString(16)} at ${n.fpgaTime}`);
  }
  const failed = list.filter((p) => !p.runOk());
  if (failed.length > 0) {
    const details = failed.flatMap((p) => p.timeoutNotifications.map((t) => p.describeTimeout(t)));
    for (const d of details) log.error(d);
    throw new ExecutionError(`${failed.length} program(s) received FPGA timeout notification(s):\n${details.join('\n')}`);
  }
  const missing = list.filter((p) => !p.ticketsValid());
  if (missing.length > 0) {
    const p = missing[0]!;
    throw new ExecutionError(
      `Not all response data to PlaybackPrograms valid: expected Omnibus ${p.expected.omnibus}, JTAG ${p.expected.jtag}, ` +
        `loopback ${p.expected.loopback}; got ${p.omnibus.length}, ${p.jtag.length}, ${p.loopback.length}`,
    );
  }
  return { connection: time, playbackDecodeNs: decodeNs };
}
