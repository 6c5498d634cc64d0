/**
 * From-FPGA framing: a streaming decoder that accepts arbitrary chunk boundaries, messages crossing word
 * boundaries (80-bit packs always do), comma padding and idle words; and an encoder that produces such a
 * stream (used by simulators and test doubles).
 *
 * Rules (hxcomm decoder semantics, restated at byte granularity since messages are byte-aligned):
 * - a byte at a message start whose MSB is 1 is a comma: the rest of the current 64-bit word is discarded.
 *   At a word boundary this drops the whole word (idle/padding words are all-ones or start with 1);
 * - any other header byte must be < 13 or the stream is rejected with `UnknownOpcodeError`.
 */
import { TruncatedStreamError, UnknownOpcodeError } from '../errors.js';
import {
  FROM_FPGA_DICTIONARY,
  FROM_FPGA_MESSAGE_BYTES,
  decodeFromFpga,
  encodeFromFpgaInto,
  type FromFpgaMessage,
} from '../ut/from-fpga.js';

/**
 * Called once per decoded message. `bytes[offset]` is the header byte; the full message (8 or 10 bytes)
 * follows. The array may be reused after the call returns: copy what you keep.
 */
export type FromFpgaRawSink = (opcode: number, bytes: Uint8Array, offset: number) => void;

/**
 * Object form of a sink. The decoder calls `onMessage` as a method, so all decoders feeding instances of one
 * class (e.g. every PlaybackProgram) share one monomorphic, inlinable call site.
 */
export interface FromFpgaMessageHandler {
  onMessage(opcode: number, bytes: Uint8Array, offset: number): void;
}

class FunctionHandler implements FromFpgaMessageHandler {
  constructor(private readonly fn: FromFpgaRawSink) {}
  onMessage(opcode: number, bytes: Uint8Array, offset: number): void {
    this.fn(opcode, bytes, offset);
  }
}

export class FromFpgaDecoder {
  private readonly carry = new Uint8Array(16);
  private carryLen = 0;
  private carryNeed = 0;
  private skip = 0;
  /** Total bytes consumed so far; position mod 8 is the position inside the current word. */
  private consumed = 0;
  private messages = 0;

  private readonly handler: FromFpgaMessageHandler;

  constructor(sink: FromFpgaRawSink | FromFpgaMessageHandler) {
    this.handler = typeof sink === 'function' ? new FunctionHandler(sink) : sink;
  }

  /** Forgets any partial message or pending skip (e.g. after an error) and restarts at a word boundary. */
  reset(): void {
    this.carryLen = 0;
    this.carryNeed = 0;
    this.skip = 0;
    this.consumed = 0;
  }

  /** Number of messages decoded so far. */
  get messageCount(): number {
    return this.messages;
  }

  /** Feeds the next chunk of the byte stream. */
  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    const h = this.handler;
    // finish a message or a skip started in a previous chunk
    if (this.skip > 0) {
      const s = Math.min(this.skip, n);
      this.skip -= s;
      i = s;
    } else if (this.carryLen > 0) {
      const take = Math.min(this.carryNeed - this.carryLen, n);
      this.carry.set(chunk.subarray(0, take), this.carryLen);
      this.carryLen += take;
      i = take;
      if (this.carryLen < this.carryNeed) {
        this.consumed += i;
        return;
      }
      this.messages++;
      this.carryLen = 0;
      h.onMessage(this.carry[0]!, this.carry, 0);
    }
    let pos = (this.consumed + i) & 7;
    const lens = FROM_FPGA_MESSAGE_BYTES;
    // counters kept in locals; if the handler throws, call reset() before reusing the decoder
    let count = 0;
    while (i < n) {
      const hdr = chunk[i]!;
      const len = lens[hdr]!;
      if (len >= 8 && i + len <= n) {
        // common case: a complete dictionary message inside this chunk
        count++;
        h.onMessage(hdr, chunk, i);
        i += len;
        pos = (pos + len) & 7;
        continue;
      }
      if (hdr & 0x80) {
        // comma: drop the rest of this word
        const rest = 8 - pos;
        if (i + rest > n) {
          this.skip = i + rest - n;
          i = n;
          break;
        }
        i += rest;
        pos = 0;
        continue;
      }
      if (len === 0) {
        this.messages += count;
        this.consumed += i;
        throw new UnknownOpcodeError('from_fpga', hdr, FROM_FPGA_DICTIONARY.length);
      }
      // the message continues in the next chunk
      this.carry.set(chunk.subarray(i, n), 0);
      this.carryLen = n - i;
      this.carryNeed = len;
      i = n;
    }
    this.messages += count;
    this.consumed += i;
  }

  /**
   * Declares the end of the stream. Throws `TruncatedStreamError` if a message is incomplete or the stream
   * is not a whole number of 64-bit words.
   */
  end(): void {
    if (this.carryLen > 0) throw truncatedMessageError(this.carry[0]!, this.carryNeed - this.carryLen);
    if (this.skip > 0 || this.consumed % 8 !== 0) throw partialWordError(this.skip > 0 ? this.skip : 8 - (this.consumed % 8));
  }
}

/** @internal The error for a from-FPGA stream that ends `missing` bytes before the end of a message with `header`. */
export function truncatedMessageError(header: number, missing: number): TruncatedStreamError {
  return new TruncatedStreamError(`from-FPGA stream ends inside a ${FROM_FPGA_DICTIONARY[header]!.name} message (${missing} bytes missing)`, missing);
}

/** @internal The error for a from-FPGA stream that ends `missing` bytes before a 64-bit word boundary. */
export function partialWordError(missing: number): TruncatedStreamError {
  return new TruncatedStreamError(`from-FPGA stream is not a whole number of 64-bit words`, missing);
}

/**
 * @internal Checks where a one-pass decoder of the complete stream `bytes` stopped (`stop`: `bytes.length`
 * after whole messages, the start of an incomplete last message, or past the end inside a comma-skipped
 * word) and throws the `TruncatedStreamError` that says what is missing.
 */
export function checkStreamEnd(bytes: Uint8Array, stop: number): void {
  const n = bytes.length;
  if (stop < n) throw truncatedMessageError(bytes[stop]!, FROM_FPGA_MESSAGE_BYTES[bytes[stop]!]! - (n - stop));
  if (stop > n || n % 8 !== 0) throw partialWordError(stop > n ? stop - n : 8 - (n % 8));
}

/** Decodes a complete from-FPGA byte stream into message objects. */
export function decodeFromFpgaBytes(bytes: Uint8Array): FromFpgaMessage[] {
  const out: FromFpgaMessage[] = [];
  const dec = new FromFpgaDecoder((_op, b, off) => out.push(decodeFromFpga(b, off)));
  dec.push(bytes);
  dec.end();
  return out;
}

/**
 * Encodes from-FPGA messages into a byte stream. `flush()` pads a partial word with a comma bit followed by
 * zeros, exactly like the hxcomm encoder.
 */
export class FromFpgaEncoder {
  private buf: Uint8Array;
  private len = 0;

  constructor(initialBytes = 1024) {
    this.buf = new Uint8Array(Math.max(16, initialBytes));
  }

  get byteLength(): number {
    return this.len;
  }

  /** Appends a message. */
  push(msg: FromFpgaMessage): void {
    this.ensure(10);
    this.len += encodeFromFpgaInto(msg, this.buf, this.len);
  }

  /** Appends an already encoded message (8 or 10 bytes, header first). Hot path for simulators. */
  pushRaw(bytes: Uint8Array, offset: number, length: number): void {
    this.ensure(length);
    this.buf.set(bytes.subarray(offset, offset + length), this.len);
    this.len += length;
  }

  /** Appends an omnibus read response without allocating. */
  pushOmnibusData(value: number): void {
    this.ensure(8);
    const b = this.buf;
    const o = this.len;
    b[o] = 1;
    b[o + 1] = 0;
    b[o + 2] = 0;
    b[o + 3] = 0;
    b[o + 4] = value >>> 24;
    b[o + 5] = (value >>> 16) & 0xff;
    b[o + 6] = (value >>> 8) & 0xff;
    b[o + 7] = value & 0xff;
    this.len += 8;
  }

  /** Pads to a word boundary with a comma (a single 1 bit after the last message bit), if needed. */
  flush(): void {
    const rem = this.len & 7;
    if (rem === 0) return;
    this.ensure(8 - rem);
    this.buf[this.len] = 0x80;
    this.buf.fill(0, this.len + 1, this.len + 8 - rem);
    this.len += 8 - rem;
  }

  /** Flushes and returns the stream; the encoder is left empty. */
  take(): Uint8Array {
    this.flush();
    const out = this.buf.slice(0, this.len);
    this.len = 0;
    return out;
  }

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.len + extra, this.buf.length * 2));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

/** Encodes from-FPGA messages into a flushed byte stream. */
export function encodeFromFpgaMessages(messages: Iterable<FromFpgaMessage>): Uint8Array {
  const enc = new FromFpgaEncoder();
  for (const m of messages) enc.push(m);
  return enc.take();
}
