/**
 * A `Connection` wrapper that keeps a copy of every program it runs and the answer it got: the CLI uses it
 * to dump the playback programs grenade generates for an experiment.
 */
import { extname } from 'node:path';
import type { Connection, ConnectionTarget, ConnectionTimeInfo, ExecuteOptions, ExecuteResult } from '@bss2/fisch';
import type { ProgramDumpData } from './program-file.js';

export class RecordingConnection implements Connection {
  /** Every successfully executed program, in order, with the backend's answer. */
  readonly programs: ProgramDumpData[] = [];

  constructor(private readonly inner: Connection) {}

  get name(): string {
    return this.inner.name;
  }

  get supportedTargets(): readonly ConnectionTarget[] {
    return this.inner.supportedTargets;
  }

  get closed(): boolean {
    return this.inner.closed;
  }

  uniqueIdentifier(): string {
    return this.inner.uniqueIdentifier();
  }

  bitfileInfo(): string {
    return this.inner.bitfileInfo();
  }

  timeInfo(): ConnectionTimeInfo {
    return this.inner.timeInfo();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  async execute(program: Uint8Array, options?: ExecuteOptions): Promise<ExecuteResult> {
    const copy = program.slice(); // the caller may reuse its buffer
    const result = await this.inner.execute(program, options);
    this.programs.push({ toFpga: copy, fromFpga: result.responses, backend: this.inner.name });
    return result;
  }
}

/** `out.pb` for a single file, `out.1.pb`, `out.2.pb`, ... when there are several. */
export function numberedPath(path: string, index: number, count: number): string {
  if (count === 1) return path;
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}.${index + 1}${ext}`;
}
