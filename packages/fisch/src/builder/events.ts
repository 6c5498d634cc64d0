/**
 * Decoded asynchronous responses of a playback program (spikes, MADC samples, link and timeout notifications)
 * and the time bases they are annotated with (spec 4.3 and 5).
 */
import { checkInt, checkUint } from '../check.js';

/** FPGA executor clock: 125 MHz. */
export const FPGA_CYCLES_PER_US = 125;
/** FPGATime and ChipTime are 43-bit counters. */
export const TIME_BITS = 43;
export const TIME_MODULUS = 2 ** TIME_BITS;
export const TIME_MAX = TIME_MODULUS - 1;
/** Window (in FPGA cycles) in which 8-bit half-cycle event timestamps can be reconstructed. */
export const CHIP_TIME_WINDOW = 128;

/**
 * Extends an 8-bit event timestamp (half FPGA cycles) to a 43-bit ChipTime using the current FPGATime:
 * replace the low 7 bits of the FPGA time by ts/2; if that lies after the FPGA time, the event happened in
 * the previous 128-cycle window (subtract 128, wrapping within 43 bits).
 */
export function reconstructChipTime(timestamp: number, fpgaTime: number): number {
  const low = fpgaTime % CHIP_TIME_WINDOW;
  let t = fpgaTime - low + (timestamp >>> 1);
  if (t > fpgaTime) {
    t -= CHIP_TIME_WINDOW;
    if (t < 0) t += TIME_MODULUS;
  }
  return t;
}

/** A spike received from the chip. Times are in FPGA cycles. */
export class SpikeFromChip {
  constructor(
    readonly label: number,
    readonly chipTime: number,
    readonly fpgaTime: number,
  ) {}

  static fromJSON(json: unknown): SpikeFromChip {
    const o = (json ?? {}) as Record<string, unknown>;
    return new SpikeFromChip(
      checkUint('SpikeFromChip.label', o['label'], 16),
      checkInt('SpikeFromChip.chipTime', o['chipTime'], 0, TIME_MAX),
      checkInt('SpikeFromChip.fpgaTime', o['fpgaTime'], 0, TIME_MAX),
    );
  }

  equals(o: SpikeFromChip): boolean {
    return this.label === o.label && this.chipTime === o.chipTime && this.fpgaTime === o.fpgaTime;
  }

  toString(): string {
    return `SpikeFromChip(SpikeLabel(${this.label}), ChipTime(${this.chipTime}), FPGATime(${this.fpgaTime}))`;
  }

  toJSON(): { label: number; chipTime: number; fpgaTime: number } {
    return { label: this.label, chipTime: this.chipTime, fpgaTime: this.fpgaTime };
  }
}

/** A MADC sample received from the chip: 10-bit value, 1-bit channel. Times are in FPGA cycles. */
export class MADCSampleFromChip {
  constructor(
    readonly value: number,
    readonly channel: number,
    readonly chipTime: number,
    readonly fpgaTime: number,
  ) {}

  static fromJSON(json: unknown): MADCSampleFromChip {
    const o = (json ?? {}) as Record<string, unknown>;
    return new MADCSampleFromChip(
      checkUint('MADCSampleFromChip.value', o['value'], 10),
      checkUint('MADCSampleFromChip.channel', o['channel'], 1),
      checkInt('MADCSampleFromChip.chipTime', o['chipTime'], 0, TIME_MAX),
      checkInt('MADCSampleFromChip.fpgaTime', o['fpgaTime'], 0, TIME_MAX),
    );
  }

  equals(o: MADCSampleFromChip): boolean {
    return (
      this.value === o.value && this.channel === o.channel && this.chipTime === o.chipTime && this.fpgaTime === o.fpgaTime
    );
  }

  toString(): string {
    return (
      `MADCSampleFromChip(Value(${this.value}), Channel(${this.channel}), ` +
      `ChipTime(${this.chipTime}), FPGATime(${this.fpgaTime}))`
    );
  }

  toJSON(): { value: number; channel: number; chipTime: number; fpgaTime: number } {
    return { value: this.value, channel: this.channel, chipTime: this.chipTime, fpgaTime: this.fpgaTime };
  }
}

/** Opaque 8-bit notification of the FPGA-chip high-speed link. */
export class HighspeedLinkNotification {
  constructor(
    readonly value: number,
    readonly fpgaTime: number,
  ) {}

  toString(): string {
    return `HighspeedLinkNotification(Value(${this.value}), FPGATime(${this.fpgaTime}))`;
  }

  toJSON(): { value: number; fpgaTime: number } {
    return { value: this.value, fpgaTime: this.fpgaTime };
  }
}

/** Playback-instruction timeout reported by the FPGA. */
export class TimeoutNotification {
  constructor(
    /** Index of the timed-out instruction in the program. */
    readonly instructionIndex: number,
    /** Trace-stall count, 0..96 (sliding window of 96). */
    readonly traceStallCount: number,
    /** Omnibus reads in flight, 0..52 (highest tree depth). */
    readonly omnibusReadsInFlight: number,
    readonly fpgaTime: number,
  ) {}

  toString(): string {
    return (
      `TimeoutNotification(InstructionIndex(${this.instructionIndex}), TraceStalls(${this.traceStallCount}), ` +
      `OmnibusReadsInFlight(${this.omnibusReadsInFlight}), FPGATime(${this.fpgaTime}))`
    );
  }

  toJSON(): { instructionIndex: number; traceStallCount: number; omnibusReadsInFlight: number; fpgaTime: number } {
    return {
      instructionIndex: this.instructionIndex,
      traceStallCount: this.traceStallCount,
      omnibusReadsInFlight: this.omnibusReadsInFlight,
      fpgaTime: this.fpgaTime,
    };
  }
}
