/**
 * `defineContainer`: builds a container class from a field list and its word-level layout. Everything that
 * is the same for every container (validation, defaults, `with`, equality, printing, JSON, the ContainerType
 * statics, the encode/decode plumbing and access checks) lives here; a container module only states its
 * coordinate, fields, addresses and bit layout.
 */
import { AccessError, InvalidArgumentError, type ConnectionTarget, type ToFpgaMessage } from '@bss2/fisch';
import type { Container, ContainerType, Coordinate, EncodeSink } from './container.js';
import type { CoordinateBase, CoordinateClass } from './coordinates/base.js';
import { fieldChecker, fromJsonValue, jsonValue, printValue, scalarEquals, type FieldSpec, type FieldValues } from './fields.js';
import { compileLayout, type Layout } from './layout.js';

/** Layout and capabilities of one container type. `V` is its field-value object. */
export interface ContainerDefinition<V, K extends CoordinateBase> {
  /** Container name, unique (halco/haldls name, e.g. "NeuronConfig"). */
  readonly name: string;
  readonly coordinate: CoordinateClass<K>;
  readonly fields: readonly FieldSpec[];
  /** Addresses used for both read and write (symmetric containers). */
  addresses?(coord: K): readonly number[];
  /** Read addresses if they differ from `addresses`; omit (and omit `addresses`) for write-only containers. */
  readAddresses?(coord: K): readonly number[];
  /** Write addresses if they differ from `addresses`; omit (and omit `addresses`) for read-only containers. */
  writeAddresses?(coord: K): readonly number[];
  /**
   * Where every field's code lives in the words (see layout.ts); `encode` and `decode` are then derived
   * from it and must not be given. For layouts that are not a fixed placement per field, give `encode` and
   * `decode` instead.
   */
  readonly layout?: Layout<V>;
  /** Words for the write addresses, in the same order. Default for stateless triggers: all zero. */
  encode?(v: Readonly<V>, coord: K): readonly number[];
  /** Field values from the words read at the read addresses (missing fields keep their defaults). */
  decode?(words: readonly number[], coord: K): Partial<V>;
  /**
   * Full control over the write (non-Omnibus messages, byte enables). When given, it replaces the
   * address/word plumbing for writes.
   */
  emit?(v: Readonly<V>, coord: K, sink: EncodeSink): void;
  /** Supports writing only the words that differ from a reference (haldls.md 5.4). */
  readonly differentialWrite?: boolean;
  /** Targets on which the container cannot be read back (haldls.md 5.3). */
  readonly unsupportedReadTargets?: readonly ConnectionTarget[];
  /**
   * Reachable only over the highspeed Omnibus, not through JTAG (haldls.md 5.2: the CADC sample memory).
   * FPGA registers need no flag: their addresses (bit 31 set) are never on the chip's Omnibus.
   */
  readonly omnibusOnly?: boolean;
  /** Custom printing; default `Name(field: value, ...)`. */
  print?(v: Readonly<V>): string;
  /**
   * Side effect of an actual write (e.g. a logged warning about a questionable setting); not run by the pure
   * `encodeWords` (register-table probes, differential comparisons).
   */
  onWrite?(v: Readonly<V>): void;
  /** Cross-field validation run after field checks (throw a typed error). */
  validate?(v: Readonly<V>): void;
  /**
   * Set when decode(encode(x)) cannot reproduce every field (e.g. Timer writes always encode 0); the
   * generic property test then skips the round trip. Give the reason.
   */
  readonly noRoundTrip?: string;
  /** Leave out of the register table (coordinate-dependent layouts or aliases of another container). */
  readonly excludeFromRegisterTable?: boolean;
}

/** Instance side shared by every defined container. */
export interface DefinedContainer<V = Record<string, unknown>> extends Container {
  readonly containerType: DefinedContainerType<V>;
  /** A copy with the given fields replaced (validated; unknown names rejected). */
  with(fields: Partial<V>): this;
  /** Plain copy of the field values. */
  values(): V;
  toJSON(): Record<string, unknown>;
}

/** Static side shared by every defined container (implements the ContainerType contract). */
export interface DefinedContainerType<V = Record<string, unknown>, K extends CoordinateBase = CoordinateBase> extends ContainerType<DefinedContainer<V> & Readonly<V>, K> {
  readonly definition: ContainerDefinition<V, K>;
  readonly fields: readonly FieldSpec[];
  readonly differentialWrite: boolean;
  readonly unsupportedReadTargets: readonly ConnectionTarget[];
  readonly omnibusOnly: boolean;
  writeAddresses(coord: K): readonly number[];
  /** Write words of `c` at `coord` (what `encode` sends to the Omnibus addresses). */
  encodeWords(c: Readonly<V>, coord: K): readonly number[];
  /**
   * Field values from the container's words, as a plain object: the same decode as `decode`, without
   * constructing and validating a container (fields the decoder does not produce keep their defaults).
   * For consumers on the other side of the bus that only need the values, e.g. a simulator decoding every
   * synapse word it is written (32 k quads for a full chip). Containers with a layout decode their write
   * words too, so write-only ones (triggers such as PADIEvent, MADCControl) can be interpreted; values
   * from words a real chip cannot hold are passed through unchecked. `coord` is checked only for its type.
   * Throws `AccessError` for containers without a decoder (write-only ones with a hand-written encode).
   */
  decodeValues(coord: K, words: ArrayLike<number>): V;
  /** Builds an instance from JSON produced by `toJSON`. */
  fromJSON(json: Record<string, unknown>): DefinedContainer<V> & Readonly<V>;
  /** Defaults with `fields` applied (validated). */
  from(fields: Partial<V>): DefinedContainer<V> & Readonly<V>;
  /** `new Type(fields)` */
  new (fields?: Partial<V>): DefinedContainer<V> & Readonly<V>;
}

const containerTypes: DefinedContainerType[] = [];

/** Every container type defined so far, in definition order. */
export function definedContainerTypes(): readonly DefinedContainerType[] {
  return containerTypes;
}

const EMPTY: readonly number[] = Object.freeze([]);

/**
 * Defines a container class. Use as
 * `export const NeuronReset = defineContainer({...}); export type NeuronReset = InstanceType<typeof NeuronReset>;`
 */
export function defineContainer<const S extends readonly FieldSpec[], K extends CoordinateBase>(
  def: ContainerDefinition<FieldValues<S>, K> & { readonly fields: S },
): DefinedContainerType<FieldValues<S>, K> {
  type V = FieldValues<S>;
  const { name, fields } = def;
  const fieldByName = new Map(fields.map((f) => [f.name, f] as const));
  const readAddr = def.readAddresses ?? def.addresses;
  const writeAddr = def.writeAddresses ?? def.addresses;
  const coordName = def.coordinate.typeName;
  const { encode: encodeWordsOf, decode: decodeFieldsOf, values: valuesOf } = wordFunctions(def, readAddr, writeAddr);

  const checkCoord = (coord: Coordinate): K => {
    if (coord.typeName !== coordName) {
      throw new InvalidArgumentError(`${name} lives on ${coordName}, got coordinate ${coord.toString()}`);
    }
    return coord as K;
  };

  class Defined {
    static readonly typeName = name;
    static readonly coordinateTypeName = coordName;
    static readonly readable = readAddr !== undefined;
    static readonly writable = writeAddr !== undefined || def.emit !== undefined;
    static readonly definition = def;
    static readonly fields = fields;
    static readonly differentialWrite = def.differentialWrite === true;
    static readonly unsupportedReadTargets: readonly ConnectionTarget[] = def.unsupportedReadTargets ?? [];
    static readonly omnibusOnly = def.omnibusOnly === true;

    /** Defaults (or a copy of `source`) with `init` applied; one construction path keeps one object shape. */
    constructor(init?: Partial<V>, source?: Defined) {
      const self = this as unknown as Record<string, unknown>;
      const from = source as unknown as Record<string, unknown> | undefined;
      for (let i = 0; i < fields.length; i++) {
        const k = fields[i]!.name;
        self[k] = from ? from[k] : fields[i]!.default;
      }
      if (init) applyFields(self, init as Record<string, unknown>);
    }

    get containerType(): DefinedContainerType<V, K> {
      return Defined as unknown as DefinedContainerType<V, K>;
    }

    with(changes: Partial<V>): Defined {
      return new Defined(changes, this);
    }

    values(): V {
      const self = this as unknown as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const f of fields) out[f.name] = self[f.name];
      return out as V;
    }

    encode(coord: Coordinate, sink: EncodeSink): void {
      const k = checkCoord(coord);
      const v = this as unknown as V;
      def.onWrite?.(v);
      if (def.emit) return def.emit(v, k, sink);
      if (!writeAddr) throw new AccessError(`${name} is not writable`);
      const addresses = writeAddr(k);
      const words = encodeWordsOf ? encodeWordsOf(v, k) : EMPTY;
      for (let i = 0; i < addresses.length; i++) sink.omnibusWrite(addresses[i]!, (words[i] ?? 0) >>> 0);
    }

    equals(other: Container): boolean {
      if (other.containerType !== (Defined as unknown)) return false;
      const a = this as unknown as Record<string, unknown>;
      const b = other as unknown as Record<string, unknown>;
      for (const f of fields) if (!scalarEquals(a[f.name], b[f.name])) return false;
      return true;
    }

    toString(): string {
      const v = this as unknown as V;
      if (def.print) return def.print(v);
      const self = this as unknown as Record<string, unknown>;
      return `${name}(${fields.map((f) => `${f.name}: ${printValue(f.scalar, self[f.name])}`).join(', ')})`;
    }

    toJSON(): Record<string, unknown> {
      const self = this as unknown as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const f of fields) out[f.name] = jsonValue(self[f.name]);
      return out;
    }

    static create(): Defined {
      return new Defined();
    }

    /** Defaults with `fields` applied (same as `new Type(fields)`; the hot path of composite encoders). */
    static from(init: Partial<V>): Defined {
      return new Defined(init);
    }

    static fromJSON(json: Record<string, unknown>): Defined {
      const init: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(json)) {
        const f = fieldByName.get(k);
        init[k] = f ? fromJsonValue(f, v) : v;
      }
      return new Defined(init as Partial<V>);
    }

    static readAddresses(coord: Coordinate): readonly number[] {
      const k = checkCoord(coord);
      return readAddr ? readAddr(k) : EMPTY;
    }

    static writeAddresses(coord: Coordinate): readonly number[] {
      const k = checkCoord(coord);
      return writeAddr ? writeAddr(k) : EMPTY;
    }

    static encodeWords(c: V, coord: Coordinate): readonly number[] {
      const k = checkCoord(coord);
      return encodeWordsOf ? encodeWordsOf(c, k).map((w) => w >>> 0) : (writeAddr ? writeAddr(k) : EMPTY).map(() => 0);
    }

    static decode(coord: Coordinate, words: ArrayLike<number>): Defined {
      const k = checkCoord(coord);
      if (!readAddr) throw new AccessError(`${name} is not readable`);
      const expected = readAddr(k).length;
      if (words.length < expected) throw new InvalidArgumentError(`${name}.decode needs ${expected} words, got ${words.length}`);
      const list = Array.isArray(words) ? (words as readonly number[]) : Array.from(words);
      return new Defined(decodeFieldsOf ? decodeFieldsOf(list, k) : undefined);
    }

    static decodeValues(coord: Coordinate, words: ArrayLike<number>): V {
      const k = checkCoord(coord);
      if (!valuesOf) throw new AccessError(`${name} has no decoder`);
      const list = Array.isArray(words) ? (words as readonly number[]) : Array.from(words);
      return defaultsOf(valuesOf(list, k) as Record<string, unknown>);
    }
  }

  /** Defaults of the fields a hand-written decoder may leave out (layout decoders produce every field). */
  const defaultsOf = (decoded: Record<string, unknown>): V => {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (!(f.name in decoded)) decoded[f.name] = Array.isArray(f.default) ? [...(f.default as unknown[])] : f.default;
    }
    return decoded as V;
  };

  const checkers = new Map(fields.map((f) => [f.name, fieldChecker(name, f)] as const));
  function applyFields(target: Record<string, unknown>, changes: Record<string, unknown>): void {
    for (const k in changes) {
      const check = checkers.get(k);
      if (!check) throw new InvalidArgumentError(`${name} has no field "${k}" (fields: ${fields.map((x) => x.name).join(', ') || 'none'})`);
      target[k] = check(changes[k]);
    }
    def.validate?.(target as V);
  }

  Object.defineProperty(Defined, 'name', { value: name });
  const type = Defined as unknown as DefinedContainerType<V, K>;
  containerTypes.push(type as unknown as DefinedContainerType);
  return type;
}

/** The container's encode/decode: derived from its layout, or as given. */
function wordFunctions<V, K extends CoordinateBase>(
  def: ContainerDefinition<V, K>,
  readAddr: ((coord: K) => readonly number[]) | undefined,
  writeAddr: ((coord: K) => readonly number[]) | undefined,
): {
  encode: ((v: Readonly<V>, coord: K) => readonly number[]) | undefined;
  decode: ((words: readonly number[], coord: K) => Partial<V>) | undefined;
  /** Word decoder for `decodeValues`: the layout's in either direction, else the given decode. */
  values: ((words: readonly number[], coord: K) => Partial<V>) | undefined;
} {
  if (def.layout === undefined) return { encode: def.encode, decode: def.decode, values: def.decode };
  if (def.encode || def.decode) throw new InvalidArgumentError(`${def.name}: give a layout or encode/decode, not both`);
  // as many words as the container has addresses (all coordinates of a type have the same number)
  const addresses = writeAddr ?? readAddr;
  const minWords = addresses ? addresses(def.coordinate.fromEnum(0)).length : 0;
  const compiled = compileLayout(def.name, def.fields, def.layout as Readonly<Record<string, never>>, minWords);
  // only the directions the container has: a read-only container keeps encoding no words
  return {
    encode: writeAddr ? (compiled.encode as (v: Readonly<V>) => number[]) : undefined,
    decode: readAddr ? (compiled.decode as (words: readonly number[]) => Partial<V>) : undefined,
    values: compiled.decode as (words: readonly number[]) => Partial<V>,
  };
}

/** Emits a non-Omnibus message (helper for `emit` implementations). */
export function emitMessage(sink: EncodeSink, msg: ToFpgaMessage): void {
  sink.message(msg);
}

/** Omnibus write with explicit byte enables (bit i covers bits 8i..8i+7), as two raw messages. */
export function omnibusWriteWithByteEnables(sink: EncodeSink, address: number, value: number, byteEnables: number): void {
  sink.message({ type: 'omnibus.Address', address: address >>> 0, byteEnables, isRead: false });
  sink.message({ type: 'omnibus.Data', value: value >>> 0 });
}
