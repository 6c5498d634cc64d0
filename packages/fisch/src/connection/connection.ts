/**
 * The transport contract every backend implements: hardware (USB, ...), the simulator, remote executors and
 * test doubles. Upper layers only ever talk to this interface, so a program that runs on one backend runs
 * unchanged on any other.
 */
import type { ConnectionTimeInfo } from './time-info.js';

export type ConnectionTarget = 'hardware' | 'simulation';

export interface ExecuteOptions {
  /** Aborts a pending execution; the promise rejects with a `ConnectionError` (code `E_ABORTED`). */
  readonly signal?: AbortSignal;
}

export interface ExecuteResult {
  /**
   * The from-FPGA byte stream (big-endian 64-bit words, comma-padded). It always ends with the
   * from-FPGA halt Loopback that acknowledges the halt the connection appended to the program.
   */
  readonly responses: Uint8Array;
  /** Durations of this execution only. */
  readonly timeInfo: ConnectionTimeInfo;
}

export interface Connection {
  /** Short backend name, e.g. "sim", "zeromock", "usb", "remote". */
  readonly name: string;
  readonly supportedTargets: readonly ConnectionTarget[];
  /** Identifies the setup (hardware: board/chip id; simulation: "simulation"; mocks: their name). */
  uniqueIdentifier(): string;
  /** FPGA bitfile description (YAML text on hardware, backend name otherwise). */
  bitfileInfo(): string;
  /**
   * Runs one program. `program` is the big-endian to-FPGA word stream *without* the final halt: the
   * connection appends `system::Loopback(halt)`, runs until the FPGA acknowledges it, and returns every
   * response. Executions on one connection are serialised in submission order.
   */
  execute(program: Uint8Array, options?: ExecuteOptions): Promise<ExecuteResult>;
  /** Durations accumulated since the connection was opened. */
  timeInfo(): ConnectionTimeInfo;
  /** Releases the backend. Further `execute` calls reject with `ConnectionError` (code `E_CLOSED`). */
  close(): Promise<void>;
  /** True once `close()` was called. */
  readonly closed: boolean;
}

/** The to-FPGA halt word (`system::Loopback(halt)`), big-endian. */
export const HALT_WORD_BYTES: Uint8Array = Uint8Array.of(0x0a, 0, 0, 0, 0, 0, 0, 0);

/** Program bytes with the halt word appended, as sent over a real link. */
export function withHalt(program: Uint8Array): Uint8Array {
  const out = new Uint8Array(program.length + 8);
  out.set(program, 0);
  out.set(HALT_WORD_BYTES, program.length);
  return out;
}
