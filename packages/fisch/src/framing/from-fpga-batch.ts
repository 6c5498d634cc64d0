/**
 * Decoded from-FPGA messages in column form: the counterpart of the queue of decoded UT messages that hxcomm's
 * decoder fills, without an object per message. Each entry is a header (dictionary index) and the message's
 * payload bits, right-aligned like on the wire, split into an 8-bit top and two 32-bit words (payloads are at
 * most 72 bits, the 3-event packs).
 *
 * It is a `FromFpgaMessageHandler`, so a `FromFpgaDecoder` fills it from a stream in any chunking; a consumer
 * then works on typed columns (select by header, read payload fields) or asks for message objects one at a
 * time. `PlaybackProgram.pushResponses` does not go through it: it dispatches straight from the bytes.
 */
import { checkStreamEnd, type FromFpgaMessageHandler } from './from-fpga-stream.js';
import { UnknownOpcodeError, ValueRangeError } from '../errors.js';
import { decodeFromFpga, FROM_FPGA_DICTIONARY, FROM_FPGA_MESSAGE_BYTES, type FromFpgaMessage } from '../ut/from-fpga.js';

export class FromFpgaMessageBatch implements FromFpgaMessageHandler {
  private headerColumn: Uint8Array;
  private topColumn: Uint8Array;
  private highColumn: Uint32Array;
  private lowColumn: Uint32Array;
  private count = 0;
  // big-endian reads of the array the decoder hands over; a stream pushes many messages from one array
  private lastBytes: Uint8Array | undefined;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

  constructor(initialCapacity = 1024) {
    const cap = Math.max(16, initialCapacity);
    this.headerColumn = new Uint8Array(cap);
    this.topColumn = new Uint8Array(cap);
    this.highColumn = new Uint32Array(cap);
    this.lowColumn = new Uint32Array(cap);
  }

  /** Number of messages held. */
  get length(): number {
    return this.count;
  }

  /** Header of every message (views valid until the next append or clear). */
  get headers(): Uint8Array {
    return this.headerColumn.subarray(0, this.count);
  }
  /** Payload bits 64-71 (non-zero only for the 10-byte 3-event packs). */
  get payloadTop(): Uint8Array {
    return this.topColumn.subarray(0, this.count);
  }
  /** Payload bits 32-63 (bits 56-63 are zero for 8-byte messages, which carry 56 payload bits). */
  get payloadHigh(): Uint32Array {
    return this.highColumn.subarray(0, this.count);
  }
  /** Payload bits 0-31. */
  get payloadLow(): Uint32Array {
    return this.lowColumn.subarray(0, this.count);
  }

  /** Appends the complete message whose header is `bytes[offset]` (the decoder's sink call). */
  onMessage(opcode: number, bytes: Uint8Array, offset: number): void {
    const n = this.count;
    if (n === this.headerColumn.length) this.grow(n + 1);
    if (bytes !== this.lastBytes) {
      this.lastBytes = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const dv = this.view;
    // read from the message's end: the last 8 bytes are payload except for an 8-byte message's header byte
    const end = offset + FROM_FPGA_MESSAGE_BYTES[opcode]!;
    this.headerColumn[n] = opcode;
    this.topColumn[n] = bytes[offset + 1]! & TOP_MASK[opcode]!;
    this.highColumn[n] = dv.getUint32(end - 8) & HIGH_MASK[opcode]!;
    this.lowColumn[n] = dv.getUint32(end - 4);
    this.count = n + 1;
  }

  /** Appends every message of a complete from-FPGA byte stream (see `decodeFromFpgaBatch`). */
  appendStream(bytes: Uint8Array): void {
    const lens = FROM_FPGA_MESSAGE_BYTES;
    const end = bytes.length;
    // worst case: a message per 8 bytes
    if (this.count + (end >>> 3) > this.headerColumn.length) this.grow(this.count + (end >>> 3));
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hc = this.headerColumn;
    const tc = this.topColumn;
    const hic = this.highColumn;
    const loc = this.lowColumn;
    let n = this.count;
    let i = 0;
    while (i < end) {
      const op = bytes[i]!;
      const len = lens[op]!;
      if (len === 0) {
        if (op & 0x80) {
          // comma: drop the rest of this word
          i = (i | 7) + 1;
          continue;
        }
        this.count = n;
        throw new UnknownOpcodeError('from_fpga', op, FROM_FPGA_DICTIONARY.length);
      }
      const next = i + len;
      if (next > end) break; // incomplete last message
      hc[n] = op;
      tc[n] = bytes[i + 1]! & TOP_MASK[op]!;
      hic[n] = dv.getUint32(next - 8) & HIGH_MASK[op]!;
      loc[n] = dv.getUint32(next - 4);
      n++;
      i = next;
    }
    this.count = n;
    checkStreamEnd(bytes, i);
  }

  /** Header of message `index`. */
  header(index: number): number {
    return this.headerColumn[this.check(index)]!;
  }

  /** Payload of message `index` as one exact integer. */
  payload(index: number): bigint {
    const i = this.check(index);
    return (BigInt(this.topColumn[i]!) << 64n) | (BigInt(this.highColumn[i]!) << 32n) | BigInt(this.lowColumn[i]!);
  }

  /** Message `index` as an object (`decodeFromFpga` of its re-assembled bytes). */
  message(index: number): FromFpgaMessage {
    const i = this.check(index);
    const op = this.headerColumn[i]!;
    const len = FROM_FPGA_MESSAGE_BYTES[op]!;
    const bytes = new Uint8Array(len);
    const dv = new DataView(bytes.buffer);
    dv.setUint32(len - 4, this.lowColumn[i]!);
    dv.setUint32(len - 8, this.highColumn[i]!);
    if (len === 10) bytes[1] = this.topColumn[i]!;
    bytes[0] = op;
    return decodeFromFpga(bytes, 0);
  }

  /** Every message as an object, in stream order. */
  messages(): FromFpgaMessage[] {
    const out: FromFpgaMessage[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.message(i);
    return out;
  }

  /** Forgets the messages, keeping the storage. */
  clear(): void {
    this.count = 0;
    this.lastBytes = undefined;
  }

  private check(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) {
      throw new ValueRangeError('FromFpgaMessageBatch index', index, 0, Math.max(0, this.count - 1), `the batch holds ${this.count} messages`);
    }
    return index;
  }

  private grow(min: number): void {
    const cap = Math.max(min, this.headerColumn.length * 2);
    const h = new Uint8Array(cap);
    h.set(this.headerColumn);
    const t = new Uint8Array(cap);
    t.set(this.topColumn);
    const hi = new Uint32Array(cap);
    hi.set(this.highColumn);
    const lo = new Uint32Array(cap);
    lo.set(this.lowColumn);
    this.headerColumn = h;
    this.topColumn = t;
    this.highColumn = hi;
    this.lowColumn = lo;
  }
}

/** Payload bits in `bytes[offset + 1]` that lie above bit 63: all 8 for a 10-byte message, none otherwise. */
const TOP_MASK = new Uint8Array(256);
/** Payload bits of the 32-bit word ending 4 bytes before a message's end: an 8-byte message's header byte is not. */
const HIGH_MASK = new Uint32Array(256);
for (let op = 0; op < 256; op++) {
  const len = FROM_FPGA_MESSAGE_BYTES[op]!;
  TOP_MASK[op] = len === 10 ? 0xff : 0;
  HIGH_MASK[op] = len === 10 ? 0xffff_ffff : 0x00ff_ffff;
}

/**
 * Decodes a complete from-FPGA byte stream (as `Connection.execute` returns it) into a message batch, appended
 * to `into` if given. Framing and column stores in one loop, which is several times faster than feeding the
 * batch from a `FromFpgaDecoder`. Throws `UnknownOpcodeError` / `TruncatedStreamError` like the decoder; the
 * messages before the error are kept.
 */
export function decodeFromFpgaBatch(bytes: Uint8Array, into: FromFpgaMessageBatch = new FromFpgaMessageBatch(bytes.length >>> 3)): FromFpgaMessageBatch {
  into.appendStream(bytes);
  return into;
}
