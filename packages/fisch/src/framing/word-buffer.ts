/**
 * Growable store of 64-bit to-FPGA words kept as interleaved (hi, lo) uint32 halves. Builders append here
 * without allocating per message; `toBytes` produces the big-endian wire stream with a single byte-swap pass.
 */
import { TruncatedStreamError } from '../errors.js';

export class WordBuffer {
  private data: Uint32Array;
  private count = 0;

  constructor(initialWords = 64) {
    this.data = new Uint32Array(Math.max(2, initialWords * 2));
  }

  /** Number of 64-bit words. */
  get length(): number {
    return this.count;
  }

  push(hi: number, lo: number): void {
    const i = this.count * 2;
    if (i + 2 > this.data.length) this.grow(this.count + 1);
    this.data[i] = hi;
    this.data[i + 1] = lo;
    this.count++;
  }

  /** Reserves room for `extra` more words (avoids repeated growth in bulk writes). */
  reserve(extra: number): void {
    if ((this.count + extra) * 2 > this.data.length) this.grow(this.count + extra);
  }

  hi(index: number): number {
    return this.data[index * 2]!;
  }

  lo(index: number): number {
    return this.data[index * 2 + 1]!;
  }

  /** The word at `index` as a bigint (for display and tests). */
  word(index: number): bigint {
    return (BigInt(this.hi(index)) << 32n) | BigInt(this.lo(index));
  }

  /** Appends all words of `other`. */
  append(other: WordBuffer): void {
    this.reserve(other.count);
    this.data.set(other.data.subarray(0, other.count * 2), this.count * 2);
    this.count += other.count;
  }

  /** Prepends all words of `other`. */
  prepend(other: WordBuffer): void {
    const merged = new Uint32Array(Math.max(2, (this.count + other.count) * 2));
    merged.set(other.data.subarray(0, other.count * 2), 0);
    merged.set(this.data.subarray(0, this.count * 2), other.count * 2);
    this.data = merged;
    this.count += other.count;
  }

  /** Drops every word from `length` on (used to roll back a failed multi-word append). */
  truncate(length: number): void {
    if (length < this.count) this.count = Math.max(0, length);
  }

  clear(): void {
    this.count = 0;
  }

  clone(): WordBuffer {
    const c = new WordBuffer(this.count);
    c.data.set(this.data.subarray(0, this.count * 2));
    c.count = this.count;
    return c;
  }

  /** Interleaved (hi, lo) view of the stored words; valid until the next mutation. */
  view(): Uint32Array {
    return this.data.subarray(0, this.count * 2);
  }

  equals(other: WordBuffer): boolean {
    if (other.count !== this.count) return false;
    for (let i = 0; i < this.count * 2; i++) if (this.data[i] !== other.data[i]) return false;
    return true;
  }

  /** Big-endian wire bytes (8 per word), written into `out` at `offset` or a fresh array. */
  toBytes(out?: Uint8Array, offset = 0): Uint8Array {
    const n = this.count * 2;
    const target = out ?? new Uint8Array(n * 4);
    if (offset % 4 === 0 && (target.byteOffset + offset) % 4 === 0 && LITTLE_ENDIAN) {
      // one bswap per uint32: interleaved (hi, lo) in native LE order -> BE byte stream
      const dst = new Uint32Array(target.buffer, target.byteOffset + offset, n);
      const src = this.data;
      for (let i = 0; i < n; i++) {
        const x = src[i]!;
        dst[i] = ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);
      }
    } else {
      const dv = new DataView(target.buffer, target.byteOffset + offset, n * 4);
      for (let i = 0; i < n; i++) dv.setUint32(i * 4, this.data[i]!, false);
    }
    return target;
  }

  /** Parses a big-endian word stream. Throws `TruncatedStreamError` unless the length is a multiple of 8. */
  static fromBytes(bytes: Uint8Array): WordBuffer {
    if (bytes.length % 8 !== 0) {
      throw new TruncatedStreamError(
        `to-FPGA stream of ${bytes.length} bytes is not a whole number of 64-bit words`,
        8 - (bytes.length % 8),
      );
    }
    const words = bytes.length / 8;
    const wb = new WordBuffer(words);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < words * 2; i++) wb.data[i] = dv.getUint32(i * 4, false);
    wb.count = words;
    return wb;
  }

  /** Builds a buffer from (hi, lo) pairs or bigint words (tests, fixtures). */
  static of(words: readonly bigint[]): WordBuffer {
    const wb = new WordBuffer(words.length);
    for (const w of words) wb.push(Number((w >> 32n) & 0xffffffffn), Number(w & 0xffffffffn));
    return wb;
  }

  private grow(minWords: number): void {
    const next = new Uint32Array(Math.max(minWords * 2, this.data.length * 2));
    next.set(this.data.subarray(0, this.count * 2));
    this.data = next;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
