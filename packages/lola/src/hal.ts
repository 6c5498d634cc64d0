/**
 * ADAPTER to @bss2/haldls (the only module of lola that knows how haldls names and builds things).
 *
 * haldls' classes are resolved by name from the package's exports (`useHaldlsExports` can swap them) rather
 * than imported one by one: lola's unit tests run the whole of lola against a stand-in haldls that logs every
 * write (test/fake-haldls.ts), and a type missing from a stand-in fails with an `AccessError` naming it.
 * Everything here relies on the shared container contract (`ContainerType.create/readAddresses/decode`,
 * `Container.encode`) plus two conventions of haldls:
 *   - coordinates are built from their linear enum (`Type.fromEnum(e)` or `new Type(e)`),
 *   - container fields are camelCase properties of the spec's field names (set on a fresh `create()`
 *     instance, or through `with({...})` when haldls containers are immutable).
 */
import { AccessError } from '@bss2/fisch';
import * as haldls from '@bss2/haldls';
import type { Container, ContainerType, Coordinate, EncodeSink } from '@bss2/haldls';

let exportsOf = haldls as unknown as Record<string, unknown>;

/**
 * Replaces the haldls exports lola resolves names from (`null` restores @bss2/haldls). Meant for tests and
 * for trying lola against an alternative haldls build; clears the coordinate cache.
 */
export function useHaldlsExports(exports: Record<string, unknown> | null): void {
  exportsOf = exports ?? (haldls as unknown as Record<string, unknown>);
  coordCache.clear();
  typeCache.clear();
  writerCache.clear();
  tableCache.clear();
  exportsGeneration++;
}

let exportsGeneration = 0;
/** Changes whenever `useHaldlsExports` switches haldls (for caches of derived data such as address lists). */
export function haldlsGeneration(): number {
  return exportsGeneration;
}

const camelCache = new Map<string, string>();
/** snake_case -> camelCase (`enable_fire` -> `enableFire`); memoised, it runs for every leaf field. */
export function camel(name: string): string {
  let c = camelCache.get(name);
  if (c === undefined) camelCache.set(name, (c = name.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase())));
  return c;
}

/** The haldls export `name`, or an AccessError naming it. */
function lookup(name: string): unknown {
  const v = exportsOf[name];
  if (v === undefined) throw new AccessError(`haldls does not provide ${name}, needed by lola`);
  return v;
}

/** True if the haldls in use exports every one of `names` (a stand-in may provide only some). */
export function halHas(...names: string[]): boolean {
  return names.every((n) => exportsOf[n] !== undefined);
}

type CoordinateClass = { fromEnum?: (e: number) => Coordinate } & (new (e: number) => Coordinate);
const coordCache = new Map<string, Coordinate[]>();

/** haldls coordinate `typeName` with linear index `e` (cached: coordinates are immutable). */
export function coordinate(typeName: string, e: number): Coordinate {
  let cache = coordCache.get(typeName);
  if (!cache) coordCache.set(typeName, (cache = []));
  return cache[e] ?? newCoordinate(typeName, cache, e);
}

function newCoordinate(typeName: string, cache: Coordinate[], e: number): Coordinate {
  const C = lookup(typeName) as CoordinateClass;
  const c = typeof C.fromEnum === 'function' ? C.fromEnum(e) : new C(e);
  cache[e] = c;
  return c;
}

/** The cache array of coordinate type `typeName` (index = enum; holes until first use). */
function coordinateArray(typeName: string): Coordinate[] {
  let cache = coordCache.get(typeName);
  if (!cache) coordCache.set(typeName, (cache = []));
  return cache;
}

const typeCache = new Map<string, ContainerType>();
/** haldls container type `name` (cached: module namespace lookups are slow on hot encode paths). */
export function containerType<C extends Container = Container>(name: string): ContainerType<C> {
  let t = typeCache.get(name);
  if (t === undefined) typeCache.set(name, (t = lookup(name) as ContainerType));
  return t as ContainerType<C>;
}

type Withable = Container & { with?: (fields: Record<string, unknown>) => Container };
type Constructible = ContainerType & { from?: (fields: Record<string, unknown>) => Container };

/** A haldls container of type `name` with the given (snake_case) fields set on its defaults. */
export function make(name: string, fields: Record<string, unknown> = {}): Container {
  return makeCamel(name, camelKeys(fields) as Record<string, unknown>);
}

/** `make` for fields already named in camelCase (hot paths: quads, CapMem cells, memory quads). */
export function makeCamel(name: string, camelFields: Record<string, unknown>): Container {
  const type = containerType(name) as Constructible;
  if (typeof type.from === 'function') return type.from(camelFields);
  const c = type.create() as Withable;
  if (typeof c.with === 'function') return c.with(camelFields);
  const target = c as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(camelFields)) {
    if (!(k in target)) throw new AccessError(`haldls ${name} has no field ${k}`);
    target[k] = v;
  }
  return c;
}

/**
 * camelCases the keys of plain objects (recursively through arrays of objects). Arrays of primitives and
 * values are passed through without copying: lola always hands over freshly built values.
 */
function camelKeys(v: unknown): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (typeof v[i] === 'object' && v[i] !== null) return v.map(camelKeys);
    return v;
  }
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k in v) out[camel(k)] = camelKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** Reads (snake_case) scalar fields of a haldls container (enumerations come back as their value names). */
export function fieldsOf(c: Container, names: readonly string[]): Record<string, boolean | number | string> {
  const src = c as unknown as Record<string, unknown>;
  const out: Record<string, boolean | number | string> = {};
  for (const n of names) {
    const v = src[camel(n)];
    if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') out[n] = v;
  }
  return out;
}

/** One field of a haldls container (camelCase of `name`). */
export function field<T = unknown>(c: Container, name: string): T {
  return (c as unknown as Record<string, unknown>)[camel(name)] as T;
}

/**
 * Writes haldls leaves of one type from plain field values, for lola's hot loops (synapse quads, CapMem
 * cells, memory quads): no container object, no per-leaf coordinate object (coordinates are cached by enum).
 * The caller must pass values it has already validated against the haldls field ranges.
 */
export interface LeafWriter<V extends object = Record<string, unknown>> {
  /** Emits the leaf with (camelCase) field values `values` at coordinate enum `e` into `sink`. */
  write(sink: EncodeSink, e: number, values: V): void;
  /** True if the words come from haldls' `encodeWords`/`writeAddresses` (else: a container per leaf). */
  readonly direct: boolean;
  /** Write addresses at coordinate enum `e` (cached; direct writers only). */
  addresses(e: number): readonly number[];
  /** haldls' `encodeWords(values, coordinate e)` (direct writers only). */
  encodeWords(values: V, e: number): readonly number[];
  /** The (cached) haldls coordinate with enum `e`. */
  coordinate(e: number): Coordinate;
  /** Read addresses at coordinate enum `e` (cached). */
  readAddresses(e: number): readonly number[];
  /** The haldls container type written. */
  readonly type: ContainerType;
}

/** Static side of a haldls `defineContainer` type (optional: lola also runs against stand-ins). */
interface WordEncodingType extends ContainerType {
  writeAddresses?(coord: Coordinate): readonly number[];
  encodeWords?(values: object, coord: Coordinate): readonly number[];
  readonly definition?: { readonly emit?: unknown };
}

const writerCache = new Map<string, LeafWriter>();

/**
 * The LeafWriter of haldls container `name` on coordinate type `coordTypeName`. It uses haldls' static
 * `writeAddresses(coord)` (cached per enum: addresses depend on the coordinate only) and
 * `encodeWords(values, coord)` when the type has them and encodes through plain Omnibus writes. A type with
 * its own `emit` (non-Omnibus messages, byte enables) is only written directly when the caller states that
 * for the values it passes the emit is the plain write (`emitIsPlainWrite`); otherwise, and for stand-ins
 * without those statics, each leaf is built with `makeCamel` and encoded.
 */
export function leafWriter<V extends object = Record<string, unknown>>(name: string, coordTypeName: string, emitIsPlainWrite = false): LeafWriter<V> {
  const key = `${name}@${coordTypeName}${emitIsPlainWrite ? '!' : ''}`;
  let w = writerCache.get(key);
  if (w === undefined) writerCache.set(key, (w = newLeafWriter(name, coordTypeName, emitIsPlainWrite)));
  return w as unknown as LeafWriter<V>;
}

function newLeafWriter(name: string, coordTypeName: string, emitIsPlainWrite: boolean): LeafWriter {
  const type = containerType(name) as WordEncodingType;
  const coords = coordinateArray(coordTypeName);
  const coordOf = (e: number): Coordinate => coords[e] ?? newCoordinate(coordTypeName, coords, e);
  const direct =
    typeof type.writeAddresses === 'function' &&
    typeof type.encodeWords === 'function' &&
    (emitIsPlainWrite || type.definition?.emit === undefined);
  const reads: (readonly number[])[] = [];
  const readAddresses = (e: number): readonly number[] => reads[e] ?? (reads[e] = type.readAddresses(coordOf(e)));
  if (!direct) {
    const indirect = (): never => {
      throw new AccessError(`haldls ${name} has no direct word encoding`);
    };
    return {
      direct,
      type,
      coordinate: coordOf,
      readAddresses,
      write: (sink, e, values) => makeCamel(name, values as Record<string, unknown>).encode(coordOf(e), sink),
      addresses: indirect,
      encodeWords: indirect,
    };
  }
  const addresses: (readonly number[])[] = [];
  const writeAddresses = type.writeAddresses!.bind(type);
  const encodeWords = type.encodeWords!.bind(type);
  return {
    direct,
    type,
    coordinate: coordOf,
    readAddresses,
    write(sink, e, values) {
      const c = coordOf(e);
      const a = addresses[e] ?? (addresses[e] = writeAddresses(c));
      const words = encodeWords(values, c);
      for (let i = 0; i < a.length; i++) sink.omnibusWrite(a[i]!, words[i]!);
    },
    addresses: (e) => addresses[e] ?? (addresses[e] = writeAddresses(coordOf(e))),
    encodeWords: (values, e) => encodeWords(values, coordOf(e)),
  };
}

/** One part of a leaf's field values, selected by a small key (e.g. one synapse's weight and calib bits). */
export interface TableSlot<V> {
  /** Number of keys (0..keys-1); key 0 must be the state of a fresh value object. */
  readonly keys: number;
  /** Sets the part of `values` selected by key `k`. */
  set(values: V, k: number): void;
  /** The key of a (decoded) value object; enables decoding through the tables. */
  get?(values: V): number;
}

/** Decoding side of WordTables: per slot, the key from the masked bits of one word. */
export interface SlotDecoder {
  /** Word the slot's bits live in. */
  readonly word: number;
  readonly shift: number;
  /** Mask of the slot's bits after shifting. */
  readonly mask: number;
  /** Key by shifted, masked contribution (`-1`: not produced by any key). */
  readonly keys: Int32Array;
}

/**
 * Word tables of a haldls container whose write words are a fixed base XOR independent contributions of
 * its slots (true of every container that packs fields into disjoint bit ranges): the words of a leaf are
 * `base[j] ^ tables[0][k0 * words + j] ^ tables[1][k1 * words + j] ^ ...`. The tables are derived from
 * haldls' own `encodeWords` and checked against it on pseudo-random keys at pseudo-random coordinates, so
 * haldls stays the only owner of the bit layout.
 */
export interface WordTables<V extends object> {
  /** Words per leaf (= write addresses per coordinate). */
  readonly words: number;
  readonly base: Uint32Array;
  /** Per slot: `keys * words` contributions. */
  readonly tables: readonly Uint32Array[];
  readonly writer: LeafWriter<V>;
  /**
   * Write addresses of every coordinate 0..coordCount-1, flat (`words` per coordinate); computed on first
   * use, for loops over all leaves of the type.
   */
  allAddresses(): Uint32Array;
  /**
   * Present if every slot has `get`, lives in one word, the slots' bits are disjoint, read and write
   * addresses agree and haldls' decode inverts the tables (checked): then the slot keys of a leaf read back
   * as `words` are `decoders[s].keys[((words[d.word] ^ base[d.word]) >>> d.shift) & d.mask]`, a `-1` meaning
   * "decode this leaf with haldls".
   */
  readonly decoders: readonly SlotDecoder[] | undefined;
  /** Per word, the bits no slot uses (a read-back word with any of them set is decoded by haldls). */
  readonly outside: Uint32Array | undefined;
}

/**
 * Slot keys of the leaf whose read-back words start at `words[pos]`, into `keys`; false if the words are
 * not an encoding the tables produce (unknown bits or contributions): decode that leaf with haldls.
 */
export function decodeKeys(t: WordTables<object>, words: ArrayLike<number>, pos: number, keys: Int32Array): boolean {
  const decoders = t.decoders!;
  const outside = t.outside!;
  const base = t.base;
  for (let j = 0; j < base.length; j++) if (((words[pos + j]! ^ base[j]!) & outside[j]!) !== 0) return false;
  for (let s = 0; s < decoders.length; s++) {
    const d = decoders[s]!;
    const k = d.keys[((words[pos + d.word]! ^ base[d.word]!) >>> d.shift) & d.mask]!;
    if (k < 0) return false;
    keys[s] = k;
  }
  return true;
}

const tableCache = new Map<string, WordTables<object> | null>();

/**
 * WordTables of haldls container `name` (see `WordTables`), or `undefined` when the type cannot be written
 * directly (stand-ins) or its encoding is not slot-separable (then write leaf by leaf). `tag` names the slot
 * layout for the cache; `coordCount` is the number of coordinates the check samples from.
 */
export function wordTables<V extends object>(
  name: string,
  coordTypeName: string,
  tag: string,
  fresh: () => V,
  slots: readonly TableSlot<V>[],
  coordCount: number,
  emitIsPlainWrite = false,
): WordTables<V> | undefined {
  const key = `${name}@${coordTypeName}#${tag}`;
  let t = tableCache.get(key);
  if (t === undefined) tableCache.set(key, (t = (buildWordTables(leafWriter<V>(name, coordTypeName, emitIsPlainWrite), fresh, slots, coordCount) as WordTables<object> | undefined) ?? null));
  return (t ?? undefined) as WordTables<V> | undefined;
}

function buildWordTables<V extends object>(writer: LeafWriter<V>, fresh: () => V, slots: readonly TableSlot<V>[], coordCount: number): WordTables<V> | undefined {
  if (!writer.direct) return undefined;
  const baseWords = writer.encodeWords(fresh(), 0);
  const words = baseWords.length;
  const base = Uint32Array.from(baseWords, (w) => w >>> 0);
  const tables = slots.map((slot) => {
    const table = new Uint32Array(slot.keys * words);
    for (let k = 0; k < slot.keys; k++) {
      const v = fresh();
      slot.set(v, k);
      const w = writer.encodeWords(v, 0);
      if (w.length !== words) return undefined;
      for (let j = 0; j < words; j++) table[k * words + j] = (w[j]! ^ base[j]!) >>> 0;
    }
    return table;
  });
  if (tables.some((x) => x === undefined)) return undefined;
  const ts = tables as Uint32Array[];
  // check separability and coordinate independence against haldls on pseudo-random leaves
  let seed = 0x2545f491;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let trial = 0; trial < 64; trial++) {
    const v = fresh();
    const expected = Uint32Array.from(base);
    slots.forEach((slot, i) => {
      const k = trial === 0 ? slot.keys - 1 : rand(slot.keys);
      slot.set(v, k);
      for (let j = 0; j < words; j++) expected[j] = expected[j]! ^ ts[i]![k * words + j]!;
    });
    const e = rand(coordCount);
    const w = writer.encodeWords(v, e);
    if (w.length !== words || writer.addresses(e).length !== words) return undefined;
    for (let j = 0; j < words; j++) if (w[j]! >>> 0 !== expected[j]) return undefined;
  }
  const decoding = buildDecoders(writer, fresh, slots, ts, base, coordCount, rand);
  let all: Uint32Array | undefined;
  const allAddresses = (): Uint32Array => {
    if (all === undefined) {
      const table = new Uint32Array(coordCount * words);
      for (let e = 0; e < coordCount; e++) {
        const a = writer.addresses(e);
        if (a.length !== words) throw new AccessError(`haldls ${writer.type.typeName}: ${a.length} write addresses at coordinate ${e}, expected ${words}`);
        for (let j = 0; j < words; j++) table[e * words + j] = a[j]!;
      }
      all = table;
    }
    return all;
  };
  return { words, base, tables: ts, writer, allAddresses, decoders: decoding?.decoders, outside: decoding?.outside };
}

function buildDecoders<V extends object>(
  writer: LeafWriter<V>,
  fresh: () => V,
  slots: readonly TableSlot<V>[],
  tables: readonly Uint32Array[],
  base: Uint32Array,
  coordCount: number,
  rand: (n: number) => number,
): { decoders: SlotDecoder[]; outside: Uint32Array } | undefined {
  const words = base.length;
  const used = new Uint32Array(words);
  const decoders: SlotDecoder[] = [];
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]!;
    const table = tables[s]!;
    if (slot.get === undefined) return undefined;
    const masks = new Uint32Array(words);
    for (let k = 0; k < slot.keys; k++) for (let j = 0; j < words; j++) masks[j] = masks[j]! | table[k * words + j]!;
    const inWords = [...masks.keys()].filter((j) => masks[j] !== 0);
    if (inWords.length !== 1) return undefined;
    const word = inWords[0]!;
    const m = masks[word]!;
    if ((used[word]! & m) !== 0) return undefined;
    used[word] = used[word]! | m;
    const shift = 31 - Math.clz32(m & -m);
    const mask = m >>> shift;
    if (mask >= 1 << 16) return undefined;
    const keys = new Int32Array(mask + 1).fill(-1);
    for (let k = 0; k < slot.keys; k++) {
      const c = table[k * words + word]! >>> shift;
      if (keys[c] !== -1) return undefined; // two keys encode alike: not invertible
      keys[c] = k;
    }
    decoders.push({ word, shift, mask, keys });
  }
  const type = writer.type;
  if (!type.readable) return undefined;
  for (let trial = 0; trial < 64; trial++) {
    const e = rand(coordCount);
    const c = writer.coordinate(e);
    const ra = type.readAddresses(c);
    const wa = writer.addresses(e);
    if (ra.length !== wa.length || ra.some((a, i) => a !== wa[i])) return undefined;
    const v = fresh();
    const ks = slots.map((slot) => {
      const k = trial === 0 ? slot.keys - 1 : rand(slot.keys);
      slot.set(v, k);
      return k;
    });
    const decoded = type.decode(c, writer.encodeWords(v, e)) as unknown as V;
    if (slots.some((slot, i) => slot.get!(decoded) !== ks[i])) return undefined;
  }
  return { decoders, outside: used.map((u) => ~u >>> 0) };
}

const readAddressCache = new WeakMap<ContainerType, (readonly number[])[]>();

/**
 * `type.readAddresses(coord)`, cached per type and coordinate enum (read addresses depend on the
 * coordinate only; a container type lives on one coordinate type). Do not mutate the result.
 */
export function readAddresses(type: ContainerType, coord: Coordinate): readonly number[] {
  let byEnum = readAddressCache.get(type);
  if (byEnum === undefined) readAddressCache.set(type, (byEnum = []));
  const e = coord.toEnum();
  return byEnum[e] ?? (byEnum[e] = type.readAddresses(coord));
}
