/**
 * halco-style coordinates: immutable, range-checked at construction, enumerable, one class per coordinate
 * type. Every coordinate is identified by its linear enum (`toEnum()`); richer views (x/y, block/local,
 * conversions) are methods on the concrete classes.
 */
import { InvalidArgumentError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import type { Coordinate } from '../container.js';

/** Base of every haldls coordinate. */
export abstract class CoordinateBase implements Coordinate {
  /** Linear enum (public because the declaration emitter cannot type private members of class factories). */
  readonly enumValue: number;
  protected constructor(e: number) {
    this.enumValue = e;
  }
  abstract get typeName(): string;
  toEnum(): number {
    return this.enumValue;
  }
  /** Same as `toEnum()`; halco's `value()` of ranged integers. */
  value(): number {
    return this.enumValue;
  }
  equals(other: Coordinate): boolean {
    return other.typeName === this.typeName && other.toEnum() === this.enumValue;
  }
  /** Orders by enum (block first, then local, for mixins — their enum is built that way). */
  compare(other: Coordinate): number {
    return this.enumValue - other.toEnum();
  }
  toString(): string {
    return `${this.typeName}(${this.enumValue})`;
  }
  toJSON(): { type: string; enum: number } {
    return { type: this.typeName, enum: this.enumValue };
  }
  /**
   * The coordinate of type `cls` with the same enum. Only allowed between members of one
   * interconvertible family (haldls.md 1.1/1.3/1.4: e.g. all hemisphere types, all synapse-row types,
   * all quad types); anything else throws `InvalidArgumentError`, because an equal enum would not name
   * the same hardware there.
   */
  to<T>(cls: EnumClass<T>): T {
    if (cls.typeName !== this.typeName) {
      const mine = families.get(this.typeName);
      if (mine === undefined || mine !== families.get(cls.typeName)) {
        throw new InvalidArgumentError(`${this.typeName} does not convert to ${cls.typeName} by enum (not in one coordinate family)`);
      }
    }
    return new cls(this.enumValue);
  }
}

/** Minimal static side needed to build a coordinate from an enum. */
export interface EnumClass<T> {
  new (e: number): T;
  readonly typeName: string;
  readonly size: number;
}

/** An enum given as a plain number or as any coordinate (its `toEnum()`). */
export type EnumLike = number | { toEnum(): number };

/**
 * The enum of a part (`local`, `block`, `x`, `y`, ...) given as number or coordinate, range-checked
 * against the part's size with a `ValueRangeError` naming `Type.part`.
 */
export function partEnum(typeName: string, part: string, v: EnumLike, size: number): number {
  const e: unknown = typeof v === 'number' ? v : typeof v === 'object' && v !== null && typeof v.toEnum === 'function' ? v.toEnum() : v;
  if (typeof e !== 'number') throw new ValueTypeError(`${typeName}.${part}`, v, `integer 0..${size - 1} or a coordinate`);
  if (!Number.isInteger(e) || e < 0 || e >= size) throw new ValueRangeError(`${typeName}.${part}`, e, 0, size - 1);
  return e;
}

// typeName -> family name, for `to(cls)`.
const families = new Map<string, string>();

/** Declares types whose equal enums name the same hardware (all must have one size). */
export function declareFamily(name: string, classes: readonly { typeName: string; size: number }[]): void {
  const size = classes[0]?.size;
  for (const c of classes) {
    if (c.size !== size) throw new InvalidArgumentError(`coordinate family ${name}: ${c.typeName} has size ${c.size}, expected ${size}`);
    families.set(c.typeName, name);
  }
}

/** Family name of a coordinate type (undefined if it belongs to none). */
export function familyOf(typeName: string): string | undefined {
  return families.get(typeName);
}

/** Type names of every member of family `name`. */
export function familyMembers(name: string): string[] {
  return [...families].filter(([, f]) => f === name).map(([t]) => t);
}

/** Static side of a coordinate class produced by `defineCoordinate`. */
export interface CoordinateClass<T extends CoordinateBase = CoordinateBase> {
  new (e?: number): T;
  readonly typeName: string;
  /** Number of instances (enum range is 0..size-1). */
  readonly size: number;
  readonly min: number;
  readonly max: number;
  fromEnum(e: number): T;
  /** Every instance in enum order. */
  all(): T[];
}

const registry = new Map<string, CoordinateClass>();

/** Checks a coordinate enum against its type's range (typed error naming the type and range). */
export function checkEnumValue(typeName: string, e: unknown, size: number): number {
  if (typeof e !== 'number') throw new ValueTypeError(typeName, e, `integer enum 0..${size - 1}`);
  if (!Number.isInteger(e) || e < 0 || e >= size) throw new ValueRangeError(typeName, e, 0, size - 1);
  return e;
}

/**
 * Defines a coordinate type with `size` instances. Subclass the result to add views and conversions:
 * `export class SynapseDriverOnDLS extends defineCoordinate('SynapseDriverOnDLS', 256) { get block() ... }`.
 * Single-instance (singleton) coordinates default to enum 0.
 */
export function defineCoordinate(typeName: string, size: number) {
  class DefinedCoordinate extends CoordinateBase {
    static readonly typeName: string = typeName;
    static readonly size: number = size;
    static readonly min: number = 0;
    static readonly max: number = size - 1;
    constructor(e = 0) {
      super(checkEnumValue(typeName, e, size));
    }
    get typeName(): string {
      return typeName;
    }
    static fromEnum<T>(this: new (e: number) => T, e: number): T {
      return new this(e);
    }
    static all<T>(this: (new (e: number) => T) & { size: number }): T[] {
      const out: T[] = new Array(this.size);
      for (let e = 0; e < this.size; e++) out[e] = new this(e);
      return out;
    }
    /** Lazy iteration in enum order (for the large types, where `all()` would allocate everything). */
    static *values<T>(this: (new (e: number) => T) & { size: number }): Generator<T, void, undefined> {
      for (let e = 0; e < this.size; e++) yield new this(e);
    }
  }
  registry.set(typeName, DefinedCoordinate as unknown as CoordinateClass);
  return DefinedCoordinate;
}

/** Registers a (sub)class as the class of its type name (the most derived class should win). */
export function registerCoordinateClass(cls: CoordinateClass): void {
  registry.set(cls.typeName, cls);
}

/** The coordinate class registered under `typeName`, if any. */
export function coordinateClass(typeName: string): CoordinateClass | undefined {
  return registry.get(typeName);
}

/** Every registered coordinate class. */
export function coordinateClasses(): CoordinateClass[] {
  return [...registry.values()];
}

/** Rebuilds a coordinate from its JSON form `{ type, enum }`. */
export function coordinateFromJSON(json: { type: string; enum: number }): CoordinateBase {
  const cls = registry.get(json.type);
  if (!cls) throw new ValueTypeError('coordinate.type', json.type, 'a haldls coordinate type name');
  return cls.fromEnum(json.enum);
}

/**
 * Defines a "Local on Block" mixin type (haldls.md 1.1): `enum = block * Local.size + local`, with
 * `local`/`block` views and `fromBlockLocal(local, block)`. Ordering by enum compares block first.
 */
export function defineMixin<L, B>(typeName: string, Local: EnumClass<L>, Block: EnumClass<B>) {
  const localSize = Local.size;
  const blockSize = Block.size;
  class Mixin extends defineCoordinate(typeName, localSize * blockSize) {
    static readonly Local: EnumClass<L> = Local;
    static readonly Block: EnumClass<B> = Block;
    get local(): L {
      return new Local(this.toEnum() % localSize);
    }
    get block(): B {
      return new Block(Math.floor(this.toEnum() / localSize));
    }
    static fromBlockLocal<T>(this: new (e: number) => T, local: EnumLike, block: EnumLike): T {
      return new this(partEnum(typeName, 'block', block, blockSize) * localSize + partEnum(typeName, 'local', local, localSize));
    }
  }
  return Mixin;
}

/**
 * Defines a grid type (haldls.md 1.1): `enum = y * X.size + x`, x fastest, with `x`/`y` views and
 * `from({ x, y })` validating each part.
 */
export function defineGrid<X, Y>(typeName: string, XCls: EnumClass<X>, YCls: EnumClass<Y>) {
  const xSize = XCls.size;
  const ySize = YCls.size;
  class Grid extends defineCoordinate(typeName, xSize * ySize) {
    static readonly X: EnumClass<X> = XCls;
    static readonly Y: EnumClass<Y> = YCls;
    get x(): X {
      return new XCls(this.toEnum() % xSize);
    }
    get y(): Y {
      return new YCls(Math.floor(this.toEnum() / xSize));
    }
    static from<T>(this: new (e: number) => T, p: { x: EnumLike; y: EnumLike }): T {
      return new this(partEnum(typeName, 'y', p.y, ySize) * xSize + partEnum(typeName, 'x', p.x, xSize));
    }
  }
  return Grid;
}

/** Splits a "Local on Block" enum: `enum = block * localSize + local`. */
export function splitEnum(e: number, localSize: number): { block: number; local: number } {
  return { block: Math.floor(e / localSize), local: e % localSize };
}
