/**
 * The CLI's view of the outside world. `main(argv, io)` never touches `process` directly, so the whole CLI
 * runs in-process under test with captured streams, a fake file system root and an abort signal.
 */
import { Bss2Error } from '@bss2/fisch';

export interface CliOutput {
  write(chunk: string | Uint8Array): unknown;
  /** True when connected to a terminal (progress bars are only drawn there). */
  readonly isTTY?: boolean | undefined;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Directory relative paths are resolved against (default: process.cwd()). */
  readonly cwd?: string;
  /** Environment used for defaults such as BSS2_REMOTE_HOST (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Ends long-running commands (`serve`) gracefully; the bin wires SIGINT/SIGTERM to it. */
  readonly signal?: AbortSignal;
  /** Called once `serve` is listening (tests use it to learn the port). */
  readonly onListening?: (address: { host: string; port: number }) => void;
}

/** Exit codes: 0 ok, 1 failure while running (or `diff` found differences), 2 bad usage or input. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** An error that ends the CLI with a message and a specific exit code. */
export class CliError extends Bss2Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = EXIT_USAGE) {
    super('E_CLI', message);
    this.exitCode = exitCode;
  }
}

/** Usage-type errors (bad values) exit with 2, everything else that went wrong while running with 1. */
export function exitCodeOf(e: unknown): number {
  if (e instanceof CliError) return e.exitCode;
  if (e instanceof Bss2Error && ['E_RANGE', 'E_TYPE', 'E_ARGUMENT', 'E_OPCODE', 'E_TRUNCATED', 'E_COMMA'].includes(e.code)) {
    return EXIT_USAGE;
  }
  return EXIT_FAILURE;
}
