/**
 * The simulator's chip model: neuron, synapse, routing and readout dynamics derived from register contents.
 * `createChipModel` is the factory the FPGA executor calls through `interface.ts`.
 */
export * from './interface.js';
export { createChipModel } from './chip-model.js';
