/**
 * The chip model a SimConnection uses when none is given. It is the physics package's `createChipModel`
 * once that exists; until then, the register-only model (no dynamics).
 */
import type { ChipModelFactory } from '../physics/interface.js';
import { createRegisterOnlyChipModel } from './register-only-model.js';

export const defaultChipModelFactory: ChipModelFactory = createRegisterOnlyChipModel;
