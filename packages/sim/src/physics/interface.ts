/**
 * Contract between the simulator's FPGA executor (packages/sim/src/fpga, registers, connection) and its
 * chip model (packages/sim/src/physics). The executor owns the register file and FPGA time; the chip model
 * derives every behaviour from register contents only (never from side channels of upper layers).
 *
 * Time is counted in FPGA cycles at 125 MHz (8 ns). Event timestamps on the chip run at twice that rate;
 * the executor turns cycles into the 8-bit half-cycle timestamps of the from-FPGA event packs.
 */

/** Read access to the chip register state as written over Omnibus (already masked to implemented bits). */
export interface RegisterView {
  /** Current value of the 32-bit word at a chip Omnibus address (reset value if never written). */
  read(address: number): number;
}

/** Where the chip model delivers its outputs. */
export interface PhysicsOutput {
  /** A spike event leaving the chip towards the FPGA (after crossbar routing), at `cycle`. */
  spike(label: number, cycle: number): void;
  /** One MADC sample (10-bit value, channel 0/1) taken at `cycle`. */
  madcSample(value: number, channel: number, cycle: number): void;
}

export interface ChipModelOptions {
  /** Seed for fixed-pattern and trial-to-trial noise; same seed, same program => same result. */
  readonly seed?: number;
  /** Per-circuit parameter deviations (fixed-pattern noise). Default false = ideal circuits. */
  readonly fixedPatternNoise?: boolean;
  /** Trial-to-trial noise on membrane dynamics. Default false. */
  readonly trialNoise?: boolean;
}

export interface ChipModel {
  /** Chip reset line asserted: analog/digital state back to reset (registers are reset by the executor). */
  reset(): void;
  /** Called after every chip register write, so the model can invalidate derived parameters. */
  registerWritten(address: number, value: number): void;
  /**
   * Value returned for a read of `address` if the model produces it (CADC results, spike counters,
   * status registers); `undefined` means "return the stored register value".
   */
  readRegister(address: number, cycle: number): number | undefined;
  /** A spike label sent by the FPGA to the chip (event_to_fpga SpikePack element) at `cycle`. */
  injectSpike(label: number, cycle: number): void;
  /** Advances the dynamics up to (and including) `cycle`, delivering outputs in time order. */
  advance(cycle: number, out: PhysicsOutput): void;
}

/** Factory the executor calls once per SimConnection. */
export type ChipModelFactory = (registers: RegisterView, options: ChipModelOptions) => ChipModel;
