/**
 * Print forms of UT messages (spec 1.2, 1.7, 7.1.3/7.1.5): `UTMessage(raw: <hex>, <payload print>)`, where
 * the payload print starts with the full instruction name and "(" and ends with ")".
 *
 * The two default-payload strings the spec quotes verbatim (omnibus Address, JTAG Data) are reproduced
 * exactly; for the remaining 27 payload types the spec does not pin the text, so a consistent scheme is
 * used: bit-set payloads (flags, masks) print as zero-padded binary of their payload width, numeric
 * payloads as decimal, structured payloads as `field: value` lists.
 */
import { decodeFromFpga, encodeFromFpgaInto, FROM_FPGA_DICTIONARY, fromFpgaOpcodeOf, type FromFpgaMessage, type RawEvent } from './from-fpga.js';
import { encodeToFpga, toFpgaName, type ToFpgaMessage } from './to-fpga.js';

function bin(value: number, width: number): string {
  return value.toString(2).padStart(width, '0');
}

/** Payload print of a to-FPGA message, e.g. `timing::WaitUntil(10)`. */
export function formatToFpgaPayload(msg: ToFpgaMessage): string {
  const name = toFpgaName(msg);
  switch (msg.type) {
    case 'jtag.Init':
    case 'timing.Setup':
      return `${name}()`;
    case 'jtag.Scaler':
    case 'jtag.Ins':
    case 'timing.WaitUntil':
    case 'omnibus.Data':
      return `${name}(${msg.value})`;
    case 'jtag.Data':
      return `${name}(keep_response: ${msg.keepResponse}, num_bits: ${msg.numBits}, payload: ${bin(msg.payload, 33)})`;
    case 'timing.SystimeInit':
    case 'timing.PollingOmnibusBlock':
    case 'system.Reset':
      return `${name}(${msg.value ? 1 : 0})`;
    case 'system.Loopback':
      return `${name}(${msg.tick ? 1 : 0})`;
    case 'timing.Barrier':
      return `${name}(${bin(msg.mask, 5)})`;
    case 'omnibus.Address':
      return `${name}(is_read: ${msg.isRead}, byte_enables: ${bin(msg.byteEnables, 4)}, address: ${msg.address})`;
    case 'event.SpikePack':
      return `${name}(${msg.labels.map((l) => `SpikeLabel(${l})`).join(', ')})`;
  }
}

/** `UTMessage(raw: 0x<16 hex digits>, <payload>)` of a to-FPGA message (one 64-bit subword). */
export function formatToFpgaMessage(msg: ToFpgaMessage): string {
  const [hi, lo] = encodeToFpga(msg);
  const raw = hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  return `UTMessage(raw: 0x${raw}, ${formatToFpgaPayload(msg)})`;
}

const events = (evs: readonly RawEvent[], kind: string, field: string): string =>
  evs.map((e) => `${kind}(timestamp: ${e.timestamp}, ${field}: ${e.value})`).join(', ');

/** Payload print of a from-FPGA message, e.g. `omnibus_from_fpga::Data(0)`. */
export function formatFromFpgaPayload(msg: FromFpgaMessage): string {
  const name = FROM_FPGA_DICTIONARY[fromFpgaOpcodeOf(msg)]!.name;
  switch (msg.type) {
    case 'jtag.Data':
      return `${name}(${bin(msg.value, 33)})`;
    case 'omnibus.Data':
    case 'system.HighspeedLinkNotification':
    case 'timing.Systime':
    case 'timing.Sysdelta':
      return `${name}(${msg.value})`;
    case 'system.Loopback':
      return `${name}(${msg.tick ? 1 : 0})`;
    case 'system.TimeoutNotification':
      return (
        `${name}(instruction_index: ${msg.instructionIndex}, trace_stall_count: ${msg.traceStallCount}, ` +
        `omnibus_reads_in_flight: ${msg.omnibusReadsInFlight})`
      );
    case 'event.MADCSamplePack':
      return `${name}(${events(msg.samples, 'MADCSample', 'value')})`;
    case 'event.SpikePack':
      return `${name}(${events(msg.spikes, 'Spike', 'label')})`;
  }
}

/** `UTMessage(raw: 0x<hex of all message bytes>, <payload>)` of a from-FPGA message (8-bit subwords). */
export function formatFromFpgaMessage(msg: FromFpgaMessage): string {
  const buf = new Uint8Array(10);
  const n = encodeFromFpgaInto(msg, buf, 0);
  return `UTMessage(raw: 0x${Buffer.from(buf.subarray(0, n)).toString('hex')}, ${formatFromFpgaPayload(msg)})`;
}

/** Default-constructed (all-zero payload) message of every to-FPGA header, in dictionary order. */
export function defaultToFpgaMessages(): ToFpgaMessage[] {
  return [
    { type: 'jtag.Init' },
    { type: 'jtag.Scaler', value: 0 },
    { type: 'jtag.Ins', value: 0 },
    // hxcomm's JTAG Data default: keep_response false, num_bits 33, payload 0
    { type: 'jtag.Data', keepResponse: false, numBits: 33, payload: 0 },
    { type: 'timing.Setup' },
    { type: 'timing.WaitUntil', value: 0 },
    { type: 'timing.SystimeInit', value: false },
    { type: 'timing.Barrier', mask: 0 },
    { type: 'timing.PollingOmnibusBlock', value: false },
    { type: 'system.Reset', value: false },
    { type: 'system.Loopback', tick: false },
    // omnibus Address default: address 0, write, byte enables 0xF
    { type: 'omnibus.Address', address: 0, byteEnables: 0xf, isRead: false },
    { type: 'omnibus.Data', value: 0 },
    { type: 'event.SpikePack', labels: [0] },
    { type: 'event.SpikePack', labels: [0, 0] },
    { type: 'event.SpikePack', labels: [0, 0, 0] },
  ];
}

/** Default-constructed (all-zero payload) message of every from-FPGA header, in dictionary order. */
export function defaultFromFpgaMessages(): FromFpgaMessage[] {
  const out: FromFpgaMessage[] = [];
  const buf = new Uint8Array(10);
  for (let op = 0; op < FROM_FPGA_DICTIONARY.length; op++) {
    buf.fill(0);
    buf[0] = op;
    out.push(decodeFromFpga(buf, 0));
  }
  return out;
}
