/**
 * Board I2C containers over Omnibus (spec 3.3). Device byte `dev` is at Omnibus address 0x88007800 + dev;
 * OR-ing 0x80 into the address of the last byte of a transfer forces a STOP.
 *
 * read  (2 + n messages): write the register-address byte, (n-1) reads of the device, 1 read with STOP;
 * write (2 + 2n messages): write the register-address byte, then the data bytes MSB first, last with STOP.
 * decode: n Omnibus responses, byte in bits 0-7, first = most significant; bit 31 set = ACK missing.
 *
 * Read-only registers keep upstream's trait quirk: they count as writable and a write emits nothing.
 */
import { I2CAckMissingError } from '../errors.js';
import { ResponseQueueKind } from '../builder/response-queue.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import { emitOmnibusRead, emitOmnibusWrite } from '../ut/words.js';
import { defineCoordinate, formatRanged } from './container.js';
import { defineValueContainer, type ValueContainer, type ValueContainerClass } from './value-container.js';

/** I2C-over-Omnibus base address. */
export const I2C_OVER_OMNIBUS_BASE = 0x88007800;
/** Address flag forcing a STOP after this byte. */
export const I2C_STOP_FLAG = 0x80;
/** Address flag forcing a repeated START (defined by the hardware; not used by fisch). */
export const I2C_REPEATED_START_FLAG = 0x100;
/** Response bit signalling a missing ACK. */
const ACK_MISSING = 0x80000000;

/** Device bytes on the board. */
export const I2CDevice = {
  idEeprom: 0x50,
  tmp112: 0x48,
  ina219Base: 0x40,
  tca9554: 0x38,
  ad5252Base: 0x2c,
  dac6573: 0x4c,
  tca9546: 0x70,
} as const;

/** Omnibus address of device byte `device`. */
export function i2cAddress(device: number): number {
  return I2C_OVER_OMNIBUS_BASE + device;
}

interface I2CSpec {
  readonly typeName: string;
  readonly coordinateName: string;
  readonly coordinateSize: number;
  /** Bytes on the wire. */
  readonly bytes: number;
  readonly max: number;
  readonly device: (index: number) => number;
  /** Register-address byte; undefined for the TCA9546 (no register address on write). */
  readonly register: (index: number) => number;
  readonly readOnly?: boolean;
  /** Wire encoding of the value (default identity). */
  readonly toWire?: (value: number) => number;
  readonly fromWire?: (wire: number) => number;
  /** Custom write (TCA9546). */
  readonly write?: (out: WordBuffer, value: number, index: number) => void;
}

function emitI2CRead(out: WordBuffer, device: number, register: number, bytes: number): void {
  const addr = i2cAddress(device);
  emitOmnibusWrite(out, addr, register);
  for (let i = 0; i < bytes - 1; i++) emitOmnibusRead(out, addr);
  emitOmnibusRead(out, (addr | I2C_STOP_FLAG) >>> 0);
}

function emitI2CWrite(out: WordBuffer, device: number, register: number, bytes: number, wire: number): void {
  const addr = i2cAddress(device);
  emitOmnibusWrite(out, addr, register);
  for (let i = bytes - 1; i >= 0; i--) {
    const byte = Math.floor(wire / 2 ** (8 * i)) & 0xff;
    emitOmnibusWrite(out, i === 0 ? (addr | I2C_STOP_FLAG) >>> 0 : addr, byte);
  }
}

function defineI2C(spec: I2CSpec): ValueContainerClass<number> {
  const coordinateType = defineCoordinate(spec.coordinateName, spec.coordinateSize);
  const toWire = spec.toWire ?? ((v: number) => v);
  const fromWire = spec.fromWire ?? ((w: number) => w);
  return defineValueContainer<number>({
    typeName: spec.typeName,
    coordinateType,
    range: [0, spec.max],
    defaultValue: 0,
    write:
      spec.write !== undefined
        ? (out, v, c) => spec.write!(out, v, c.index)
        : spec.readOnly
          ? () => undefined
          : (out, v, c) => emitI2CWrite(out, spec.device(c.index), spec.register(c.index), spec.bytes, toWire(v)),
    read: (out, c) => emitI2CRead(out, spec.device(c.index), spec.register(c.index), spec.bytes),
    queue: ResponseQueueKind.Omnibus,
    decodeCount: spec.bytes,
    decode: (values, offset) => {
      let wire = 0;
      for (let i = 0; i < spec.bytes; i++) {
        const r = values[offset + i]!;
        if (r >= ACK_MISSING) throw new I2CAckMissingError(spec.typeName, r);
        wire = wire * 256 + (r & 0xff);
      }
      return Math.min(fromWire(wire), spec.max);
    },
    format: (v) => formatRanged(v, spec.bytes * 8),
  });
}

/** Board ID EEPROM (4 bytes at register 0xFC); read-only. */
export const I2CIdRegister = defineI2C({
  typeName: 'I2CIdRegister',
  coordinateName: 'I2CIdRegisterOnBoard',
  coordinateSize: 1,
  bytes: 4,
  max: 0xffffffff,
  device: () => I2CDevice.idEeprom,
  register: () => 0xfc,
  readOnly: true,
});

/** TMP112 temperature register; read-only. */
export const I2CTempRegister = defineI2C({
  typeName: 'I2CTempRegister',
  coordinateName: 'I2CTempRegisterOnBoard',
  coordinateSize: 1,
  bytes: 2,
  max: 0xffff,
  device: () => I2CDevice.tmp112,
  register: () => 0x00,
  readOnly: true,
});

/** INA219 read-only registers: index = ina * 4 + register (shunt, bus, power, current; inferred order). */
export const I2CINA219RoRegister = defineI2C({
  typeName: 'I2CINA219RoRegister',
  coordinateName: 'I2CINA219RoRegisterOnBoard',
  coordinateSize: 24,
  bytes: 2,
  max: 0xffff,
  device: (i) => I2CDevice.ina219Base + (i >>> 2),
  register: (i) => (i & 3) + 1,
  readOnly: true,
});

/** INA219 read-write registers: index = ina * 2 + register (config 0, calibration 5). */
export const I2CINA219RwRegister = defineI2C({
  typeName: 'I2CINA219RwRegister',
  coordinateName: 'I2CINA219RwRegisterOnBoard',
  coordinateSize: 12,
  bytes: 2,
  max: 0xffff,
  device: (i) => I2CDevice.ina219Base + (i >>> 1),
  register: (i) => ((i & 1) === 0 ? 0 : 5),
});

/** TCA9554 input port; read-only. */
export const I2CTCA9554RoRegister = defineI2C({
  typeName: 'I2CTCA9554RoRegister',
  coordinateName: 'I2CTCA9554RoRegisterOnBoard',
  coordinateSize: 1,
  bytes: 1,
  max: 0xff,
  device: () => I2CDevice.tca9554,
  register: () => 0,
  readOnly: true,
});

/** TCA9554 outputs (1), polarity (2), config (3). */
export const I2CTCA9554RwRegister = defineI2C({
  typeName: 'I2CTCA9554RwRegister',
  coordinateName: 'I2CTCA9554RwRegisterOnBoard',
  coordinateSize: 3,
  bytes: 1,
  max: 0xff,
  device: () => I2CDevice.tca9554,
  register: (i) => i + 1,
});

/**
 * AD5252 digital potentiometers: index = kind * 6 + chip * 2 + channel (inferred order); kind 0 = volatile
 * RDAC (prefix 0x00), 1 = persistent EEMEM (0x20); channel code 0x01 / 0x03; device 0x2C + chip.
 */
export const I2CAD5252RwRegister = defineI2C({
  typeName: 'I2CAD5252RwRegister',
  coordinateName: 'I2CAD5252RwRegisterOnBoard',
  coordinateSize: 12,
  bytes: 1,
  max: 0xff,
  device: (i) => I2CDevice.ad5252Base + ((i % 6) >>> 1),
  register: (i) => (i >= 6 ? 0x20 : 0x00) + ((i & 1) === 0 ? 0x01 : 0x03),
});

/** DAC6573 channels (v_reset, i_ref_board, v_res_meas, v_readout): 10-bit value sent as value << 6. */
export const I2CDAC6573RwRegister = defineI2C({
  typeName: 'I2CDAC6573RwRegister',
  coordinateName: 'I2CDAC6573RwRegisterOnBoard',
  coordinateSize: 4,
  bytes: 2,
  max: 0x3ff,
  device: () => I2CDevice.dac6573,
  register: (i) => 0x10 + (i << 1),
  toWire: (v) => v << 6,
  fromWire: (w) => w >>> 6,
});

/** TCA9546 I2C multiplexer control byte. Write: one byte with STOP, no register address. */
export const I2CTCA9546Register = defineI2C({
  typeName: 'I2CTCA9546Register',
  coordinateName: 'I2CTCA9546RegisterOnBoard',
  coordinateSize: 1,
  bytes: 1,
  max: 0xff,
  device: () => I2CDevice.tca9546,
  // the generic read path first writes a 0x00 byte (spec 8.5)
  register: () => 0x00,
  write: (out, v) => emitOmnibusWrite(out, (i2cAddress(I2CDevice.tca9546) | I2C_STOP_FLAG) >>> 0, v),
});

export const I2CIdRegisterOnBoard = I2CIdRegister.coordinateType;
export const I2CTempRegisterOnBoard = I2CTempRegister.coordinateType;
export const I2CINA219RoRegisterOnBoard = I2CINA219RoRegister.coordinateType;
export const I2CINA219RwRegisterOnBoard = I2CINA219RwRegister.coordinateType;
export const I2CTCA9554RoRegisterOnBoard = I2CTCA9554RoRegister.coordinateType;
export const I2CTCA9554RwRegisterOnBoard = I2CTCA9554RwRegister.coordinateType;
export const I2CAD5252RwRegisterOnBoard = I2CAD5252RwRegister.coordinateType;
export const I2CDAC6573RwRegisterOnBoard = I2CDAC6573RwRegister.coordinateType;
export const I2CTCA9546RegisterOnBoard = I2CTCA9546Register.coordinateType;
export type I2CIdRegister = ValueContainer<number>;
export type I2CTempRegister = ValueContainer<number>;
export type I2CINA219RoRegister = ValueContainer<number>;
export type I2CINA219RwRegister = ValueContainer<number>;
export type I2CTCA9554RoRegister = ValueContainer<number>;
export type I2CTCA9554RwRegister = ValueContainer<number>;
export type I2CAD5252RwRegister = ValueContainer<number>;
export type I2CDAC6573RwRegister = ValueContainer<number>;
export type I2CTCA9546Register = ValueContainer<number>;
