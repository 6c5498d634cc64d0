/**
 * Omnibus base addresses shared by several container modules (haldls.md 2.2, 2.3).
 */

/** Base of a hemisphere's PPU subtree (top 0x0200_0000, bottom 0x0300_0000). */
export function ppuSubtreeBase(hemisphere: number): number {
  return 0x0200_0000 + hemisphere * 0x0100_0000;
}

/** FPGA playback-executor register block (bit 31 set: FPGA side). */
export const FPGA_EXECUTOR_BASE = 0x8800_0000;

/**
 * Layout stride from one quad entry to the next: entry 0 is the most significant byte (code at bit 24 + lo
 * of its byte), each further entry one byte lower.
 */
export const QUAD_ENTRY_STRIDE = { bit: -8 } as const;
