/**
 * Low-level PlaybackProgramBuilder (spec 4.1). Instructions go straight into a `WordBuffer` (no per-message
 * objects); every read adds its response count to the expected counter of its queue and hands out a ticket
 * positioned at the counter's previous value.
 */
import { checkInt } from '../check.js';
import { InvalidArgumentError, AccessError } from '../errors.js';
import { WordBuffer } from '../framing/word-buffer.js';
import { moduleLogger } from '../logging.js';
import { emitToFpga, ToFpgaOpcode, type ToFpgaMessage } from '../ut/to-fpga.js';
import {
  emitBarrier,
  emitLoopback,
  emitOmnibusRead,
  emitOmnibusWrite,
  emitSpikePack,
  emitTimerSetup,
  emitWaitUntil,
} from '../ut/words.js';
import {
  checkCoordinate,
  containerTypeOf,
  type WordContainer,
  type WordContainerType,
  type WordCoordinate,
} from '../containers/container.js';
import { PlaybackProgram, PLAYBACK_MEMORY_INSTRUCTIONS } from './program.js';
import { ResponseQueueKind } from './response-queue.js';
import { ContainerTicket, ContainerVectorTicket, OmnibusReadTicket, type Ticket } from './ticket.js';

const log = () => moduleLogger('fisch.builder');

export class PlaybackProgramBuilder {
  private program = new PlaybackProgram();
  private words: WordBuffer = this.program.instructions;
  private tickets: Ticket<unknown>[] = [];

  // ---- containers ---------------------------------------------------------------------------------------

  /** Appends the write words of `container` at `coord` (or of each pair of equally long vectors). */
  write(coord: WordCoordinate, container: WordContainer): void;
  write(coords: readonly WordCoordinate[], containers: readonly WordContainer[]): void;
  write(coord: WordCoordinate | readonly WordCoordinate[], container: WordContainer | readonly WordContainer[]): void {
    if (Array.isArray(coord) || Array.isArray(container)) {
      const cs = coord as readonly WordCoordinate[];
      const vs = container as readonly WordContainer[];
      if (!Array.isArray(cs) || !Array.isArray(vs) || cs.length !== vs.length) {
        throw new InvalidArgumentError(
          `Coordinate count does not match configuration count: ${Array.isArray(cs) ? cs.length : 1} coordinates, ` +
            `${Array.isArray(vs) ? vs.length : 1} containers`,
        );
      }
      this.atomic(() => {
        for (let i = 0; i < cs.length; i++) this.writeOne(cs[i]!, vs[i]!);
      });
      return;
    }
    this.atomic(() => this.writeOne(coord as WordCoordinate, container as WordContainer));
  }

  /** Runs a multi-word append; on error the words appended so far are rolled back (builder unchanged). */
  private atomic(fn: () => void): void {
    const before = this.words.length;
    try {
      fn();
    } catch (e) {
      this.words.truncate(before);
      throw e;
    }
  }

  private writeOne(coord: WordCoordinate, container: WordContainer): void {
    const type = container?.containerType;
    if (!type) throw new InvalidArgumentError(`not a word container: ${String(container)}`);
    checkCoordinate(type, coord);
    if (!type.writable) throw new AccessError(`Container ${type.typeName} can't be written.`);
    container.encodeWrite(coord, this.words);
  }

  /** Appends the read words of the container living on `coord`; the ticket yields the decoded container. */
  read<C extends WordContainer = WordContainer>(coord: WordCoordinate): ContainerTicket<C>;
  read<C extends WordContainer = WordContainer>(coords: readonly WordCoordinate[]): ContainerVectorTicket<C>;
  read<C extends WordContainer>(
    coord: WordCoordinate | readonly WordCoordinate[],
  ): ContainerTicket<C> | ContainerVectorTicket<C> {
    if (Array.isArray(coord)) {
      const coords = coord as readonly WordCoordinate[];
      if (coords.length === 0) throw new InvalidArgumentError('read: empty coordinate vector');
      const type = containerTypeOf(coords[0]!);
      if (!type.readable) throw new AccessError(`Coordinate ${coords[0]!.toString()} can't be read.`);
      for (const c of coords) checkCoordinate(type, c);
      this.atomic(() => {
        for (const c of coords) type.encodeRead(c, this.words);
      });
      const dc = type.decodeCount;
      const pos = this.expect(type.responseQueue, dc * coords.length);
      const decode = (v: Float64Array, o: number): C => type.decode(v, o) as C;
      return this.track(new ContainerVectorTicket<C>(this.program, type.responseQueue, pos, coords.length, dc, decode));
    }
    const c = coord as WordCoordinate;
    const type = containerTypeOf(c);
    if (!type.readable) throw new AccessError(`Coordinate ${c.toString()} can't be read.`);
    this.atomic(() => type.encodeRead(c, this.words));
    const pos = this.expect(type.responseQueue, type.decodeCount);
    const decode = (v: Float64Array, o: number): C => type.decode(v, o) as C;
    return this.track(new ContainerTicket<C>(this.program, type.responseQueue, pos, type.decodeCount, decode));
  }

  /** Typed read: like `read(coord)`, with the result typed by the container class (checked against coord). */
  readAs<C extends WordContainer>(type: WordContainerType<C>, coord: WordCoordinate): ContainerTicket<C> {
    if (containerTypeOf(coord) !== type) {
      throw new InvalidArgumentError(`${type.typeName} lives on ${type.coordinateType.typeName}, got ${String(coord)}`);
    }
    return this.read<C>(coord);
  }

  // ---- fast paths -----------------------------------------------------------------------------------------

  /** One Omnibus word write (Address + Data messages). `byteEnables` bit i enables byte i (default 0xF). */
  writeOmnibus(address: number, value: number, byteEnables = 0xf): void {
    emitOmnibusWrite(this.words, address, value, byteEnables);
  }

  /** Omnibus reads of `addresses` in order; `get()` yields one 32-bit word per address. */
  readOmnibus(addresses: ArrayLike<number>): OmnibusReadTicket {
    const n = addresses.length;
    const words = this.words;
    const before = words.length;
    words.reserve(n);
    try {
      for (let i = 0; i < n; i++) emitOmnibusRead(words, addresses[i]!);
    } catch (e) {
      words.truncate(before);
      throw e;
    }
    const pos = this.expect(ResponseQueueKind.Omnibus, n);
    return this.track(new OmnibusReadTicket(this.program, ResponseQueueKind.Omnibus, pos, n));
  }

  /**
   * Appends one raw message (validated). Messages that produce a response are counted in the expected
   * queues: Omnibus Address with isRead, JTAG Data with keepResponse, Loopback tick. The responses are not
   * reachable by a ticket; use `readOmnibus`/`read` when you want the data.
   */
  message(msg: ToFpgaMessage): void {
    const before = this.words.length;
    emitToFpga(msg, (hi, lo) => this.words.push(hi, lo));
    const hi = this.words.hi(before);
    const op = hi >>> 24;
    if (op === ToFpgaOpcode.OmnibusAddress && (hi >>> 4) & 1) this.program.expected[ResponseQueueKind.Omnibus]++;
    else if (op === ToFpgaOpcode.JtagData && (hi >>> 16) & 1) this.program.expected[ResponseQueueKind.Jtag]++;
    else if (op === ToFpgaOpcode.SystemLoopback && this.words.lo(before) & 1) {
      this.program.expected[ResponseQueueKind.Loopback]++;
    }
  }

  /** Blocks execution until the FPGA timer reaches `cycles` (0..2^32-1, 125 MHz). */
  waitUntil(cycles: number): void {
    emitWaitUntil(this.words, cycles);
  }

  /** Resets the FPGA timer to 0 (timing::Setup). */
  resetTimer(): void {
    emitTimerSetup(this.words);
  }

  /** Blocks until the channels in `mask` (see `BarrierMask`) are idle. */
  barrier(mask: number): void {
    emitBarrier(this.words, mask);
  }

  /** Sends spike labels to the chip, packed into SpikePack<3> messages (the remainder into <1>/<2>). */
  spikes(labels: ArrayLike<number>): void {
    const n = labels.length;
    const words = this.words;
    if (n === 0) return;
    // a single pack validates all labels before appending: no rollback needed
    if (n <= 3) return emitSpikePack(words, labels, 0, n);
    const before = words.length;
    words.reserve(Math.ceil(n / 3));
    try {
      let i = 0;
      for (; i + 3 <= n; i += 3) emitSpikePack(words, labels, i, 3);
      if (i < n) emitSpikePack(words, labels, i, n - i);
    } catch (e) {
      words.truncate(before);
      throw e;
    }
  }

  /** A Loopback tick: its response marks that execution reached this point. */
  tick(): ContainerTicket<number> {
    emitLoopback(this.words, true);
    const pos = this.expect(ResponseQueueKind.Loopback, 1);
    return this.track(new ContainerTicket<number>(this.program, ResponseQueueKind.Loopback, pos, 1, () => 1));
  }

  // ---- program management ---------------------------------------------------------------------------------

  /** Returns the program built so far and starts a fresh empty one. Warns above the playback memory size. */
  done(): PlaybackProgram {
    const p = this.program;
    if (p.instructions.length > PLAYBACK_MEMORY_INSTRUCTIONS) {
      log().warn(
        `PlaybackProgram has ${p.instructions.length} instructions, more than the FPGA playback memory ` +
          `(${PLAYBACK_MEMORY_INSTRUCTIONS}): timing can no longer be guaranteed`,
      );
    }
    this.reset();
    return p;
  }

  /** Appends `other`'s instructions and tickets (shifted behind this builder's responses); empties `other`. */
  mergeBack(other: PlaybackProgramBuilder): void {
    if (other === this) throw new InvalidArgumentError('PlaybackProgramBuilder cannot be merged with itself.');
    const exp = this.program.expected;
    for (const t of other.tickets) {
      t.program = this.program;
      t.position += exp[t.queue];
    }
    this.words.append(other.words);
    for (let q = 0; q < 3; q++) exp[q]! += other.program.expected[q]!;
    for (const t of other.tickets) this.tickets.push(t);
    other.reset();
  }

  /**
   * Prepends `other`'s instructions and tickets; empties `other`. This builder's tickets are shifted by
   * OTHER's expected counts, because other's responses now arrive first. (Upstream shifts by this builder's
   * own counts, spec 4.1 "possible bug"; the intended behaviour is implemented.)
   */
  mergeFront(other: PlaybackProgramBuilder): void {
    if (other === this) throw new InvalidArgumentError('PlaybackProgramBuilder cannot be merged with itself.');
    const otherExp = other.program.expected;
    for (const t of this.tickets) t.position += otherExp[t.queue];
    for (const t of other.tickets) t.program = this.program;
    this.words.prepend(other.words);
    for (let q = 0; q < 3; q++) this.program.expected[q]! += otherExp[q]!;
    this.tickets = other.tickets.concat(this.tickets);
    other.reset();
  }

  /** Appends a copy of `other`'s instructions; `other` must be write-only and is left unchanged. */
  copyBack(other: PlaybackProgramBuilder): void {
    if (!other.isWriteOnly()) throw new InvalidArgumentError('PlaybackProgramBuilder to copy is not write only.');
    this.words.append(other.words);
  }

  empty(): boolean {
    return this.words.length === 0;
  }

  /** No response is expected (all expected counts are 0). */
  isWriteOnly(): boolean {
    const e = this.program.expected;
    return e[0] === 0 && e[1] === 0 && e[2] === 0;
  }

  /** Number of to-FPGA instructions. */
  sizeToFpga(): number {
    return this.words.length;
  }

  /** Sum of expected responses. */
  sizeFromFpga(): number {
    const e = this.program.expected;
    return e[0] + e[1] + e[2];
  }

  toString(): string {
    return this.program.toString().replace(/^PlaybackProgram\(/, 'PlaybackProgramBuilder(');
  }

  private reset(): void {
    this.program = new PlaybackProgram();
    this.words = this.program.instructions;
    this.tickets = [];
  }

  private expect(queue: ResponseQueueKind, count: number): number {
    const pos = this.program.expected[queue];
    this.program.expected[queue] = pos + checkInt('response count', count, 0, Number.MAX_SAFE_INTEGER);
    return pos;
  }

  private track<T extends Ticket<unknown>>(t: T): T {
    this.tickets.push(t);
    return t;
  }
}
