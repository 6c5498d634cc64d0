/**
 * Declarative bit layouts: where each field's code lives in a container's words. A container that states a
 * layout gets its encoder and decoder derived from it, so each bit position is written down once (instead
 * of once in `encode` and again in `decode`). The two functions are generated as straight-line code (one
 * OR of shifted codes per word, one shift-and-mask per field) and run as fast as hand-written ones.
 *
 * A field's code is its value for integers, its position in the value list for enumerations, 0/1 for
 * booleans. Layouts cover integers up to 32 bits, booleans and enumerations, scalar or array; bigint
 * fields and codes that depend on several fields or on the coordinate keep a hand-written encode/decode.
 */
import { InvalidArgumentError } from '@bss2/fisch';
import type { FieldSpec } from './fields.js';

/** Where one field's code (or, for arrays, element 0's code) lives. */
export interface Placement {
  /** Word index within the container's words. */
  readonly word: number;
  /** Lowest bit of a contiguous code (`bit` .. `bit + width - 1`). */
  readonly bit?: number;
  /**
   * Target of each code bit, least significant first, for codes stored scattered, split or bit-reversed: a
   * bit of `word`, or a `[word, bit]` pair.
   */
  readonly bits?: readonly (number | readonly [number, number])[];
  /** Width of a contiguous code; default: the field's natural width (1 for booleans, the bits of max). */
  readonly width?: number;
  /** The code is stored as its ones' complement within its width (a boolean stored negated). */
  readonly invert?: boolean;
  /** Array fields: how far element i + 1 lies from element i. */
  readonly stride?: { readonly word?: number; readonly bit?: number };
}

/** A placement for every field of the value object `V`. */
export type Layout<V> = { readonly [F in keyof V]: Placement };

/** Contiguous code from `bit` of `word`. */
export function at(word: number, bit: number, options: Omit<Placement, 'word' | 'bit' | 'bits'> = {}): Placement {
  return { ...options, word, bit };
}

/** Code stored bit-reversed in `width` bits from `bit` of `word` (code bit 0 at the highest position). */
export function reversedAt(word: number, bit: number, width: number, options: Omit<Placement, 'word' | 'bit' | 'bits' | 'width'> = {}): Placement {
  return { ...options, word, bits: Array.from({ length: width }, (_, k) => bit + width - 1 - k) };
}

/** Code bits scattered over `bits` of `word` (least significant code bit first). */
export function scatteredAt(word: number, bits: readonly number[], options: Omit<Placement, 'word' | 'bit' | 'bits' | 'width'> = {}): Placement {
  return { ...options, word, bits };
}

/**
 * Code split into contiguous pieces `[word, bit, width]`, the least significant piece first: e.g.
 * `split([[1, 4, 2], [0, 0, 6]])` keeps code bits 0-1 in bits 4-5 of word 1 and code bits 2-7 in bits 0-5 of
 * word 0.
 */
export function split(pieces: readonly (readonly [number, number, number])[], options: Omit<Placement, 'word' | 'bit' | 'bits' | 'width'> = {}): Placement {
  const bits = pieces.flatMap(([word, bit, width]) => Array.from({ length: width }, (_, k) => [word, bit + k] as const));
  return { ...options, word: pieces[0]?.[0] ?? 0, bits };
}

/** The derived word functions of a layout. */
export interface CompiledLayout {
  /** Number of words (highest placed word + 1, or more if the container has more addresses). */
  readonly words: number;
  encode(values: object): number[];
  decode(words: readonly number[]): Record<string, unknown>;
}

/** Bits needed for the codes of `f`'s scalar. */
function naturalWidth(owner: string, f: FieldSpec): number {
  const s = f.scalar;
  switch (s.kind) {
    case 'bool':
      return 1;
    case 'enum':
      return Math.max(1, 32 - Math.clz32(s.values.length - 1));
    case 'int':
      if (s.min < 0 || s.max > 0xffff_ffff) {
        throw new InvalidArgumentError(`${owner}.${f.name}: a layout places codes 0..2^32-1, the field spans ${s.min}..${s.max}`);
      }
      return Math.max(1, 32 - Math.clz32(s.max));
    case 'bigint':
      throw new InvalidArgumentError(`${owner}.${f.name}: bigint fields need a hand-written encode/decode`);
  }
}

/** One element's code bits as (word, bit) positions, least significant first. */
function positions(owner: string, f: FieldSpec, p: Placement, element: number): [number, number][] {
  const word = p.word + element * (p.stride?.word ?? 0);
  const shift = element * (p.stride?.bit ?? 0);
  const width = naturalWidth(owner, f);
  let bits: (readonly [number, number])[];
  if (p.bits !== undefined) {
    if (p.bits.length < width) throw new InvalidArgumentError(`${owner}.${f.name}: ${p.bits.length} bits placed, its codes need ${width}`);
    const wordShift = word - p.word;
    bits = p.bits.map((b) => (typeof b === 'number' ? [word, b + shift] : [b[0] + wordShift, b[1] + shift]));
  } else {
    if (p.bit === undefined) throw new InvalidArgumentError(`${owner}.${f.name}: placement needs bit or bits`);
    const w = p.width ?? width;
    if (w < width) throw new InvalidArgumentError(`${owner}.${f.name}: width ${w} is too small for its codes (${width} bits)`);
    bits = Array.from({ length: w }, (_, k) => [word, p.bit! + shift + k] as const);
  }
  return bits.map(([word, b]) => {
    if (!Number.isInteger(word) || word < 0 || !Number.isInteger(b) || b < 0 || b > 31) {
      throw new InvalidArgumentError(`${owner}.${f.name}: bit ${b} of word ${word} is outside a 32-bit word`);
    }
    return [word, b];
  });
}

/**
 * Compiles `layout` (a placement per field of `fields`) into encode/decode functions of at least
 * `minWords` words. Throws `InvalidArgumentError` if a field has no placement, a code does not fit its
 * bits, or two fields share a bit.
 */
export function compileLayout(owner: string, fields: readonly FieldSpec[], layout: Readonly<Record<string, Placement>>, minWords = 0): CompiledLayout {
  const used = new Map<string, string>();
  const enumCodes: Record<string, Record<string, number>> = Object.create(null);
  const enumNames: Record<string, readonly string[]> = Object.create(null);
  const wordTerms: string[][] = [];
  const temps: string[] = [];
  const decoded: string[] = [];
  let words = minWords;
  for (const name of Object.keys(layout)) {
    if (!fields.some((f) => f.name === name)) throw new InvalidArgumentError(`${owner}: layout places "${name}", which is not a field`);
  }
  for (const f of fields) {
    const p = layout[f.name];
    if (p === undefined) throw new InvalidArgumentError(`${owner}.${f.name}: the layout does not place this field`);
    const key = JSON.stringify(f.name);
    if (f.scalar.kind === 'enum') {
      enumCodes[f.name] = Object.fromEntries(f.scalar.values.map((v, i) => [v, i]));
      enumNames[f.name] = f.scalar.values;
    }
    const elements = f.length ?? 1;
    const decodedElements: string[] = [];
    for (let e = 0; e < elements; e++) {
      const pos = positions(owner, f, p, e);
      const width = pos.length;
      const mask = width >= 32 ? 0xffff_ffff : 2 ** width - 1;
      for (const [w, b] of pos) {
        const bitKey = `${w}:${b}`;
        const other = used.get(bitKey);
        if (other !== undefined) throw new InvalidArgumentError(`${owner}: ${f.name} and ${other} both use bit ${b} of word ${w}`);
        used.set(bitKey, f.name);
        words = Math.max(words, w + 1);
      }
      const value = `v[${key}]${f.length === undefined ? '' : `[${e}]`}`;
      let code: string;
      switch (f.scalar.kind) {
        case 'bool':
          code = `(${value} ? 1 : 0)`;
          break;
        case 'enum':
          code = `C[${key}][${value}]`;
          break;
        default:
          code = value;
      }
      if (p.invert) code = `(${code} ^ ${mask})`;
      // encode: the code's bits OR-ed into their words
      const contiguous = pos.every(([w, b], k) => w === pos[0]![0] && b === pos[0]![1] + k);
      if (contiguous) {
        (wordTerms[pos[0]![0]] ??= []).push(`(${code} << ${pos[0]![1]})`);
      } else {
        const t = `c${temps.length}`;
        temps.push(`const ${t} = ${code};`);
        pos.forEach(([w, b], k) => (wordTerms[w] ??= []).push(`(((${t} >>> ${k}) & 1) << ${b})`));
      }
      // decode: the bits gathered from their words
      let got = contiguous
        ? width >= 32
          ? `w${pos[0]![0]}`
          : `((w${pos[0]![0]} >>> ${pos[0]![1]}) & ${mask})`
        : `(${pos.map(([w, b], k) => `(((w${w} >>> ${b}) & 1) << ${k})`).join(' | ')})`;
      if (p.invert) got = `((${got} ^ ${mask}) >>> 0)`;
      else if (!contiguous || width >= 32) got = `(${got} >>> 0)`;
      switch (f.scalar.kind) {
        case 'bool':
          decodedElements.push(`${got} === 1`);
          break;
        case 'enum':
          decodedElements.push(`N[${key}][${got}]`);
          break;
        default:
          decodedElements.push(got);
      }
    }
    decoded.push(`${key}: ${f.length === undefined ? decodedElements[0] : `[${decodedElements.join(', ')}]`}`);
  }
  const wordExprs = Array.from({ length: words }, (_, w) => (wordTerms[w]?.length ? `(${wordTerms[w]!.join(' | ')}) >>> 0` : '0'));
  const encodeBody = `${temps.join('\n')}\nreturn [${wordExprs.join(', ')}];`;
  const wordLoads = Array.from({ length: words }, (_, w) => `const w${w} = (words[${w}] ?? 0) >>> 0;`).join('\n');
  const decodeBody = `${wordLoads}\nreturn { ${decoded.join(', ')} };`;
  // straight-line code per container: V8 optimises these like hand-written encoders (the hot path of chip writes)
  const id = owner.replace(/\W/g, '_');
  const encode = new Function('C', `return function encode${id}(v) {\n${encodeBody}\n};`)(enumCodes) as CompiledLayout['encode'];
  const decode = new Function('N', `return function decode${id}(words) {\n${decodeBody}\n};`)(enumNames) as CompiledLayout['decode'];
  return { words, encode, decode };
}
