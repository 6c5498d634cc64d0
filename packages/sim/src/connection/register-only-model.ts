/**
 * A chip model without dynamics: registers behave exactly as stored, no spikes or samples are produced.
 * Useful for configuration-only programs and as a stand-in where the analog behaviour is irrelevant.
 */
import type { ChipModel, ChipModelFactory } from '../physics/interface.js';

export const createRegisterOnlyChipModel: ChipModelFactory = (): ChipModel => ({
  reset(): void {},
  registerWritten(): void {},
  readRegister(): number | undefined {
    return undefined;
  },
  injectSpike(): void {},
  advance(): void {},
});
