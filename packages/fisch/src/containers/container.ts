/**
 * The fisch word-level container contract (spec 3.1) and its coordinates.
 *
 * A word container is plain data for one FPGA/board/chip-interface register reached directly by UT messages.
 * Writing appends its to-FPGA words (`encodeWrite`); reading appends `encodeRead` words whose `decodeCount`
 * responses (all of one from-FPGA type, i.e. one response queue) `decode` turns back into a container.
 * Every container type lives on its own coordinate type (unique coordinates), so the builder finds the
 * container type of a read from the coordinate alone.
 */
import { checkInt } from '../check.js';
import { AccessError, InvalidArgumentError, ValueTypeError } from '../errors.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import type { ResponseQueueKind } from '../builder/response-queue.js';

/** A coordinate: a range-checked index into the instances of one coordinate type. */
export interface WordCoordinate {
  /** Coordinate type name, unique per container type (e.g. "OmnibusAddress"). */
  readonly typeName: string;
  readonly index: number;
  toEnum(): number;
  equals(other: WordCoordinate): boolean;
  toString(): string;
  toJSON(): number;
}

/** Static side of a coordinate class. */
export interface WordCoordinateType<K extends WordCoordinate = WordCoordinate> {
  new (index?: number): K;
  readonly typeName: string;
  /** Number of instances (indices 0..size-1). */
  readonly size: number;
  fromJSON(json: unknown): K;
}

/**
 * Defines a coordinate class with `size` instances. Construction range-checks the index and throws a
 * `ValueRangeError` naming the coordinate type.
 */
export function defineCoordinate(typeName: string, size: number): WordCoordinateType {
  const max = size - 1;
  const C = class implements WordCoordinate {
    static readonly typeName = typeName;
    static readonly size = size;
    readonly typeName = typeName;
    readonly index: number;
    constructor(index = 0) {
      this.index = index >>> 0 === index && index <= max ? index : checkInt(typeName, index, 0, max);
    }
    static fromJSON(json: unknown): WordCoordinate {
      return new C(json as number);
    }
    toEnum(): number {
      return this.index;
    }
    equals(other: WordCoordinate): boolean {
      return other.typeName === this.typeName && other.index === this.index;
    }
    toString(): string {
      return `${typeName}(${this.index})`;
    }
    toJSON(): number {
      return this.index;
    }
  };
  Object.defineProperty(C, 'name', { value: typeName });
  return C;
}

/** Static side of a container class. */
export interface WordContainerType<C extends WordContainer = WordContainer> {
  /** Container name as in container.def (e.g. "Omnibus"). */
  readonly typeName: string;
  readonly coordinateType: WordCoordinateType;
  readonly readable: boolean;
  readonly writable: boolean;
  /** Responses one read consumes (0 if not readable). */
  readonly decodeCount: number;
  /** Response queue the reads are answered in (meaningful only when readable). */
  readonly responseQueue: ResponseQueueKind;
  /** Appends the read request words. Throws `AccessError` if not readable. */
  encodeRead(coord: WordCoordinate, out: WordBuffer): void;
  /** Rebuilds a container from `decodeCount` response values starting at `offset`. */
  decode(values: ArrayLike<number>, offset: number): C;
  /** Default-constructed container. */
  create(): C;
  fromJSON(json: unknown): C;
}

/** Instance side of a container. */
export interface WordContainer {
  readonly containerType: WordContainerType;
  /** Appends the write words for this container at `coord`. Throws `AccessError` if not writable. */
  encodeWrite(coord: WordCoordinate, out: WordBuffer): void;
  equals(other: WordContainer): boolean;
  toString(): string;
  toJSON(): unknown;
}

/** Throws unless `coord` belongs to the coordinate type of `type`. */
export function checkCoordinate(type: WordContainerType, coord: WordCoordinate): void {
  if (coord === null || typeof coord !== 'object' || coord.typeName !== type.coordinateType.typeName) {
    throw new InvalidArgumentError(
      `${type.typeName} lives on ${type.coordinateType.typeName}, got coordinate ${String(coord)}`,
    );
  }
}

export function notWritable(type: WordContainerType): never {
  throw new AccessError(`Container ${type.typeName} can't be written.`);
}

export function notReadable(type: WordContainerType, coord: WordCoordinate): never {
  throw new AccessError(`Coordinate ${coord.toString()} can't be read (${type.typeName} is write-only).`);
}

/** Reads a plain object for `fromJSON`. */
export function jsonObject(type: string, json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ValueTypeError(type, json, 'object');
  return json as Record<string, unknown>;
}

/** `0d<dec> 0x<hex> 0b<bin padded to width>` (the ranged-value print of spec 7.3.2). */
export function formatRanged(value: number, width: number): string {
  return `0d${value} 0x${value.toString(16)} 0b${value.toString(2).padStart(width, '0')}`;
}

// ---- registry ----------------------------------------------------------------------------------------------

const byCoordinate = new Map<string, WordContainerType>();
const byName = new Map<string, WordContainerType>();

/** Registers a container type; coordinate types must be unique (spec 7.3.7). */
export function registerContainer(type: WordContainerType): void {
  const existing = byCoordinate.get(type.coordinateType.typeName);
  if (existing && existing !== type) {
    throw new InvalidArgumentError(
      `coordinate type ${type.coordinateType.typeName} already used by ${existing.typeName}`,
    );
  }
  byCoordinate.set(type.coordinateType.typeName, type);
  byName.set(type.typeName, type);
}

/** The container type living on a coordinate's type. */
export function containerTypeOf(coord: WordCoordinate): WordContainerType {
  const t = coord && typeof coord === 'object' ? byCoordinate.get(coord.typeName) : undefined;
  if (!t) throw new InvalidArgumentError(`no word container lives on coordinate ${String(coord)}`);
  return t;
}

/** All registered container types (in registration = container.def order). */
export function registeredContainers(): readonly WordContainerType[] {
  return [...byName.values()];
}

export function containerTypeByName(name: string): WordContainerType | undefined {
  return byName.get(name);
}
