/**
 * Execution cost of every to-FPGA instruction in FPGA cycles (125 MHz, 8 ns), as modelled by the simulator.
 * The FPGA executor takes at most one instruction per cycle (the hxcomm throughput test relies on
 * timing::Setup completing in one cycle), so every instruction costs at least 1 cycle. Omnibus accesses are
 * pipelined on hardware; the model charges one cycle per message and answers reads in the issuing cycle.
 */
export const InstructionCost = {
  /** Default for any instruction not listed below. */
  base: 1,
  /** timing::Setup, timing::Barrier, SystimeInit, Reset, Loopback, spike packs, Omnibus Address / Data. */
  simple: 1,
  /** JTAG Ins: shifting the 7-bit instruction register at the JTAG clock (125 MHz / (scaler + 2)). */
  jtagInstructionBits: 7,
  /** Interval at which PollingOmnibusBlock re-reads a register that can change (model-produced values). */
  pollInterval: 8,
} as const;

/** FPGA clock in cycles per microsecond. */
export const FPGA_CYCLES_PER_US = 125;
/** Nanoseconds per FPGA cycle. */
export const NS_PER_CYCLE = 8;
