/**
 * Omnibus base addresses shared by several container modules (haldls.md 2.2, 2.3).
 */

/** Base of a hemisphere's PPU subtree (top 0x0200_0000, bottom 0x0300_0000). */
export function ppuSubtreeBase(hemisphere: number): number {
  return 0x0200_0000 + hemisphere * 0x0100_0000;
}

/** FPGA playback-executor register block (bit 31 set: FPGA side). */
export const FPGA_EXECUTOR_BASE = 0x8800_0000;
