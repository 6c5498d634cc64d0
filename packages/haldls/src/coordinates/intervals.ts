/**
 * Interval coordinates (haldls.md 1.1, 1.9): closed ranges [first, last] of PPU memory words, used by
 * PPUMemoryBlock. They satisfy the coordinate contract through a unique (not dense) pair enum, so they
 * print, compare (by first, then last), serialise and look up like every other coordinate.
 *
 * PPUMemoryBlockOnPPU: enum = first * 4096 + last.
 * PPUMemoryBlockOnDLS: enum = ppu * 2^24 + first * 2^12 + last, i.e. a "PPUMemoryBlockOnPPU on PPUOnDLS"
 * mixin with a 2^24 local stride; both ends always lie in one PPU.
 */
import { InvalidArgumentError, ValueRangeError } from '@bss2/fisch';
import { CoordinateBase, checkEnumValue, partEnum, type EnumLike } from './base.js';
import { PPUMemoryWordOnDLS, PPUMemoryWordOnPPU, PPUOnDLS } from './catalog.js';

const WORDS = PPUMemoryWordOnPPU.size; // 4096
const PAIRS_ON_PPU = WORDS * WORDS; // 2^24

function checkLast(typeName: string, first: number, last: EnumLike): number {
  const l = partEnum(typeName, 'last', last, WORDS);
  if (l < first) throw new ValueRangeError(`${typeName}.last`, l, first, WORDS - 1, 'an interval ends at or after its first word');
  return l;
}

function checkLength(typeName: string, start: number, length: number): void {
  if (!Number.isInteger(length) || length < 1 || start + length > WORDS) {
    throw new ValueRangeError(`${typeName}.length`, length, 1, WORDS - start);
  }
}

function intervalsNotListed(typeName: string): never {
  throw new InvalidArgumentError(`${typeName}: interval coordinates are not listed eagerly (millions of them); iterate values() instead`);
}

/** Words [first, last] of one PPU's memory. */
export class PPUMemoryBlockOnPPU extends CoordinateBase {
  static readonly typeName: string = 'PPUMemoryBlockOnPPU';
  /** Size of the pair-enum space (the pairs with last < first are invalid). */
  static readonly size: number = PAIRS_ON_PPU;
  static readonly min: number = 0;
  static readonly max: number = PAIRS_ON_PPU - 1;
  /** Host <-> PPU mailbox: words 3072..4095 (haldls.md 1.9). */
  static readonly mailbox: PPUMemoryBlockOnPPU = new PPUMemoryBlockOnPPU(3072, 4095);
  /** The word a PPU program leaves its return code in (3071), as a one-word block. */
  static readonly returnCode: PPUMemoryBlockOnPPU = new PPUMemoryBlockOnPPU(3071, 3071);

  /** `first` and `last` as PPUMemoryWordOnPPU or enum; `last` defaults to `first` (one word). */
  constructor(first: EnumLike = 0, last: EnumLike = first) {
    const f = partEnum('PPUMemoryBlockOnPPU', 'first', first, WORDS);
    super(f * WORDS + checkLast('PPUMemoryBlockOnPPU', f, last));
  }
  get typeName(): string {
    return 'PPUMemoryBlockOnPPU';
  }
  get first(): number {
    return Math.floor(this.toEnum() / WORDS);
  }
  get last(): number {
    return this.toEnum() % WORDS;
  }
  /** halco's interval bounds. */
  get min(): PPUMemoryWordOnPPU {
    return new PPUMemoryWordOnPPU(this.first);
  }
  get max(): PPUMemoryWordOnPPU {
    return new PPUMemoryWordOnPPU(this.last);
  }
  /** max - min + 1. */
  get length(): number {
    return this.last - this.first + 1;
  }
  contains(word: EnumLike): boolean {
    const w = partEnum('PPUMemoryBlockOnPPU', 'word', word, WORDS);
    return w >= this.first && w <= this.last;
  }
  words(): PPUMemoryWordOnPPU[] {
    return Array.from({ length: this.length }, (_, i) => new PPUMemoryWordOnPPU(this.first + i));
  }
  toPPUMemoryBlockOnDLS(ppu: EnumLike): PPUMemoryBlockOnDLS {
    return new PPUMemoryBlockOnDLS(ppu, this.first, this.last);
  }
  override toString(): string {
    return `PPUMemoryBlockOnPPU(words ${this.first}..${this.last})`;
  }
  override toJSON(): { type: string; enum: number; first: number; last: number } {
    return { type: this.typeName, enum: this.toEnum(), first: this.first, last: this.last };
  }
  /** `length` words from `start`. */
  static range(start: number, length: number): PPUMemoryBlockOnPPU {
    const s = partEnum('PPUMemoryBlockOnPPU', 'start', start, WORDS);
    checkLength('PPUMemoryBlockOnPPU', s, length);
    return new PPUMemoryBlockOnPPU(s, s + length - 1);
  }
  static whole(): PPUMemoryBlockOnPPU {
    return new PPUMemoryBlockOnPPU(0, WORDS - 1);
  }
  static fromEnum(e: number): PPUMemoryBlockOnPPU {
    checkEnumValue('PPUMemoryBlockOnPPU', e, PAIRS_ON_PPU);
    return new PPUMemoryBlockOnPPU(Math.floor(e / WORDS), e % WORDS);
  }
  static all(): never {
    return intervalsNotListed('PPUMemoryBlockOnPPU');
  }
  static *values(): Generator<PPUMemoryBlockOnPPU, void, undefined> {
    for (let f = 0; f < WORDS; f++) for (let l = f; l < WORDS; l++) yield new PPUMemoryBlockOnPPU(f, l);
  }
}

/**
 * Words [first, last] of PPU `ppu` (halco PPUMemoryBlockOnDLS). Construct with `(ppu, first, last)`,
 * `fromWords(min, max)` (PPUMemoryWordOnDLS bounds, same PPU), `fromBlockOnPPU(block, ppu)`,
 * `range(ppu, start, length)` or `whole(ppu)`.
 */
export class PPUMemoryBlockOnDLS extends CoordinateBase {
  static readonly typeName: string = 'PPUMemoryBlockOnDLS';
  static readonly size: number = PPUOnDLS.size * PAIRS_ON_PPU;
  static readonly min: number = 0;
  static readonly max: number = PPUOnDLS.size * PAIRS_ON_PPU - 1;

  constructor(ppu: EnumLike = 0, first: EnumLike = 0, last: EnumLike = first) {
    const p = partEnum('PPUMemoryBlockOnDLS', 'ppu', ppu, PPUOnDLS.size);
    const f = partEnum('PPUMemoryBlockOnDLS', 'first', first, WORDS);
    super(p * PAIRS_ON_PPU + f * WORDS + checkLast('PPUMemoryBlockOnDLS', f, last));
  }
  get typeName(): string {
    return 'PPUMemoryBlockOnDLS';
  }
  get ppu(): number {
    return Math.floor(this.toEnum() / PAIRS_ON_PPU);
  }
  get first(): number {
    return Math.floor(this.toEnum() / WORDS) % WORDS;
  }
  get last(): number {
    return this.toEnum() % WORDS;
  }
  get min(): PPUMemoryWordOnDLS {
    return new PPUMemoryWordOnDLS(this.ppu * WORDS + this.first);
  }
  get max(): PPUMemoryWordOnDLS {
    return new PPUMemoryWordOnDLS(this.ppu * WORDS + this.last);
  }
  get length(): number {
    return this.last - this.first + 1;
  }
  contains(word: EnumLike): boolean {
    const w = partEnum('PPUMemoryBlockOnDLS', 'word', word, PPUMemoryWordOnDLS.size);
    return w >= this.min.toEnum() && w <= this.max.toEnum();
  }
  /** The PPUMemoryWordOnDLS coordinates covered, in order. */
  words(): PPUMemoryWordOnDLS[] {
    const base = this.ppu * WORDS + this.first;
    return Array.from({ length: this.length }, (_, i) => new PPUMemoryWordOnDLS(base + i));
  }
  toPPUOnDLS(): PPUOnDLS {
    return new PPUOnDLS(this.ppu);
  }
  toPPUMemoryBlockOnPPU(): PPUMemoryBlockOnPPU {
    return new PPUMemoryBlockOnPPU(this.first, this.last);
  }
  override toString(): string {
    return `PPUMemoryBlockOnDLS(ppu ${this.ppu}, words ${this.first}..${this.last})`;
  }
  override toJSON(): { type: string; enum: number; ppu: number; first: number; last: number } {
    return { type: this.typeName, enum: this.toEnum(), ppu: this.ppu, first: this.first, last: this.last };
  }
  /** Interval between two PPUMemoryWordOnDLS (or their enums); both must lie in one PPU. */
  static fromWords(min: EnumLike, max: EnumLike): PPUMemoryBlockOnDLS {
    const lo = partEnum('PPUMemoryBlockOnDLS', 'min', min, PPUMemoryWordOnDLS.size);
    const hi = partEnum('PPUMemoryBlockOnDLS', 'max', max, PPUMemoryWordOnDLS.size);
    if (Math.floor(lo / WORDS) !== Math.floor(hi / WORDS)) {
      throw new InvalidArgumentError(`PPUMemoryBlockOnDLS: words ${lo} and ${hi} lie in different PPUs`);
    }
    return new PPUMemoryBlockOnDLS(Math.floor(lo / WORDS), lo % WORDS, hi % WORDS);
  }
  static fromBlockOnPPU(block: PPUMemoryBlockOnPPU, ppu: EnumLike): PPUMemoryBlockOnDLS {
    return new PPUMemoryBlockOnDLS(ppu, block.first, block.last);
  }
  /** `length` words from `start` on PPU `ppu`. */
  static range(ppu: EnumLike, start: number, length: number): PPUMemoryBlockOnDLS {
    const s = partEnum('PPUMemoryBlockOnDLS', 'start', start, WORDS);
    checkLength('PPUMemoryBlockOnDLS', s, length);
    return new PPUMemoryBlockOnDLS(ppu, s, s + length - 1);
  }
  /** The whole memory of PPU `ppu`. */
  static whole(ppu: EnumLike): PPUMemoryBlockOnDLS {
    return new PPUMemoryBlockOnDLS(ppu, 0, WORDS - 1);
  }
  static fromEnum(e: number): PPUMemoryBlockOnDLS {
    checkEnumValue('PPUMemoryBlockOnDLS', e, PPUOnDLS.size * PAIRS_ON_PPU);
    return new PPUMemoryBlockOnDLS(Math.floor(e / PAIRS_ON_PPU), Math.floor(e / WORDS) % WORDS, e % WORDS);
  }
  static all(): never {
    return intervalsNotListed('PPUMemoryBlockOnDLS');
  }
  static *values(): Generator<PPUMemoryBlockOnDLS, void, undefined> {
    for (let p = 0; p < PPUOnDLS.size; p++) for (const b of PPUMemoryBlockOnPPU.values()) yield PPUMemoryBlockOnDLS.fromBlockOnPPU(b, p);
  }
}
