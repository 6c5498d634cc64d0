/**
 * The user-facing network description: populations (on-chip neurons, external and background sources),
 * projections, recordings and execution instances. A `Network` is immutable (deeply frozen) and fully
 * placed: `NetworkBuilder.done()` performs automatic placement of neurons and background generators that
 * were added without explicit coordinates.
 *
 * Simplification against upstream grenade (documented choice): every logical neuron is a single atomic
 * neuron circuit (one compartment, index 0). Multi-compartment neurons are not modelled.
 */
import type { Hemisphere, ReceptorType } from './hardware.js';

/** Identifies a population: its execution instance and its sequential index inside that instance. */
export interface PopulationRef {
  readonly instance: number;
  readonly index: number;
  readonly kind: PopulationKind;
  readonly size: number;
}

export type PopulationKind = 'neurons' | 'external' | 'background';

/** Identifies a projection: its execution instance and sequential index inside that instance. */
export interface ProjectionRef {
  readonly instance: number;
  readonly index: number;
}

/** On-chip neurons. `placement[i]` is the AtomicNeuronOnDLS enum (row * 256 + column) of neuron i. */
export interface NeuronPopulation {
  readonly kind: 'neurons';
  readonly ref: PopulationRef;
  readonly size: number;
  readonly placement: readonly number[];
  /** Whether spikes of every neuron are recorded. */
  readonly record: boolean;
  /** Synaptic input types the neurons offer. */
  readonly receptors: readonly ReceptorType[];
}

/** Spike sources driven by the host (or by another execution instance). */
export interface ExternalSourcePopulation {
  readonly kind: 'external';
  readonly ref: PopulationRef;
  readonly size: number;
  readonly record: boolean;
}

export interface BackgroundSourceConfig {
  /** Inter-spike period in background-generator clock cycles (2x the FPGA clock), 16 bit. */
  readonly period: number;
  /** Poisson rate setting (8 bit): a spike is emitted per period with probability rate/256. */
  readonly rate: number;
  /** Seed of the generator's LFSR (32 bit). */
  readonly seed: number;
  /** Poisson (true) or regular (false). */
  readonly random: boolean;
}

/** On-chip background spike generators; `buses` maps each used hemisphere to its PADI bus (0..3). */
export interface BackgroundSourcePopulation {
  readonly kind: 'background';
  readonly ref: PopulationRef;
  readonly size: number;
  readonly record: boolean;
  readonly config: BackgroundSourceConfig;
  readonly buses: Readonly<Partial<Record<Hemisphere, number>>>;
}

export type Population = NeuronPopulation | ExternalSourcePopulation | BackgroundSourcePopulation;

/** A projection: explicit connections with non-negative integer weights (unbounded; split over synapses). */
export interface Projection {
  readonly ref: ProjectionRef;
  readonly pre: PopulationRef;
  readonly post: PopulationRef;
  readonly receptor: ReceptorType;
  readonly connections: {
    readonly pre: readonly number[];
    readonly post: readonly number[];
    readonly weight: readonly number[];
  };
}

/** Analog observable of a neuron that the readout chain can digitise. */
export type ReadoutSource = 'membrane' | 'exc_synin' | 'inh_synin' | 'adaptation';

export interface RecordedNeuron {
  readonly population: PopulationRef;
  readonly neuron: number;
  readonly source: ReadoutSource;
}

export interface MadcRecording {
  readonly neurons: readonly RecordedNeuron[];
}

export interface CadcRecording {
  readonly neurons: readonly RecordedNeuron[];
  /** Upstream's PPU sample placement (DRAM vs. external SRAM); without a PPU the host reads the CADC, so it has no effect. */
  readonly placementOnDram: boolean;
  /**
   * Sampling period in FPGA cycles (samples at 0, period, 2 period, ... of every batch entry's realtime
   * section); default `DEFAULT_CADC_PERIOD` (2.5 µs). Without a PPU the host reads the CADC directly.
   */
  readonly period?: number;
}

/** Spikes of `pre` (instance a) re-injected into external population `post` (instance b) after `delay`. */
export interface InterInstanceProjection {
  readonly index: number;
  readonly pre: PopulationRef;
  readonly post: PopulationRef;
  readonly connections: {
    readonly pre: readonly number[];
    readonly post: readonly number[];
    /** Delay per connection in FPGA clock cycles. */
    readonly delay: readonly number[];
  };
}

export interface ExecutionInstance {
  readonly id: number;
  readonly populations: readonly Population[];
  readonly projections: readonly Projection[];
  readonly madc: MadcRecording | null;
  readonly cadc: CadcRecording | null;
}

/** An immutable, validated and placed network (produced by `NetworkBuilder.done()`). */
export interface Network {
  readonly instances: ReadonlyMap<number, ExecutionInstance>;
  readonly interInstanceProjections: readonly InterInstanceProjection[];
  /** Execution instance ids in dependency order (sources of inter-instance projections first). */
  readonly instanceOrder: readonly number[];
  /** Time spent inside builder calls in milliseconds (informational; not part of the structure). */
  readonly constructionMs: number;
}

export function describePopulation(ref: PopulationRef): string {
  return `population ${ref.index} (${ref.kind}, instance ${ref.instance})`;
}
export function describeProjection(ref: ProjectionRef): string {
  return `projection ${ref.index} (instance ${ref.instance})`;
}

/** The population a reference designates (throws a plain error for foreign references). */
export function getPopulation(network: Network, ref: PopulationRef): Population {
  const population = network.instances.get(ref.instance)?.populations[ref.index];
  if (!population) throw new RangeError(`${describePopulation(ref)} is not part of this network`);
  return population;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    if (value instanceof Map) {
      for (const v of value.values()) deepFreeze(v);
    } else {
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
