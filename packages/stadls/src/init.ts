/**
 * Init generators (spec §2.8): SystemInit = instruction timeout + [board init] + ChipInit. Each generator
 * writes into any builder-like target (a PlaybackProgramBuilder, or a Dumper to record the sequence).
 * The init does not write the lola Chip: write `ChipOnDLS` afterwards and wait for the CapMem to settle
 * (`CAPMEM_SETTLING_US`).
 *
 * haldls containers are resolved by name at run time (see lola `halAdapter`); a missing one fails with an
 * `AccessError` naming it. Chip reset, JTAG scaler and TAP reset are plain fisch instructions.
 */
import { AccessError, checkInt } from '@bss2/fisch';
import type { Container } from '@bss2/haldls';
import { DACChannelBlock, DACChannelBlockOnBoard, DACControlBlock, DACControlBlockOnBoard, halAdapter as hal, MemoryTiming, MemoryTimingOnDLS } from '@bss2/lola';
import { Barrier, PlaybackProgramBuilder } from './builder.js';
import { waitOn, waitUsOn, type BuilderLike } from './dumper.js';

/** Durations (haldls constants.h). */
export const CHIP_RESET_HIGH_CYCLES = 10;
export const CHIP_RESET_LOW_CYCLES = 100;
export const PLL_AND_OMNIBUS_SETTLING_US = 100;
export const XBOARD_DAC_SETTLING_US = 1000;
export const REFERENCE_GENERATOR_RESET_CYCLES = 1000;
/** CapMem settling after a configuration change (grenade and the demos use 100 ms). */
export const CAPMEM_SETTLING_US = 100_000;

/** Something that emits its sequence into a builder-like target. */
export interface PlaybackGenerator {
  generate<B extends BuilderLike>(target: B): B;
}

/** Runs a generator into a fresh PlaybackProgramBuilder. */
export function generate(g: PlaybackGenerator): PlaybackProgramBuilder {
  return g.generate(new PlaybackProgramBuilder());
}

const coord = (name: string, e = 0) => hal.coordinate(name, e);

/** xBoard (cube) ASIC adapter board: shift register, DAC values, DAC enables, then 1 ms DAC settling. */
export class CubeASICAdapterBoardInit implements PlaybackGenerator {
  private shiftRegisterValue: Container | undefined;
  dacChannelBlock = DACChannelBlock.defaultLdo2();
  dacControlBlock = new DACControlBlock();
  get shiftRegister(): Container {
    return (this.shiftRegisterValue ??= hal.containerType('ShiftRegister').create());
  }
  set shiftRegister(v: Container) {
    this.shiftRegisterValue = v;
  }
  generate<B extends BuilderLike>(b: B): B {
    b.write(coord('ShiftRegisterOnBoard'), this.shiftRegister);
    b.write(DACChannelBlockOnBoard, this.dacChannelBlock);
    b.write(DACControlBlockOnBoard, this.dacControlBlock);
    waitUsOn(b, XBOARD_DAC_SETTLING_US);
    return b;
  }
}

/** Chip bring-up: reset, JTAG, PLLs, highspeed link, event recording, CapMem reference, memory timing. */
export class ChipInit implements PlaybackGenerator {
  /** JTAG clock scaler (0..255). */
  jtagClockScaler = 3;
  enableHighspeedLink = true;
  enableSystime = true;
  /** Enable event recording at the end of the init (default, as upstream). */
  enableEventRecording = true;
  enableCapmem = true;
  /** Write ADPLLs and PLL clock output (skip for simulations without a PLL model). */
  enablePll = true;
  memoryTiming = new MemoryTiming();
  private refGen: Container | undefined;

  /** The ReferenceGeneratorConfig written after its reset pulse (haldls default until set). */
  get referenceGeneratorConfig(): Container {
    return (this.refGen ??= hal.containerType('ReferenceGeneratorConfig').create());
  }
  set referenceGeneratorConfig(v: Container) {
    this.refGen = v;
  }

  generate<B extends BuilderLike>(b: B): B {
    checkInt('ChipInit.jtagClockScaler', this.jtagClockScaler, 0, 255);
    b.message({ type: 'system.Reset', value: true });
    waitOn(b, CHIP_RESET_HIGH_CYCLES);
    b.message({ type: 'system.Reset', value: false });
    waitOn(b, CHIP_RESET_LOW_CYCLES);
    b.message({ type: 'jtag.Scaler', value: this.jtagClockScaler });
    b.message({ type: 'jtag.Init' });
    if (this.enablePll) {
      for (let i = 0; i < 2; i++) b.write(coord('ADPLLOnDLS', i), hal.containerType('ADPLL').create());
      b.write(coord('PLLClockOutputBlockOnDLS'), hal.containerType('PLLClockOutputBlock').create());
    }
    if (this.enableHighspeedLink) {
      for (let i = 0; i < 8; i++) b.write(coord('PhyConfigFPGAOnDLS', i), hal.containerType('PhyConfigFPGA').create());
      for (let i = 0; i < 8; i++) b.write(coord('PhyConfigChipOnDLS', i), hal.containerType('PhyConfigChip').create());
      // measured from the chip reset release (no new timer reset), as upstream
      b.blockUntil({ kind: 'timer', value: PLL_AND_OMNIBUS_SETTLING_US * 125 });
      b.write(coord('CommonPhyConfigFPGAOnDLS'), hal.containerType('CommonPhyConfigFPGA').create());
      b.write(coord('CommonPhyConfigChipOnDLS'), hal.containerType('CommonPhyConfigChip').create());
      if (this.enableSystime) {
        b.write(coord('SystimeSyncBaseOnDLS'), hal.containerType('SystimeSyncBase').create());
        b.blockUntil({ kind: 'barrier', mask: Barrier.omnibus });
        b.write(coord('SystimeSyncOnFPGA'), hal.containerType('SystimeSync').create());
        b.blockUntil({ kind: 'barrier', mask: Barrier.systime });
      }
    }
    b.write(coord('EventRecordingConfigOnFPGA'), hal.make('EventRecordingConfig', { enable_event_recording: this.enableEventRecording }));
    if (this.enableCapmem) {
      if (!this.enableHighspeedLink) throw new AccessError('Highspeed link needs to be enabled to configure CapMem');
      const cfg = this.referenceGeneratorConfig;
      b.write(coord('ReferenceGeneratorConfigOnDLS'), withField(cfg, 'enableReset', true));
      b.blockUntil({ kind: 'barrier', mask: Barrier.omnibus });
      waitOn(b, REFERENCE_GENERATOR_RESET_CYCLES);
      b.write(coord('ReferenceGeneratorConfigOnDLS'), cfg);
    }
    b.write(MemoryTimingOnDLS, this.memoryTiming);
    b.blockUntil({ kind: 'barrier', mask: this.enableHighspeedLink ? Barrier.omnibus : Barrier.jtag });
    return b;
  }
}

/** A copy of a haldls container with one field changed. */
function withField(c: Container, field: string, value: unknown): Container {
  const w = c as Container & { with?: (f: Record<string, unknown>) => Container };
  if (typeof w.with === 'function') return w.with({ [field]: value });
  const copy = c.containerType.create() as unknown as Record<string, unknown>;
  Object.assign(copy, c.toJSON() as Record<string, unknown>, { [field]: value });
  return copy as unknown as Container;
}

/** Complete system init: instruction timeout, ASIC adapter board, chip. */
export class SystemInit implements PlaybackGenerator {
  enableAsicAdapterBoard = true;
  enableChip = true;
  /** Write the FPGA InstructionTimeoutConfig first (haldls default). */
  enableInstructionTimeout = true;
  asicAdapterBoard = new CubeASICAdapterBoardInit();
  chip = new ChipInit();

  generate<B extends BuilderLike>(b: B): B {
    if (this.enableInstructionTimeout) b.write(coord('InstructionTimeoutConfigOnFPGA'), hal.containerType('InstructionTimeoutConfig').create());
    if (this.enableAsicAdapterBoard) this.asicAdapterBoard.generate(b);
    if (this.enableChip) this.chip.generate(b);
    return b;
  }

  /**
   * Init for the simulator: no board, no PLL programming, no highspeed-link PHYs (the simulator models the
   * chip behind an always-up link), CapMem reference and memory timing still written.
   */
  static forSimulation(): SystemInit {
    const s = new SystemInit();
    s.enableAsicAdapterBoard = false;
    s.chip.enablePll = false;
    return s;
  }
}
