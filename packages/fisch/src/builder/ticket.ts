/**
 * Tickets (spec 4.2): a handle to the responses of one read, stored as (queue, position, response count)
 * against the typed response queues of the program the read belongs to. Results are located by position in
 * the per-type stream, which is correct because the FPGA answers reads of one type in order.
 *
 * Tickets are mutable only by the builder (re-pointed and shifted by mergeBack/mergeFront); copies share
 * nothing but the program, which is the storage of the data.
 */
import { TicketNotReadyError } from '../errors.js';
import type { PlaybackProgram } from './program.js';
import { RESPONSE_QUEUE_NAMES, type ResponseQueueKind } from './response-queue.js';

export abstract class Ticket<T> {
  /** @internal the program whose queues hold the data; re-pointed by merges. */
  program: PlaybackProgram;
  /** @internal start position in the queue; shifted by merges. */
  position: number;

  constructor(
    program: PlaybackProgram,
    readonly queue: ResponseQueueKind,
    position: number,
    /** Number of responses this ticket consumes. */
    readonly responseCount: number,
  ) {
    this.program = program;
    this.position = position;
  }

  /** True once all responses of this ticket have arrived. */
  valid(): boolean {
    return this.program.queueLength(this.queue) >= this.position + this.responseCount;
  }

  /** FPGA time of the last response of this ticket. Throws `TicketNotReadyError` before the data arrived. */
  fpgaTime(): number {
    this.ensureValid();
    const last = this.position + this.responseCount - 1;
    return this.program.queueTimes(this.queue)[last]!;
  }

  /** Decoded result. Throws `TicketNotReadyError` before the program ran and delivered the responses. */
  get(): T {
    this.ensureValid();
    return this.decode(this.program.queueValues(this.queue), this.position);
  }

  protected abstract decode(values: Float64Array, position: number): T;

  protected ensureValid(): void {
    if (!this.valid()) {
      throw new TicketNotReadyError(
        `${this.constructor.name} needs ${RESPONSE_QUEUE_NAMES[this.queue]} responses ` +
          `${this.position}..${this.position + this.responseCount - 1}, ` +
          `${this.program.queueLength(this.queue)} received`,
      );
    }
  }
}

/** Result of `builder.readOmnibus(addresses)`: one 32-bit word per address. */
export class OmnibusReadTicket extends Ticket<Uint32Array> {
  protected decode(values: Float64Array, position: number): Uint32Array {
    const n = this.responseCount;
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = values[position + i]!;
    return out;
  }
}

/** Decodes one container from `count` consecutive response values. */
export type ResponseDecoder<C> = (values: Float64Array, offset: number) => C;

/** Result of reading one container. */
export class ContainerTicket<C> extends Ticket<C> {
  constructor(
    program: PlaybackProgram,
    queue: ResponseQueueKind,
    position: number,
    responseCount: number,
    private readonly decoder: ResponseDecoder<C>,
  ) {
    super(program, queue, position, responseCount);
  }

  protected decode(values: Float64Array, position: number): C {
    return this.decoder(values, position);
  }
}

/** Result of reading a vector of containers (decodeCount responses each, in read order). */
export class ContainerVectorTicket<C> extends Ticket<C[]> {
  constructor(
    program: PlaybackProgram,
    queue: ResponseQueueKind,
    position: number,
    readonly containerCount: number,
    readonly decodeCount: number,
    private readonly decoder: ResponseDecoder<C>,
  ) {
    super(program, queue, position, containerCount * decodeCount);
  }

  protected decode(values: Float64Array, position: number): C[] {
    const out: C[] = new Array(this.containerCount);
    for (let i = 0; i < this.containerCount; i++) out[i] = this.decoder(values, position + i * this.decodeCount);
    return out;
  }
}
