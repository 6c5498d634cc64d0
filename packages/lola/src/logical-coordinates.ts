/**
 * Logical (multi-compartment) neuron coordinates: positions of atomic circuits relative to a neuron shape,
 * compartments of such positions, and the placement of a shape on the chip (LogicalNeuronOnDLS).
 */
import { checkInt, InvalidArgumentError, ValueRangeError } from '@bss2/fisch';
import type { Coordinate } from '@bss2/haldls';

/** Neuron columns per hemisphere half (a logical neuron never crosses the middle of the chip). */
export const NEURON_COLUMNS = 256;
export const NEURON_ROWS = 2;
export const HALF_COLUMNS = 128;

/** A circuit position (x = column, y = row) relative to a neuron shape; x 0..127, y 0..1. */
export class AtomicNeuronOnLogicalNeuron {
  readonly x: number;
  readonly y: number;
  constructor(x: number, y: number) {
    this.x = checkInt('AtomicNeuronOnLogicalNeuron.x', x, 0, HALF_COLUMNS - 1);
    this.y = checkInt('AtomicNeuronOnLogicalNeuron.y', y, 0, NEURON_ROWS - 1);
  }
  /** Key usable in maps/sets. */
  get key(): string {
    return `${this.x},${this.y}`;
  }
  equals(o: AtomicNeuronOnLogicalNeuron): boolean {
    return o.x === this.x && o.y === this.y;
  }
  toString(): string {
    return `AtomicNeuronOnLogicalNeuron(x=${this.x}, y=${this.y})`;
  }
}

/** An atomic circuit on the chip (column 0..255, row 0..1); `enum = row*256 + column` as in halco. */
export class NeuronPosition implements Coordinate {
  readonly typeName = 'AtomicNeuronOnDLS';
  readonly x: number;
  readonly y: number;
  constructor(x: number, y: number) {
    this.x = checkInt('AtomicNeuronOnDLS.x', x, 0, NEURON_COLUMNS - 1);
    this.y = checkInt('AtomicNeuronOnDLS.y', y, 0, NEURON_ROWS - 1);
  }
  static fromEnum(e: number): NeuronPosition {
    checkInt('AtomicNeuronOnDLS.enum', e, 0, NEURON_COLUMNS * NEURON_ROWS - 1);
    return new NeuronPosition(e % NEURON_COLUMNS, Math.floor(e / NEURON_COLUMNS));
  }
  toEnum(): number {
    return this.y * NEURON_COLUMNS + this.x;
  }
  equals(o: Coordinate): boolean {
    return o.typeName === this.typeName && o.toEnum() === this.toEnum();
  }
  toString(): string {
    return `AtomicNeuronOnDLS(x=${this.x}, y=${this.y})`;
  }
}

/** Compartment index on a logical neuron (0..254). */
export type CompartmentOnLogicalNeuron = number;

export interface Extents {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The shape of a logical neuron: compartment index -> circuit positions. No position may appear twice
 * (in one or in different compartments).
 */
export class LogicalNeuronCompartments {
  readonly compartments: ReadonlyMap<CompartmentOnLogicalNeuron, readonly AtomicNeuronOnLogicalNeuron[]>;

  constructor(compartments: Iterable<readonly [CompartmentOnLogicalNeuron, readonly AtomicNeuronOnLogicalNeuron[]]>) {
    const m = new Map<number, readonly AtomicNeuronOnLogicalNeuron[]>();
    const seen = new Set<string>();
    for (const [c, list] of [...compartments].sort((a, b) => a[0] - b[0])) {
      checkInt('CompartmentOnLogicalNeuron', c, 0, 254);
      if (list.length === 0) throw new InvalidArgumentError(`LogicalNeuronCompartments: compartment ${c} is empty`);
      for (const n of list) {
        if (seen.has(n.key)) throw new InvalidArgumentError(`LogicalNeuronCompartments: ${n.toString()} appears twice`);
        seen.add(n.key);
      }
      m.set(c, [...list]);
    }
    if (m.size === 0) throw new InvalidArgumentError('LogicalNeuronCompartments: no compartments');
    this.compartments = m;
  }

  /** All positions in compartment order. */
  all(): AtomicNeuronOnLogicalNeuron[] {
    return [...this.compartments.values()].flat();
  }

  extents(): Extents {
    const all = this.all();
    const xs = all.map((n) => n.x);
    const ys = all.map((n) => n.y);
    const left = Math.min(...xs);
    const right = Math.max(...xs);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    return { left, right, top, bottom, width: right - left + 1, height: bottom - top + 1 };
  }

  private map(f: (n: AtomicNeuronOnLogicalNeuron) => AtomicNeuronOnLogicalNeuron): LogicalNeuronCompartments {
    return new LogicalNeuronCompartments([...this.compartments].map(([c, l]) => [c, l.map(f)] as const));
  }

  /** Mirrors the shape horizontally inside its extents. */
  flipX(): LogicalNeuronCompartments {
    const e = this.extents();
    return this.map((n) => new AtomicNeuronOnLogicalNeuron(e.right - (n.x - e.left), n.y));
  }

  /** Mirrors the shape vertically inside its extents. */
  flipY(): LogicalNeuronCompartments {
    const e = this.extents();
    return this.map((n) => new AtomicNeuronOnLogicalNeuron(n.x, e.bottom - (n.y - e.top)));
  }

  equals(o: LogicalNeuronCompartments): boolean {
    if (o.compartments.size !== this.compartments.size) return false;
    for (const [c, l] of this.compartments) {
      const ol = o.compartments.get(c);
      if (!ol || ol.length !== l.length || !l.every((n, i) => n.equals(ol[i]!))) return false;
    }
    return true;
  }

  toJSON(): Record<string, { x: number; y: number }[]> {
    const out: Record<string, { x: number; y: number }[]> = {};
    for (const [c, l] of this.compartments) out[String(c)] = l.map((n) => ({ x: n.x, y: n.y }));
    return out;
  }

  static fromJSON(j: Record<string, readonly { x: number; y: number }[]>): LogicalNeuronCompartments {
    return new LogicalNeuronCompartments(
      Object.entries(j).map(([c, l]) => [Number(c), l.map((p) => new AtomicNeuronOnLogicalNeuron(p.x, p.y))] as const),
    );
  }

  toString(): string {
    return `LogicalNeuronCompartments(${[...this.compartments]
      .map(([c, l]) => `${c}: [${l.map((n) => `(${n.x},${n.y})`).join(' ')}]`)
      .join(', ')})`;
  }
}

/**
 * A logical neuron placed on the chip: its shape plus an anchor circuit. Every position p goes to
 * `(anchor.x + p.x - left, anchor.y + p.y - top)`; the shape must stay inside the anchor's chip half.
 */
export class LogicalNeuronOnDLS implements Coordinate {
  readonly typeName = 'LogicalNeuronOnDLS';
  readonly compartments: LogicalNeuronCompartments;
  readonly anchor: NeuronPosition;
  private readonly placed: Map<CompartmentOnLogicalNeuron, NeuronPosition[]>;

  constructor(compartments: LogicalNeuronCompartments, anchor: NeuronPosition) {
    this.compartments = compartments;
    this.anchor = anchor;
    const e = compartments.extents();
    const half = anchor.x < HALF_COLUMNS ? 0 : 1;
    this.placed = new Map();
    for (const [c, list] of compartments.compartments) {
      this.placed.set(
        c,
        list.map((p) => {
          const x = anchor.x + p.x - e.left;
          const y = anchor.y + p.y - e.top;
          const lo = half * HALF_COLUMNS;
          if (x < lo || x >= lo + HALF_COLUMNS) {
            throw new ValueRangeError('LogicalNeuronOnDLS placement column', x, lo, lo + HALF_COLUMNS - 1, 'placement outside of neuron grid half');
          }
          if (y >= NEURON_ROWS) throw new ValueRangeError('LogicalNeuronOnDLS placement row', y, 0, NEURON_ROWS - 1, 'placement outside of neuron grid');
          return new NeuronPosition(x, y);
        }),
      );
    }
  }

  /** Placed circuits per compartment. */
  get(compartment: CompartmentOnLogicalNeuron): readonly NeuronPosition[] {
    const l = this.placed.get(compartment);
    if (!l) throw new InvalidArgumentError(`LogicalNeuronOnDLS: no compartment ${compartment}`);
    return l;
  }

  /** All placed circuits in compartment order. */
  toAtomicNeurons(): NeuronPosition[] {
    return [...this.placed.values()].flat();
  }

  toEnum(): number {
    return this.anchor.toEnum();
  }

  equals(o: Coordinate): boolean {
    return o instanceof LogicalNeuronOnDLS && o.anchor.equals(this.anchor) && o.compartments.equals(this.compartments);
  }

  toString(): string {
    return `LogicalNeuronOnDLS(${this.compartments.toString()}, ${this.anchor.toString()})`;
  }
}
