/**
 * Allocation-free emitters of to-FPGA words straight into a `WordBuffer`. Containers and the playback builder
 * use these on their hot paths instead of building `ToFpgaMessage` objects. Every emitter range-checks its
 * inputs with a cheap integer test first and only falls back to the descriptive `check*` helpers (which
 * throw a typed error naming the field and range) when the cheap test fails.
 */
import { checkBool, checkInt, checkUint } from '../check.js';
import type { WordBuffer } from '../framing/word-buffer.js';
import { ToFpgaOpcode } from './to-fpga.js';

const TWO_32 = 0x1_0000_0000;

/** Header half-word (top 8 bits of `hi`) of an opcode. */
const H = (op: number): number => (op << 24) >>> 0;

const HDR_JTAG_INIT = H(ToFpgaOpcode.JtagInit);
const HDR_JTAG_SCALER = H(ToFpgaOpcode.JtagScaler);
const HDR_JTAG_INS = H(ToFpgaOpcode.JtagIns);
const HDR_JTAG_DATA = H(ToFpgaOpcode.JtagData);
const HDR_SETUP = H(ToFpgaOpcode.TimingSetup);
const HDR_WAIT_UNTIL = H(ToFpgaOpcode.TimingWaitUntil);
const HDR_SYSTIME_INIT = H(ToFpgaOpcode.TimingSystimeInit);
const HDR_BARRIER = H(ToFpgaOpcode.TimingBarrier);
const HDR_POLLING = H(ToFpgaOpcode.TimingPollingOmnibusBlock);
const HDR_RESET = H(ToFpgaOpcode.SystemReset);
const HDR_LOOPBACK = H(ToFpgaOpcode.SystemLoopback);
const HDR_OMNIBUS_ADDRESS = H(ToFpgaOpcode.OmnibusAddress);
const HDR_OMNIBUS_DATA = H(ToFpgaOpcode.OmnibusData);
const HDR_SPIKE1 = H(ToFpgaOpcode.SpikePack1);
const HDR_SPIKE2 = H(ToFpgaOpcode.SpikePack2);
const HDR_SPIKE3 = H(ToFpgaOpcode.SpikePack3);

/** True iff `v` is an integer in 0..2^32-1 (the cheap pre-check of every 32-bit field). */
export function isUint32(v: unknown): v is number {
  return typeof v === 'number' && v >>> 0 === v;
}

function u32(field: string, v: number): number {
  return v >>> 0 === v ? v : checkUint(field, v, 32);
}

function uN(field: string, v: number, bits: number, max: number): number {
  return (v & max) === v && v >= 0 ? v : checkUint(field, v, bits);
}

/** omnibus_to_fpga::Address (write) + omnibus_to_fpga::Data. */
export function emitOmnibusWrite(buf: WordBuffer, address: number, value: number, byteEnables = 0xf): void {
  const a = u32('omnibus.Address.address', address);
  const v = u32('omnibus.Data.value', value);
  const be = uN('omnibus.Address.byteEnables', byteEnables, 4, 0xf);
  buf.push(HDR_OMNIBUS_ADDRESS | be, a);
  buf.push(HDR_OMNIBUS_DATA, v);
}

/** omnibus_to_fpga::Address (read, all byte enables). One Omnibus Data response follows. */
export function emitOmnibusRead(buf: WordBuffer, address: number): void {
  buf.push(HDR_OMNIBUS_ADDRESS | 0x1f, u32('omnibus.Address.address', address));
}

export function emitJtagInit(buf: WordBuffer): void {
  buf.push(HDR_JTAG_INIT, 0);
}

export function emitJtagScaler(buf: WordBuffer, value: number): void {
  buf.push(HDR_JTAG_SCALER, uN('jtag.Scaler.value', value, 8, 0xff));
}

export function emitJtagIns(buf: WordBuffer, instruction: number): void {
  buf.push(HDR_JTAG_INS, uN('jtag.Ins.value', instruction, 7, 0x7f));
}

/** to_fpga_jtag::Data: `numBits` (3..33) of `payload` shifted in; `keepResponse` requests a JTAG response. */
export function emitJtagData(buf: WordBuffer, keepResponse: boolean, numBits: number, payload: number): void {
  const n = checkInt('jtag.Data.numBits', numBits, 3, 33);
  const keep = checkBool('jtag.Data.keepResponse', keepResponse);
  const p = checkUint('jtag.Data.payload', payload, n);
  buf.push(HDR_JTAG_DATA | ((keep ? 1 : 0) << 16) | (n << 8) | (p >= TWO_32 ? 1 : 0), p >>> 0);
}

export function emitTimerSetup(buf: WordBuffer): void {
  buf.push(HDR_SETUP, 0);
}

export function emitWaitUntil(buf: WordBuffer, cycles: number): void {
  buf.push(HDR_WAIT_UNTIL, u32('timing.WaitUntil.value', cycles));
}

export function emitSystimeInit(buf: WordBuffer, value: boolean): void {
  buf.push(HDR_SYSTIME_INIT, checkBool('timing.SystimeInit.value', value) ? 1 : 0);
}

export function emitBarrier(buf: WordBuffer, mask: number): void {
  buf.push(HDR_BARRIER, uN('timing.Barrier.mask', mask, 5, 0x1f));
}

export function emitPollingOmnibusBlock(buf: WordBuffer, value: boolean): void {
  buf.push(HDR_POLLING, checkBool('timing.PollingOmnibusBlock.value', value) ? 1 : 0);
}

export function emitReset(buf: WordBuffer, value: boolean): void {
  buf.push(HDR_RESET, checkBool('system.Reset.value', value) ? 1 : 0);
}

/** system::Loopback: `tick` = true asks for a tick response, false is the halt. */
export function emitLoopback(buf: WordBuffer, tick: boolean): void {
  buf.push(HDR_LOOPBACK, tick ? 1 : 0);
}

/** event_to_fpga::SpikePack<1..3>; element 0 in the most significant position. */
export function emitSpikePack(buf: WordBuffer, labels: ArrayLike<number>, start = 0, count = labels.length - start): void {
  if (count < 1 || count > 3) checkInt('event.SpikePack.labels.length', count, 1, 3);
  const a = uN('event.SpikePack.labels[0]', labels[start]!, 16, 0xffff);
  if (count === 1) return buf.push(HDR_SPIKE1, a);
  const b = uN('event.SpikePack.labels[1]', labels[start + 1]!, 16, 0xffff);
  if (count === 2) return buf.push(HDR_SPIKE2, ((a << 16) | b) >>> 0);
  const c = uN('event.SpikePack.labels[2]', labels[start + 2]!, 16, 0xffff);
  buf.push(HDR_SPIKE3 | a, ((b << 16) | c) >>> 0);
}
