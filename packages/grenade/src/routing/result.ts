/**
 * The routing result: a plain-data, inspectable description of how one execution instance maps onto the
 * chip. It is independent of lola/haldls encodings; `config.ts` turns it into a lola Chip.
 */
import type { CrossbarNodeConfig, RowMode } from '../hardware.js';

/** One hardware synapse realising (part of) a logical connection. */
export interface PlacedSynapse {
  /** Hardware weight 0..63 (a share of the logical weight). */
  readonly weight: number;
  /** 6-bit synapse label the source's events carry on this row. */
  readonly label: number;
  /** Hemisphere (synram) 0 = top, 1 = bottom. */
  readonly hemisphere: number;
  /** Synapse row on the synram (0..255). */
  readonly row: number;
  /** Synapse column = neuron column (0..255). */
  readonly column: number;
}

export interface BackgroundGenerator {
  /** BackgroundSpikeSourceOnDLS (0..7) = hemisphere * 4 + bus. */
  readonly source: number;
  readonly hemisphere: number;
  /** 14-bit neuron label base; neuron k of the population emits base | k. */
  readonly neuronLabel: number;
  /** Randomised low label bits (population size - 1). */
  readonly mask: number;
  /** Whether this generator's events are sent to the host (only one per population). */
  readonly recorded: boolean;
  /** Whether the generator feeds its PADI bus (false if only recorded). */
  readonly routed: boolean;
}

export interface SynapseDriverConfig {
  /** SynapseDriverOnDLS (hemisphere * 128 + driver). */
  readonly driver: number;
  /** 5-bit row-address compare mask. */
  readonly mask: number;
  /** Modes of the driver's two rows: [top (odd row), bottom (even row)]. */
  readonly rowModes: readonly [RowMode, RowMode];
}

export interface RoutingStatistics {
  readonly synapses: number;
  readonly synapseDrivers: number;
  readonly synapseRows: number;
  readonly sourceChunks: number;
  readonly durationMs: number;
}

/** Routed configuration of one execution instance. */
export interface InstanceRouting {
  readonly instance: number;
  /** [projection][connection] -> hardware synapses (one per weight share). */
  readonly connections: readonly (readonly (readonly PlacedSynapse[])[])[];
  /** External population index -> [neuron] -> 16-bit spike labels to inject (one per PADI bus used). */
  readonly externalLabels: ReadonlyMap<number, readonly (readonly number[])[]>;
  /** On-chip population index -> [neuron] -> 8-bit AddressOut, or null if the neuron emits no events. */
  readonly neuronAddresses: ReadonlyMap<number, readonly (number | null)[]>;
  /** Background population index -> generators used. */
  readonly backgroundGenerators: ReadonlyMap<number, readonly BackgroundGenerator[]>;
  /** Recorded 16-bit spike label (as it arrives at the host) -> (population index, neuron). */
  readonly recordedLabels: ReadonlyMap<number, { readonly population: number; readonly neuron: number }>;
  /** Configured synapse drivers (only used ones). */
  readonly synapseDrivers: readonly SynapseDriverConfig[];
  /** All 76 crossbar nodes (CrossbarNodeOnDLS order). */
  readonly crossbar: readonly CrossbarNodeConfig[];
  /** PADI buses (PADIBusOnDLS) that carry crossbar events. */
  readonly padiBuses: readonly number[];
  /** Neuron event outputs (0..7) whose neurons emit events. */
  readonly eventOutputs: readonly number[];
  /** Columns per hemisphere that receive synaptic input (their current switches must be on). */
  readonly inputColumns: readonly (readonly number[])[];
  readonly statistics: RoutingStatistics;
}

export interface RoutingResult {
  readonly instances: ReadonlyMap<number, InstanceRouting>;
  readonly durationMs: number;
}
