/**
 * Dumper: records what a builder would do, as (coordinate, container) writes and blocking/timing commands,
 * for inspection, serialisation (see `serialization.ts`), replay (`convertToBuilder`) and conversion of a
 * configuration sequence into a lola Chip (`convertToChip`).
 *
 * As upstream: the differential-write reference is dropped (only the new value is recorded) and reads are
 * not supported. Unlike upstream, `mergeFront` really prepends (upstream keeps only the other's entries).
 */
import { AccessError, checkInt, checkNumber, InvalidArgumentError, moduleLogger, type ToFpgaMessage } from '@bss2/fisch';
import { CollectingSink, type Container, type Coordinate } from '@bss2/haldls';
import { Chip, ChipOnDLS, ChipType } from '@bss2/lola';
import { blockMessage, PlaybackProgramBuilder, TIMER_MAX, type BlockCondition } from './builder.js';
import { FPGA_CLOCK_CYCLES_PER_US } from './program.js';

const log = moduleLogger('stadls.dumper');

export type DumpEntry =
  | { readonly kind: 'write'; readonly coord: Coordinate; readonly container: Container }
  | { readonly kind: 'block'; readonly condition: BlockCondition }
  | { readonly kind: 'message'; readonly msg: ToFpgaMessage };

/** The write/timing surface shared by PlaybackProgramBuilder and the Dumper (what init generators use). */
export interface BuilderLike {
  write(coord: Coordinate, container: Container, reference?: Container): unknown;
  blockUntil(cond: BlockCondition): unknown;
  message(msg: ToFpgaMessage): unknown;
}

/** Resets the timer and waits `cycles` on any builder-like target. */
export function waitOn(b: BuilderLike, cycles: number): void {
  b.message({ type: 'timing.Setup' });
  b.blockUntil({ kind: 'timer', value: checkInt('wait cycles', cycles, 0, TIMER_MAX) });
}

/** Resets the timer and waits `us` microseconds on any builder-like target. */
export function waitUsOn(b: BuilderLike, us: number): void {
  waitOn(b, Math.round(checkNumber('wait us', us, 0, TIMER_MAX / FPGA_CLOCK_CYCLES_PER_US) * FPGA_CLOCK_CYCLES_PER_US));
}

export class PlaybackProgramBuilderDumper implements BuilderLike {
  private entries: DumpEntry[] = [];

  /** Records a write; the differential reference is dropped (only `container` is kept). */
  write(coord: Coordinate, container: Container, _reference?: Container): this {
    if (!container.containerType.writable) throw new AccessError(`Container not writeable: ${container.containerType.typeName}`);
    this.entries.push({ kind: 'write', coord, container });
    return this;
  }
  read(): never {
    throw new AccessError('Dumper does not support reads.');
  }
  blockUntil(condition: BlockCondition): this {
    blockMessage(condition); // validates
    this.entries.push({ kind: 'block', condition });
    return this;
  }
  message(msg: ToFpgaMessage): this {
    this.entries.push({ kind: 'message', msg });
    return this;
  }
  resetTimer(): this {
    return this.message({ type: 'timing.Setup' });
  }
  wait(cycles: number): this {
    waitOn(this, cycles);
    return this;
  }
  mergeBack(other: PlaybackProgramBuilderDumper): this {
    if (other === this) throw new InvalidArgumentError('Dumper: cannot merge with itself');
    this.entries.push(...other.entries);
    other.entries = [];
    return this;
  }
  mergeFront(other: PlaybackProgramBuilderDumper): this {
    if (other === this) throw new InvalidArgumentError('Dumper: cannot merge with itself');
    this.entries = [...other.entries, ...this.entries];
    other.entries = [];
    return this;
  }
  copyBack(other: PlaybackProgramBuilderDumper): this {
    this.entries.push(...other.entries);
    return this;
  }
  empty(): boolean {
    return this.entries.length === 0;
  }
  isWriteOnly(): boolean {
    return true;
  }
  sizeToFpga(): never {
    throw new AccessError('Dumper does not support size_to_fpga');
  }
  sizeFromFpga(): never {
    throw new AccessError('Dumper does not support size_from_fpga');
  }
  done(): DumperDone {
    const d = new DumperDone(this.entries);
    this.entries = [];
    return d;
  }
}

export class DumperDone {
  readonly values: readonly DumpEntry[];
  constructor(values: readonly DumpEntry[]) {
    this.values = [...values];
  }
  equals(o: DumperDone): boolean {
    return o.values.length === this.values.length && this.values.every((e, i) => entryEquals(e, o.values[i]!));
  }
  /** A copy without blocking entries. */
  removeBlockUntil(): DumperDone {
    return new DumperDone(this.values.filter((e) => e.kind !== 'block'));
  }
  /**
   * Keeps only the last write per coordinate (and the last block per condition kind). Like upstream it
   * orders by coordinate and keeps the last entry of each group, so order between coordinates is not kept.
   */
  squash(): DumperDone {
    const keyOf = (e: DumpEntry): string =>
      e.kind === 'write' ? `w:${e.coord.typeName}:${e.coord.toEnum()}` : e.kind === 'block' ? `b:${e.condition.kind}` : `m:${e.msg.type}`;
    const last = new Map<string, number>();
    this.values.forEach((e, i) => last.set(keyOf(e), i));
    const keep = [...last.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, i]) => this.values[i]!);
    return new DumperDone(keep);
  }
  toString(): string {
    return this.values
      .map((e) => (e.kind === 'write' ? `write ${e.coord.toString()}: ${e.container.toString()}` : e.kind === 'block' ? `block_until ${JSON.stringify(e.condition)}` : `message ${JSON.stringify(e.msg)}`))
      .join('\n');
  }
}

function entryEquals(a: DumpEntry, b: DumpEntry): boolean {
  if (a.kind === 'write' && b.kind === 'write') return a.coord.equals(b.coord) && a.container.equals(b.container);
  if (a.kind === 'block' && b.kind === 'block') return JSON.stringify(a.condition) === JSON.stringify(b.condition);
  if (a.kind === 'message' && b.kind === 'message') return JSON.stringify(a.msg) === JSON.stringify(b.msg);
  return false;
}

/** A dumper holding the recorded entries again. */
export function convertToDumper(done: DumperDone): PlaybackProgramBuilderDumper {
  const d = new PlaybackProgramBuilderDumper();
  for (const e of done.values) replay(d, e);
  return d;
}

function replay(b: BuilderLike, e: DumpEntry): void {
  if (e.kind === 'write') b.write(e.coord, e.container);
  else if (e.kind === 'block') b.blockUntil(e.condition);
  else b.message(e.msg);
}

/** Replays a recording into a new PlaybackProgramBuilder. */
export function convertToBuilder(done: DumperDone | PlaybackProgramBuilderDumper): PlaybackProgramBuilder {
  const values = done instanceof DumperDone ? done.values : new DumperDone((done as unknown as { entries: DumpEntry[] }).entries).values;
  const b = new PlaybackProgramBuilder();
  for (const e of values) replay(b, e);
  return b;
}

/**
 * Builds the lola Chip a recording leaves behind: starts from `previous` (default Chip), applies every
 * recorded write whose words fall into the Chip's address space, and decodes the Chip from that memory.
 * Writes outside the Chip (e.g. EventRecordingConfig, timer) are ignored with a warning; blocks are skipped.
 */
export function convertToChip(done: DumperDone, previous: Chip = new Chip()): Chip {
  const addresses = ChipType.readAddresses(ChipOnDLS);
  const index = new Map<number, number>();
  addresses.forEach((a, i) => index.set(a, i));
  const words = new Uint32Array(addresses.length);
  const base = new CollectingSink();
  previous.encode(ChipOnDLS, base);
  base.addresses.forEach((a, i) => {
    const j = index.get(a);
    if (j !== undefined) words[j] = base.values[i]!;
  });
  for (const e of done.values) {
    if (e.kind !== 'write') continue;
    const sink = new CollectingSink();
    e.container.encode(e.coord, sink);
    let foreign = 0;
    sink.addresses.forEach((a, i) => {
      const j = index.get(a);
      if (j === undefined) foreign++;
      else words[j] = sink.values[i]!;
    });
    if (foreign > 0) log.warn(`convertToChip: ${e.container.containerType.typeName} at ${e.coord.toString()} is not part of the Chip (${foreign} words ignored)`);
  }
  return ChipType.decode(ChipOnDLS, words);
}
