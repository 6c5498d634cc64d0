/**
 * Bit-level helpers shared by the container layouts (haldls.md sections 3 and 7).
 */

/** `width` bits of `word` starting at bit `lo`. */
export function getBits(word: number, lo: number, width: number): number {
  return width >= 32 ? word >>> 0 : (word >>> lo) & (2 ** width - 1);
}

/** Bit `bit` of `word` as boolean. */
export function getBit(word: number, bit: number): boolean {
  return ((word >>> bit) & 1) === 1;
}

/** `value` placed at bit `lo` (value must already fit its width; the field check guarantees that). */
export function putBits(value: number, lo: number): number {
  return (value * 2 ** lo) >>> 0;
}

/** 1 at `bit` if `flag`. */
export function putBit(flag: boolean, bit: number): number {
  return flag ? (1 << bit) >>> 0 : 0;
}

/** Byte position of quad entry `e` (0..3): entry 0 is the most significant byte (bits 31..24). */
export function entryShift(e: number): number {
  return 8 * (3 - e);
}

/** Packs four per-entry bytes into one quad word (entry 0 in bits 31..24). */
export function packQuad(b0: number, b1: number, b2: number, b3: number): number {
  return ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
}

/** Byte of quad entry `e`. */
export function quadByte(word: number, e: number): number {
  return (word >>> entryShift(e)) & 0xff;
}

/** Synapse weight permutation (its own inverse): bit 5 stays, bits 4..0 reversed. 61 <-> 55. */
export function permuteWeight(w: number): number {
  return (w & 0x20) | ((w & 1) << 4) | ((w & 2) << 2) | (w & 4) | ((w & 8) >> 2) | ((w & 16) >> 4);
}

/** Binary -> Gray code. */
export function bin2gray(v: number): number {
  return (v ^ (v >>> 1)) >>> 0;
}

/** Gray code -> binary (XOR of all right shifts). */
export function gray2bin(v: number): number {
  let out = v >>> 0;
  for (let s = v >>> 1; s !== 0; s >>>= 1) out ^= s;
  return out >>> 0;
}

/** Thermometer code of `n` ones (0..width). */
export function thermometer(n: number): number {
  return (1 << n) - 1;
}

/** Packs booleans into bits, element i at bit `lo + i*stride`. */
export function packBools(flags: readonly boolean[], lo: number, stride = 1): number {
  let out = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i]) out |= 1 << (lo + i * stride);
  return out >>> 0;
}

/** Unpacks `n` booleans from bit `lo` with `stride`. */
export function unpackBools(word: number, lo: number, n: number, stride = 1): boolean[] {
  const out = new Array<boolean>(n);
  for (let i = 0; i < n; i++) out[i] = ((word >>> (lo + i * stride)) & 1) === 1;
  return out;
}
