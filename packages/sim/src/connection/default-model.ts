/**
 * The chip model a SimConnection uses when none is given: the physics package's register-driven model.
 * `createRegisterOnlyChipModel` remains available for configuration-only work without dynamics.
 */
import type { ChipModelFactory } from '../physics/interface.js';
import { createChipModel } from '../physics/index.js';

export const defaultChipModelFactory: ChipModelFactory = createChipModel;
