/**
 * Shared mechanics of lola composites (spec lola_stadls.md §1.0). A composite has no words of its own: it
 * expands, in a fixed order, into leaves (haldls containers at haldls coordinates). Its write words and read
 * addresses are the concatenation of its leaves' in that order; decoding slices the read words per leaf and
 * rebuilds the composite from the decoded leaves. Read and write address lists are therefore identical for
 * every composite that is both readable and writable.
 */
import { AccessError, checkInt } from '@bss2/fisch';
import type { Container, ContainerType, Coordinate, EncodeSink } from '@bss2/haldls';

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
}

/** Builds the static side of a composite from its slot list and leaf reconstruction. */
export function defineComposite<C extends Container>(spec: CompositeSpec<C>): CompositeType<C> {
  const readable = spec.readable ?? true;
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
      const out: number[] = [];
      for (const s of spec.slots(coord)) for (const a of s.type.readAddresses(s.coord)) out.push(a);
      return out;
    },
    decode(coord: Coordinate, words: ArrayLike<number>): C {
      const leaves: Container[] = [];
      let pos = 0;
      for (const s of spec.slots(coord)) {
        const n = s.type.readAddresses(s.coord).length;
        if (pos + n > words.length) throw new AccessError(`${spec.typeName}: end of buffer during decoding (${words.length} words)`);
        leaves.push(s.type.decode(s.coord, sliceOf(words, pos, n)));
        pos += n;
      }
      if (pos !== words.length) throw new AccessError(`${spec.typeName}: ${words.length - pos} surplus words during decoding`);
      return spec.fromLeaves(coord, leaves);
    },
  };
}

function sliceOf(words: ArrayLike<number>, pos: number, n: number): ArrayLike<number> {
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
