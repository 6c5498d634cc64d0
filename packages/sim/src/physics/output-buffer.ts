/**
 * Collects the outputs of one integration step (spikes reach the FPGA from several sources within a step:
 * neurons in index order, background sources, L2 loop-back) and delivers them sorted by time (stable), so
 * the executor always sees outputs in time order. Outputs later than the requested cycle stay held (the
 * model's state may run up to one step ahead of the executor, see chip-model.ts). Allocation-free (held
 * remainders, at most one step of outputs, are compacted into a preallocated scratch set).
 */
import type { PhysicsOutput } from './interface.js';

const SPIKE = 0;
const MADC = 1;

export class OutputBuffer {
  private time = new Float64Array(256);
  private kind = new Uint8Array(256);
  private a = new Float64Array(256);
  private b = new Float64Array(256);
  private order = new Int32Array(256);
  /** Scratch set of the same capacity: held remainders are compacted into it and the sets swapped. */
  private sTime = new Float64Array(256);
  private sKind = new Uint8Array(256);
  private sA = new Float64Array(256);
  private sB = new Float64Array(256);
  private n = 0;

  spike(label: number, cycle: number): void {
    this.push(SPIKE, cycle, label, 0);
  }
  madcSample(value: number, channel: number, cycle: number): void {
    this.push(MADC, cycle, value, channel);
  }

  /** Number of held outputs. */
  get size(): number {
    return this.n;
  }

  /** Delivers, in time order, every held output with time <= `limit`; later ones stay held. */
  flushUpTo(out: PhysicsOutput, limit: number): void {
    const n = this.n;
    if (n === 0) return;
    const order = this.order;
    for (let k = 0; k < n; k++) {
      let j = k;
      const t = this.time[k]!;
      while (j > 0 && this.time[order[j - 1]!]! > t) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = k;
    }
    let sent = 0;
    while (sent < n && this.time[order[sent]!]! <= limit) {
      const o = order[sent++]!;
      if (this.kind[o] === SPIKE) out.spike(this.a[o]!, this.time[o]!);
      else out.madcSample(this.a[o]!, this.b[o]!, this.time[o]!);
    }
    if (sent === n) {
      this.n = 0;
      return;
    }
    // keep the rest, in time order, at the front: copy into the scratch set, then swap the two sets
    const keep = n - sent;
    const t = this.sTime;
    const kd = this.sKind;
    const a = this.sA;
    const b = this.sB;
    for (let k = 0; k < keep; k++) {
      const o = order[sent + k]!;
      t[k] = this.time[o]!;
      kd[k] = this.kind[o]!;
      a[k] = this.a[o]!;
      b[k] = this.b[o]!;
    }
    this.sTime = this.time;
    this.sKind = this.kind;
    this.sA = this.a;
    this.sB = this.b;
    this.time = t;
    this.kind = kd;
    this.a = a;
    this.b = b;
    this.n = keep;
  }

  clear(): void {
    this.n = 0;
  }

  private push(kind: number, t: number, a: number, b: number): void {
    if (this.n === this.time.length) this.grow();
    const k = this.n++;
    this.time[k] = t;
    this.kind[k] = kind;
    this.a[k] = a;
    this.b[k] = b;
  }

  private grow(): void {
    const size = this.time.length * 2;
    const f = (x: Float64Array): Float64Array<ArrayBuffer> => {
      const y = new Float64Array(size);
      y.set(x);
      return y;
    };
    this.time = f(this.time);
    this.a = f(this.a);
    this.b = f(this.b);
    const k = new Uint8Array(size);
    k.set(this.kind);
    this.kind = k;
    this.order = new Int32Array(size);
    this.sTime = new Float64Array(size);
    this.sKind = new Uint8Array(size);
    this.sA = new Float64Array(size);
    this.sB = new Float64Array(size);
  }
}
