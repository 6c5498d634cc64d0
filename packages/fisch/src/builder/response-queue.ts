/**
 * Growable typed queues of response values with their FPGA time annotation. The playback decoder appends to
 * these without allocating per message; tickets read them by position.
 */

/** Index of the three typed response queues, in the fisch order (spec 4.2). */
export const ResponseQueueKind = {
  /** jtag_from_hicann::Data (33-bit values). */
  Jtag: 0,
  /** omnibus_from_fpga::Data (32-bit values). */
  Omnibus: 1,
  /** from_fpga_system::Loopback tick (no value). */
  Loopback: 2,
} as const;
export type ResponseQueueKind = (typeof ResponseQueueKind)[keyof typeof ResponseQueueKind];

export const RESPONSE_QUEUE_NAMES: readonly string[] = ['jtag', 'omnibus', 'loopback'];

/** Values (up to 53 bits) plus their FPGA times. */
export class ResponseQueue {
  values: Float64Array;
  times: Float64Array;
  length = 0;

  constructor(initial = 16) {
    this.values = new Float64Array(initial);
    this.times = new Float64Array(initial);
  }

  push(value: number, time: number): void {
    const n = this.length;
    if (n === this.values.length) this.grow(n + 1);
    this.values[n] = value;
    this.times[n] = time;
    this.length = n + 1;
  }

  clear(): void {
    this.length = 0;
  }

  equals(other: ResponseQueue): boolean {
    if (this.length !== other.length) return false;
    for (let i = 0; i < this.length; i++) {
      if (this.values[i] !== other.values[i] || this.times[i] !== other.times[i]) return false;
    }
    return true;
  }

  toJSON(): { values: number[]; times: number[] } {
    return {
      values: Array.from(this.values.subarray(0, this.length)),
      times: Array.from(this.times.subarray(0, this.length)),
    };
  }

  /** @internal grows the capacity to at least `min` entries (at least doubling), keeping the contents. */
  grow(min: number): void {
    const cap = Math.max(min, this.values.length * 2);
    const v = new Float64Array(cap);
    v.set(this.values.subarray(0, this.length));
    const t = new Float64Array(cap);
    t.set(this.times.subarray(0, this.length));
    this.values = v;
    this.times = t;
  }
}

/**
 * Event store for spikes or MADC samples: one 16-bit raw field (label, or value|channel), chip time and FPGA
 * time per event in parallel typed arrays.
 */
export class EventStore {
  raw: Uint16Array;
  chipTimes: Float64Array;
  fpgaTimes: Float64Array;
  length = 0;

  constructor(initial = 64) {
    this.raw = new Uint16Array(initial);
    this.chipTimes = new Float64Array(initial);
    this.fpgaTimes = new Float64Array(initial);
  }

  push(raw: number, chipTime: number, fpgaTime: number): void {
    const n = this.length;
    if (n === this.raw.length) this.grow(n + 1);
    this.raw[n] = raw;
    this.chipTimes[n] = chipTime;
    this.fpgaTimes[n] = fpgaTime;
    this.length = n + 1;
  }

  clear(): void {
    this.length = 0;
  }

  equals(other: EventStore): boolean {
    if (this.length !== other.length) return false;
    for (let i = 0; i < this.length; i++) {
      if (
        this.raw[i] !== other.raw[i] ||
        this.chipTimes[i] !== other.chipTimes[i] ||
        this.fpgaTimes[i] !== other.fpgaTimes[i]
      ) {
        return false;
      }
    }
    return true;
  }

  /** @internal grows the capacity to at least `min` events (at least doubling), keeping the contents. */
  grow(min: number): void {
    const cap = Math.max(min, this.raw.length * 2);
    const r = new Uint16Array(cap);
    r.set(this.raw.subarray(0, this.length));
    const c = new Float64Array(cap);
    c.set(this.chipTimes.subarray(0, this.length));
    const f = new Float64Array(cap);
    f.set(this.fpgaTimes.subarray(0, this.length));
    this.raw = r;
    this.chipTimes = c;
    this.fpgaTimes = f;
  }
}
