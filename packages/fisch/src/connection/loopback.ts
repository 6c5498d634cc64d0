/**
 * Loopback connections (spec 2.5 / 7.1.7): test doubles that send messages through the encoder and straight
 * back through the decoder of the SAME dictionary, the way hxcomm's LoopbackConnection checks its framing.
 * Committed bytes are delivered to the decoder in chunks of `phyWordBytes` (1, 2, 4 or 8 bytes, i.e. PHY
 * words of 8..64 bits), so message and word boundaries never line up with chunk boundaries by accident.
 *
 * They are not `Connection`s (a to-FPGA stream cannot come back as a from-FPGA stream); they exercise the
 * stream interface add / commit / receiveAll / receiveEmpty.
 */
import { checkEnum } from '../check.js';
import { FromFpgaDecoder, FromFpgaEncoder } from '../framing/from-fpga-stream.js';
import { WordBuffer } from '../framing/word-buffer.js';
import { decodeFromFpga, type FromFpgaMessage } from '../ut/from-fpga.js';
import { decodeToFpga, emitToFpga, type ToFpgaMessage } from '../ut/to-fpga.js';
import { addTimeInfo, nowNs, ZERO_TIME_INFO, type ConnectionTimeInfo } from './time-info.js';

export interface LoopbackOptions {
  /** Bytes handed to the decoder at a time: 1, 2, 4 or 8 (default 8). */
  readonly phyWordBytes?: 1 | 2 | 4 | 8;
}

abstract class LoopbackBase<M> {
  protected received: M[] = [];
  protected total: ConnectionTimeInfo = ZERO_TIME_INFO;
  protected readonly chunk: number;

  constructor(options: LoopbackOptions = {}) {
    this.chunk = checkEnum('LoopbackOptions.phyWordBytes', options.phyWordBytes ?? 8, [1, 2, 4, 8] as const);
  }

  /** Encodes one message or a list of messages into the send buffer. */
  add(messages: M | readonly M[]): void {
    const t0 = nowNs();
    if (Array.isArray(messages)) for (const m of messages as readonly M[]) this.encode(m);
    else this.encode(messages as M);
    this.account({ encodeNs: nowNs() - t0 });
  }

  /** Flushes the encoder and loops all pending bytes back through the decoder, chunk by chunk. */
  commit(): void {
    const t0 = nowNs();
    const bytes = this.flush();
    const t1 = nowNs();
    for (let i = 0; i < bytes.length; i += this.chunk) this.decodeChunk(bytes.subarray(i, i + this.chunk));
    this.account({ commitNs: t1 - t0, decodeNs: nowNs() - t1 });
  }

  /** Takes every message decoded so far, in order. */
  receiveAll(): M[] {
    const out = this.received;
    this.received = [];
    return out;
  }

  receiveEmpty(): boolean {
    return this.received.length === 0;
  }

  timeInfo(): ConnectionTimeInfo {
    return this.total;
  }

  protected abstract encode(msg: M): void;
  protected abstract flush(): Uint8Array;
  protected abstract decodeChunk(bytes: Uint8Array): void;

  private account(d: Partial<ConnectionTimeInfo>): void {
    this.total = addTimeInfo(this.total, { ...ZERO_TIME_INFO, ...d });
  }
}

/** Loopback of the from-FPGA dictionary (byte-aligned messages, 80-bit packs, comma padding). */
export class LoopbackConnection extends LoopbackBase<FromFpgaMessage> {
  private readonly encoder = new FromFpgaEncoder();
  private readonly decoder = new FromFpgaDecoder((_op, b, o) => this.received.push(decodeFromFpga(b, o)));

  protected encode(msg: FromFpgaMessage): void {
    this.encoder.push(msg);
  }
  protected flush(): Uint8Array {
    return this.encoder.take();
  }
  protected decodeChunk(bytes: Uint8Array): void {
    this.decoder.push(bytes);
  }
}

/** Loopback of the to-FPGA dictionary (one word per message). */
export class ToFpgaLoopbackConnection extends LoopbackBase<ToFpgaMessage> {
  private words = new WordBuffer();
  private readonly pending = new Uint8Array(8);
  private pendingLen = 0;
  private readonly sink = (hi: number, lo: number): void => this.words.push(hi, lo);

  protected encode(msg: ToFpgaMessage): void {
    emitToFpga(msg, this.sink);
  }
  protected flush(): Uint8Array {
    const bytes = this.words.toBytes();
    this.words = new WordBuffer();
    return bytes;
  }
  protected decodeChunk(bytes: Uint8Array): void {
    for (const b of bytes) {
      this.pending[this.pendingLen++] = b;
      if (this.pendingLen === 8) {
        this.pendingLen = 0;
        const p = this.pending;
        const hi = ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0;
        const lo = ((p[4]! << 24) | (p[5]! << 16) | (p[6]! << 8) | p[7]!) >>> 0;
        if (!(hi & 0x80000000)) this.received.push(decodeToFpga(hi, lo));
      }
    }
  }
}
