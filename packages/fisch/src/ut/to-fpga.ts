/**
 * To-FPGA UT instruction set (vx). The header of a message is its index in this dictionary; every
 * to-FPGA message is exactly one 64-bit word: 8-bit header (MSB = comma bit, always 0) left-aligned,
 * payload right-aligned, zeros between.
 *
 * A word is handled as two unsigned 32-bit halves (hi, lo) so hot paths never need BigInt.
 */
import { checkBool, checkInt, checkUint } from '../check.js';
import { UnknownOpcodeError, CommaBitError, ValueRangeError, ValueTypeError } from '../errors.js';

/** Opcodes (= dictionary positions). */
export const ToFpgaOpcode = {
  JtagInit: 0,
  JtagScaler: 1,
  JtagIns: 2,
  JtagData: 3,
  TimingSetup: 4,
  TimingWaitUntil: 5,
  TimingSystimeInit: 6,
  TimingBarrier: 7,
  TimingPollingOmnibusBlock: 8,
  SystemReset: 9,
  SystemLoopback: 10,
  OmnibusAddress: 11,
  OmnibusData: 12,
  SpikePack1: 13,
  SpikePack2: 14,
  SpikePack3: 15,
} as const;
export type ToFpgaOpcode = (typeof ToFpgaOpcode)[keyof typeof ToFpgaOpcode];

/** Dictionary entries in header order: full instruction name and payload width in bits. */
export const TO_FPGA_DICTIONARY: readonly { readonly name: string; readonly payloadBits: number }[] = [
  { name: 'to_fpga_jtag::Init', payloadBits: 0 },
  { name: 'to_fpga_jtag::Scaler', payloadBits: 8 },
  { name: 'to_fpga_jtag::Ins', payloadBits: 7 },
  { name: 'to_fpga_jtag::Data', payloadBits: 56 },
  { name: 'timing::Setup', payloadBits: 0 },
  { name: 'timing::WaitUntil', payloadBits: 32 },
  { name: 'timing::SystimeInit', payloadBits: 1 },
  { name: 'timing::Barrier', payloadBits: 5 },
  { name: 'timing::PollingOmnibusBlock', payloadBits: 1 },
  { name: 'system::Reset', payloadBits: 1 },
  { name: 'system::Loopback', payloadBits: 1 },
  { name: 'omnibus_to_fpga::Address', payloadBits: 37 },
  { name: 'omnibus_to_fpga::Data', payloadBits: 32 },
  { name: 'event_to_fpga::SpikePack<1>', payloadBits: 16 },
  { name: 'event_to_fpga::SpikePack<2>', payloadBits: 32 },
  { name: 'event_to_fpga::SpikePack<3>', payloadBits: 48 },
];

/** Named JTAG instruction-register codes (other codes are valid too, e.g. PHY registers 64 + 8i + 4). */
export const JtagInstruction = {
  EXTEST: 0,
  IDCODE: 1,
  SAMPLE_PRELOAD: 2,
  PLL_TARGET_REG: 3,
  SHIFT_PLL: 4,
  OMNIBUS_ADDRESS: 5,
  OMNIBUS_DATA: 6,
  OMNIBUS_REQUEST: 7,
  BYPASS: 127,
} as const;

/** Barrier channel mask bits. */
export const BarrierMask = {
  none: 0,
  omnibus: 0b00001,
  jtag: 0b00010,
  systime: 0b00100,
  multiFpga: 0b01000,
  systimeCorrection: 0b10000,
} as const;

/** Loopback payloads: halt ends a program, tick asks for an immediate marker response. */
export const LoopbackValue = { halt: 0, tick: 1 } as const;

/** Human- and machine-readable form of every to-FPGA message. */
export type ToFpgaMessage =
  | { readonly type: 'jtag.Init' }
  | { readonly type: 'jtag.Scaler'; readonly value: number }
  | { readonly type: 'jtag.Ins'; readonly value: number }
  | { readonly type: 'jtag.Data'; readonly keepResponse: boolean; readonly numBits: number; readonly payload: number }
  | { readonly type: 'timing.Setup' }
  | { readonly type: 'timing.WaitUntil'; readonly value: number }
  | { readonly type: 'timing.SystimeInit'; readonly value: boolean }
  | { readonly type: 'timing.Barrier'; readonly mask: number }
  | { readonly type: 'timing.PollingOmnibusBlock'; readonly value: boolean }
  | { readonly type: 'system.Reset'; readonly value: boolean }
  | { readonly type: 'system.Loopback'; readonly tick: boolean }
  | { readonly type: 'omnibus.Address'; readonly address: number; readonly byteEnables: number; readonly isRead: boolean }
  | { readonly type: 'omnibus.Data'; readonly value: number }
  | { readonly type: 'event.SpikePack'; readonly labels: readonly number[] };

export type ToFpgaMessageType = ToFpgaMessage['type'];

const TWO_32 = 0x1_0000_0000;

/** Receives one encoded to-FPGA word. Used by builders to append without allocating. */
export type WordSink = (hi: number, lo: number) => void;

/**
 * Encodes a message into its (hi, lo) word halves, validating every field (typed error naming the field).
 * Returns the pair as a 2-element tuple; hot paths use the `emit*` helpers below instead.
 */
export function encodeToFpga(msg: ToFpgaMessage): [number, number] {
  let out: [number, number] = [0, 0];
  emitToFpga(msg, (hi, lo) => {
    out = [hi, lo];
  });
  return out;
}

/*
 * Cheap validity tests used on the hot path; only when one fails is the descriptive check* helper called,
 * which throws the typed error naming the field and range.
 */
const u32 = (field: string, v: number): number => (v >>> 0 === v ? v : checkUint(field, v, 32));
const uN = (field: string, v: number, bits: number): number =>
  v >= 0 && (v & ((1 << bits) - 1)) === v ? v : checkUint(field, v, bits);
const bool = (field: string, v: boolean): number => (v === true ? 1 : v === false ? 0 : +checkBool(field, v));

/** Validates and emits one message into `sink`. */
export function emitToFpga(msg: ToFpgaMessage, sink: WordSink): void {
  switch (msg.type) {
    case 'omnibus.Address': {
      const address = u32('omnibus.Address.address', msg.address);
      const be = uN('omnibus.Address.byteEnables', msg.byteEnables, 4);
      const isRead = bool('omnibus.Address.isRead', msg.isRead);
      return sink(HDR_OMNIBUS_ADDRESS | (isRead << 4) | be, address);
    }
    case 'omnibus.Data':
      return sink(HDR_OMNIBUS_DATA, u32('omnibus.Data.value', msg.value));
    case 'timing.WaitUntil':
      return sink(HDR_WAIT_UNTIL, u32('timing.WaitUntil.value', msg.value));
    case 'event.SpikePack': {
      const l = msg.labels;
      const n = l.length;
      if (n < 1 || n > 3) throw new ValueRangeError('event.SpikePack.labels.length', n, 1, 3);
      const a = uN('event.SpikePack.labels[0]', l[0]!, 16);
      // element 0 in the most significant position
      if (n === 1) return sink(HDR_SPIKE1, a);
      const b = uN('event.SpikePack.labels[1]', l[1]!, 16);
      if (n === 2) return sink(HDR_SPIKE2, ((a << 16) | b) >>> 0);
      const c = uN('event.SpikePack.labels[2]', l[2]!, 16);
      return sink(HDR_SPIKE3 | a, ((b << 16) | c) >>> 0);
    }
    case 'jtag.Init':
      return sink(header(ToFpgaOpcode.JtagInit), 0);
    case 'jtag.Scaler':
      return sink(header(ToFpgaOpcode.JtagScaler), uN('jtag.Scaler.value', msg.value, 8));
    case 'jtag.Ins':
      return sink(header(ToFpgaOpcode.JtagIns), uN('jtag.Ins.value', msg.value, 7));
    case 'jtag.Data': {
      const numBits = checkInt('jtag.Data.numBits', msg.numBits, 3, 33);
      const keep = bool('jtag.Data.keepResponse', msg.keepResponse);
      const payload = checkUint('jtag.Data.payload', msg.payload, numBits);
      // bits 0-32 data, 40-47 num_bits, 48 keep_response
      const hiData = payload >= TWO_32 ? 1 : 0; // bit 32 of the data
      return sink(header(ToFpgaOpcode.JtagData) | (keep << 16) | (numBits << 8) | hiData, payload >>> 0);
    }
    case 'timing.Setup':
      return sink(header(ToFpgaOpcode.TimingSetup), 0);
    case 'timing.SystimeInit':
      return sink(header(ToFpgaOpcode.TimingSystimeInit), bool('timing.SystimeInit.value', msg.value));
    case 'timing.Barrier':
      return sink(header(ToFpgaOpcode.TimingBarrier), uN('timing.Barrier.mask', msg.mask, 5));
    case 'timing.PollingOmnibusBlock':
      return sink(header(ToFpgaOpcode.TimingPollingOmnibusBlock), bool('timing.PollingOmnibusBlock.value', msg.value));
    case 'system.Reset':
      return sink(header(ToFpgaOpcode.SystemReset), bool('system.Reset.value', msg.value));
    case 'system.Loopback':
      return sink(header(ToFpgaOpcode.SystemLoopback), bool('system.Loopback.tick', msg.tick));
    default:
      throw new ValueTypeError('ToFpgaMessage.type', (msg as { type: unknown }).type, 'a to-FPGA message type');
  }
}

const HDR_OMNIBUS_ADDRESS = header(ToFpgaOpcode.OmnibusAddress);
const HDR_OMNIBUS_DATA = header(ToFpgaOpcode.OmnibusData);
const HDR_WAIT_UNTIL = header(ToFpgaOpcode.TimingWaitUntil);
const HDR_SPIKE1 = header(ToFpgaOpcode.SpikePack1);
const HDR_SPIKE2 = header(ToFpgaOpcode.SpikePack2);
const HDR_SPIKE3 = header(ToFpgaOpcode.SpikePack3);

function header(opcode: number): number {
  return (opcode << 24) >>> 0;
}

/**
 * Decodes one to-FPGA word. Throws `CommaBitError` if the comma bit is set and `UnknownOpcodeError` if the
 * header is outside the dictionary. Reserved bits between header and payload are ignored (hardware ignores them).
 */
export function decodeToFpga(hi: number, lo: number): ToFpgaMessage {
  const hdr = hi >>> 24;
  if (hdr & 0x80) throw new CommaBitError(hdr, 'in to-FPGA word');
  lo >>>= 0;
  switch (hdr) {
    case ToFpgaOpcode.JtagInit:
      return { type: 'jtag.Init' };
    case ToFpgaOpcode.JtagScaler:
      return { type: 'jtag.Scaler', value: lo & 0xff };
    case ToFpgaOpcode.JtagIns:
      return { type: 'jtag.Ins', value: lo & 0x7f };
    case ToFpgaOpcode.JtagData:
      return {
        type: 'jtag.Data',
        keepResponse: ((hi >>> 16) & 1) === 1,
        numBits: (hi >>> 8) & 0xff,
        payload: (hi & 1) * TWO_32 + lo,
      };
    case ToFpgaOpcode.TimingSetup:
      return { type: 'timing.Setup' };
    case ToFpgaOpcode.TimingWaitUntil:
      return { type: 'timing.WaitUntil', value: lo };
    case ToFpgaOpcode.TimingSystimeInit:
      return { type: 'timing.SystimeInit', value: (lo & 1) === 1 };
    case ToFpgaOpcode.TimingBarrier:
      return { type: 'timing.Barrier', mask: lo & 0x1f };
    case ToFpgaOpcode.TimingPollingOmnibusBlock:
      return { type: 'timing.PollingOmnibusBlock', value: (lo & 1) === 1 };
    case ToFpgaOpcode.SystemReset:
      return { type: 'system.Reset', value: (lo & 1) === 1 };
    case ToFpgaOpcode.SystemLoopback:
      return { type: 'system.Loopback', tick: (lo & 1) === 1 };
    case ToFpgaOpcode.OmnibusAddress:
      return { type: 'omnibus.Address', address: lo, byteEnables: hi & 0xf, isRead: ((hi >>> 4) & 1) === 1 };
    case ToFpgaOpcode.OmnibusData:
      return { type: 'omnibus.Data', value: lo };
    case ToFpgaOpcode.SpikePack1:
      return { type: 'event.SpikePack', labels: [lo & 0xffff] };
    case ToFpgaOpcode.SpikePack2:
      return { type: 'event.SpikePack', labels: [lo >>> 16, lo & 0xffff] };
    case ToFpgaOpcode.SpikePack3:
      return { type: 'event.SpikePack', labels: [hi & 0xffff, lo >>> 16, lo & 0xffff] };
    default:
      throw new UnknownOpcodeError('to_fpga', hdr, TO_FPGA_DICTIONARY.length);
  }
}

/** Full instruction name of a message, e.g. `timing::WaitUntil`. */
export function toFpgaName(msg: ToFpgaMessage): string {
  return TO_FPGA_DICTIONARY[toFpgaOpcodeOf(msg)]!.name;
}

/** Opcode of a message object. */
export function toFpgaOpcodeOf(msg: ToFpgaMessage): number {
  if (msg.type === 'event.SpikePack') return ToFpgaOpcode.SpikePack1 + msg.labels.length - 1;
  return TYPE_TO_OPCODE[msg.type];
}

const TYPE_TO_OPCODE: Record<Exclude<ToFpgaMessageType, 'event.SpikePack'>, number> = {
  'jtag.Init': 0,
  'jtag.Scaler': 1,
  'jtag.Ins': 2,
  'jtag.Data': 3,
  'timing.Setup': 4,
  'timing.WaitUntil': 5,
  'timing.SystimeInit': 6,
  'timing.Barrier': 7,
  'timing.PollingOmnibusBlock': 8,
  'system.Reset': 9,
  'system.Loopback': 10,
  'omnibus.Address': 11,
  'omnibus.Data': 12,
};
