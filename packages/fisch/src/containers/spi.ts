/**
 * Board SPI containers over Omnibus (spec 3.3). The SPI master collects the low byte of successive writes to
 * one address until a data word has bit 31 (the stop bit) set, then sends the collected bytes.
 */
import { emitOmnibusWrite } from '../ut/words.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import { defineCoordinate, formatRanged } from './container.js';
import { defineValueContainer, type ValueContainer } from './value-container.js';

/** SPI-over-Omnibus base address. */
export const SPI_OVER_OMNIBUS_BASE = 0x88007000;
/** Stop bit: the SPI master sends the collected bytes after a word with this bit. */
export const SPI_STOP_BIT = 0x80000000;
/** Shift register chain address. */
export const SPI_SHIFT_REGISTER_ADDRESS = SPI_OVER_OMNIBUS_BASE + 1;
/** Number of DACs on the board and channels per DAC. */
export const SPI_DAC_COUNT = 2;
export const SPI_DAC_CHANNELS = 8;
/** DAC control registers, in coordinate order (index within one DAC). */
export const SPIDACControlRegisterKind = { gainReference: 0, ldac: 1, powerDown: 2, reset: 3 } as const;
/** LDAC value that latches the written data into the DAC outputs. */
const LDAC_UPDATE = 0x2;

export const SPIShiftRegisterOnBoard = defineCoordinate('SPIShiftRegisterOnBoard', 1);
/** index = dac * 8 + channel (inferred order: DAC outer, channel inner). */
export const SPIDACDataRegisterOnBoard = defineCoordinate('SPIDACDataRegisterOnBoard', SPI_DAC_COUNT * SPI_DAC_CHANNELS);
/** index = dac * 4 + register (gain_reference, ldac, power_down, reset). */
export const SPIDACControlRegisterOnBoard = defineCoordinate('SPIDACControlRegisterOnBoard', SPI_DAC_COUNT * 4);

/** Omnibus address of DAC `dac`. */
export function spiDacAddress(dac: number): number {
  return SPI_OVER_OMNIBUS_BASE + 2 + 2 * dac;
}

function emitDacControl(out: WordBuffer, dac: number, register: number, value: number): void {
  const addr = spiDacAddress(dac);
  emitOmnibusWrite(out, addr, 0x80 | (register << 5));
  emitOmnibusWrite(out, addr, (value | SPI_STOP_BIT) >>> 0);
}

/** 24-bit board shift register chain; sent MSB byte first. */
export const SPIShiftRegister = defineValueContainer<number>({
  typeName: 'SPIShiftRegister',
  coordinateType: SPIShiftRegisterOnBoard,
  range: [0, 0xffffff],
  defaultValue: 0,
  write: (out, v) => {
    emitOmnibusWrite(out, SPI_SHIFT_REGISTER_ADDRESS, (v >>> 16) & 0xff);
    emitOmnibusWrite(out, SPI_SHIFT_REGISTER_ADDRESS, (v >>> 8) & 0xff);
    emitOmnibusWrite(out, SPI_SHIFT_REGISTER_ADDRESS, ((v & 0xff) | SPI_STOP_BIT) >>> 0);
  },
  format: (v) => formatRanged(v, 24),
});

/**
 * 12-bit DAC channel value. Sent as a 16-bit frame (data bits 0-11, channel 12-14, read flag 15 = 0), high
 * byte first, followed by an LDAC control write that latches the value.
 */
export const SPIDACDataRegister = defineValueContainer<number>({
  typeName: 'SPIDACDataRegister',
  coordinateType: SPIDACDataRegisterOnBoard,
  range: [0, 0xfff],
  defaultValue: 0,
  write: (out, v, coord) => {
    const dac = Math.floor(coord.index / SPI_DAC_CHANNELS);
    const frame = ((coord.index % SPI_DAC_CHANNELS) << 12) | v;
    const addr = spiDacAddress(dac);
    emitOmnibusWrite(out, addr, frame >>> 8);
    emitOmnibusWrite(out, addr, ((frame & 0xff) | SPI_STOP_BIT) >>> 0);
    emitDacControl(out, dac, SPIDACControlRegisterKind.ldac, LDAC_UPDATE);
  },
  format: (v) => formatRanged(v, 12),
});

/** 13-bit DAC control register (gain/reference, LDAC, power-down, reset). */
export const SPIDACControlRegister = defineValueContainer<number>({
  typeName: 'SPIDACControlRegister',
  coordinateType: SPIDACControlRegisterOnBoard,
  range: [0, 0x1fff],
  defaultValue: 0,
  write: (out, v, coord) => emitDacControl(out, coord.index >>> 2, coord.index & 3, v),
  format: (v) => formatRanged(v, 13),
});

export type SPIShiftRegister = ValueContainer<number>;
export type SPIDACDataRegister = ValueContainer<number>;
export type SPIDACControlRegister = ValueContainer<number>;
