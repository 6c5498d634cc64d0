/**
 * The chip's JTAG TAP as seen through the FPGA's to_fpga_jtag instructions (fisch.md sections 1.3, 3.3):
 * IDCODE, BYPASS, the Omnibus-over-JTAG registers (address / data / request) giving access to the same chip
 * registers as the Omnibus path, the PLL target/shift registers and the PHY registers (64 + 8i + 4).
 * Data-register semantics: a shift returns the register's previous content (TDO) and loads the shifted-in bits.
 */
import { JtagInstruction } from '@bss2/fisch';

/** IDCODE of a HICANN-X v3 (accepted by the hxcomm hardware test). */
export const SIM_JTAG_IDCODE = 0x048580af;

/** Chip Omnibus access the TAP performs on an OMNIBUS_REQUEST. Returns false if the address is unmapped. */
export interface JtagOmnibusPort {
  read(address: number): number | undefined;
  write(address: number, value: number): boolean;
}

export interface JtagShiftResult {
  /** TDO bits (already masked to the shift length). */
  readonly tdo: number;
  /** False if an OMNIBUS_REQUEST hit an unmapped chip address. */
  readonly ok: boolean;
}

const TWO_32 = 2 ** 32;

function maskBits(value: number, bits: number): number {
  return bits >= 33 ? value % 2 ** 33 : value % 2 ** bits;
}

export class JtagTap {
  private instruction: number = JtagInstruction.IDCODE;
  /** JTAG clock divider (clock = 125 MHz / (scaler + 2)). */
  scaler = 0;
  private omnibusAddress = 0; // 33 bits: address + read flag in bit 32
  private omnibusData = 0;
  private pllTarget = 0;
  /** PLL registers written over JTAG (write-only: not visible on Omnibus, as on hardware). */
  readonly pllRegisters = new Uint32Array(8);
  /** PHY configuration registers written over JTAG. */
  readonly phyRegisters = new Uint32Array(8);

  /** Chip address held in the Omnibus-over-JTAG address register (bit 32, the read flag, dropped). */
  get requestAddress(): number {
    return this.omnibusAddress % TWO_32;
  }

  /** to_fpga_jtag::Init: test-logic reset, which selects IDCODE. */
  reset(): void {
    this.instruction = JtagInstruction.IDCODE;
  }

  selectInstruction(ins: number): void {
    this.instruction = ins;
  }

  /** Cycles one Data shift of `numBits` takes at the current JTAG clock. */
  shiftCycles(numBits: number): number {
    return numBits * (this.scaler + 2);
  }

  /** to_fpga_jtag::Data: shift `numBits` bits of `payload` through the selected register. */
  shift(payload: number, numBits: number, port: JtagOmnibusPort): JtagShiftResult {
    switch (this.instruction) {
      case JtagInstruction.IDCODE:
        return { tdo: maskBits(SIM_JTAG_IDCODE, numBits), ok: true };
      case JtagInstruction.OMNIBUS_ADDRESS: {
        const previous = this.omnibusAddress;
        this.omnibusAddress = maskBits(payload, 33);
        return { tdo: maskBits(previous, numBits), ok: true };
      }
      case JtagInstruction.OMNIBUS_DATA: {
        const previous = this.omnibusData;
        this.omnibusData = maskBits(payload, 32);
        return { tdo: maskBits(previous, numBits), ok: true };
      }
      case JtagInstruction.OMNIBUS_REQUEST: {
        const address = this.omnibusAddress % TWO_32;
        const isRead = this.omnibusAddress >= TWO_32;
        if (isRead) {
          const v = port.read(address);
          if (v === undefined) return { tdo: 0, ok: false };
          this.omnibusData = v >>> 0;
          return { tdo: 0, ok: true };
        }
        return { tdo: 0, ok: port.write(address, this.omnibusData) };
      }
      case JtagInstruction.PLL_TARGET_REG:
        this.pllTarget = payload & 7;
        return { tdo: 0, ok: true };
      case JtagInstruction.SHIFT_PLL:
        this.pllRegisters[this.pllTarget] = payload >>> 0;
        return { tdo: 0, ok: true };
      case JtagInstruction.BYPASS:
        // one-bit bypass register (captures 0): TDO is the input delayed by one bit
        return { tdo: maskBits(payload * 2, numBits), ok: true };
      default: {
        const ins = this.instruction;
        if (ins >= 64 && ins < 128 && (ins - 64) % 8 === 4) this.phyRegisters[(ins - 68) / 8] = payload >>> 0;
        // EXTEST / SAMPLE_PRELOAD and other registers shift out zeros in the model
        return { tdo: 0, ok: true };
      }
    }
  }
}
