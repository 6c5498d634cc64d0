/**
 * Factory for the many word containers that carry one scalar value (an unsigned integer in a range, or a
 * boolean). The generated class range-checks on construction and on assignment, implements the container
 * contract, and prints / serialises the value the way the spec prescribes for that container.
 */
import { checkBool, checkInt } from '../check.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import { ResponseQueueKind } from '../builder/response-queue.js';
import {
  checkCoordinate,
  jsonObject,
  notReadable,
  notWritable,
  registerContainer,
  type WordContainer,
  type WordContainerType,
  type WordCoordinate,
  type WordCoordinateType,
} from './container.js';

export interface ValueContainerSpec<V extends number | boolean> {
  readonly typeName: string;
  readonly coordinateType: WordCoordinateType;
  /** Inclusive range for integers; omitted for booleans. */
  readonly range?: readonly [number, number];
  readonly defaultValue: V;
  /** Emits the write words; omitted = not writable. */
  readonly write?: (out: WordBuffer, value: V, coord: WordCoordinate) => void;
  /** Emits the read words; omitted = not readable. */
  readonly read?: (out: WordBuffer, coord: WordCoordinate) => void;
  readonly queue?: ResponseQueueKind;
  readonly decodeCount?: number;
  readonly decode?: (values: ArrayLike<number>, offset: number) => V;
  /** Text between the parentheses of the print form. */
  readonly format: (value: V) => string;
  /** Timer quirk: all instances compare equal (spec 3.3). */
  readonly alwaysEqual?: boolean;
}

/** Instance side of a generated scalar container. */
export interface ValueContainer<V extends number | boolean> extends WordContainer {
  value: V;
}

export interface ValueContainerClass<V extends number | boolean> extends WordContainerType<ValueContainer<V>> {
  new (value?: V): ValueContainer<V>;
  readonly defaultValue: V;
  /** Inclusive value range (integers only). */
  readonly range: readonly [number, number] | undefined;
}

export function defineValueContainer<V extends number | boolean>(spec: ValueContainerSpec<V>): ValueContainerClass<V> {
  const field = `${spec.typeName}.value`;
  const range = spec.range;
  const check = (v: unknown): V =>
    (range ? checkInt(field, v, range[0], range[1]) : checkBool(field, v)) as V;

  const C = class implements ValueContainer<V> {
    static readonly typeName = spec.typeName;
    static readonly coordinateType = spec.coordinateType;
    static readonly readable = spec.read !== undefined;
    static readonly writable = spec.write !== undefined;
    static readonly decodeCount = spec.read ? (spec.decodeCount ?? 1) : 0;
    static readonly responseQueue = spec.queue ?? ResponseQueueKind.Omnibus;
    static readonly defaultValue = spec.defaultValue;
    static readonly range = range;

    #value: V;

    constructor(value: V = spec.defaultValue) {
      this.#value = check(value);
    }

    get containerType(): WordContainerType {
      return C;
    }

    get value(): V {
      return this.#value;
    }

    set value(v: V) {
      this.#value = check(v);
    }

    static create(): ValueContainer<V> {
      return new C();
    }

    static fromJSON(json: unknown): ValueContainer<V> {
      return new C(jsonObject(spec.typeName, json)['value'] as V);
    }

    static encodeRead(coord: WordCoordinate, out: WordBuffer): void {
      checkCoordinate(C, coord);
      if (!spec.read) notReadable(C, coord);
      spec.read(out, coord);
    }

    static decode(values: ArrayLike<number>, offset: number): ValueContainer<V> {
      if (!spec.decode) throw notReadable(C, new spec.coordinateType());
      return new C(spec.decode(values, offset));
    }

    encodeWrite(coord: WordCoordinate, out: WordBuffer): void {
      checkCoordinate(C, coord);
      if (!spec.write) notWritable(C);
      spec.write(out, this.#value, coord);
    }

    equals(other: WordContainer): boolean {
      if (!(other instanceof C)) return false;
      return spec.alwaysEqual === true || other.#value === this.#value;
    }

    toString(): string {
      return `${spec.typeName}(${spec.format(this.#value)})`;
    }

    toJSON(): { value: V } {
      return { value: this.#value };
    }
  };
  Object.defineProperty(C, 'name', { value: spec.typeName });
  registerContainer(C);
  return C;
}
