/**
 * Typed tickets for reads. A ticket owns a slot (position in the program's Omnibus response queue); the
 * builder re-points and shifts slots when builders are merged, and `done()` binds them to the program. After
 * `run()`, `get()` decodes the words into the container.
 */
import { AccessError, TicketNotReadyError } from '@bss2/fisch';
import type { Container, ContainerType, Coordinate } from '@bss2/haldls';
import type { PlaybackProgram } from './program.js';

/** Shared, mutable location of a read's responses. */
export class TicketSlot {
  program: PlaybackProgram | null = null;
  constructor(public pos: number, public readonly count: number) {}
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
    return p !== null && p.hasRun && p.omnibus.length >= this.slot.pos + this.slot.count;
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
    return this.containerType.decode(this.coordinate, p.omnibus.words(this.slot.pos, this.slot.count));
  }

  /** Raw response words of this read. */
  words(): Uint32Array {
    const p = this.check();
    return p.omnibus.words(this.slot.pos, this.slot.count);
  }

  /** FPGA time of the last response word (a message count if no Systime was received). */
  fpgaTime(): number {
    const p = this.check();
    return this.slot.count === 0 ? 0 : p.omnibus.timeAt(this.slot.pos + this.slot.count - 1);
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
