/**
 * @bss2/lola: logical containers on top of haldls.
 *
 * - AtomicNeuron: the full neuron-circuit parameter model (units, ranges, defaults, haldls targets).
 * - Morphology -> LogicalNeuron: multi-compartment neurons with validation.
 * - Composites expanding, in the spec's fixed order, into haldls containers: NeuronBlock, SynapseMatrix,
 *   SynapseRow, SynapseBlock, SynapseDriverBlock, ColumnCurrentRow/ColumnCorrelationRow, CADCReadoutChain,
 *   CADCSampleRow/CADCSamples (read-only), ReadoutChain, CapMem, Crossbar, MemoryTiming, ExternalPPUMemory
 *   and the top-level Chip. Each is a haldls `Container` (encode/decode/readAddresses), so the stadls builder
 *   writes and reads them like any haldls container.
 *
 * Quick start:
 * ```ts
 * const chip = new Chip();
 * const n = chip.neuronBlock.neuron(0, 0);
 * n.set({ leak: { vLeak: 1000, iBias: 150 }, threshold: { enable: true, vThreshold: 300 } });
 * builder.write(ChipOnDLS, chip);
 * ```
 */
export * from './analog.js';
export * from './atomic-neuron.js';
export * from './neuron-mapping.js';
export * from './logical-coordinates.js';
export { NeuronPosition as AtomicNeuronOnDLS } from './logical-coordinates.js';
export * from './morphology.js';
export * from './composite.js';
export * from './synapse.js';
export * from './switches.js';
export * from './neuron-block.js';
export * from './config-blocks.js';
export * from './cadc.js';
export * from './readout.js';
export * from './chip.js';
export * from './dac.js';
export * from './synapse-views.js';
export * from './routing-tables.js';
export { halHas, useHaldlsExports } from './hal.js';
/** Runtime haldls adapter (coordinate/container lookup by name), shared with stadls. */
export * as halAdapter from './hal.js';
