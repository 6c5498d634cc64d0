/**
 * Typed tickets for reads. A ticket owns a slot (position in the program's Omnibus or JTAG response queue); the
 * builder re-points and shifts slots when builders are merged, and `done()` binds them to the program. After
 * `run()`, `get()` decodes the words into the container.
 */
import { AccessError, TicketNotReadyError } from '@bss2/fisch';
import type { Container, ContainerType, Coordinate } from '@bss2/haldls';
import type { PlaybackProgram } from './program.js';

/** Shared, mutable location of a read's responses: `count` responses from `pos` on in response queue `queue`. */
export class TicketSlot {
  program: PlaybackProgram | null = null;
  constructor(
    public pos: number,
    public readonly count: number,
    /** Omnibus reads answer in the Omnibus queue, reads through JTAG in the JTAG queue. */
    public readonly queue: 'omnibus' | 'jtag' = 'omnibus',
  ) {}
}

export class ContainerTicket<C extends Container = Container> {
  constructor(
    readonly coordinate: Coordinate,
    readonly containerType: ContainerType<C>,
    /** @internal */ readonly slot: TicketSlot,
  ) {}

  /** True once the program ran and delivered all responses of this read. */
  valid(): boolean {
    const p = this.slot.program;
    return p !== null && p.hasRun && p[this.slot.queue].length >= this.slot.pos + this.slot.count;
  }

  private check(): PlaybackProgram {
    if (!this.valid()) {
      const why = this.slot.program === null ? 'the builder was not done() yet' : 'the program has not run (or responses are missing)';
      throw new TicketNotReadyError(`${this.containerType.typeName} at ${this.coordinate.toString()}: ${why}`);
    }
    return this.slot.program!;
  }

  /** The decoded container. Throws `TicketNotReadyError` before the program ran. */
  get(): C {
    const p = this.check();
    return this.containerType.decode(this.coordinate, this.responseWords(p));
  }

  /** Raw response words of this read. */
  words(): Uint32Array {
    return this.responseWords(this.check());
  }

  private responseWords(p: PlaybackProgram): Uint32Array {
    const { pos, count, queue } = this.slot;
    // a JTAG response is 33 bits wide; an Omnibus word read through JTAG is its low 32 bits
    return queue === 'jtag' ? Uint32Array.from(p.jtag.slice(pos, count), (v) => v % 0x1_0000_0000) : p.omnibus.words(pos, count);
  }

  /** FPGA time of the last response word (a message count if no Systime was received). */
  fpgaTime(): number {
    const p = this.check();
    return this.slot.count === 0 ? 0 : p[this.slot.queue].timeAt(this.slot.pos + this.slot.count - 1);
  }
}

/**
 * Ticket of an AbsoluteTimePlaybackProgramBuilder read: unusable (AccessError) until the ATPPB was turned
 * into a builder with `done()`; afterwards it behaves like the plain ticket it then wraps.
 */
export class AbsoluteTimeContainerTicket<C extends Container = Container> {
  /** @internal */ inner: ContainerTicket<C> | null = null;
  constructor(readonly coordinate: Coordinate, readonly containerType: ContainerType<C>) {}

  private ready(): ContainerTicket<C> {
    if (!this.inner || !this.inner.valid()) {
      throw new AccessError('Access is not possible until the ContainerTicket is valid (ATPPB done() and program run)');
    }
    return this.inner;
  }
  valid(): boolean {
    return this.inner !== null && this.inner.valid();
  }
  get(): C {
    return this.ready().get();
  }
  fpgaTime(): number {
    return this.ready().fpgaTime();
  }
}
