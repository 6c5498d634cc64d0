/**
 * Shared mechanics of lola composites (spec lola_stadls.md §1.0). A composite has no words of its own: it
 * expands, in a fixed order, into leaves (haldls containers at haldls coordinates). Its write words and read
 * addresses are the concatenation of its leaves' in that order; decoding slices the read words per leaf and
 * rebuilds the composite from the decoded leaves. Read and write address lists are therefore identical for
 * every composite that is both readable and writable.
 */
import { AccessError, checkInt } from '@bss2/fisch';
import type { Container, ContainerType, Coordinate, EncodeSink } from '@bss2/haldls';
import * as hal from './hal.js';

/** A haldls container placed at its coordinate. */
export interface Leaf {
  readonly coord: Coordinate;
  readonly container: Container;
}

/** Where a leaf of a given type is read from (decode side). */
export interface LeafSlot {
  readonly coord: Coordinate;
  readonly type: ContainerType;
}

/** A lola coordinate: a named, range-checked linear index (singletons have size 1). */
export class LolaCoordinate implements Coordinate {
  readonly value: number;
  constructor(readonly typeName: string, readonly size: number, value = 0) {
    this.value = checkInt(`${typeName}`, value, 0, size - 1);
  }
  toEnum(): number {
    return this.value;
  }
  equals(o: Coordinate): boolean {
    return o.typeName === this.typeName && o.toEnum() === this.value;
  }
  toString(): string {
    return this.size === 1 ? `${this.typeName}()` : `${this.typeName}(${this.value})`;
  }
}

/** Static side of a lola composite. */
export interface CompositeType<C extends Container = Container> extends ContainerType<C> {
  /** Leaf types and coordinates in visit order (for reads). */
  slots(coord: Coordinate): LeafSlot[];
  /** Rebuilds the composite from its decoded leaves (same order as `slots`). */
  fromLeaves(coord: Coordinate, leaves: readonly Container[]): C;
  /** Whether the builder may write only the words that changed against a reference (spec §1.0). */
  readonly differentialWrite: boolean;
  /**
   * Decodes the composite from the read-back words starting at `words[pos]` (its `readAddresses` order);
   * returns it and the position after its words. `decode` is this on a buffer holding exactly its words.
   */
  decodeFrom(coord: Coordinate, words: ArrayLike<number>, pos: number): Decoded<C>;
  /** Appends the read addresses at `coord` to `out` (whether or not the composite is declared readable). */
  pushReadAddresses(coord: Coordinate, out: number[]): void;
}

/** A decoded container and the read-back position after its words. */
export interface Decoded<C extends Container = Container> {
  readonly value: C;
  readonly end: number;
}

export interface CompositeSpec<C extends Container> {
  readonly typeName: string;
  readonly coordinateTypeName: string;
  readonly readable?: boolean;
  readonly writable?: boolean;
  readonly differentialWrite?: boolean;
  readonly create: () => C;
  readonly slots: (coord: Coordinate) => LeafSlot[];
  readonly fromLeaves: (coord: Coordinate, leaves: readonly Container[]) => C;
  /**
   * Faster equivalent of the slot-wise decode (see `CompositeType.decodeFrom`); optional, and may return
   * `undefined` to fall back to the slot-wise decode (e.g. without haldls word tables).
   */
  readonly decodeFrom?: (coord: Coordinate, words: ArrayLike<number>, pos: number) => Decoded<C> | undefined;
  /** Faster equivalent of appending the slots' read addresses; optional. */
  readonly pushReadAddresses?: (coord: Coordinate, out: number[]) => void;
}

/** Builds the static side of a composite from its slot list and leaf reconstruction. */
export function defineComposite<C extends Container>(spec: CompositeSpec<C>): CompositeType<C> {
  const readable = spec.readable ?? true;
  const decodeBySlots = (coord: Coordinate, words: ArrayLike<number>, pos: number): Decoded<C> => {
    const leaves: Container[] = [];
    for (const s of spec.slots(coord)) {
      const d = decodeLeaf(spec.typeName, s.type, s.coord, words, pos);
      leaves.push(d.value);
      pos = d.end;
    }
    return { value: spec.fromLeaves(coord, leaves), end: pos };
  };
  const pushReadAddresses =
    spec.pushReadAddresses ??
    ((coord: Coordinate, out: number[]): void => {
      for (const s of spec.slots(coord)) pushAll(out, hal.readAddresses(s.type, s.coord));
    });
  const addressCache = new Map<number, readonly number[]>();
  let addressGeneration = hal.haldlsGeneration();
  const fast = spec.decodeFrom;
  const decodeFrom = fast === undefined ? decodeBySlots : (coord: Coordinate, words: ArrayLike<number>, pos: number): Decoded<C> => fast(coord, words, pos) ?? decodeBySlots(coord, words, pos);
  return {
    typeName: spec.typeName,
    coordinateTypeName: spec.coordinateTypeName,
    readable,
    writable: spec.writable ?? true,
    differentialWrite: spec.differentialWrite ?? false,
    create: spec.create,
    slots: spec.slots,
    fromLeaves: spec.fromLeaves,
    readAddresses(coord: Coordinate): readonly number[] {
      if (!readable) return [];
      if (!(coord instanceof LolaCoordinate)) {
        // e.g. LogicalNeuronOnDLS: the enum (anchor) does not determine the coordinate
        const list: number[] = [];
        pushReadAddresses(coord, list);
        return list;
      }
      // a LolaCoordinate is determined by its enum; the addresses by it and the haldls in use: computed once
      if (addressGeneration !== hal.haldlsGeneration()) {
        addressCache.clear();
        addressGeneration = hal.haldlsGeneration();
      }
      const e = coord.toEnum();
      let out = addressCache.get(e);
      if (out === undefined) {
        const list: number[] = [];
        pushReadAddresses(coord, list);
        addressCache.set(e, (out = Object.freeze(list)));
      }
      return out;
    },
    pushReadAddresses,
    decodeFrom,
    decode(coord: Coordinate, words: ArrayLike<number>): C {
      const { value, end } = decodeFrom(coord, words, 0);
      if (end !== words.length) throw new AccessError(`${spec.typeName}: ${words.length - end} surplus words during decoding`);
      return value;
    },
  };
}

/** Appends `a` to `out`. */
export function pushAll(out: number[], a: readonly number[]): void {
  for (let i = 0; i < a.length; i++) out.push(a[i]!);
}

/** Appends the read addresses of a member (composite or leaf) of `type` at `coord` to `out`. */
export function pushMemberReadAddresses(type: ContainerType, coord: Coordinate, out: number[]): void {
  if ('pushReadAddresses' in type && typeof (type as CompositeType).pushReadAddresses === 'function') (type as CompositeType).pushReadAddresses(coord, out);
  else pushAll(out, hal.readAddresses(type, coord));
}

/** Throws the composite's end-of-buffer error unless `words` holds `n` words from `pos`. */
export function checkWordsLeft(owner: string, words: ArrayLike<number>, pos: number, n: number): void {
  if (pos + n > words.length) throw new AccessError(`${owner}: end of buffer during decoding (${words.length} words)`);
}

/** Decodes a leaf (haldls container) of `type` at `coord` from `words[pos..]`; `owner` names the composite in errors. */
export function decodeLeaf(owner: string, type: ContainerType, coord: Coordinate, words: ArrayLike<number>, pos: number): Decoded {
  const n = hal.readAddresses(type, coord).length;
  checkWordsLeft(owner, words, pos, n);
  return { value: type.decode(coord, sliceOf(words, pos, n)), end: pos + n };
}

/** Decodes a member (composite or leaf) of `type` at `coord` from `words[pos..]`. */
export function decodeMember(owner: string, type: ContainerType, coord: Coordinate, words: ArrayLike<number>, pos: number): Decoded {
  if ('decodeFrom' in type && typeof (type as CompositeType).decodeFrom === 'function') return (type as CompositeType).decodeFrom(coord, words, pos);
  return decodeLeaf(owner, type, coord, words, pos);
}

/** `words[pos .. pos + n)` (a view for typed arrays). */
export function sliceOf(words: ArrayLike<number>, pos: number, n: number): ArrayLike<number> {
  if (words instanceof Uint32Array) return words.subarray(pos, pos + n);
  return Array.prototype.slice.call(words, pos, pos + n) as number[];
}

/** Checks that `coord` is of the composite's coordinate type. */
export function checkCoordinate(type: { typeName: string; coordinateTypeName: string }, coord: Coordinate): void {
  if (coord.typeName !== type.coordinateTypeName) {
    throw new AccessError(`${type.typeName} lives on ${type.coordinateTypeName}, not on ${coord.typeName}`);
  }
}

/** Base class of lola composites: encoding is the concatenation of the leaves' encodings. */
export abstract class Composite implements Container {
  abstract readonly containerType: CompositeType;
  /** Leaves in visit order for writing at `coord`. */
  abstract leaves(coord: Coordinate): Iterable<Leaf>;
  abstract equals(other: Container): boolean;
  abstract toJSON(): unknown;

  encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(this.containerType, coord);
    for (const l of this.leaves(coord)) l.container.encode(l.coord, sink);
  }

  toString(): string {
    return `${this.containerType.typeName}()`;
  }
}

/** Element-wise equality of two container arrays. */
export function containersEqual(a: readonly Container[], b: readonly Container[]): boolean {
  return a.length === b.length && a.every((x, i) => x.equals(b[i]!));
}
