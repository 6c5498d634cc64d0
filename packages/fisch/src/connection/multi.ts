/**
 * MultiConnection (spec 2.7): a fixed list of connections, one per FPGA, executed in parallel. `run`
 * accepts it wherever it accepts an array of connections.
 */
import { InvalidArgumentError } from '../errors.js';
import type { Connection, ExecuteOptions, ExecuteResult } from './connection.js';
import type { ConnectionTimeInfo } from './time-info.js';

export class MultiConnection {
  readonly connections: readonly Connection[];

  constructor(connections: readonly Connection[]) {
    if (!Array.isArray(connections) || connections.length === 0) {
      throw new InvalidArgumentError('MultiConnection needs at least one connection');
    }
    this.connections = [...connections];
  }

  /** "Multi" + the sub-connection name. */
  get name(): string {
    return `Multi${this.connections[0]!.name}`;
  }

  size(): number {
    return this.connections.length;
  }

  /** Sub-connection `index` (range-checked). */
  at(index: number): Connection {
    const c = this.connections[index];
    if (!Number.isInteger(index) || c === undefined) {
      throw new InvalidArgumentError(`MultiConnection index ${index} out of range 0..${this.connections.length - 1}`);
    }
    return c;
  }

  /** Runs one program per sub-connection in parallel; results in connection order. */
  execute(programs: readonly Uint8Array[], options: ExecuteOptions = {}): Promise<ExecuteResult[]> {
    if (programs.length !== this.connections.length) {
      return Promise.reject(
        new InvalidArgumentError(
          `Supplied number of message lists doesn't match multi-connection size: ${programs.length} != ${this.connections.length}`,
        ),
      );
    }
    return Promise.all(this.connections.map((c, i) => c.execute(programs[i]!, options)));
  }

  timeInfo(): ConnectionTimeInfo[] {
    return this.connections.map((c) => c.timeInfo());
  }

  uniqueIdentifier(): string[] {
    return this.connections.map((c) => c.uniqueIdentifier());
  }

  bitfileInfo(): string[] {
    return this.connections.map((c) => c.bitfileInfo());
  }

  async close(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.close()));
  }
}
