/**
 * The container contract shared by haldls (which implements it), lola/stadls (which write and read
 * containers through it) and sim (which interprets register contents with `decode`).
 *
 * A container is plain data for one chip block at one coordinate. Writing it produces Omnibus word writes
 * (address, value) and, for the few FPGA-executor containers, raw to-FPGA messages. Reading it is a list of
 * Omnibus word reads whose results `decode` turns back into the container.
 */
import type { ToFpgaMessage } from '@bss2/fisch';

/** Receives the writes a container encodes into. */
export interface EncodeSink {
  /** One 32-bit Omnibus word write. `address` is the full Omnibus address (chip: bit 31 clear; FPGA: set). */
  omnibusWrite(address: number, value: number): void;
  /** A non-Omnibus to-FPGA message (timer setup, systime init, JTAG, spike packs, ...). */
  message(msg: ToFpgaMessage): void;
}

/** Base of every coordinate: immutable, range-checked at construction, enumerable. */
export interface Coordinate {
  /** Coordinate class name, unique per coordinate type (e.g. "AtomicNeuronOnDLS"). */
  readonly typeName: string;
  /** Linear index in 0..size-1 of this coordinate type. */
  toEnum(): number;
  equals(other: Coordinate): boolean;
  toString(): string;
}

/** Static side of a container class. */
export interface ContainerType<C extends Container = Container, K extends Coordinate = Coordinate> {
  /** Container name, unique (e.g. "NeuronConfig"). */
  readonly typeName: string;
  /** Coordinate type name this container lives on (unique per container, as in halco). */
  readonly coordinateTypeName: string;
  readonly readable: boolean;
  readonly writable: boolean;
  /** Omnibus addresses read to decode the container at `coord`, in order. Empty if not readable. */
  readAddresses(coord: K): readonly number[];
  /** Rebuilds the container from the words read at `readAddresses(coord)`. */
  decode(coord: K, words: ArrayLike<number>): C;
  /** Default-constructed container (defaults exactly as specified). */
  create(): C;
}

/** Instance side of a container. Instances are treated as immutable values by convention. */
export interface Container {
  readonly containerType: ContainerType;
  /** Emits the writes for this container placed at `coord`. Throws `AccessError` if not writable. */
  encode(coord: Coordinate, sink: EncodeSink): void;
  equals(other: Container): boolean;
  toString(): string;
  /** JSON-safe plain object (no bigint), stable key order. */
  toJSON(): unknown;
}

/** Collects encoded writes into arrays (tests, dumps, differential writes). */
export class CollectingSink implements EncodeSink {
  readonly addresses: number[] = [];
  readonly values: number[] = [];
  readonly messages: ToFpgaMessage[] = [];
  omnibusWrite(address: number, value: number): void {
    this.addresses.push(address);
    this.values.push(value);
  }
  message(msg: ToFpgaMessage): void {
    this.messages.push(msg);
  }
}
