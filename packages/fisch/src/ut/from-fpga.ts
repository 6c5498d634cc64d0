/**
 * From-FPGA UT instruction set (vx). Messages are byte-aligned in this direction: 8 bytes each except the
 * two 3-element event packs, which are 10 bytes (80 bits) and therefore always straddle a word boundary.
 * Byte 0 of a message is its header (dictionary index); the payload is right-aligned, big-endian.
 */
import { checkUint, checkBool } from '../check.js';
import { ValueRangeError, UnknownOpcodeError } from '../errors.js';

export const FromFpgaOpcode = {
  JtagData: 0,
  OmnibusData: 1,
  Loopback: 2,
  HighspeedLinkNotification: 3,
  TimeoutNotification: 4,
  Systime: 5,
  Sysdelta: 6,
  MadcSamplePack1: 7,
  MadcSamplePack2: 8,
  MadcSamplePack3: 9,
  SpikePack1: 10,
  SpikePack2: 11,
  SpikePack3: 12,
} as const;
export type FromFpgaOpcode = (typeof FromFpgaOpcode)[keyof typeof FromFpgaOpcode];

export const FROM_FPGA_DICTIONARY: readonly { readonly name: string; readonly payloadBits: number; readonly bytes: number }[] = [
  { name: 'jtag_from_hicann::Data', payloadBits: 33, bytes: 8 },
  { name: 'omnibus_from_fpga::Data', payloadBits: 32, bytes: 8 },
  { name: 'from_fpga_system::Loopback', payloadBits: 1, bytes: 8 },
  { name: 'from_fpga_system::HighspeedLinkNotification', payloadBits: 8, bytes: 8 },
  { name: 'from_fpga_system::TimeoutNotification', payloadBits: 45, bytes: 8 },
  { name: 'timing_from_fpga::Systime', payloadBits: 43, bytes: 8 },
  { name: 'timing_from_fpga::Sysdelta', payloadBits: 8, bytes: 8 },
  { name: 'event_from_fpga::MADCSamplePack<1>', payloadBits: 24, bytes: 8 },
  { name: 'event_from_fpga::MADCSamplePack<2>', payloadBits: 48, bytes: 8 },
  { name: 'event_from_fpga::MADCSamplePack<3>', payloadBits: 72, bytes: 10 },
  { name: 'event_from_fpga::SpikePack<1>', payloadBits: 24, bytes: 8 },
  { name: 'event_from_fpga::SpikePack<2>', payloadBits: 48, bytes: 8 },
  { name: 'event_from_fpga::SpikePack<3>', payloadBits: 72, bytes: 10 },
];

/** Message length in bytes per header; 0 marks a header outside the dictionary. Indexed by header byte. */
export const FROM_FPGA_MESSAGE_BYTES: Uint8Array = (() => {
  const t = new Uint8Array(256);
  FROM_FPGA_DICTIONARY.forEach((d, i) => (t[i] = d.bytes));
  return t;
})();

/** One event of a spike or MADC pack: 8-bit timestamp (half FPGA cycles) and 16-bit label / value field. */
export interface RawEvent {
  readonly timestamp: number;
  readonly value: number;
}

export type FromFpgaMessage =
  | { readonly type: 'jtag.Data'; readonly value: number }
  | { readonly type: 'omnibus.Data'; readonly value: number }
  | { readonly type: 'system.Loopback'; readonly tick: boolean }
  | { readonly type: 'system.HighspeedLinkNotification'; readonly value: number }
  | {
      readonly type: 'system.TimeoutNotification';
      readonly instructionIndex: number;
      readonly traceStallCount: number;
      readonly omnibusReadsInFlight: number;
    }
  | { readonly type: 'timing.Systime'; readonly value: number }
  | { readonly type: 'timing.Sysdelta'; readonly value: number }
  | { readonly type: 'event.MADCSamplePack'; readonly samples: readonly RawEvent[] }
  | { readonly type: 'event.SpikePack'; readonly spikes: readonly RawEvent[] };

export type FromFpgaMessageType = FromFpgaMessage['type'];

/** Reads `n` bytes big-endian starting at `off` as a non-negative number (n <= 6, i.e. <= 48 bits). */
function readBE(bytes: Uint8Array, off: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + bytes[off + i]!;
  return v;
}

function readEvents(bytes: Uint8Array, off: number, n: number): RawEvent[] {
  const out: RawEvent[] = [];
  // payload is right-aligned: the n 3-byte elements occupy the last 3n bytes; element 0 first (MSB)
  const len = n === 3 ? 10 : 8;
  let p = off + len - 3 * n;
  for (let i = 0; i < n; i++, p += 3) {
    out.push({ timestamp: bytes[p]!, value: (bytes[p + 1]! << 8) | bytes[p + 2]! });
  }
  return out;
}

/**
 * Decodes the message whose header byte is `bytes[off]`. The caller guarantees the full message length is
 * available (see `FROM_FPGA_MESSAGE_BYTES`).
 */
export function decodeFromFpga(bytes: Uint8Array, off: number): FromFpgaMessage {
  const hdr = bytes[off]!;
  switch (hdr) {
    case FromFpgaOpcode.JtagData:
      return { type: 'jtag.Data', value: readBE(bytes, off + 3, 5) % 2 ** 33 };
    case FromFpgaOpcode.OmnibusData:
      return { type: 'omnibus.Data', value: readBE(bytes, off + 4, 4) };
    case FromFpgaOpcode.Loopback:
      return { type: 'system.Loopback', tick: (bytes[off + 7]! & 1) === 1 };
    case FromFpgaOpcode.HighspeedLinkNotification:
      return { type: 'system.HighspeedLinkNotification', value: bytes[off + 7]! };
    case FromFpgaOpcode.TimeoutNotification: {
      const v = readBE(bytes, off + 2, 6) % 2 ** 45;
      const hiPart = Math.floor(v / 2 ** 32);
      return {
        type: 'system.TimeoutNotification',
        instructionIndex: v % 2 ** 32,
        traceStallCount: hiPart & 0x7f,
        omnibusReadsInFlight: (hiPart >>> 7) & 0x3f,
      };
    }
    case FromFpgaOpcode.Systime:
      return { type: 'timing.Systime', value: readBE(bytes, off + 2, 6) % 2 ** 43 };
    case FromFpgaOpcode.Sysdelta:
      return { type: 'timing.Sysdelta', value: bytes[off + 7]! };
    case FromFpgaOpcode.MadcSamplePack1:
    case FromFpgaOpcode.MadcSamplePack2:
    case FromFpgaOpcode.MadcSamplePack3:
      return { type: 'event.MADCSamplePack', samples: readEvents(bytes, off, hdr - FromFpgaOpcode.MadcSamplePack1 + 1) };
    case FromFpgaOpcode.SpikePack1:
    case FromFpgaOpcode.SpikePack2:
    case FromFpgaOpcode.SpikePack3:
      return { type: 'event.SpikePack', spikes: readEvents(bytes, off, hdr - FromFpgaOpcode.SpikePack1 + 1) };
    default:
      throw new UnknownOpcodeError('from_fpga', hdr, FROM_FPGA_DICTIONARY.length);
  }
}

/** Opcode of a message object. */
export function fromFpgaOpcodeOf(msg: FromFpgaMessage): number {
  switch (msg.type) {
    case 'event.MADCSamplePack':
      return FromFpgaOpcode.MadcSamplePack1 + msg.samples.length - 1;
    case 'event.SpikePack':
      return FromFpgaOpcode.SpikePack1 + msg.spikes.length - 1;
    default:
      return SIMPLE_OPCODE[msg.type];
  }
}

const SIMPLE_OPCODE: Record<Exclude<FromFpgaMessageType, 'event.MADCSamplePack' | 'event.SpikePack'>, number> = {
  'jtag.Data': 0,
  'omnibus.Data': 1,
  'system.Loopback': 2,
  'system.HighspeedLinkNotification': 3,
  'system.TimeoutNotification': 4,
  'timing.Systime': 5,
  'timing.Sysdelta': 6,
};

function writeBE(out: Uint8Array, off: number, n: number, value: number): void {
  for (let i = n - 1; i >= 0; i--) {
    out[off + i] = value % 256;
    value = Math.floor(value / 256);
  }
}

function checkEvents(field: string, events: readonly RawEvent[]): void {
  if (events.length < 1 || events.length > 3) throw new ValueRangeError(`${field}.length`, events.length, 1, 3);
  events.forEach((e, i) => {
    checkUint(`${field}[${i}].timestamp`, e.timestamp, 8);
    checkUint(`${field}[${i}].value`, e.value, 16);
  });
}

/**
 * Encodes one message (validated) into `out` at `off`; returns the number of bytes written (8 or 10).
 * Used by simulators and test doubles that produce a from-FPGA stream.
 */
export function encodeFromFpgaInto(msg: FromFpgaMessage, out: Uint8Array, off: number): number {
  const op = fromFpgaOpcodeOf(msg);
  const len = FROM_FPGA_DICTIONARY[op]!.bytes;
  out.fill(0, off, off + len);
  out[off] = op;
  switch (msg.type) {
    case 'jtag.Data':
      writeBE(out, off + 3, 5, checkUint('jtag.Data.value', msg.value, 33));
      break;
    case 'omnibus.Data':
      writeBE(out, off + 4, 4, checkUint('omnibus.Data.value', msg.value, 32));
      break;
    case 'system.Loopback':
      out[off + 7] = checkBool('system.Loopback.tick', msg.tick) ? 1 : 0;
      break;
    case 'system.HighspeedLinkNotification':
      out[off + 7] = checkUint('system.HighspeedLinkNotification.value', msg.value, 8);
      break;
    case 'system.TimeoutNotification': {
      const idx = checkUint('system.TimeoutNotification.instructionIndex', msg.instructionIndex, 32);
      const stall = checkUint('system.TimeoutNotification.traceStallCount', msg.traceStallCount, 7);
      const inflight = checkUint('system.TimeoutNotification.omnibusReadsInFlight', msg.omnibusReadsInFlight, 6);
      writeBE(out, off + 2, 6, ((inflight << 7) | stall) * 2 ** 32 + idx);
      break;
    }
    case 'timing.Systime':
      writeBE(out, off + 2, 6, checkUint('timing.Systime.value', msg.value, 43));
      break;
    case 'timing.Sysdelta':
      out[off + 7] = checkUint('timing.Sysdelta.value', msg.value, 8);
      break;
    case 'event.MADCSamplePack':
    case 'event.SpikePack': {
      const events = msg.type === 'event.SpikePack' ? msg.spikes : msg.samples;
      checkEvents(msg.type === 'event.SpikePack' ? 'event.SpikePack.spikes' : 'event.MADCSamplePack.samples', events);
      let p = off + len - 3 * events.length;
      for (const e of events) {
        out[p++] = e.timestamp;
        out[p++] = e.value >>> 8;
        out[p++] = e.value & 0xff;
      }
      break;
    }
  }
  return len;
}

/** Full instruction name of a from-FPGA message. */
export function fromFpgaName(msg: FromFpgaMessage): string {
  return FROM_FPGA_DICTIONARY[fromFpgaOpcodeOf(msg)]!.name;
}
