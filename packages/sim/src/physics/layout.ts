/**
 * Chip geometry names the model uses and a few address helpers. None of it states an address or a bit
 * layout: those live in `@bss2/haldls` (containers, coordinates and `lookupRegister`); the model reads
 * registers through chip-registers.ts.
 */
import { checkInt } from '@bss2/fisch';
import {
  NEURON_CAPMEM_ROWS,
  NeuronReset,
  NeuronResetOnDLS,
  SHARED_CAPMEM_CELLS,
  SpikeCounterRead,
  SpikeCounterReadOnDLS,
  SpikeCounterReset,
  SpikeCounterResetOnDLS,
  atomicToBackendEnum,
  splitBackendEnum,
  splitNeuronConfigEnum,
} from '@bss2/haldls';

// ---- geometry (names for the model's arrays; the geometry functions are haldls') --------------------------

export const NEURONS = 512;

/** Neuron index (AtomicNeuronOnDLS enum) = row * 256 + column. */
export function neuronIndex(row: number, column: number): number {
  return checkInt('neuron.row', row, 0, 1) * 256 + checkInt('neuron.column', column, 0, 255);
}

/** Quadrant (NeuronConfigBlock = CapMemBlock) of a neuron (NeuronConfigOnDLS enum = AtomicNeuronOnDLS enum). */
export function quadrantOf(neuron: number): number {
  return splitNeuronConfigEnum(neuron).block;
}

/** Backend block (west 0 / east 1) of a neuron. */
export function backendBlockOf(neuron: number): number {
  return splitBackendEnum(atomicToBackendEnum(neuron)).block;
}

// ---- CapMem cell names (haldls' NEURON_CAPMEM_ROWS / SHARED_CAPMEM_CELLS) -----------------------------------

/** CapMem row of each per-neuron parameter. */
export const NeuronCell = NEURON_CAPMEM_ROWS;
export type NeuronCell = (typeof NEURON_CAPMEM_ROWS)[keyof typeof NEURON_CAPMEM_ROWS];

/** Rows of the shared column-128 cells the model uses. */
export const SharedCell = { syn_i_bias_dac: SHARED_CAPMEM_CELLS.syn_i_bias_dac[1] } as const;

// ---- neuron triggers --------------------------------------------------------------------------------------

export type CounterOp = 'reset' | 'counterRead' | 'counterReset';

/** Address of the NeuronReset / SpikeCounterRead / SpikeCounterReset register of an atomic neuron. */
export function neuronTriggerAddress(op: CounterOp, neuron: number): number {
  const e = atomicToBackendEnum(checkInt('neuron', neuron, 0, NEURONS - 1));
  if (op === 'reset') return NeuronReset.writeAddresses(NeuronResetOnDLS.fromEnum(e))[0]!;
  if (op === 'counterRead') return SpikeCounterRead.readAddresses(SpikeCounterReadOnDLS.fromEnum(e))[0]!;
  return SpikeCounterReset.writeAddresses(SpikeCounterResetOnDLS.fromEnum(e))[0]!;
}
