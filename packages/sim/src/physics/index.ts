/**
 * The simulator's chip model: neuron, synapse, routing and readout dynamics derived from register contents.
 * `createChipModel` is the factory the FPGA executor calls through `interface.ts`.
 */
export * from './interface.js';
export {
  createChipModel,
  BehaviouralChipModel,
  DEFAULT_STEP,
  PADI_LATENCY,
  type BehaviouralChipModelOptions,
  type ChipModelStats,
} from './chip-model.js';
export { NeuronParameters, FPN, TRIAL_NOISE_SIGMA } from './neuron-params.js';
export * as transfer from './transfer.js';
export * as layout from './layout.js';
export { Rng } from './rng.js';
export { RegisterImage, type LifSetup } from './register-image.js';
