/** Min-heap of timed on-chip events (time in FPGA cycles, numeric payload), FIFO among equal times. */
export class EventQueue {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private payloads = new Float64Array(1024);
  private n = 0;
  private seq = 0;

  get size(): number {
    return this.n;
  }
  clear(): void {
    this.n = 0;
  }
  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.n > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, payload: number): void {
    if (this.n === this.times.length) this.grow();
    let i = this.n++;
    const s = this.seq++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.times[p]! < time || (this.times[p] === time && this.seqs[p]! < s)) break;
      this.times[i] = this.times[p]!;
      this.seqs[i] = this.seqs[p]!;
      this.payloads[i] = this.payloads[p]!;
      i = p;
    }
    this.times[i] = time;
    this.seqs[i] = s;
    this.payloads[i] = payload;
  }

  /** Removes the earliest event and returns its payload (its time was read with `peekTime`). */
  pop(): number {
    const top = this.payloads[0]!;
    const last = --this.n;
    const t = this.times[last]!;
    const s = this.seqs[last]!;
    const pl = this.payloads[last]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      if (c + 1 < last && (this.times[c + 1]! < this.times[c]! || (this.times[c + 1] === this.times[c] && this.seqs[c + 1]! < this.seqs[c]!))) c++;
      if (t < this.times[c]! || (t === this.times[c] && s < this.seqs[c]!)) break;
      this.times[i] = this.times[c]!;
      this.seqs[i] = this.seqs[c]!;
      this.payloads[i] = this.payloads[c]!;
      i = c;
    }
    this.times[i] = t;
    this.seqs[i] = s;
    this.payloads[i] = pl;
    return top;
  }

  private grow(): void {
    const grow = (a: Float64Array): Float64Array<ArrayBuffer> => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.times = grow(this.times);
    this.seqs = grow(this.seqs);
    this.payloads = grow(this.payloads);
  }
}
