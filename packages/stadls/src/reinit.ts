/**
 * ReinitStackEntry (spec §2.10) for direct connections: a write-only program that re-establishes state
 * (e.g. SystemInit + base Chip). On a direct connection an enforced `set` runs the program immediately; a
 * non-enforced one is only stored and runs on `enforce()`. Remote schedulers replay the stack themselves.
 */
import { AccessError, type Connection } from '@bss2/fisch';
import type { PlaybackProgram } from './program.js';
import { run } from './run.js';

const stacks = new WeakMap<Connection, ReinitStackEntry[]>();

export class ReinitStackEntry {
  private program: PlaybackProgram | null = null;
  private popped = false;

  /** Pushes a new (empty) entry onto the connection's reinit stack. */
  constructor(private readonly connection: Connection) {
    let s = stacks.get(connection);
    if (!s) stacks.set(connection, (s = []));
    s.push(this);
  }

  /** Sets the reinit program (must be write-only); with `enforce`, runs it now. */
  async set(program: PlaybackProgram, enforce = true): Promise<void> {
    this.checkLive();
    if (program.sizeFromFpga !== 0) throw new AccessError('ReinitStackEntry can only be set to write-only playback programs');
    this.program = program;
    if (enforce) await run(this.connection, program);
  }

  /** Runs the stored program now (no-op without one). */
  async enforce(): Promise<void> {
    this.checkLive();
    if (this.program) await run(this.connection, this.program);
  }

  /** Removes this entry; only the top entry of the stack may be popped. */
  pop(): void {
    this.checkLive();
    const s = stacks.get(this.connection)!;
    if (s[s.length - 1] !== this) throw new AccessError('ReinitStackEntry: only the top entry of the reinit stack can be popped');
    s.pop();
    this.popped = true;
    this.program = null;
  }

  /** Entries currently on `connection`'s stack (bottom first). */
  static stack(connection: Connection): readonly ReinitStackEntry[] {
    return stacks.get(connection) ?? [];
  }

  private checkLive(): void {
    if (this.popped) throw new AccessError('ReinitStackEntry was already popped');
  }
}
