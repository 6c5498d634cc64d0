/**
 * Multi-compartment neurons: a Morphology builder sets the structural switches of atomic circuits
 * (membrane connections, somatic line, resistors), checks them, and produces a LogicalNeuron.
 *
 * Implements the intent of upstream `lola::vx::Morphology`, not its defects (spec lola_stadls.md §1.3):
 * - `connectToSoma` on a circuit that already has a resistor throws *without* setting the flag (upstream sets
 *   it first, leaving a half-modified builder);
 * - structural switches are stored per shape position and re-applied verbatim on write, so soma pairs keep
 *   `connectSomaRight` (upstream wrote `connectRight`) and no neighbour index arithmetic is needed.
 */
import { InvalidArgumentError } from '@bss2/fisch';
import type { Container, Coordinate, EncodeSink } from '@bss2/haldls';
import { AtomicNeuron } from './atomic-neuron.js';
import { checkCoordinate, defineComposite, type CompositeType, type LeafSlot } from './composite.js';
import { atomicNeuronFromLeaves, atomicNeuronLeaves, AtomicNeuronType } from './neuron-mapping.js';
import {
  AtomicNeuronOnLogicalNeuron,
  LogicalNeuronCompartments,
  type CompartmentOnLogicalNeuron,
  type LogicalNeuronOnDLS,
  type NeuronPosition,
} from './logical-coordinates.js';

/** The five structural switches of a circuit (fixed once a morphology is done). */
export interface StructuralSwitches {
  connectSoma: boolean;
  connectSomaRight: boolean;
  connectRight: boolean;
  connectVertical: boolean;
  enableConductance: boolean;
}

const noSwitches = (): StructuralSwitches => ({
  connectSoma: false,
  connectSomaRight: false,
  connectRight: false,
  connectVertical: false,
  enableConductance: false,
});

/** Raised for every invalid morphology (reused/empty/non-contiguous compartments, unreachable parts...). */
export class MorphologyError extends InvalidArgumentError {}

const P = AtomicNeuronOnLogicalNeuron;
const key = (x: number, y: number): string => `${x},${y}`;

export class Morphology {
  private readonly circuits = new Map<string, StructuralSwitches>();
  private readonly created: AtomicNeuronOnLogicalNeuron[][] = [];

  private entry(c: AtomicNeuronOnLogicalNeuron): StructuralSwitches {
    let s = this.circuits.get(c.key);
    if (!s) this.circuits.set(c.key, (s = noSwitches()));
    return s;
  }

  /** Connects the circuit's membrane directly to the somatic line. */
  connectToSoma(c: AtomicNeuronOnLogicalNeuron): this {
    const s = this.entry(c);
    if (s.enableConductance) throw new MorphologyError(`${c.toString()} is already connected to the soma through a resistor`);
    s.connectSoma = true;
    return this;
  }

  /** Connects the circuit's membrane to the somatic line through the conductance (strength i_bias_nmda). */
  connectResistorToSoma(c: AtomicNeuronOnLogicalNeuron): this {
    const s = this.entry(c);
    if (s.connectSoma) throw new MorphologyError(`${c.toString()} is already connected directly to the soma`);
    s.enableConductance = true;
    return this;
  }

  /** Joins the somatic line of `row` from column `start` to `end` (sets connectSomaRight on start..end-1). */
  connectSomaLine(start: number, end: number, row: number): this {
    if (end <= start) throw new MorphologyError(`connectSomaLine: end ${end} must be right of start ${start}`);
    for (let x = start; x < end; x++) this.entry(new P(x, row)).connectSomaRight = true;
    this.entry(new P(end, row));
    return this;
  }

  /**
   * Creates a compartment from contiguous circuits: sets connectRight between horizontal neighbours and
   * connectVertical on both circuits of a column pair. Returns the compartment index.
   */
  createCompartment(neurons: readonly AtomicNeuronOnLogicalNeuron[]): CompartmentOnLogicalNeuron {
    if (neurons.length === 0) throw new MorphologyError('createCompartment: empty compartment');
    const set = new Set<string>();
    for (const n of neurons) {
      if (set.has(n.key)) throw new MorphologyError(`createCompartment: ${n.toString()} listed twice`);
      if (this.created.some((c) => c.some((m) => m.equals(n)))) {
        throw new MorphologyError(`createCompartment: ${n.toString()} is already part of another compartment`);
      }
      set.add(n.key);
    }
    const sorted = [...neurons].sort((a, b) => a.x - b.x || a.y - b.y);
    // contiguity: flood fill over horizontal and vertical neighbours inside the set
    const reached = new Set<string>([sorted[0]!.key]);
    const stack = [sorted[0]!];
    while (stack.length) {
      const n = stack.pop()!;
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const k = key(n.x + dx, n.y + dy);
        if (set.has(k) && !reached.has(k)) {
          reached.add(k);
          stack.push(new P(n.x + dx, n.y + dy));
        }
      }
    }
    if (reached.size !== set.size) throw new MorphologyError('createCompartment: neurons are not made up of a contiguous block');
    for (const n of sorted) {
      const s = this.entry(n);
      if (set.has(key(n.x + 1, n.y))) s.connectRight = true;
      if (set.has(key(n.x, 1 - n.y))) s.connectVertical = true;
    }
    this.created.push(sorted);
    return this.created.length - 1;
  }

  /** Structural switches of a circuit (a copy). Throws if the circuit is not part of the morphology. */
  at(c: AtomicNeuronOnLogicalNeuron): StructuralSwitches {
    const s = this.circuits.get(c.key);
    if (!s) throw new MorphologyError(`${c.toString()} is not part of the morphology`);
    return { ...s };
  }

  /** Membrane-connected groups (direct switches plus somatic line between two connectSoma circuits). */
  private floodFill(start: string): Set<string> {
    const out = new Set<string>([start]);
    const stack = [start];
    const get = (k: string): StructuralSwitches | undefined => this.circuits.get(k);
    while (stack.length) {
      const k = stack.pop()!;
      const [x, y] = k.split(',').map(Number) as [number, number];
      const s = get(k)!;
      const next: string[] = [];
      if (s.connectRight && get(key(x + 1, y))) next.push(key(x + 1, y));
      const left = get(key(x - 1, y));
      if (left?.connectRight) next.push(key(x - 1, y));
      const other = get(key(x, 1 - y));
      if (s.connectVertical && other?.connectVertical) next.push(key(x, 1 - y));
      if (s.connectSoma) for (const m of this.somaSegment(x, y)) if (get(m)!.connectSoma) next.push(m);
      for (const n of next) if (!out.has(n)) (out.add(n), stack.push(n));
    }
    return out;
  }

  /** Registered circuits on the same somatic-line segment as (x, y). */
  private somaSegment(x: number, y: number): string[] {
    let l = x;
    while (this.circuits.get(key(l - 1, y))?.connectSomaRight) l--;
    let r = x;
    while (this.circuits.get(key(r, y))?.connectSomaRight) r++;
    const out: string[] = [];
    for (let i = l; i <= r; i++) if (this.circuits.has(key(i, y))) out.push(key(i, y));
    return out;
  }

  /** Validates the morphology and returns the shape plus a default LogicalNeuron with these switches. */
  done(): { compartments: LogicalNeuronCompartments; neuron: LogicalNeuron } {
    const comps: string[][] = [];
    const assigned = new Set<string>();
    this.created.forEach((c, i) => {
      const fill = this.floodFill(c[0]!.key);
      if (fill.size > c.length) {
        throw new MorphologyError(`compartment ${i} is larger than on construction (joined to other circuits without a resistor)`);
      }
      comps.push(c.map((n) => n.key));
      c.forEach((n) => assigned.add(n.key));
    });
    const rest = [...this.circuits.keys()].sort((a, b) => {
      const [ax, ay] = a.split(',').map(Number) as [number, number];
      const [bx, by] = b.split(',').map(Number) as [number, number];
      return ax - bx || ay - by;
    });
    for (const k of rest) {
      if (assigned.has(k)) continue;
      const group = [...this.floodFill(k)].filter((m) => !assigned.has(m));
      group.forEach((m) => assigned.add(m));
      comps.push(group);
    }
    if (comps.length === 0) throw new MorphologyError('morphology is empty');
    this.checkConnected(comps);
    const compartments = new LogicalNeuronCompartments(
      comps.map((l, i) => [i, l.map((k) => { const [x, y] = k.split(',').map(Number) as [number, number]; return new P(x, y); })] as const),
    );
    const switches = new Map<string, StructuralSwitches>();
    for (const [k, s] of this.circuits) switches.set(k, { ...s });
    return { compartments, neuron: new LogicalNeuron(compartments, switches) };
  }

  /** All compartments must be reachable from compartment 0 over somatic-line segments. */
  private checkConnected(comps: string[][]): void {
    if (comps.length === 1) return;
    const compOf = new Map<string, number>();
    comps.forEach((l, i) => l.forEach((k) => compOf.set(k, i)));
    const attaches = (k: string): boolean => {
      const s = this.circuits.get(k)!;
      const bridge = s.connectSomaRight && !s.connectSoma && !s.enableConductance && !s.connectRight && !s.connectVertical;
      return s.connectSoma || s.enableConductance || bridge;
    };
    const reached = new Set<number>([0]);
    const stack = [0];
    while (stack.length) {
      const c = stack.pop()!;
      for (const k of comps[c]!) {
        if (!attaches(k)) continue;
        const [x, y] = k.split(',').map(Number) as [number, number];
        for (const m of this.somaSegment(x, y)) {
          const other = compOf.get(m)!;
          if (!reached.has(other) && attaches(m)) (reached.add(other), stack.push(other));
        }
      }
    }
    if (reached.size !== comps.length) {
      const missing = comps.map((_, i) => i).filter((i) => !reached.has(i));
      throw new MorphologyError(`morphology is not contiguous: compartments ${missing.join(', ')} are not connected to compartment 0`);
    }
  }
}

/**
 * A multi-compartment neuron: one AtomicNeuron per circuit, grouped by compartment. The structural switches
 * are owned by the morphology and cannot be changed through the neurons (they are re-applied when the
 * neuron is collapsed or written); all other fields are free.
 */
export class LogicalNeuron implements Container {
  readonly compartments: LogicalNeuronCompartments;
  private readonly switches: Map<string, StructuralSwitches>;
  private readonly neurons: Map<CompartmentOnLogicalNeuron, AtomicNeuron[]>;

  constructor(compartments: LogicalNeuronCompartments, switches: ReadonlyMap<string, StructuralSwitches> = new Map()) {
    this.compartments = compartments;
    this.switches = new Map();
    this.neurons = new Map();
    for (const [c, list] of compartments.compartments) {
      this.neurons.set(c, list.map(() => new AtomicNeuron()));
      for (const p of list) this.switches.set(p.key, { ...(switches.get(p.key) ?? noSwitches()) });
    }
  }

  /** The neuron at position `index` of `compartment` (mutable; structural switches are ignored). */
  at(compartment: CompartmentOnLogicalNeuron, index: number): AtomicNeuron {
    const n = this.neurons.get(compartment)?.[index];
    if (!n) throw new InvalidArgumentError(`LogicalNeuron: no circuit ${index} in compartment ${compartment}`);
    return n;
  }

  /** Replaces a circuit's configuration (its structural switches stay those of the morphology). */
  set(compartment: CompartmentOnLogicalNeuron, index: number, neuron: AtomicNeuron): void {
    this.at(compartment, index);
    neuron.validate();
    this.neurons.get(compartment)![index] = neuron.clone();
  }

  /** Structural switches of the circuit at `index` of `compartment`. */
  structure(compartment: CompartmentOnLogicalNeuron, index: number): StructuralSwitches {
    const p = this.compartments.compartments.get(compartment)?.[index];
    if (!p) throw new InvalidArgumentError(`LogicalNeuron: no circuit ${index} in compartment ${compartment}`);
    return { ...this.switches.get(p.key)! };
  }

  /** Plain AtomicNeurons in compartment order, with the morphology's switches applied. */
  collapseNeuron(): AtomicNeuron[] {
    const out: AtomicNeuron[] = [];
    for (const [c, list] of this.compartments.compartments) {
      list.forEach((p, i) => {
        const n = this.neurons.get(c)![i]!.clone();
        Object.assign(n.multicompartment, this.switches.get(p.key)!);
        out.push(n);
      });
    }
    return out;
  }

  /** (placed circuit, neuron) pairs for writing at `coord`, compartment by compartment. */
  placedNeurons(coord: LogicalNeuronOnDLS): [NeuronPosition, AtomicNeuron][] {
    if (!coord.compartments.equals(this.compartments)) {
      throw new InvalidArgumentError('LogicalNeuron: coordinate shape differs from the neuron morphology');
    }
    const placed = coord.toAtomicNeurons();
    return this.collapseNeuron().map((n, i) => [placed[i]!, n]);
  }

  /** Rebuilds a LogicalNeuron from the AtomicNeurons read back at `coord` (in `placedNeurons` order). */
  static fromAtomicNeurons(coord: LogicalNeuronOnDLS, neurons: readonly AtomicNeuron[]): LogicalNeuron {
    const switches = new Map<string, StructuralSwitches>();
    const all = coord.compartments.all();
    if (neurons.length !== all.length) {
      throw new InvalidArgumentError(`LogicalNeuron: expected ${all.length} neurons, got ${neurons.length}`);
    }
    all.forEach((p, i) => {
      const m = neurons[i]!.multicompartment;
      switches.set(p.key, {
        connectSoma: m.connectSoma,
        connectSomaRight: m.connectSomaRight,
        connectRight: m.connectRight,
        connectVertical: m.connectVertical,
        enableConductance: m.enableConductance,
      });
    });
    const ln = new LogicalNeuron(coord.compartments, switches);
    let i = 0;
    for (const [c, list] of coord.compartments.compartments) list.forEach((_, j) => ln.neurons.get(c)![j] = neurons[i++]!.clone());
    return ln;
  }

  /** Container type (coordinate LogicalNeuronOnDLS); expands to the placed AtomicNeurons. */
  get containerType(): CompositeType<LogicalNeuron> {
    return LogicalNeuronType;
  }

  /** Writes every placed circuit, compartment by compartment, with the morphology's switches. */
  encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(LogicalNeuronType, coord);
    for (const [pos, n] of this.placedNeurons(coord as LogicalNeuronOnDLS)) for (const l of atomicNeuronLeaves(n, pos)) l.container.encode(l.coord, sink);
  }

  toJSON(): { compartments: Record<string, { x: number; y: number }[]>; neurons: unknown[] } {
    return { compartments: this.compartments.toJSON(), neurons: this.collapseNeuron().map((n) => n.toJSON()) };
  }

  equals(o: Container): boolean {
    if (!(o instanceof LogicalNeuron)) return false;
    const a = this.collapseNeuron();
    const b = o.collapseNeuron();
    return this.compartments.equals(o.compartments) && a.every((n, i) => n.equals(b[i]!));
  }

  toString(): string {
    return `LogicalNeuron(${this.compartments.toString()})`;
  }
}

export const LogicalNeuronType: CompositeType<LogicalNeuron> = defineComposite<LogicalNeuron>({
  typeName: 'LogicalNeuron',
  coordinateTypeName: 'LogicalNeuronOnDLS',
  create: () => {
    throw new InvalidArgumentError('LogicalNeuron has no default: build one with Morphology.done()');
  },
  slots: (coord: Coordinate): LeafSlot[] => (coord as LogicalNeuronOnDLS).toAtomicNeurons().flatMap((p) => AtomicNeuronType.slots(p)),
  fromLeaves: (coord, leaves) => {
    const placed = (coord as LogicalNeuronOnDLS).toAtomicNeurons();
    const neurons = placed.map((_, i) => atomicNeuronFromLeaves(leaves.slice(i * 26, (i + 1) * 26)));
    return LogicalNeuron.fromAtomicNeurons(coord as LogicalNeuronOnDLS, neurons);
  },
});
