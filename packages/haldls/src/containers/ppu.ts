/**
 * PPU containers (haldls.md 2.2, 3.13): the PPU's internal memory (per word, as a whole, and as an interval
 * block) and its control and status registers. Both PPUs live in their hemisphere's "PPU subtree"
 * (top 0x0200_0000, bottom 0x0300_0000).
 */
import { InvalidArgumentError, ValueRangeError, checkInt } from '@bss2/fisch';
import type { Container, ContainerType, Coordinate, EncodeSink } from '../container.js';
import { PPUControlRegisterOnDLS, PPUMemoryOnDLS, PPUMemoryWordOnDLS, PPUMemoryWordOnPPU, PPUStatusRegisterOnDLS } from '../coordinates/catalog.js';
import { PPUMemoryBlockOnDLS } from '../coordinates/intervals.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { bool, intArray, uint } from '../fields.js';
import { ppuSubtreeBase } from './bases.js';

/** Words of one PPU memory (16 KiB); the named locations are PPUMemoryBlockOnPPU.mailbox and .returnCode. */
export const PPU_MEMORY_WORDS = PPUMemoryWordOnPPU.size;

const WORD_MAX = 0xffff_ffff;
const PPU_MEMORY_OFFSET = 0x0080_0000;
const PPU_CONTROL_OFFSET = 0x00a0_0000;
const PPU_STATUS_OFFSET = 0x00a0_0001;

/** Omnibus address of word `word` (0..4095) of PPU `ppu` (0 top, 1 bottom). */
export function ppuMemoryAddress(ppu: number, word: number): number {
  return ppuSubtreeBase(ppu) + PPU_MEMORY_OFFSET + word;
}

function hexWord(v: number): string {
  return '0x' + (v >>> 0).toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------------------
// PPUMemoryWord

/** One 32-bit word of PPU memory; coordinate enum = ppu * 4096 + word. */
export const PPUMemoryWord = defineContainer({
  name: 'PPUMemoryWord',
  coordinate: PPUMemoryWordOnDLS,
  fields: [uint('value', 32)],
  addresses: (c) => [ppuMemoryAddress(Math.floor(c.toEnum() / PPU_MEMORY_WORDS), c.toEnum() % PPU_MEMORY_WORDS)],
  layout: { value: at(0, 0) },
  print: (v) => `PPUMemoryWord(${hexWord(v.value)})`,
});
export type PPUMemoryWord = InstanceType<typeof PPUMemoryWord>;

// ---------------------------------------------------------------------------------------------------------
// PPUMemory

/** Big-endian 32-bit words of `bytes`, zero-padded to whole words. */
function bytesToWords(bytes: ArrayLike<number>): number[] {
  const out = new Array<number>(Math.ceil(bytes.length / 4)).fill(0);
  for (let i = 0; i < bytes.length; i++) {
    const b = checkInt(`bytes[${i}]`, bytes[i], 0, 255);
    out[i >>> 2] = (out[i >>> 2]! | (b << (8 * (3 - (i & 3))))) >>> 0;
  }
  return out;
}

/** The whole memory of one PPU (4096 words at consecutive addresses). */
export const PPUMemory = defineContainer({
  name: 'PPUMemory',
  coordinate: PPUMemoryOnDLS,
  fields: [intArray('words', PPU_MEMORY_WORDS, 0, WORD_MAX)],
  addresses: (c) => Array.from({ length: PPU_MEMORY_WORDS }, (_, i) => ppuMemoryAddress(c.toEnum(), i)),
  encode: (v) => v.words,
  decode: (words) => ({ words: words.slice(0, PPU_MEMORY_WORDS).map((w) => w >>> 0) }),
  excludeFromRegisterTable: true,
  print: (v) => {
    const used = v.words.flatMap((w, i) => (w === 0 ? [] : [`0x${i.toString(16).padStart(3, '0')}: ${hexWord(w)}`]));
    return `PPUMemory(${used.length === 0 ? 'all zero' : used.join(', ')})`;
  },
});
export type PPUMemory = InstanceType<typeof PPUMemory>;

/**
 * PPUMemory words from a program image (e.g. a raw `.bin`): the bytes are read as big-endian words (the PPU is
 * big-endian), the last word is zero-padded and the rest of the memory zero-filled. Oversized images throw.
 */
export function ppuMemoryFromBytes(bytes: ArrayLike<number>): PPUMemory {
  if (bytes.length > 4 * PPU_MEMORY_WORDS) throw new ValueRangeError('PPUMemory image size (bytes)', bytes.length, 0, 4 * PPU_MEMORY_WORDS);
  const words = bytesToWords(bytes);
  while (words.length < PPU_MEMORY_WORDS) words.push(0);
  return new PPUMemory({ words });
}

/** Words `start .. start+length-1` of a PPUMemory as a PPUMemoryBlock. */
export function ppuMemoryGetBlock(memory: PPUMemory, start: number, length: number): PPUMemoryBlock {
  checkInterval(start, length);
  return new PPUMemoryBlock(memory.words.slice(start, start + length));
}

/** A copy of `memory` with `block`'s words placed from word `start` on. */
export function ppuMemorySetBlock(memory: PPUMemory, start: number, block: PPUMemoryBlock): PPUMemory {
  checkInterval(start, block.length);
  const words = [...memory.words];
  block.words.forEach((w, i) => (words[start + i] = w));
  return memory.with({ words });
}

// ---------------------------------------------------------------------------------------------------------
// PPUMemoryBlock (interval coordinate + variable-size container)

function checkInterval(start: number, length: number): void {
  checkInt('PPU memory block start', start, 0, PPU_MEMORY_WORDS - 1);
  checkInt('PPU memory block length', length, 1, PPU_MEMORY_WORDS - start);
}

/** Omnibus addresses of the words an interval covers, in order. */
function blockAddresses(k: PPUMemoryBlockOnDLS): number[] {
  return Array.from({ length: k.length }, (_, i) => ppuMemoryAddress(k.ppu, k.first + i));
}

function checkBlockCoord(coord: Coordinate): PPUMemoryBlockOnDLS {
  if (!(coord instanceof PPUMemoryBlockOnDLS)) throw new InvalidArgumentError(`PPUMemoryBlock lives on PPUMemoryBlockOnDLS, got coordinate ${coord.toString()}`);
  return coord;
}

function checkWords(words: ArrayLike<number>, length: number): number[] {
  if (words.length !== length) throw new ValueRangeError('PPUMemoryBlock.words.length', words.length, length, length);
  return Array.from({ length }, (_, i) => checkInt(`PPUMemoryBlock.words[${i}]`, words[i], 0, WORD_MAX));
}

/**
 * A run of PPU memory words whose size is that of its interval coordinate (halco PPUMemoryBlock). Written as
 * consecutive PPUMemoryWord writes. Not built with `defineContainer` (the field framework has fixed-size
 * arrays only), but it implements the same container contract, including the static ContainerType side.
 */
export class PPUMemoryBlock implements Container {
  static readonly typeName = 'PPUMemoryBlock';
  static readonly coordinateTypeName = PPUMemoryBlockOnDLS.typeName;
  static readonly readable = true;
  static readonly writable = true;
  readonly words: readonly number[];

  /** A block of the given words (default: 4096 zero words, the size of a whole PPU memory). */
  constructor(words: ArrayLike<number> = new Array<number>(PPU_MEMORY_WORDS).fill(0)) {
    if (words.length < 1 || words.length > PPU_MEMORY_WORDS) throw new ValueRangeError('PPUMemoryBlock.words.length', words.length, 1, PPU_MEMORY_WORDS);
    this.words = Object.freeze(checkWords(words, words.length));
  }

  /** A zero block sized to `coord`. */
  static forCoordinate(coord: PPUMemoryBlockOnDLS): PPUMemoryBlock {
    return new PPUMemoryBlock(new Array<number>(checkBlockCoord(coord).length).fill(0));
  }

  static create(): PPUMemoryBlock {
    return new PPUMemoryBlock();
  }

  static readAddresses(coord: Coordinate): readonly number[] {
    return blockAddresses(checkBlockCoord(coord));
  }

  static writeAddresses(coord: Coordinate): readonly number[] {
    return blockAddresses(checkBlockCoord(coord));
  }

  static decode(coord: Coordinate, words: ArrayLike<number>): PPUMemoryBlock {
    const k = checkBlockCoord(coord);
    if (words.length < k.length) throw new InvalidArgumentError(`PPUMemoryBlock.decode needs ${k.length} words, got ${words.length}`);
    return new PPUMemoryBlock(Array.from({ length: k.length }, (_, i) => words[i]! >>> 0));
  }

  static fromJSON(json: { words: readonly number[] }): PPUMemoryBlock {
    return new PPUMemoryBlock(json.words);
  }

  /** A block from a byte image, read as big-endian words (last word zero-padded). */
  static fromBytes(bytes: ArrayLike<number>): PPUMemoryBlock {
    return new PPUMemoryBlock(bytesToWords(bytes));
  }

  get containerType(): ContainerType {
    return PPUMemoryBlock as unknown as ContainerType;
  }

  get length(): number {
    return this.words.length;
  }

  /** Word `i` of the block (throws if outside the block). */
  at(i: number): number {
    checkInt('PPUMemoryBlock index', i, 0, this.words.length - 1);
    return this.words[i]!;
  }

  /** A copy with new words (same size required, as upstream's `set_words`). */
  withWords(words: ArrayLike<number>): PPUMemoryBlock {
    return new PPUMemoryBlock(checkWords(words, this.words.length));
  }

  /** A copy with word `i` replaced. */
  withWord(i: number, value: number): PPUMemoryBlock {
    checkInt('PPUMemoryBlock index', i, 0, this.words.length - 1);
    const words = [...this.words];
    words[i] = checkInt(`PPUMemoryBlock.words[${i}]`, value, 0, WORD_MAX);
    return new PPUMemoryBlock(words);
  }

  /** Words `start .. start+length-1` as a new block (throws if outside the block). */
  subblock(start: number, length: number): PPUMemoryBlock {
    checkInt('PPUMemoryBlock.subblock start', start, 0, this.words.length - 1);
    checkInt('PPUMemoryBlock.subblock length', length, 1, this.words.length - start);
    return new PPUMemoryBlock(this.words.slice(start, start + length));
  }

  /** A copy with `block` placed at `start` (throws if it does not fit). */
  withSubblock(start: number, block: PPUMemoryBlock): PPUMemoryBlock {
    checkInt('PPUMemoryBlock.subblock start', start, 0, this.words.length - 1);
    checkInt('PPUMemoryBlock.subblock length', block.length, 1, this.words.length - start);
    const words = [...this.words];
    block.words.forEach((w, i) => (words[start + i] = w));
    return new PPUMemoryBlock(words);
  }

  /** The block read as a C string: each word big-endian as 4 ASCII characters, stopping at the first NUL. */
  toAsciiString(): string {
    let out = '';
    for (const w of this.words) {
      for (let b = 3; b >= 0; b--) {
        const c = (w >>> (8 * b)) & 0xff;
        if (c === 0) return out;
        out += String.fromCharCode(c);
      }
    }
    return out;
  }

  encode(coord: Coordinate, sink: EncodeSink): void {
    const k = checkBlockCoord(coord);
    if (k.length !== this.words.length) throw new InvalidArgumentError(`PPUMemoryBlock of ${this.words.length} words cannot be placed at ${k.toString()} (${k.length} words)`);
    for (let i = 0; i < k.length; i++) sink.omnibusWrite(ppuMemoryAddress(k.ppu, k.first + i), this.words[i]!);
  }

  equals(other: Container): boolean {
    return other instanceof PPUMemoryBlock && other.words.length === this.words.length && other.words.every((w, i) => w === this.words[i]);
  }

  toString(): string {
    return `PPUMemoryBlock(${this.words.map(hexWord).join(', ')})`;
  }

  toJSON(): { words: number[] } {
    return { words: [...this.words] };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Control and status registers

/** PPU control: reset inhibit (i.e. run), clock forcing and the cache controller. */
export const PPUControlRegister = defineContainer({
  name: 'PPUControlRegister',
  coordinate: PPUControlRegisterOnDLS,
  differentialWrite: true,
  fields: [bool('inhibitReset'), bool('forceClockOn'), bool('forceClockOff'), bool('cacheControllerEnable')],
  addresses: (c) => [ppuSubtreeBase(c.toEnum()) + PPU_CONTROL_OFFSET],
  layout: { inhibitReset: at(0, 0), forceClockOn: at(0, 1), forceClockOff: at(0, 2), cacheControllerEnable: at(0, 3) },
});
export type PPUControlRegister = InstanceType<typeof PPUControlRegister>;

/** PPU status (read-only): the PPU is asleep (program finished or waiting) iff the word is non-zero. */
export const PPUStatusRegister = defineContainer({
  name: 'PPUStatusRegister',
  coordinate: PPUStatusRegisterOnDLS,
  fields: [bool('sleep')],
  readAddresses: (c) => [ppuSubtreeBase(c.toEnum()) + PPU_STATUS_OFFSET],
  decode: ([w = 0]) => ({ sleep: w !== 0 }),
});
export type PPUStatusRegister = InstanceType<typeof PPUStatusRegister>;
