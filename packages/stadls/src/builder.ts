/**
 * PlaybackProgramBuilder: collects writes, reads and blocking instructions for haldls and lola containers
 * (anything implementing the haldls `Container` contract) into a fisch instruction stream.
 *
 * Typical use:
 * ```ts
 * const b = new PlaybackProgramBuilder();
 * b.write(coord, container);                 // configuration
 * const t = b.read(otherCoord);              // typed ticket
 * b.blockUntilBarrier(Barrier.omnibus);      // wait for all reads
 * const program = b.done();
 * await run(connection, program);
 * t.get();                                   // decoded container
 * ```
 */
import {
  AccessError,
  BarrierMask,
  checkInt,
  checkNumber,
  InvalidArgumentError,
  WordBuffer,
  type ConnectionTarget,
  type ToFpgaMessage,
} from '@bss2/fisch';
import { type Container, type ContainerType, type Coordinate, type EncodeSink } from '@bss2/haldls';
import { Backend, checkBackend, checkJtagReachable, JtagWriteSink, pushJtagRead, pushJtagWrite } from './backend.js';
import { describeInstruction, expectedResponsesOf, pushMessage, pushOmnibusRead, pushOmnibusWrite } from './instructions.js';
import { FPGA_CLOCK_CYCLES_PER_US, PlaybackProgram, type ExpectedResponses } from './program.js';
import { containerTypeFor } from './registry.js';
import { ContainerTicket, TicketSlot } from './ticket.js';

/** Barrier channels for `blockUntilBarrier` (combinable with `|`). */
export const Barrier = BarrierMask;

/** A blocking condition (spec lola_stadls.md §2.3). */
export type BlockCondition =
  /** Wait until the FPGA timer reaches `value` cycles (reset it with `resetTimer`). */
  | { readonly kind: 'timer'; readonly value: number }
  /** Wait until the channels in `mask` (see `Barrier`) are idle. */
  | { readonly kind: 'barrier'; readonly mask: number }
  /** Poll the Omnibus address set up in PollingOmnibusBlockConfig until (value & mask) ==/!= target. */
  | { readonly kind: 'polling'; readonly expectEquality: boolean };

/** Largest timer value (32-bit FPGA timer in 125 MHz cycles, ~34 s). */
export const TIMER_MAX = 0xffff_ffff;

/** Optional capability flags a ContainerType may declare (haldls/lola extensions of the contract). */
interface TypeCapabilities {
  readonly differentialWrite?: boolean;
  readonly supportsDifferentialWrite?: boolean;
  readonly unsupportedReadTargets?: readonly ConnectionTarget[];
}

function supportsDifferentialWrite(type: ContainerType): boolean {
  const t = type as ContainerType & TypeCapabilities;
  return t.differentialWrite === true || t.supportsDifferentialWrite === true;
}

/** Encodes one block condition as its FPGA message. */
export function blockMessage(cond: BlockCondition): ToFpgaMessage {
  switch (cond.kind) {
    case 'timer':
      return { type: 'timing.WaitUntil', value: checkInt('blockUntil timer value', cond.value, 0, TIMER_MAX) };
    case 'barrier':
      return { type: 'timing.Barrier', mask: checkInt('blockUntil barrier mask', cond.mask, 0, 0x1f) };
    case 'polling':
      return { type: 'timing.PollingOmnibusBlock', value: cond.expectEquality };
  }
}

/**
 * Instruction counts of the last large write per container type (e.g. a full Chip: ~254k messages): the
 * next write of that type reserves its word buffer once instead of growing it by doubling.
 */
const sizeHints = new WeakMap<ContainerType, number>();
const SIZE_HINT_MIN = 4096;

/** Collects Omnibus writes as (address, value) pairs in a growable Uint32Array (differential writes). */
class PairSink implements EncodeSink {
  pairs: Uint32Array;
  count = 0;
  readonly messages: ToFpgaMessage[] = [];
  constructor(instructionsHint = 0) {
    // an Omnibus write is two instructions: the hint of the full write is twice its pair count
    this.pairs = new Uint32Array(Math.max(64, instructionsHint));
  }
  omnibusWrite(address: number, value: number): void {
    const i = 2 * this.count;
    if (i + 2 > this.pairs.length) {
      const next = new Uint32Array(this.pairs.length * 2);
      next.set(this.pairs);
      this.pairs = next;
    }
    this.pairs[i] = address;
    this.pairs[i + 1] = value;
    this.count++;
  }
  message(msg: ToFpgaMessage): void {
    this.messages.push(msg);
  }
}

export class PlaybackProgramBuilder implements EncodeSink {
  private words = new WordBuffer(256);
  private expected: ExpectedResponses = { omnibus: 0, jtag: 0, loopback: 0 };
  private slots: TicketSlot[] = [];
  private unsupported = new Set<ConnectionTarget>();

  /** @internal EncodeSink: containers encode straight into the instruction stream. */
  omnibusWrite(address: number, value: number): void {
    pushOmnibusWrite(this.words, address, value);
  }

  /** Appends a raw to-FPGA message (validated by fisch). Reads via raw messages get no ticket. */
  message(msg: ToFpgaMessage): this {
    pushMessage(this.words, msg);
    const e = expectedResponsesOf(msg);
    this.expected.omnibus += e.omnibus;
    this.expected.jtag += e.jtag;
    this.expected.loopback += e.loopback;
    return this;
  }

  /**
   * Writes `container` at `coord`. With `reference`, performs a differential write: only the Omnibus words
   * that differ from the reference's encoding are emitted (both must be of the same, differential-write
   * capable type). `backend` (default Omnibus) may route a chip-side container through JTAG (see Backend).
   * Throws `AccessError` if the container is not writable, encodes to nothing or cannot use the backend; a
   * failed write leaves the builder unchanged.
   */
  write(coord: Coordinate, container: Container, backend?: Backend): this;
  write(coord: Coordinate, container: Container, reference: Container | undefined, backend?: Backend): this;
  write(coord: Coordinate, container: Container, referenceOrBackend?: Container | Backend, backend?: Backend): this {
    const type = container.containerType;
    const reference = typeof referenceOrBackend === 'string' ? undefined : referenceOrBackend;
    const chosen = checkBackend(typeof referenceOrBackend === 'string' ? referenceOrBackend : (backend ?? Backend.Omnibus));
    if (!type.writable) throw new AccessError(`Container not writeable: ${type.typeName}`);
    if (chosen === Backend.OmnibusChipOverJTAG) checkJtagReachable(type);
    if (reference !== undefined) return this.atomically(() => this.differentialWrite(coord, container, reference, chosen));
    const before = this.words.length;
    const hint = sizeHints.get(type);
    if (hint !== undefined) this.words.reserve(hint);
    if (chosen === Backend.OmnibusChipOverJTAG) {
      this.atomically(() => container.encode(coord, new JtagWriteSink(this.words, type.typeName, (m) => this.message(m))));
    } else {
      container.encode(coord, this);
    }
    const added = this.words.length - before;
    if (added === 0) throw new AccessError(`Container not writeable: ${type.typeName} at ${coord.toString()} encodes to no words`);
    if (added >= SIZE_HINT_MIN) sizeHints.set(type, added);
    return this;
  }

  /** Runs `append`; if it throws, the instructions and response counts it added are taken back. */
  private atomically(append: () => void): this {
    const words = this.words.length;
    const expected = { ...this.expected };
    try {
      append();
    } catch (e) {
      this.words.truncate(words);
      this.expected = expected;
      throw e;
    }
    return this;
  }

  private differentialWrite(coord: Coordinate, container: Container, reference: Container, backend: Backend): void {
    const type = container.containerType;
    if (reference.containerType !== type) {
      throw new InvalidArgumentError(`Differential write: types differ (${type.typeName} vs reference ${reference.containerType.typeName})`);
    }
    if (!supportsDifferentialWrite(type)) throw new AccessError(`Differential write not supported by ${type.typeName}`);
    const hint = sizeHints.get(type);
    const a = new PairSink(hint);
    const b = new PairSink(hint);
    container.encode(coord, a);
    reference.encode(coord, b);
    if (a.count !== b.count) {
      throw new InvalidArgumentError(`Differential write: word counts differ (${a.count} vs ${b.count})`);
    }
    if (a.count >= SIZE_HINT_MIN) sizeHints.set(type, 2 * a.count);
    const A = a.pairs;
    const B = b.pairs;
    const jtag = backend === Backend.OmnibusChipOverJTAG;
    for (let i = 0; i < 2 * a.count; i += 2) {
      if (A[i] === B[i] && A[i + 1] === B[i + 1]) continue;
      if (jtag) pushJtagWrite(this.words, type.typeName, A[i]!, A[i + 1]!);
      else pushOmnibusWrite(this.words, A[i]!, A[i + 1]!);
    }
    for (const m of a.messages) this.message(m);
  }

  /**
   * Reads the container at `coord`. The container type is looked up from the coordinate type unless given;
   * `backend` (default Omnibus) may read a chip-side container through JTAG (see Backend). Returns a typed
   * ticket, valid after the program ran.
   */
  read<C extends Container = Container>(coord: Coordinate, backend?: Backend): ContainerTicket<C>;
  read<C extends Container = Container>(coord: Coordinate, type: ContainerType<C> | undefined, backend?: Backend): ContainerTicket<C>;
  read<C extends Container = Container>(coord: Coordinate, typeOrBackend?: ContainerType<C> | Backend, backend?: Backend): ContainerTicket<C> {
    const chosen = checkBackend(typeof typeOrBackend === 'string' ? typeOrBackend : (backend ?? Backend.Omnibus));
    const t = (typeof typeOrBackend === 'string' ? undefined : typeOrBackend) ?? containerTypeFor<C>(coord);
    if (!t.readable) throw new AccessError(`Container not readable: ${t.typeName}`);
    const addresses = t.readAddresses(coord);
    if (addresses.length === 0) throw new AccessError(`Container not readable: ${t.typeName} at ${coord.toString()} has no read addresses`);
    let slot: TicketSlot;
    if (chosen === Backend.OmnibusChipOverJTAG) {
      checkJtagReachable(t);
      this.atomically(() => {
        for (const a of addresses) pushJtagRead(this.words, t.typeName, a);
      });
      slot = new TicketSlot(this.expected.jtag, addresses.length, 'jtag');
      this.expected.jtag += addresses.length;
    } else {
      this.words.reserve(addresses.length);
      for (const a of addresses) pushOmnibusRead(this.words, a);
      slot = new TicketSlot(this.expected.omnibus, addresses.length, 'omnibus');
      this.expected.omnibus += addresses.length;
    }
    this.slots.push(slot);
    for (const target of (t as ContainerType<C> & TypeCapabilities).unsupportedReadTargets ?? []) this.unsupported.add(target);
    return new ContainerTicket(coord, t, slot);
  }

  /** Appends a blocking instruction. */
  blockUntil(cond: BlockCondition): this {
    return this.message(blockMessage(cond));
  }

  /** Blocks until the FPGA timer reaches `cycles` (125 MHz). */
  blockUntilTimer(cycles: number): this {
    return this.blockUntil({ kind: 'timer', value: cycles });
  }

  /** Blocks until the given barrier channels are idle (default: all Omnibus reads answered). */
  blockUntilBarrier(mask: number = Barrier.omnibus): this {
    return this.blockUntil({ kind: 'barrier', mask });
  }

  /** Resets the FPGA timer to 0 (the only way to write the timer). */
  resetTimer(): this {
    return this.message({ type: 'timing.Setup' });
  }

  /** Resets the timer and waits `cycles` FPGA cycles (125 per µs). */
  wait(cycles: number): this {
    checkInt('wait cycles', cycles, 0, TIMER_MAX);
    return this.resetTimer().blockUntilTimer(cycles);
  }

  /** Resets the timer and waits `us` microseconds (rounded to whole FPGA cycles). */
  waitUs(us: number): this {
    checkNumber('waitUs', us, 0, TIMER_MAX / FPGA_CLOCK_CYCLES_PER_US);
    return this.wait(Math.round(us * FPGA_CLOCK_CYCLES_PER_US));
  }

  /** Sends spike labels (16 bit each) to the chip, packed 3/2/1 per message in order. */
  spikes(labels: readonly number[]): this {
    for (let i = 0; i < labels.length; i += 3) this.message({ type: 'event.SpikePack', labels: labels.slice(i, i + 3) });
    return this;
  }

  /** Moves `other`'s instructions and tickets to the end of this builder and empties `other`. */
  mergeBack(other: PlaybackProgramBuilder): this {
    if (other === this) throw new InvalidArgumentError('PlaybackProgramBuilder: cannot merge a builder with itself');
    for (const s of other.slots) s.pos += this.expected[s.queue];
    this.words.append(other.words);
    this.absorb(other);
    return this;
  }

  /**
   * Moves `other`'s instructions and tickets to the front of this builder and empties `other`. This
   * builder's tickets are shifted by *other's* response counts (upstream shifts by its own: a bug).
   */
  mergeFront(other: PlaybackProgramBuilder): this {
    if (other === this) throw new InvalidArgumentError('PlaybackProgramBuilder: cannot merge a builder with itself');
    for (const s of this.slots) s.pos += other.expected[s.queue];
    this.words.prepend(other.words);
    this.absorb(other);
    return this;
  }

  private absorb(other: PlaybackProgramBuilder): void {
    this.slots.push(...other.slots);
    this.expected.omnibus += other.expected.omnibus;
    this.expected.jtag += other.expected.jtag;
    this.expected.loopback += other.expected.loopback;
    for (const t of other.unsupported) this.unsupported.add(t);
    other.reset();
  }

  /** Appends a copy of a write-only builder's instructions; `other` stays unchanged. */
  copyBack(other: PlaybackProgramBuilder): this {
    if (!other.isWriteOnly()) throw new AccessError('PlaybackProgramBuilder to copy is not write only');
    this.words.append(other.words);
    return this;
  }

  /** A copy of this write-only builder. */
  copy(): PlaybackProgramBuilder {
    return new PlaybackProgramBuilder().copyBack(this);
  }

  private reset(): void {
    this.words = new WordBuffer(256);
    this.expected = { omnibus: 0, jtag: 0, loopback: 0 };
    this.slots = [];
    this.unsupported = new Set();
  }

  /** Turns the collected instructions into a program and leaves the builder empty and reusable. */
  done(): PlaybackProgram {
    const program = new PlaybackProgram(this.words, this.expected, this.unsupported);
    for (const s of this.slots) s.program = program;
    program.warnIfOversized();
    this.reset();
    return program;
  }

  empty(): boolean {
    return this.words.length === 0;
  }

  /** Number of to-FPGA UT messages (Omnibus write = 2, read = 1, timer/wait/spike pack = 1). */
  sizeToFpga(): number {
    return this.words.length;
  }

  /** Number of expected response messages. */
  sizeFromFpga(): number {
    return this.expected.omnibus + this.expected.jtag + this.expected.loopback;
  }

  isWriteOnly(): boolean {
    return this.sizeFromFpga() === 0;
  }

  /** Targets collected from reads of containers that cannot be read back there. */
  unsupportedTargets(): ReadonlySet<ConnectionTarget> {
    return this.unsupported;
  }

  toString(): string {
    const lines: string[] = [];
    for (let i = 0; i < this.words.length; i++) lines.push(describeInstruction(this.words.hi(i), this.words.lo(i)));
    return `PlaybackProgramBuilder(${this.words.length} instructions)\n${lines.join('\n')}`;
  }
}
