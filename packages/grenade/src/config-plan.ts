/**
 * The chip configuration of one execution instance as plain field values (no register encoding): what the
 * lola Chip / haldls containers must hold for the routed network. A `ChipConfigurator` maps this 1:1 onto
 * containers; keeping it encoding-free means grenade never duplicates haldls, and a weight-only change
 * touches nothing but the synapse weight arrays (`withWeights`), so differential writes stay minimal.
 */
import {
  BACKGROUND_SOURCES,
  DRIVERS_PER_HEMISPHERE,
  HEMISPHERES,
  NEURON_COLUMNS,
  NEURONS,
  neuronColumn,
  PADI_BUSES,
  ROWS_PER_HEMISPHERE,
  type CrossbarNodeConfig,
  type RowMode,
} from './hardware.js';
import type { ExecutionInstance } from './network.js';
import type { InstanceRouting } from './routing/result.js';

export interface PlannedBackgroundSource {
  readonly enable: boolean;
  readonly enableRandom: boolean;
  readonly period: number;
  readonly rate: number;
  readonly seed: number;
  readonly mask: number;
  readonly neuronLabel: number;
}

export interface PlannedSynapseDriver {
  readonly enableReceiver: boolean;
  readonly enableAddressOut: boolean;
  readonly rowAddressCompareMask: number;
  readonly rowModeTop: RowMode;
  readonly rowModeBottom: RowMode;
}

export interface PlannedNeuron {
  /** Digital spike output (event routing) enabled. */
  readonly enableSpikeOut: boolean;
  /** 8-bit AddressOut (0 if the neuron emits nothing). */
  readonly addressOut: number;
  /** Excitatory / inhibitory synaptic input current switches of the column (on where synapses feed it). */
  readonly enableSynapticInputExcitatory: boolean;
  readonly enableSynapticInputInhibitory: boolean;
}

export interface ChipConfigPlan {
  readonly instance: number;
  /** CrossbarNodeOnDLS order (76). */
  readonly crossbarNodes: readonly CrossbarNodeConfig[];
  /** BackgroundSpikeSourceOnDLS order (8). */
  readonly backgroundSources: readonly PlannedBackgroundSource[];
  /** PADIBusOnDLS order (8): bus takes crossbar (SPL1) events. */
  readonly padiBusEnableSpl1: readonly boolean[];
  /** SynapseDriverOnDLS order (256). */
  readonly synapseDrivers: readonly PlannedSynapseDriver[];
  /** Per synram: weights / labels, row-major (row * 256 + column). */
  readonly synapseWeights: readonly Uint8Array[];
  readonly synapseLabels: readonly Uint8Array[];
  /** AtomicNeuronOnDLS order (512). */
  readonly neurons: readonly PlannedNeuron[];
  /** NeuronEventOutputOnDLS order (8): event registers of the backend enabled. */
  readonly eventOutputs: readonly boolean[];
}

const DISABLED_DRIVER: PlannedSynapseDriver = Object.freeze({
  enableReceiver: false,
  enableAddressOut: true,
  rowAddressCompareMask: 0b11111,
  rowModeTop: 'disabled',
  rowModeBottom: 'disabled',
});

function synapseArrays(routing: InstanceRouting): { weights: Uint8Array[]; labels: Uint8Array[] } {
  const weights = [new Uint8Array(ROWS_PER_HEMISPHERE * NEURON_COLUMNS), new Uint8Array(ROWS_PER_HEMISPHERE * NEURON_COLUMNS)];
  const labels = [new Uint8Array(ROWS_PER_HEMISPHERE * NEURON_COLUMNS), new Uint8Array(ROWS_PER_HEMISPHERE * NEURON_COLUMNS)];
  for (const projection of routing.connections) {
    for (const synapses of projection) {
      for (const s of synapses) {
        const i = s.row * NEURON_COLUMNS + s.column;
        weights[s.hemisphere]![i] = s.weight;
        labels[s.hemisphere]![i] = s.label;
      }
    }
  }
  return { weights, labels };
}

/** Field values of every routing-relevant container for `routing` of `instance`. */
export function buildChipConfigPlan(instance: ExecutionInstance, routing: InstanceRouting): ChipConfigPlan {
  const backgroundSources: PlannedBackgroundSource[] = Array.from({ length: BACKGROUND_SOURCES }, () => ({
    enable: false, enableRandom: false, period: 0, rate: 0, seed: 0, mask: 0, neuronLabel: 0,
  }));
  for (const population of instance.populations) {
    if (population.kind !== 'background') continue;
    for (const g of routing.backgroundGenerators.get(population.ref.index) ?? []) {
      backgroundSources[g.source] = {
        enable: g.routed || g.recorded,
        enableRandom: population.config.random,
        period: population.config.period,
        rate: population.config.rate,
        seed: population.config.seed,
        mask: g.mask,
        neuronLabel: g.neuronLabel,
      };
    }
  }
  const synapseDrivers: PlannedSynapseDriver[] = new Array<PlannedSynapseDriver>(DRIVERS_PER_HEMISPHERE * HEMISPHERES).fill(DISABLED_DRIVER);
  for (const d of routing.synapseDrivers) {
    synapseDrivers[d.driver] = { enableReceiver: true, enableAddressOut: true, rowAddressCompareMask: d.mask, rowModeTop: d.rowModes[0], rowModeBottom: d.rowModes[1] };
  }
  const padiBusEnableSpl1 = Array.from({ length: PADI_BUSES }, (_, b) => routing.padiBuses.includes(b));
  const addressOf = new Map<number, number>();
  for (const population of instance.populations) {
    if (population.kind !== 'neurons') continue;
    const addresses = routing.neuronAddresses.get(population.ref.index) ?? [];
    population.placement.forEach((n, i) => {
      const a = addresses[i];
      if (a !== null && a !== undefined) addressOf.set(n, a);
    });
  }
  const fed = routing.inputColumns.map((cols) => new Set(cols));
  const neurons: PlannedNeuron[] = Array.from({ length: NEURONS }, (_, n) => {
    const h = n >= NEURON_COLUMNS ? 1 : 0;
    const input = fed[h]!.has(neuronColumn(n));
    const address = addressOf.get(n);
    return {
      enableSpikeOut: address !== undefined,
      addressOut: address ?? 0,
      enableSynapticInputExcitatory: input,
      enableSynapticInputInhibitory: input,
    };
  });
  const eventOutputs = Array.from({ length: 8 }, (_, o) => routing.eventOutputs.includes(o));
  const { weights, labels } = synapseArrays(routing);
  return {
    instance: instance.id,
    crossbarNodes: routing.crossbar,
    backgroundSources,
    padiBusEnableSpl1,
    synapseDrivers,
    synapseWeights: weights,
    synapseLabels: labels,
    neurons,
    eventOutputs,
  };
}

/**
 * The plan for re-weighted `routing` (same placement): only the weight arrays are rebuilt, every other
 * member is shared with `plan`, so a configurator can write just the changed synapse weights.
 */
export function withWeights(plan: ChipConfigPlan, routing: InstanceRouting): ChipConfigPlan {
  return { ...plan, synapseWeights: synapseArrays(routing).weights };
}
