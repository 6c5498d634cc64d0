/** Skeleton: filled in by the following commits (register-driven LIF/AdEx chip model). */
import type { ChipModel, ChipModelFactory, ChipModelOptions, PhysicsOutput, RegisterView } from './interface.js';

export class BehaviouralChipModel implements ChipModel {
  constructor(
    readonly registers: RegisterView,
    readonly options: ChipModelOptions,
  ) {}
  reset(): void {}
  registerWritten(_address: number, _value: number): void {}
  readRegister(_address: number, _cycle: number): number | undefined {
    return undefined;
  }
  injectSpike(_label: number, _cycle: number): void {}
  advance(_cycle: number, _out: PhysicsOutput): void {}
}

export const createChipModel: ChipModelFactory = (registers, options) => new BehaviouralChipModel(registers, options);
