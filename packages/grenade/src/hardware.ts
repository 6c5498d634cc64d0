/**
 * The routing-relevant geometry of one BrainScaleS-2 chip (haldls/halco facts, restated as plain numbers so
 * the router works on typed arrays). Enumerations follow halco: AtomicNeuronOnDLS = row * 256 + column,
 * SynapseDriverOnDLS = hemisphere * 128 + driver, PADIBusOnDLS = hemisphere * 4 + bus.
 */

export const NEURON_COLUMNS = 256;
export const NEURON_ROWS = 2;
/** Atomic neuron circuits per chip. */
export const NEURONS = NEURON_COLUMNS * NEURON_ROWS;
export const HEMISPHERES = 2;
export const BUSES_PER_HEMISPHERE = 4;
export const PADI_BUSES = BUSES_PER_HEMISPHERE * HEMISPHERES;
export const DRIVERS_PER_HEMISPHERE = 128;
/** Synapse drivers listening on one PADI bus (driver d sits on bus d % 4 at position d / 4). */
export const DRIVERS_PER_BUS = 32;
export const ROWS_PER_HEMISPHERE = 256;
/** Distinct 6-bit synapse labels: at most this many sources share one synapse row. */
export const SYNAPSE_LABELS = 64;
/** Largest weight one synapse holds (6 bit). */
export const MAX_SYNAPSE_WEIGHT = 63;
export const NEURON_EVENT_OUTPUTS = 8;
export const BACKGROUND_SOURCES = 8;
export const CROSSBAR_INPUTS = 20;
export const CROSSBAR_OUTPUTS = 12;
/** FPGA clock cycles per microsecond (8 ns per cycle). */
export const CYCLES_PER_US = 125;

export type Hemisphere = 0 | 1;
export type ReceptorType = 'excitatory' | 'inhibitory';
export type RowMode = 'disabled' | 'excitatory' | 'inhibitory';

export function neuronRow(atomicNeuron: number): Hemisphere {
  return (atomicNeuron >= NEURON_COLUMNS ? 1 : 0) as Hemisphere;
}
export function neuronColumn(atomicNeuron: number): number {
  return atomicNeuron % NEURON_COLUMNS;
}
export function atomicNeuron(row: number, column: number): number {
  return row * NEURON_COLUMNS + column;
}
/** NeuronEventOutputOnDLS of a column (= column / 32); the event output feeds PADI bus (output % 4). */
export function eventOutputOfColumn(column: number): number {
  return Math.floor(column / 32);
}
export function padiBusOnDls(hemisphere: number, bus: number): number {
  return hemisphere * BUSES_PER_HEMISPHERE + bus;
}
/** SynapseDriverOnDLS of the driver at `position` (0..31) on `bus` (0..3) of `hemisphere`. */
export function driverOnDls(hemisphere: number, bus: number, position: number): number {
  return hemisphere * DRIVERS_PER_HEMISPHERE + position * BUSES_PER_HEMISPHERE + bus;
}
/** Synram rows of a driver (local driver index d): top = odd row 2d+1, bottom = even row 2d. */
export function driverRows(localDriver: number): readonly [top: number, bottom: number] {
  return [2 * localDriver + 1, 2 * localDriver];
}

// ---------------------------------------------------------------------------------------------------------
// Spike labels (16 bit): spl1 15..14, neuron label 13..0; on-chip sources: event output 10..8, address out
// 7..0; PADI view: row select 10..6, synapse label 5..0.

export function spikeLabel(spl1: number, neuronLabel: number): number {
  return ((spl1 & 3) << 14) | (neuronLabel & 0x3fff);
}
export function rowSelectOfLabel(label: number): number {
  return (label >> 6) & 31;
}
export function synapseLabelOfLabel(label: number): number {
  return label & 63;
}

// ---------------------------------------------------------------------------------------------------------
// Crossbar: 20 inputs (0..7 event outputs, 8..11 L2 inputs, 12..19 background sources) x 12 outputs
// (0..7 PADI buses, 8..11 L2 outputs); 76 nodes numbered row-major by input, then output.

export interface CrossbarNodeCoordinate {
  readonly input: number;
  readonly output: number;
}

function buildCrossbarNodes(): CrossbarNodeCoordinate[] {
  const nodes: CrossbarNodeCoordinate[] = [];
  for (let n = 0; n < 8; n++) {
    for (const output of [n % 4, 4 + (n % 4), 8 + (n % 4)]) nodes.push({ input: n, output });
  }
  for (let k = 0; k < 4; k++) {
    for (let output = 0; output < 8; output++) nodes.push({ input: 8 + k, output });
    nodes.push({ input: 8 + k, output: 8 + k });
  }
  for (let b = 0; b < 8; b++) {
    nodes.push({ input: 12 + b, output: b });
    nodes.push({ input: 12 + b, output: 8 + (b % 4) });
  }
  return nodes;
}

/** CrossbarNodeOnDLS enum -> (input, output). */
export const CROSSBAR_NODES: readonly CrossbarNodeCoordinate[] = Object.freeze(buildCrossbarNodes());

const nodeIndex = new Map<number, number>(CROSSBAR_NODES.map((n, i) => [n.input * 32 + n.output, i]));

/** CrossbarNodeOnDLS enum of (input, output); throws for pairs without a node. */
export function crossbarNode(input: number, output: number): number {
  const index = nodeIndex.get(input * 32 + output);
  if (index === undefined) throw new RangeError(`no crossbar node at input ${input}, output ${output}`);
  return index;
}

export interface CrossbarNodeConfig {
  readonly mask: number;
  readonly target: number;
}
/** A node that forwards nothing (mask 0, target 1: `(label & 0) == 1` never holds). */
export const DROP_ALL: CrossbarNodeConfig = Object.freeze({ mask: 0, target: 1 });
/** A node that forwards every event. */
export const PASS_ALL: CrossbarNodeConfig = Object.freeze({ mask: 0, target: 0 });

export function crossbarPasses(config: CrossbarNodeConfig, label: number): boolean {
  return (label & 0x3fff & config.mask) === config.target;
}

/** A synapse driver at `position` forwards an event iff its row select matches under the compare mask. */
export function driverForwards(position: number, mask: number, rowSelect: number): boolean {
  return (rowSelect & mask) === (position & mask);
}
