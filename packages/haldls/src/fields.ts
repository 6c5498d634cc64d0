/**
 * Field descriptors: the single source of a container's field names, types, ranges and defaults. Containers
 * are defined as a list of these plus word-level encode/decode; validation, defaults, equality, printing,
 * JSON, protobuf serialisation and property tests are all derived from the list.
 */
import { ValueRangeError, ValueTypeError, checkBool, checkInt } from '@bss2/fisch';

/** Scalar type of a field (or of each element of an array field). */
export type Scalar =
  | { readonly kind: 'bool' }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'bigint'; readonly max: bigint };

/** One field: a scalar, or a fixed-length array of scalars (`length` set). */
export interface FieldSpec<N extends string = string, V = unknown> {
  readonly name: N;
  readonly scalar: Scalar;
  readonly length?: number;
  readonly default: V;
  /** Documentation shown in printing/tests (units, meaning). */
  readonly doc?: string;
}

/** The value object described by a field list: `{ [name]: value }`. */
export type FieldValues<S extends readonly FieldSpec[]> = { -readonly [F in S[number] as F['name']]: F['default'] };

export function bool<N extends string>(name: N, def = false): FieldSpec<N, boolean> {
  return { name, scalar: { kind: 'bool' }, default: def };
}

/** Integer in [min, max]. */
export function int<N extends string>(name: N, min: number, max: number, def = min): FieldSpec<N, number> {
  checkInt(`${name} (default)`, def, min, max);
  return { name, scalar: { kind: 'int', min, max }, default: def };
}

/** Unsigned integer of `bits` width (0..2^bits-1). */
export function uint<N extends string>(name: N, bits: number, def = 0): FieldSpec<N, number> {
  return int(name, 0, 2 ** bits - 1, def);
}

/** Unsigned integer wider than 53 bits (held as bigint). */
export function big<N extends string>(name: N, bits: number, def = 0n): FieldSpec<N, bigint> {
  return { name, scalar: { kind: 'bigint', max: (1n << BigInt(bits)) - 1n }, default: def };
}

/** Named enumeration; the value is the name, input may also give the numeric code (position in `values`). */
export function enumeration<N extends string, const V extends string>(name: N, values: readonly V[], def: V = values[0]!): FieldSpec<N, V> {
  return { name, scalar: { kind: 'enum', values }, default: def };
}

export function boolArray<N extends string>(name: N, length: number, def: boolean | readonly boolean[] = false): FieldSpec<N, readonly boolean[]> {
  return { name, scalar: { kind: 'bool' }, length, default: Object.freeze(Array.isArray(def) ? [...def] : new Array<boolean>(length).fill(def as boolean)) };
}

export function intArray<N extends string>(name: N, length: number, min: number, max: number, def: number | readonly number[] = min): FieldSpec<N, readonly number[]> {
  return { name, scalar: { kind: 'int', min, max }, length, default: Object.freeze(Array.isArray(def) ? [...def] : new Array<number>(length).fill(def as number)) };
}

export function enumArray<N extends string, const V extends string>(name: N, length: number, values: readonly V[], def: V | readonly V[] = values[0]!): FieldSpec<N, readonly V[]> {
  return { name, scalar: { kind: 'enum', values }, length, default: Object.freeze(Array.isArray(def) ? [...def] : new Array<V>(length).fill(def as V)) };
}

/** Validates one scalar; numeric enum codes are converted to their names. */
export function checkScalar(path: string, s: Scalar, v: unknown): unknown {
  switch (s.kind) {
    case 'bool':
      return checkBool(path, v);
    case 'int':
      return checkInt(path, v, s.min, s.max);
    case 'enum': {
      if (typeof v === 'number') {
        const name = s.values[v];
        if (!Number.isInteger(v) || name === undefined) throw new ValueRangeError(path, v, 0, s.values.length - 1, `enum code of ${s.values.join('|')}`);
        return name;
      }
      if (typeof v !== 'string' || !s.values.includes(v)) throw new ValueTypeError(path, v, `one of ${s.values.join(', ')}`);
      return v;
    }
    case 'bigint': {
      const b = typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : v;
      if (typeof b !== 'bigint') throw new ValueTypeError(path, v, `integer 0..${s.max}`);
      if (b < 0n || b > s.max) throw new ValueRangeError(path, v, 0n, s.max);
      return b;
    }
  }
}

/** Validates a field value (arrays: exact length, each element) and returns the stored form. */
export function checkField(owner: string, f: FieldSpec, v: unknown): unknown {
  return fieldChecker(owner, f)(v);
}

/** Slow path with the precise typed error (also used when a fast check fails). */
function checkFieldSlow(owner: string, f: FieldSpec, v: unknown): unknown {
  const path = `${owner}.${f.name}`;
  if (f.length === undefined) return checkScalar(path, f.scalar, v);
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) throw new ValueTypeError(path, v, `array of ${f.length}`);
  const a = v as ArrayLike<unknown>;
  if (a.length !== f.length) throw new ValueRangeError(`${path}.length`, a.length, f.length, f.length);
  const out = new Array<unknown>(f.length);
  for (let i = 0; i < f.length; i++) out[i] = checkScalar(`${path}[${i}]`, f.scalar, a[i]);
  return out;
}

/**
 * A validator for one field, specialised on its type: the common case (legal value) costs a few compares
 * and, for arrays, one copy (the container owns its arrays; callers may reuse theirs). Anything else takes
 * the slow path, which throws the typed error naming the field and its range.
 */
export function fieldChecker(owner: string, f: FieldSpec): (v: unknown) => unknown {
  const s = f.scalar;
  const slow = (v: unknown) => checkFieldSlow(owner, f, v);
  const n = f.length;
  if (s.kind === 'int') {
    const { min, max } = s;
    if (n === undefined) return (v) => (typeof v === 'number' && v >= min && v <= max && Number.isInteger(v) ? v : slow(v));
    return (v) => {
      if (!Array.isArray(v) || v.length !== n) return slow(v);
      const out = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const x = v[i];
        if (typeof x !== 'number' || !(x >= min && x <= max) || !Number.isInteger(x)) return slow(v);
        out[i] = x;
      }
      return out;
    };
  }
  if (s.kind === 'bool') {
    if (n === undefined) return (v) => (typeof v === 'boolean' ? v : slow(v));
    return (v) => {
      if (!Array.isArray(v) || v.length !== n) return slow(v);
      const out = new Array<boolean>(n);
      for (let i = 0; i < n; i++) {
        const x = v[i];
        if (typeof x !== 'boolean') return slow(v);
        out[i] = x;
      }
      return out;
    };
  }
  return slow;
}

/** Numeric code of a scalar value (enum index, 0/1 for booleans). */
export function code(s: Scalar, v: unknown): number {
  if (s.kind === 'enum') return s.values.indexOf(v as string);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Number(v);
}

export function scalarEquals(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** JSON-safe form of a value (bigint -> decimal string, arrays copied). */
export function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(jsonValue);
  return v;
}

/** Parses the JSON-safe form back (bigint fields accept decimal strings). */
export function fromJsonValue(f: FieldSpec, v: unknown): unknown {
  if (f.scalar.kind !== 'bigint') return v;
  const conv = (x: unknown) => (typeof x === 'string' && /^\d+$/.test(x) ? BigInt(x) : x);
  return Array.isArray(v) ? v.map(conv) : conv(v);
}

export function printValue(s: Scalar, v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => printValue(s, x)).join(', ')}]`;
  if (s.kind === 'bigint') return `0x${(v as bigint).toString(16)}`;
  return String(v);
}

/** A non-default legal value for a scalar (used by register masks and tests). */
export function extremeValue(s: Scalar, current: unknown): unknown {
  switch (s.kind) {
    case 'bool':
      return !current;
    case 'int':
      return current === s.max ? s.min : s.max;
    case 'enum':
      return current === s.values[s.values.length - 1] ? s.values[0] : s.values[s.values.length - 1];
    case 'bigint':
      return current === s.max ? 0n : s.max;
  }
}
