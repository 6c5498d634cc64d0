/**
 * Omnibus word container (spec 3.3) and the SpikePack{1,2,3}ToChip event containers.
 */
import { checkBool, checkInt, checkUint } from '../check.js';
import { ValueRangeError, ValueTypeError } from '../errors.js';
import { ResponseQueueKind } from '../builder/response-queue.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import { emitOmnibusRead, emitOmnibusWrite, emitSpikePack } from '../ut/words.js';
import {
  checkCoordinate,
  defineCoordinate,
  formatRanged,
  jsonObject,
  notReadable,
  registerContainer,
  type WordContainer,
  type WordContainerType,
  type WordCoordinate,
  type WordCoordinateType,
} from './container.js';

export const OmnibusAddress = defineCoordinate('OmnibusAddress', 2 ** 32);

type ByteEnables = [boolean, boolean, boolean, boolean];

function checkByteEnables(v: unknown): ByteEnables {
  if (!Array.isArray(v)) throw new ValueTypeError('Omnibus.byteEnables', v, 'array of 4 booleans');
  if (v.length !== 4) throw new ValueRangeError('Omnibus.byteEnables.length', v.length, 4, 4);
  return v.map((b, i) => checkBool(`Omnibus.byteEnables[${i}]`, b)) as ByteEnables;
}

/**
 * One 32-bit Omnibus word with 4 byte enables (byte enable i controls bits 8i..8i+7; default all true).
 * Decoding always sets all byte enables.
 */
export class Omnibus implements WordContainer {
  static readonly typeName = 'Omnibus';
  static readonly coordinateType = OmnibusAddress;
  static readonly readable = true;
  static readonly writable = true;
  static readonly decodeCount = 1;
  static readonly responseQueue = ResponseQueueKind.Omnibus;

  #value: number;
  #byteEnables: ByteEnables;

  constructor(value = 0, byteEnables: readonly boolean[] = [true, true, true, true]) {
    this.#value = checkUint('Omnibus.value', value, 32);
    this.#byteEnables = checkByteEnables(byteEnables);
  }

  get containerType(): WordContainerType {
    return Omnibus;
  }
  get value(): number {
    return this.#value;
  }
  set value(v: number) {
    this.#value = checkUint('Omnibus.value', v, 32);
  }
  get byteEnables(): readonly boolean[] {
    return this.#byteEnables;
  }
  set byteEnables(v: readonly boolean[]) {
    this.#byteEnables = checkByteEnables(v);
  }
  /** Byte enables as a 4-bit mask (bit i = byte i). */
  get byteEnableMask(): number {
    return this.#byteEnables.reduce((m, b, i) => m | ((b ? 1 : 0) << i), 0);
  }

  static create(): Omnibus {
    return new Omnibus();
  }
  static fromJSON(json: unknown): Omnibus {
    const o = jsonObject('Omnibus', json);
    return new Omnibus(o['value'] as number, (o['byteEnables'] ?? [true, true, true, true]) as boolean[]);
  }
  static encodeRead(coord: WordCoordinate, out: WordBuffer): void {
    checkCoordinate(Omnibus, coord);
    emitOmnibusRead(out, coord.index);
  }
  static decode(values: ArrayLike<number>, offset: number): Omnibus {
    return new Omnibus(values[offset]! >>> 0);
  }
  encodeWrite(coord: WordCoordinate, out: WordBuffer): void {
    checkCoordinate(Omnibus, coord);
    emitOmnibusWrite(out, coord.index, this.#value, this.byteEnableMask);
  }
  equals(other: WordContainer): boolean {
    return (
      other instanceof Omnibus &&
      other.#value === this.#value &&
      other.#byteEnables.every((b, i) => b === this.#byteEnables[i])
    );
  }
  /** Byte enables print element 0 first ([T,T,F,T] -> "1101"). */
  toString(): string {
    const be = this.#byteEnables.map((b) => (b ? '1' : '0')).join('');
    return `Omnibus(${formatRanged(this.#value, 32)}, byte_enables: ${be})`;
  }
  toJSON(): { value: number; byteEnables: boolean[] } {
    return { value: this.#value, byteEnables: [...this.#byteEnables] };
  }
}
registerContainer(Omnibus);

/** Instance side of the SpikePackNToChip containers. */
export interface SpikePackToChip extends WordContainer {
  labels: readonly number[];
}

export interface SpikePackToChipClass extends WordContainerType<SpikePackToChip> {
  new (labels?: readonly number[]): SpikePackToChip;
  readonly packSize: number;
}

function defineSpikePack(n: 1 | 2 | 3): SpikePackToChipClass {
  const typeName = `SpikePack${n}ToChip`;
  const coordinateType: WordCoordinateType = defineCoordinate(`SpikePack${n}ToChipOnDLS`, 1);
  const check = (labels: unknown): number[] => {
    if (!Array.isArray(labels)) throw new ValueTypeError(`${typeName}.labels`, labels, `array of ${n} spike labels`);
    checkInt(`${typeName}.labels.length`, labels.length, n, n);
    return labels.map((l, i) => checkUint(`${typeName}.labels[${i}]`, l, 16));
  };
  const C = class implements SpikePackToChip {
    static readonly typeName = typeName;
    static readonly coordinateType = coordinateType;
    static readonly readable = false;
    static readonly writable = true;
    static readonly decodeCount = 0;
    static readonly responseQueue = ResponseQueueKind.Omnibus;
    static readonly packSize = n;
    #labels: number[];
    constructor(labels: readonly number[] = new Array<number>(n).fill(0)) {
      this.#labels = check(labels);
    }
    get containerType(): WordContainerType {
      return C;
    }
    get labels(): readonly number[] {
      return this.#labels;
    }
    set labels(v: readonly number[]) {
      this.#labels = check(v);
    }
    static create(): SpikePackToChip {
      return new C();
    }
    static fromJSON(json: unknown): SpikePackToChip {
      return new C(jsonObject(typeName, json)['labels'] as number[]);
    }
    static encodeRead(coord: WordCoordinate, _out: WordBuffer): void {
      notReadable(C, coord);
    }
    static decode(): SpikePackToChip {
      return notReadable(C, new coordinateType());
    }
    encodeWrite(coord: WordCoordinate, out: WordBuffer): void {
      checkCoordinate(C, coord);
      emitSpikePack(out, this.#labels, 0, n);
    }
    equals(other: WordContainer): boolean {
      return other instanceof C && other.#labels.every((l, i) => l === this.#labels[i]);
    }
    toString(): string {
      return `${typeName}(${this.#labels.map((l) => `SpikeLabel(${l})`).join(', ')})`;
    }
    toJSON(): { labels: number[] } {
      return { labels: [...this.#labels] };
    }
  };
  Object.defineProperty(C, 'name', { value: typeName });
  registerContainer(C);
  return C;
}

export const SpikePack1ToChip = defineSpikePack(1);
export const SpikePack2ToChip = defineSpikePack(2);
export const SpikePack3ToChip = defineSpikePack(3);
export const SpikePack1ToChipOnDLS = SpikePack1ToChip.coordinateType;
export const SpikePack2ToChipOnDLS = SpikePack2ToChip.coordinateType;
export const SpikePack3ToChipOnDLS = SpikePack3ToChip.coordinateType;
