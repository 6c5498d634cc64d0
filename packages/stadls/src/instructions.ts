/**
 * Low-level instruction emission into a fisch WordBuffer. Omnibus writes/reads are the hot path of every
 * configuration program (~127k words for a full chip), so they are appended as raw (hi, lo) word halves
 * without building message objects; everything else goes through fisch's validating `emitToFpga`.
 */
import { decodeToFpga, emitToFpga, ToFpgaOpcode, type ToFpgaMessage, type WordBuffer } from '@bss2/fisch';

const OMNIBUS_ADDRESS_WRITE_HI = ((ToFpgaOpcode.OmnibusAddress << 24) | 0xf) >>> 0; // all byte enables
const OMNIBUS_ADDRESS_READ_HI = ((ToFpgaOpcode.OmnibusAddress << 24) | (1 << 4) | 0xf) >>> 0;
const OMNIBUS_DATA_HI = (ToFpgaOpcode.OmnibusData << 24) >>> 0;

/** Appends an Omnibus write (address + data message). Values are validated by the caller's container. */
export function pushOmnibusWrite(words: WordBuffer, address: number, value: number): void {
  words.push(OMNIBUS_ADDRESS_WRITE_HI, address >>> 0);
  words.push(OMNIBUS_DATA_HI, value >>> 0);
}

/** Appends an Omnibus read request (one message, one expected Omnibus data response). */
export function pushOmnibusRead(words: WordBuffer, address: number): void {
  words.push(OMNIBUS_ADDRESS_READ_HI, address >>> 0);
}

/** Appends any to-FPGA message (validated by fisch). */
export function pushMessage(words: WordBuffer, msg: ToFpgaMessage): void {
  emitToFpga(msg, (hi, lo) => words.push(hi >>> 0, lo >>> 0));
}

/** Response counts a message adds: Omnibus reads and JTAG data with keep_response. */
export function expectedResponsesOf(msg: ToFpgaMessage): { omnibus: number; jtag: number; loopback: number } {
  if (msg.type === 'omnibus.Address' && msg.isRead) return { omnibus: 1, jtag: 0, loopback: 0 };
  if (msg.type === 'jtag.Data' && msg.keepResponse) return { omnibus: 0, jtag: 1, loopback: 0 };
  if (msg.type === 'system.Loopback' && msg.tick) return { omnibus: 0, jtag: 0, loopback: 1 };
  return { omnibus: 0, jtag: 0, loopback: 0 };
}

/** One-line description of an instruction word, e.g. `omnibus.Address {"address":...}`. */
export function describeInstruction(hi: number, lo: number): string {
  try {
    const m = decodeToFpga(hi, lo);
    const { type, ...rest } = m;
    if (m.type === 'omnibus.Address' || m.type === 'omnibus.Data') {
      const r = rest as Record<string, unknown>;
      for (const k of ['address', 'value']) if (typeof r[k] === 'number') r[k] = `0x${(r[k] as number).toString(16).padStart(8, '0')}`;
    }
    return Object.keys(rest).length ? `${type} ${JSON.stringify(rest)}` : type;
  } catch {
    return `invalid word 0x${(hi >>> 0).toString(16).padStart(8, '0')}${(lo >>> 0).toString(16).padStart(8, '0')}`;
  }
}
