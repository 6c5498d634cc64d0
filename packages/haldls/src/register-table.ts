/**
 * The declarative Omnibus address map, derived from the container definitions themselves: every writable
 * leaf container at every coordinate contributes its write addresses, with the default words as reset values
 * and the bits its fields can reach as the implemented mask. Because it is derived, it cannot drift from the
 * encoders; the simulator uses it (`lookupRegister`) to interpret registers.
 *
 * The table is built lazily on first use (~0.5 M words) into sorted typed arrays and searched by bisection.
 */
import { InvalidArgumentError } from '@bss2/fisch';
import type { CoordinateBase } from './coordinates/base.js';
import { definedContainerTypes, type DefinedContainerType } from './define.js';
import { extremeValue, type FieldSpec } from './fields.js';

/** What is known about one Omnibus word address. */
export interface RegisterInfo {
  /** `Container[coordinate enum].word i`, e.g. `NeuronConfig[23].word2`. */
  readonly name: string;
  readonly address: number;
  /** Container type owning the word. */
  readonly container: string;
  /** Coordinate enum of the container instance. */
  readonly coordinate: number;
  /** Index of the word within the container's write words. */
  readonly word: number;
  /** Bits any field of the container can set in this word. */
  readonly mask: number;
  /** Word of a default-constructed container (the reset value a simulator should use). */
  readonly reset: number;
  readonly access: 'rw' | 'wo';
}

/** Containers larger than this per coordinate are aggregates of leaf containers already in the table. */
const MAX_LEAF_WORDS = 32;
/** Coordinate types larger than this (external DRAM) are left out: the table would be gigabytes. */
const MAX_COORDINATES = 1 << 17;

interface TypeLayout {
  readonly type: DefinedContainerType;
  readonly masks: readonly number[];
  readonly resets: readonly number[];
}

let layouts: TypeLayout[] = [];
let sortedKeys: Float64Array | undefined; // address * 2^20 + entry index, sorted
let entryLayout: Uint16Array = new Uint16Array(0);
let entryCoord: Uint32Array = new Uint32Array(0);
let entryWord: Uint8Array = new Uint8Array(0);

/** Values to try per field so the union of changed bits covers every bit the field can reach. */
function probeValues(f: FieldSpec): unknown[] {
  const s = f.scalar;
  const scalars: unknown[] = [];
  if (s.kind === 'int') {
    // small ranges: every value (non-linear codes such as one-hot rows); large ranges: every bit
    if (s.max - s.min < 4096) for (let v = s.min; v <= s.max; v++) scalars.push(v);
    else {
      scalars.push(s.max, s.min);
      for (let b = 1; b <= s.max - s.min && b < 2 ** 32; b *= 2) scalars.push(s.min + b);
    }
  } else if (s.kind === 'enum') {
    s.values.forEach((v) => scalars.push(v));
  } else if (s.kind === 'bigint') {
    scalars.push(s.max);
  } else {
    scalars.push(!f.default);
  }
  if (f.length === undefined) return scalars;
  // arrays: each probe value in every element at once, plus each element alone flipped
  const out: unknown[] = scalars.map((v) => new Array(f.length).fill(v));
  const base = f.default as readonly unknown[];
  for (let i = 0; i < f.length; i++) {
    const a = [...base];
    a[i] = extremeValue(s, base[i]);
    out.push(a);
  }
  return out;
}

function layoutOf(type: DefinedContainerType): TypeLayout | undefined {
  const def = type.definition;
  if (def.emit || def.excludeFromRegisterTable || !type.writable) return undefined;
  if (def.coordinate.size > MAX_COORDINATES) return undefined;
  const coord0 = def.coordinate.fromEnum(0);
  const defaults = type.create();
  const resets = type.encodeWords(defaults, coord0);
  if (resets.length === 0 || resets.length > MAX_LEAF_WORDS) return undefined;
  const masks = resets.map(() => 0);
  // Probe from the defaults and from a base with every boolean set: some fields only reach the words when
  // an enable is on (CapMemBlockConfig's debug row/column are written only with debugReadoutEnable).
  const bases = [defaults];
  try {
    const allOn: Record<string, unknown> = {};
    for (const f of type.fields) if (f.scalar.kind === 'bool') allOn[f.name] = f.length === undefined ? true : new Array(f.length).fill(true);
    bases.push(defaults.with(allOn as never));
  } catch {
    // a cross-field rule forbids all enables at once: the defaults alone must do
  }
  for (const base of bases) {
    const baseWords = base === defaults ? resets : type.encodeWords(base, coord0);
    for (const f of type.fields) {
      for (const v of probeValues(f)) {
        let words: readonly number[];
        try {
          words = type.encodeWords(base.with({ [f.name]: v } as never), coord0);
        } catch {
          continue; // a cross-field rule forbids this probe
        }
        words.forEach((w, i) => (masks[i] = (masks[i]! | (w ^ baseWords[i]!)) >>> 0));
      }
    }
  }
  return { type, masks, resets };
}

function build(): void {
  layouts = [];
  for (const type of definedContainerTypes()) {
    const layout = layoutOf(type);
    if (layout) layouts.push(layout);
  }
  // typed arrays sized up front: keys above 2^31 would be boxed doubles in a plain array (slow, GC-heavy)
  let total = 0;
  for (const l of layouts) total += l.type.definition.coordinate.size * l.resets.length;
  if (total >= 2 ** 20) throw new InvalidArgumentError(`register table has ${total} words; the key packing allows 2^20`);
  const keys = new Float64Array(total);
  entryLayout = new Uint16Array(total);
  entryCoord = new Uint32Array(total);
  entryWord = new Uint8Array(total);
  let n = 0;
  layouts.forEach((layout, li) => {
    const cls = layout.type.definition.coordinate;
    for (let e = 0; e < cls.size; e++) {
      const addresses = layout.type.writeAddresses(cls.fromEnum(e) as CoordinateBase);
      for (let w = 0; w < addresses.length; w++) {
        keys[n] = addresses[w]! * 2 ** 20 + n;
        entryLayout[n] = li;
        entryCoord[n] = e;
        entryWord[n] = w;
        n++;
      }
    }
  });
  sortedKeys = keys.subarray(0, n).sort();
}

/** Index into sortedKeys of the first (earliest-defined) entry at `address`, or -1. */
function find(address: number): number {
  const keys = sortedKeys!;
  let lo = 0;
  let hi = keys.length;
  const target = address * 2 ** 20;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && Math.floor(keys[lo]! / 2 ** 20) === address ? lo : -1;
}

/**
 * Register description of Omnibus word `address`, or `undefined` where no writable haldls container lives
 * (read-only counters, sample memories and unmapped space are the simulator's business). Where several
 * containers alias one address (split synapse views are separate addresses; aggregate containers are left
 * out), the earliest-defined container wins.
 */
export function lookupRegister(address: number): RegisterInfo | undefined {
  if (!Number.isInteger(address) || address < 0 || address > 0xffff_ffff) {
    throw new InvalidArgumentError(`lookupRegister: address ${address} is not a 32-bit Omnibus address`);
  }
  if (!sortedKeys) build();
  const i = find(address);
  if (i < 0) return undefined;
  const entry = sortedKeys![i]! % 2 ** 20;
  const layout = layouts[entryLayout[entry]!]!;
  const word = entryWord[entry]!;
  const coordinate = entryCoord[entry]!;
  const container = layout.type.typeName;
  return {
    name: `${container}[${coordinate}].word${word}`,
    address,
    container,
    coordinate,
    word,
    mask: layout.masks[word]!,
    reset: layout.resets[word]!,
    access: layout.type.readable ? 'rw' : 'wo',
  };
}

/** Size of the table (words) and the container types it covers; builds it if needed. */
export function registerTableSummary(): { words: number; containers: string[] } {
  if (!sortedKeys) build();
  return { words: sortedKeys!.length, containers: layouts.map((l) => l.type.typeName) };
}

/** Drops the built table (tests that define extra containers). */
export function resetRegisterTable(): void {
  sortedKeys = undefined;
}
