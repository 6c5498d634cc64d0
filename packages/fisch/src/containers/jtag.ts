/**
 * Chip JTAG containers (spec 3.3): clock scaler, ID code, PLL and PHY registers, TAP reset, and the chip
 * Omnibus reached over JTAG.
 */
import { ResponseQueueKind } from '../builder/response-queue.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import { JtagInstruction } from '../ut/to-fpga.js';
import { emitJtagData, emitJtagIns, emitJtagInit, emitJtagScaler } from '../ut/words.js';
import {
  checkCoordinate,
  defineCoordinate,
  formatRanged,
  jsonObject,
  notReadable,
  registerContainer,
  type WordContainer,
  type WordContainerType,
  type WordCoordinate,
} from './container.js';
import { defineValueContainer, type ValueContainer } from './value-container.js';

export const JTAGClockScalerOnDLS = defineCoordinate('JTAGClockScalerOnDLS', 1);
export const JTAGIdCodeOnDLS = defineCoordinate('JTAGIdCodeOnDLS', 1);
export const JTAGPLLRegisterOnDLS = defineCoordinate('JTAGPLLRegisterOnDLS', 8);
export const JTAGPhyRegisterOnDLS = defineCoordinate('JTAGPhyRegisterOnDLS', 8);
export const ResetJTAGTapOnDLS = defineCoordinate('ResetJTAGTapOnDLS', 1);
export const OmnibusChipOverJTAGAddress = defineCoordinate('OmnibusChipOverJTAGAddress', 2 ** 32);

/** Bits used to shift the PLL register index (chip version >= 3). */
export const JTAG_PLL_COORD_BITS = 4;

/** JTAG clock = source clock / (value + 2). */
export const JTAGClockScaler = defineValueContainer<number>({
  typeName: 'JTAGClockScaler',
  coordinateType: JTAGClockScalerOnDLS,
  range: [0, 255],
  defaultValue: 0,
  write: (out, v) => emitJtagScaler(out, v),
  format: String,
});

/** Chip JTAG ID (read-only); the chip revision is bits 28-31. */
export const JTAGIdCode = defineValueContainer<number>({
  typeName: 'JTAGIdCode',
  coordinateType: JTAGIdCodeOnDLS,
  range: [0, 0xffffffff],
  defaultValue: 0,
  read: (out) => {
    emitJtagIns(out, JtagInstruction.IDCODE);
    emitJtagData(out, true, 32, 0);
  },
  queue: ResponseQueueKind.Jtag,
  decodeCount: 1,
  decode: (values, offset) => values[offset]! % 0x1_0000_0000,
  format: (v) => `0x${v.toString(16)}`,
});

/** Write-only PLL register over JTAG (not reflected in the Omnibus-accessible PLL registers). */
export const JTAGPLLRegister = defineValueContainer<number>({
  typeName: 'JTAGPLLRegister',
  coordinateType: JTAGPLLRegisterOnDLS,
  range: [0, 0xffffffff],
  defaultValue: 0,
  write: (out, v, coord) => {
    emitJtagIns(out, JtagInstruction.PLL_TARGET_REG);
    emitJtagData(out, false, JTAG_PLL_COORD_BITS, coord.index);
    emitJtagIns(out, JtagInstruction.SHIFT_PLL);
    emitJtagData(out, false, 32, v);
  },
  format: (v) => formatRanged(v, 32),
});

/** Write-only chip PHY configuration register (22 bit); JTAG instruction 64 + 8 * index + 4. */
export const JTAGPhyRegister = defineValueContainer<number>({
  typeName: 'JTAGPhyRegister',
  coordinateType: JTAGPhyRegisterOnDLS,
  range: [0, 2 ** 22 - 1],
  defaultValue: 0,
  write: (out, v, coord) => {
    emitJtagIns(out, 64 + 8 * coord.index + 4);
    emitJtagData(out, false, 22, v);
  },
  format: (v) => formatRanged(v, 22),
});

/**
 * Word on the chip Omnibus reached through JTAG. write: address (33 bits, bit 32 = 0), data (32), request
 * (3); read: address with bit 32 = 1 (read), request, then data shifted out with keep_response.
 */
export const OmnibusChipOverJTAG = defineValueContainer<number>({
  typeName: 'OmnibusChipOverJTAG',
  coordinateType: OmnibusChipOverJTAGAddress,
  range: [0, 0xffffffff],
  defaultValue: 0,
  write: (out, v, coord) => {
    emitJtagIns(out, JtagInstruction.OMNIBUS_ADDRESS);
    emitJtagData(out, false, 33, coord.index);
    emitJtagIns(out, JtagInstruction.OMNIBUS_DATA);
    emitJtagData(out, false, 32, v);
    emitJtagIns(out, JtagInstruction.OMNIBUS_REQUEST);
    emitJtagData(out, false, 3, 0);
  },
  read: (out, coord) => {
    emitJtagIns(out, JtagInstruction.OMNIBUS_ADDRESS);
    emitJtagData(out, false, 33, 0x1_0000_0000 + coord.index);
    emitJtagIns(out, JtagInstruction.OMNIBUS_REQUEST);
    emitJtagData(out, false, 3, 0);
    emitJtagIns(out, JtagInstruction.OMNIBUS_DATA);
    emitJtagData(out, true, 32, 0);
  },
  queue: ResponseQueueKind.Jtag,
  decodeCount: 1,
  decode: (values, offset) => values[offset]! % 0x1_0000_0000,
  format: (v) => formatRanged(v, 32),
});

/** Resets the chip JTAG TAP state machine (to_fpga_jtag::Init). */
export class ResetJTAGTap implements WordContainer {
  static readonly typeName = 'ResetJTAGTap';
  static readonly coordinateType = ResetJTAGTapOnDLS;
  static readonly readable = false;
  static readonly writable = true;
  static readonly decodeCount = 0;
  static readonly responseQueue = ResponseQueueKind.Jtag;

  get containerType(): WordContainerType {
    return ResetJTAGTap;
  }
  static create(): ResetJTAGTap {
    return new ResetJTAGTap();
  }
  static fromJSON(json: unknown): ResetJTAGTap {
    jsonObject('ResetJTAGTap', json);
    return new ResetJTAGTap();
  }
  static encodeRead(coord: WordCoordinate, _out: WordBuffer): void {
    notReadable(ResetJTAGTap, coord);
  }
  static decode(_values: ArrayLike<number>, _offset: number): ResetJTAGTap {
    return notReadable(ResetJTAGTap, new ResetJTAGTapOnDLS());
  }
  encodeWrite(coord: WordCoordinate, out: WordBuffer): void {
    checkCoordinate(ResetJTAGTap, coord);
    emitJtagInit(out);
  }
  equals(other: WordContainer): boolean {
    return other instanceof ResetJTAGTap;
  }
  toString(): string {
    return 'ResetJTAGTap()';
  }
  toJSON(): Record<string, never> {
    return {};
  }
}
registerContainer(ResetJTAGTap);

export type JTAGClockScaler = ValueContainer<number>;
export type JTAGIdCode = ValueContainer<number>;
export type JTAGPLLRegister = ValueContainer<number>;
export type JTAGPhyRegister = ValueContainer<number>;
export type OmnibusChipOverJTAG = ValueContainer<number>;
