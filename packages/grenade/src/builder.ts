/**
 * Incremental, validating construction of a `Network`. Every add* call checks its element against the
 * elements already present and throws a `NetworkDescriptionError` (or a fisch range/type error for a bad
 * scalar) naming the element and the violated rule. `done()` places unplaced neurons and background
 * generators, orders the execution instances and returns a deeply frozen `Network`; the builder is then
 * empty again and can be reused.
 */
import { checkBool, checkEnum, checkInt, checkUint, InvalidArgumentError } from '@bss2/fisch';
import type { Connector } from './connectors.js';
import { NetworkCapacityError, NetworkDescriptionError } from './errors.js';
import { BUSES_PER_HEMISPHERE, NEURONS, neuronColumn, type Hemisphere, type ReceptorType } from './hardware.js';
import {
  deepFreeze,
  describePopulation,
  describeProjection,
  type BackgroundSourceConfig,
  type BackgroundSourcePopulation,
  type CadcRecording,
  type ExecutionInstance,
  type InterInstanceProjection,
  type MadcRecording,
  type Network,
  type Population,
  type PopulationRef,
  type Projection,
  type ProjectionRef,
  type ReadoutSource,
  type RecordedNeuron,
} from './network.js';

const RECEPTORS: readonly ReceptorType[] = ['excitatory', 'inhibitory'];
const READOUT_SOURCES: readonly ReadoutSource[] = ['membrane', 'exc_synin', 'inh_synin', 'adaptation'];
/** Largest execution instance id (grenade uses a 32-bit id). */
const MAX_INSTANCE = 0xffff_ffff;
/** Largest delay of an inter-instance projection in FPGA cycles (fits the 32-bit playback timer). */
const MAX_DELAY = 0xffff_ffff;

export interface InstanceOption {
  /** Execution instance the element belongs to (default 0). */
  readonly instance?: number;
}

export interface PopulationOptions extends InstanceOption {
  /** AtomicNeuronOnDLS enum (row * 256 + column) per neuron; omitted = automatic first-fit placement. */
  readonly placement?: readonly number[];
  /** Record the spikes of all neurons (default false). */
  readonly record?: boolean;
  /** Synaptic input types offered (default both). */
  readonly receptors?: readonly ReceptorType[];
}

export interface ExternalSourceOptions extends InstanceOption {
  /** Echo the injected spikes back to the host as recorded spikes (default false). */
  readonly record?: boolean;
}

export interface BackgroundSourceOptions extends InstanceOption, Partial<BackgroundSourceConfig> {
  /** PADI bus (0..3) per hemisphere; omitted = both hemispheres on the highest free bus. */
  readonly buses?: Readonly<Partial<Record<'top' | 'bottom', number>>>;
  readonly record?: boolean;
}

export interface ProjectionOptions {
  /** Synaptic input the projection drives (default excitatory). Weights are magnitudes (>= 0). */
  readonly receptor?: ReceptorType;
}

export interface InterInstanceProjectionOptions {
  /** Delay in FPGA clock cycles (constant or per connection). */
  readonly delay: number | ((pre: number, post: number) => number);
}

export interface RecordingTarget {
  readonly population: PopulationRef;
  readonly neuron: number;
  /** Observable (default membrane). */
  readonly source?: ReadoutSource;
}

interface InstanceDraft {
  populations: Population[];
  projections: Projection[];
  madc: MadcRecording | null;
  cadc: CadcRecording | null;
  /** Atomic neurons claimed by explicit placements: enum -> population index. */
  usedNeurons: Map<number, number>;
  /** Background generators claimed: hemisphere * 4 + bus -> population index. */
  usedBuses: Map<number, number>;
  /** Neuron populations awaiting automatic placement. */
  unplaced: Set<number>;
  /** Background populations awaiting automatic bus assignment. */
  unplacedBackground: Set<number>;
}

function emptyInstance(): InstanceDraft {
  return {
    populations: [],
    projections: [],
    madc: null,
    cadc: null,
    usedNeurons: new Map(),
    usedBuses: new Map(),
    unplaced: new Set(),
    unplacedBackground: new Set(),
  };
}

export interface NetworkBuilderOptions {
  /**
   * Order in which automatic placement tries atomic neurons (a permutation of 0..511, default identity).
   * Placement is first-fit along this order, as PyNN's NeuronPlacement does.
   */
  readonly neuronPermutation?: readonly number[];
}

export class NetworkBuilder {
  private instances = new Map<number, InstanceDraft>();
  private interProjections: InterInstanceProjection[] = [];
  private constructionMs = 0;
  private readonly permutation: readonly number[];

  constructor(options: NetworkBuilderOptions = {}) {
    const perm = options.neuronPermutation;
    if (perm !== undefined) {
      const seen = new Set<number>();
      perm.forEach((n, i) => {
        checkInt(`neuronPermutation[${i}]`, n, 0, NEURONS - 1);
        if (seen.has(n)) {
          throw new NetworkDescriptionError('neuronPermutation', 'permutation', `atomic neuron ${n} appears twice`);
        }
        seen.add(n);
      });
      if (perm.length !== NEURONS) {
        throw new NetworkDescriptionError('neuronPermutation', 'permutation', `must list all ${NEURONS} atomic neurons, got ${perm.length}`);
      }
      this.permutation = [...perm];
    } else {
      this.permutation = Array.from({ length: NEURONS }, (_, i) => i);
    }
  }

  private timed<T>(f: () => T): T {
    const start = performance.now();
    try {
      return f();
    } finally {
      this.constructionMs += performance.now() - start;
    }
  }

  private instance(id: number | undefined): [number, InstanceDraft] {
    const ei = checkInt('instance', id ?? 0, 0, MAX_INSTANCE);
    let draft = this.instances.get(ei);
    if (!draft) {
      draft = emptyInstance();
      this.instances.set(ei, draft);
    }
    return [ei, draft];
  }

  private existingInstance(id: number, element: string): InstanceDraft {
    const draft = this.instances.get(id);
    if (!draft) throw new NetworkDescriptionError(element, 'instance-exists', `execution instance ${id} does not exist`);
    return draft;
  }

  private resolve(ref: PopulationRef, element: string): Population {
    const population = this.instances.get(ref.instance)?.populations[ref.index];
    if (!population || population.ref.kind !== ref.kind || population.ref.size !== ref.size) {
      throw new NetworkDescriptionError(element, 'population-exists', `${describePopulation(ref)} does not exist in this builder`);
    }
    return population;
  }

  /** Adds `size` on-chip neurons. Returns the population reference. */
  addPopulation(size: number, options: PopulationOptions = {}): PopulationRef {
    return this.timed(() => {
      checkInt('population size', size, 1, NEURONS);
      const [ei, draft] = this.instance(options.instance);
      const ref: PopulationRef = Object.freeze({ instance: ei, index: draft.populations.length, kind: 'neurons', size });
      const element = describePopulation(ref);
      const record = checkBool(`${element}.record`, options.record ?? false);
      const receptors = options.receptors ?? RECEPTORS;
      if (receptors.length === 0) throw new NetworkDescriptionError(element, 'receptors', 'at least one receptor type is required');
      receptors.forEach((r, i) => checkEnum(`${element}.receptors[${i}]`, r, RECEPTORS));
      let placement: number[] = [];
      if (options.placement !== undefined) {
        if (options.placement.length !== size) {
          throw new NetworkDescriptionError(element, 'placement-size', `placement lists ${options.placement.length} atomic neurons for ${size} neurons`);
        }
        const local = new Set<number>();
        options.placement.forEach((n, i) => {
          checkInt(`${element}.placement[${i}]`, n, 0, NEURONS - 1);
          if (local.has(n)) throw new NetworkDescriptionError(element, 'neuron-unique', `atomic neuron ${n} is used twice within the population`);
          const other = draft.usedNeurons.get(n);
          if (other !== undefined) {
            throw new NetworkDescriptionError(element, 'neuron-unique', `atomic neuron ${n} is already used by population ${other} of instance ${ei}`);
          }
          local.add(n);
        });
        for (const n of local) draft.usedNeurons.set(n, ref.index);
        placement = [...options.placement];
      } else {
        draft.unplaced.add(ref.index);
      }
      draft.populations.push({ kind: 'neurons', ref, size, placement, record, receptors: [...new Set(receptors)] });
      return ref;
    });
  }

  /** Adds `size` host-driven spike sources. */
  addExternalSource(size: number, options: ExternalSourceOptions = {}): PopulationRef {
    return this.timed(() => {
      checkInt('external source size', size, 1, 1 << 20);
      const [ei, draft] = this.instance(options.instance);
      const ref: PopulationRef = Object.freeze({ instance: ei, index: draft.populations.length, kind: 'external', size });
      const record = checkBool(`${describePopulation(ref)}.record`, options.record ?? false);
      draft.populations.push({ kind: 'external', ref, size, record });
      return ref;
    });
  }

  /**
   * Adds an on-chip background generator population. Regular sources (random=false) must have size 1;
   * Poisson sources a power-of-two size up to 256 (the generator randomises the low label bits).
   */
  addBackgroundSource(size: number, options: BackgroundSourceOptions = {}): PopulationRef {
    return this.timed(() => {
      checkInt('background source size', size, 1, 256);
      const [ei, draft] = this.instance(options.instance);
      const ref: PopulationRef = Object.freeze({ instance: ei, index: draft.populations.length, kind: 'background', size });
      const element = describePopulation(ref);
      const config: BackgroundSourceConfig = {
        period: checkUint(`${element}.period`, options.period ?? 1000, 16),
        rate: checkUint(`${element}.rate`, options.rate ?? 255, 8),
        seed: checkUint(`${element}.seed`, options.seed ?? 0, 32),
        random: checkBool(`${element}.random`, options.random ?? false),
      };
      if (config.random && (size & (size - 1)) !== 0) {
        throw new NetworkDescriptionError(element, 'background-size', `a Poisson background population needs a power-of-two size, got ${size}`);
      }
      if (!config.random && size !== 1) {
        throw new NetworkDescriptionError(element, 'background-size', `a regular background population emits one spike train and must have size 1, got ${size}`);
      }
      const record = checkBool(`${element}.record`, options.record ?? false);
      const buses: Partial<Record<Hemisphere, number>> = {};
      if (options.buses !== undefined) {
        const entries: [Hemisphere, number | undefined][] = [[0, options.buses.top], [1, options.buses.bottom]];
        for (const [hemisphere, bus] of entries) {
          if (bus === undefined) continue;
          checkInt(`${element}.buses.${hemisphere === 0 ? 'top' : 'bottom'}`, bus, 0, BUSES_PER_HEMISPHERE - 1);
          const other = draft.usedBuses.get(hemisphere * 4 + bus);
          if (other !== undefined) {
            throw new NetworkDescriptionError(element, 'background-bus-unique', `background generator on bus ${bus} of hemisphere ${hemisphere} is already used by population ${other}`);
          }
          buses[hemisphere] = bus;
        }
        if (buses[0] === undefined && buses[1] === undefined) {
          throw new NetworkDescriptionError(element, 'background-bus', 'buses must name at least one hemisphere');
        }
        for (const [h, b] of Object.entries(buses)) draft.usedBuses.set(Number(h) * 4 + b, ref.index);
      } else {
        draft.unplacedBackground.add(ref.index);
      }
      draft.populations.push({ kind: 'background', ref, size, record, config, buses });
      return ref;
    });
  }

  /**
   * Adds a projection from `pre` to the on-chip population `post`. Weights are non-negative integers;
   * values above 63 are split over several hardware synapses (never truncated).
   */
  addProjection(pre: PopulationRef, post: PopulationRef, connector: Connector, options: ProjectionOptions = {}): ProjectionRef {
    return this.timed(() => {
      if (pre.instance !== post.instance) {
        throw new NetworkDescriptionError(`projection ${describePopulation(pre)} -> ${describePopulation(post)}`, 'same-instance',
          'pre and post must be in the same execution instance (use addInterInstanceProjection across instances)');
      }
      const draft = this.existingInstance(pre.instance, `projection to ${describePopulation(post)}`);
      const ref: ProjectionRef = Object.freeze({ instance: pre.instance, index: draft.projections.length });
      const element = describeProjection(ref);
      const prePop = this.resolve(pre, element);
      const postPop = this.resolve(post, element);
      if (postPop.kind !== 'neurons') {
        throw new NetworkDescriptionError(element, 'post-on-chip', `post ${describePopulation(post)} must be an on-chip neuron population`);
      }
      const receptor = checkEnum(`${element}.receptor`, options.receptor ?? 'excitatory', RECEPTORS);
      if (!postPop.receptors.includes(receptor)) {
        throw new NetworkDescriptionError(element, 'receptor-available', `post ${describePopulation(post)} offers no ${receptor} receptor`);
      }
      const list = connector(prePop.size, postPop.size);
      const n = list.pre.length;
      if (list.post.length !== n || list.weight.length !== n) {
        throw new NetworkDescriptionError(element, 'connector-shape', `connector returned ${n} pre, ${list.post.length} post and ${list.weight.length} weight entries`);
      }
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) {
        const a = list.pre[i]!;
        const b = list.post[i]!;
        checkInt(`${element}.connections[${i}].pre`, a, 0, prePop.size - 1);
        checkInt(`${element}.connections[${i}].post`, b, 0, postPop.size - 1);
        checkInt(`${element}.connections[${i}].weight`, list.weight[i], 0, Number.MAX_SAFE_INTEGER);
        const key = a * postPop.size + b;
        if (seen.has(key)) {
          throw new NetworkDescriptionError(element, 'connection-unique', `connection ${a} -> ${b} appears more than once (connection ${i})`);
        }
        seen.add(key);
      }
      draft.projections.push({
        ref,
        pre: prePop.ref,
        post: postPop.ref,
        receptor,
        connections: { pre: [...list.pre], post: [...list.post], weight: [...list.weight] },
      });
      return ref;
    });
  }

  private recordedNeurons(targets: readonly RecordingTarget[], element: string, instance: number): RecordedNeuron[] {
    const seen = new Set<string>();
    return targets.map((t, i) => {
      if (t.population.instance !== instance) {
        throw new NetworkDescriptionError(element, 'same-instance', `neuron ${i} belongs to instance ${t.population.instance}`);
      }
      const population = this.resolve(t.population, element);
      if (population.kind !== 'neurons') {
        throw new NetworkDescriptionError(element, 'on-chip', `neuron ${i}: ${describePopulation(t.population)} is not an on-chip population`);
      }
      checkInt(`${element}.neurons[${i}].neuron`, t.neuron, 0, population.size - 1);
      const source = checkEnum(`${element}.neurons[${i}].source`, t.source ?? 'membrane', READOUT_SOURCES);
      const key = `${t.population.index}/${t.neuron}`;
      if (seen.has(key)) throw new NetworkDescriptionError(element, 'neuron-unique', `neuron ${t.neuron} of ${describePopulation(t.population)} is listed twice`);
      seen.add(key);
      return { population: population.ref, neuron: t.neuron, source };
    });
  }

  /** A neuron read out by both the MADC and the CADC must use the same observable (one readout mux). */
  private checkSourceConflicts(neurons: readonly RecordedNeuron[], other: readonly RecordedNeuron[] | undefined, element: string): void {
    for (const n of neurons) {
      const clash = other?.find((o) => o.population.index === n.population.index && o.neuron === n.neuron && o.source !== n.source);
      if (clash) {
        throw new NetworkDescriptionError(element, 'readout-source-conflict',
          `neuron ${n.neuron} of ${describePopulation(n.population)} is already read out as ${clash.source}, not ${n.source}`);
      }
    }
  }

  /** Records up to two neurons (in columns of different parity) with the fast MADC. */
  addMadcRecording(neurons: readonly RecordingTarget[], options: InstanceOption = {}): void {
    this.timed(() => {
      const ei = checkInt('instance', options.instance ?? 0, 0, MAX_INSTANCE);
      const element = `MADC recording (instance ${ei})`;
      const draft = this.existingInstance(ei, element);
      if (draft.madc) throw new NetworkDescriptionError(element, 'single-madc', 'only one MADC recording per execution instance is supported');
      if (neurons.length < 1 || neurons.length > 2) throw new NetworkDescriptionError(element, 'madc-size', `records 1 or 2 neurons, got ${neurons.length}`);
      const recorded = this.recordedNeurons(neurons, element, ei);
      this.checkSourceConflicts(recorded, draft.cadc?.neurons, element);
      if (recorded.length === 2) {
        // Parity can only be checked once placement is known; explicit placements are checked now,
        // automatic ones in done().
        const cols = recorded.map((r) => this.placedColumn(draft, r));
        if (cols[0] !== undefined && cols[1] !== undefined && cols[0] % 2 === cols[1] % 2) {
          throw new NetworkDescriptionError(element, 'madc-parity', `the two neurons must lie in columns of different parity, got columns ${cols[0]} and ${cols[1]}`);
        }
      }
      draft.madc = { neurons: recorded };
    });
  }

  private placedColumn(draft: InstanceDraft, r: RecordedNeuron): number | undefined {
    const population = draft.populations[r.population.index];
    if (population?.kind !== 'neurons' || population.placement.length === 0) return undefined;
    return neuronColumn(population.placement[r.neuron]!);
  }

  /** Samples neurons periodically (every `period` FPGA cycles, default 2.5 µs) with the column-parallel CADC. */
  addCadcRecording(neurons: readonly RecordingTarget[], options: InstanceOption & { readonly placementOnDram?: boolean; readonly period?: number } = {}): void {
    this.timed(() => {
      const ei = checkInt('instance', options.instance ?? 0, 0, MAX_INSTANCE);
      const element = `CADC recording (instance ${ei})`;
      const draft = this.existingInstance(ei, element);
      if (draft.cadc) throw new NetworkDescriptionError(element, 'single-cadc', 'only one CADC recording per execution instance is supported');
      if (neurons.length < 1) throw new NetworkDescriptionError(element, 'cadc-size', 'records at least one neuron');
      const recorded = this.recordedNeurons(neurons, element, ei);
      this.checkSourceConflicts(recorded, draft.madc?.neurons, element);
      const placementOnDram = checkBool(`${element}.placementOnDram`, options.placementOnDram ?? false);
      draft.cadc = options.period === undefined
        ? { neurons: recorded, placementOnDram }
        : { neurons: recorded, placementOnDram, period: checkInt(`${element}.period`, options.period, 1, 0xffff_ffff) };
    });
  }

  /**
   * Forwards the spikes of `pre` (in one instance) to the external population `post` (in a later instance)
   * with a delay in FPGA cycles. The instance graph must stay acyclic.
   */
  addInterInstanceProjection(pre: PopulationRef, post: PopulationRef, connector: Connector, options: InterInstanceProjectionOptions): number {
    return this.timed(() => {
      const index = this.interProjections.length;
      const element = `inter-instance projection ${index}`;
      if (pre.instance === post.instance) {
        throw new NetworkDescriptionError(element, 'different-instances', `pre and post are both in instance ${pre.instance}`);
      }
      this.existingInstance(pre.instance, element);
      this.existingInstance(post.instance, element);
      const prePop = this.resolve(pre, element);
      const postPop = this.resolve(post, element);
      if (postPop.kind !== 'external') {
        throw new NetworkDescriptionError(element, 'post-external', `post ${describePopulation(post)} must be an external source population`);
      }
      if (prePop.kind === 'external') {
        throw new NetworkDescriptionError(element, 'pre-emits', `pre ${describePopulation(pre)} must be an on-chip or background population`);
      }
      const list = connector(prePop.size, postPop.size);
      const n = list.pre.length;
      const delay: number[] = [];
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) {
        const a = checkInt(`${element}.connections[${i}].pre`, list.pre[i], 0, prePop.size - 1);
        const b = checkInt(`${element}.connections[${i}].post`, list.post[i], 0, postPop.size - 1);
        if (seen.has(a * postPop.size + b)) throw new NetworkDescriptionError(element, 'connection-unique', `connection ${a} -> ${b} appears more than once`);
        seen.add(a * postPop.size + b);
        const d = typeof options.delay === 'number' ? options.delay : options.delay(a, b);
        delay.push(checkInt(`${element}.connections[${i}].delay`, d, 0, MAX_DELAY));
      }
      const edges = this.interProjections.map((p) => [p.pre.instance, p.post.instance] as const);
      edges.push([pre.instance, post.instance]);
      if (topologicalOrder([...this.instances.keys()], edges) === null) {
        throw new NetworkDescriptionError(element, 'acyclic', `instance ${pre.instance} -> ${post.instance} makes the execution instance graph cyclic`);
      }
      this.interProjections.push({ index, pre: prePop.ref, post: postPop.ref, connections: { pre: [...list.pre], post: [...list.post], delay } });
      return index;
    });
  }

  /** Places what is unplaced, freezes and returns the network, and resets the builder. */
  done(): Network {
    const start = performance.now();
    const instances = new Map<number, ExecutionInstance>();
    for (const [id, draft] of [...this.instances.entries()].sort((a, b) => a[0] - b[0])) {
      this.placeNeurons(id, draft);
      this.placeBackground(id, draft);
      this.checkBackgroundReach(id, draft);
      if (draft.madc?.neurons.length === 2) {
        const [a, b] = draft.madc.neurons.map((r) => this.placedColumn(draft, r)!);
        if (a! % 2 === b! % 2) {
          throw new NetworkDescriptionError(`MADC recording (instance ${id})`, 'madc-parity', `the two neurons must lie in columns of different parity, got columns ${a} and ${b}`);
        }
      }
      instances.set(id, { id, populations: draft.populations, projections: draft.projections, madc: draft.madc, cadc: draft.cadc });
    }
    const order = topologicalOrder([...instances.keys()], this.interProjections.map((p) => [p.pre.instance, p.post.instance]));
    if (order === null) throw new InvalidArgumentError('execution instance graph is cyclic'); // unreachable: checked on add
    const network: Network = {
      instances,
      interInstanceProjections: this.interProjections,
      instanceOrder: order,
      constructionMs: this.constructionMs + performance.now() - start,
    };
    this.instances = new Map();
    this.interProjections = [];
    this.constructionMs = 0;
    return deepFreeze(network);
  }

  /** A background generator only feeds the PADI bus of its own hemisphere: every target must lie there. */
  private checkBackgroundReach(id: number, draft: InstanceDraft): void {
    for (const projection of draft.projections) {
      const pre = draft.populations[projection.pre.index]!;
      const post = draft.populations[projection.post.index]!;
      if (pre.kind !== 'background' || post.kind !== 'neurons') continue;
      projection.connections.post.forEach((j, c) => {
        const hemisphere = post.placement[j]! >= 256 ? 1 : 0;
        if (pre.buses[hemisphere] === undefined) {
          throw new NetworkDescriptionError(`${describeProjection(projection.ref)}`, 'background-reach',
            `connection ${c} targets atomic neuron ${post.placement[j]} in hemisphere ${hemisphere} (instance ${id}), where ${describePopulation(pre.ref)} has no generator`);
        }
      });
    }
  }

  private placeNeurons(id: number, draft: InstanceDraft): void {
    let cursor = 0;
    for (const index of draft.unplaced) {
      const population = draft.populations[index]!;
      if (population.kind !== 'neurons') continue;
      const placement: number[] = [];
      while (placement.length < population.size && cursor < this.permutation.length) {
        const candidate = this.permutation[cursor++]!;
        if (!draft.usedNeurons.has(candidate)) {
          placement.push(candidate);
          draft.usedNeurons.set(candidate, index);
        }
      }
      if (placement.length < population.size) {
        throw new NetworkCapacityError(id, 'atomic neurons', draft.usedNeurons.size - placement.length + population.size, NEURONS,
          `placing ${describePopulation(population.ref)} (${population.size} neurons) after the other populations`);
      }
      draft.populations[index] = { ...population, placement };
    }
    draft.unplaced.clear();
  }

  private placeBackground(id: number, draft: InstanceDraft): void {
    for (const index of draft.unplacedBackground) {
      const population = draft.populations[index] as BackgroundSourcePopulation;
      const buses: Partial<Record<Hemisphere, number>> = {};
      // Highest bus first (PyNN/GreedyPlacer order [3,2,1,0]) to stay clear of low buses used by neurons.
      for (const hemisphere of [0, 1] as const) {
        for (let bus = BUSES_PER_HEMISPHERE - 1; bus >= 0; bus--) {
          if (!draft.usedBuses.has(hemisphere * 4 + bus)) {
            buses[hemisphere] = bus;
            draft.usedBuses.set(hemisphere * 4 + bus, index);
            break;
          }
        }
      }
      if (buses[0] === undefined && buses[1] === undefined) {
        throw new NetworkCapacityError(id, 'background generators', draft.populations.filter((p) => p.kind === 'background').length * 2, 8,
          `placing ${describePopulation(population.ref)}`);
      }
      draft.populations[index] = { ...population, buses };
    }
    draft.unplacedBackground.clear();
  }
}

/** Kahn's algorithm over instance ids (ascending among ready nodes, so the order is deterministic). */
export function topologicalOrder(nodes: readonly number[], edges: readonly (readonly [number, number])[]): number[] | null {
  const indegree = new Map<number, number>(nodes.map((n) => [n, 0]));
  for (const [, b] of edges) indegree.set(b, (indegree.get(b) ?? 0) + 1);
  const order: number[] = [];
  const ready = [...indegree.entries()].filter(([, d]) => d === 0).map(([n]) => n);
  while (ready.length > 0) {
    ready.sort((a, b) => a - b);
    const n = ready.shift()!;
    order.push(n);
    for (const [a, b] of edges) {
      if (a !== n) continue;
      const d = indegree.get(b)! - 1;
      indegree.set(b, d);
      if (d === 0) ready.push(b);
    }
  }
  return order.length === indegree.size ? order : null;
}
