/**
 * ZeroMockConnection: an in-process backend that answers every read with zeros. Loopbacks are echoed,
 * JTAG data with keep_response gets jtag Data(0), Omnibus reads get Omnibus Data(0); all other messages are
 * discarded. Execution time is emulated as `nsPerMessage` per message (default 8 ns = 125 M messages/s);
 * with `pace: true` the call really waits that long, otherwise it only reports it.
 */
import { checkNumber } from '../check.js';
import { ConnectionError } from '../errors.js';
import { FromFpgaEncoder } from '../framing/from-fpga-stream.js';
import { WordBuffer } from '../framing/word-buffer.js';
import { ToFpgaOpcode } from '../ut/to-fpga.js';
import type { Connection, ConnectionTarget, ExecuteOptions, ExecuteResult } from './connection.js';
import { SerialQueue } from './serial-queue.js';
import { addTimeInfo, nowNs, ZERO_TIME_INFO, type ConnectionTimeInfo } from './time-info.js';

export interface ZeroMockOptions {
  /** Emulated execution time per message in ns (0..1e9). */
  readonly nsPerMessage?: number;
  /** Really wait for the emulated execution time. */
  readonly pace?: boolean;
}

export class ZeroMockConnection implements Connection {
  readonly name = 'zeromock';
  readonly supportedTargets: readonly ConnectionTarget[] = ['hardware', 'simulation'];
  private readonly nsPerMessage: number;
  private readonly pace: boolean;
  private total: ConnectionTimeInfo = ZERO_TIME_INFO;
  private readonly queue = new SerialQueue();
  private isClosed = false;

  constructor(options: ZeroMockOptions = {}) {
    this.nsPerMessage = checkNumber('ZeroMockOptions.nsPerMessage', options.nsPerMessage ?? 8, 0, 1e9);
    this.pace = options.pace ?? false;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  uniqueIdentifier(): string {
    return 'zeromock';
  }

  bitfileInfo(): string {
    return 'zeromock';
  }

  timeInfo(): ConnectionTimeInfo {
    return this.total;
  }

  async close(): Promise<void> {
    this.isClosed = true;
  }

  execute(program: Uint8Array, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    if (this.isClosed) return Promise.reject(new ConnectionError('zeromock connection is closed', 'E_CLOSED'));
    return this.queue.run(async () => {
      if (options.signal?.aborted) throw new ConnectionError('execution aborted', 'E_ABORTED');
      const t0 = nowNs();
      const words = WordBuffer.fromBytes(program);
      const enc = new FromFpgaEncoder(words.length * 8 + 16);
      const zero = new Uint8Array(8);
      for (let i = 0; i < words.length; i++) {
        const hi = words.hi(i);
        if (hi & 0x80000000) continue; // idle word
        const op = hi >>> 24;
        if (op === ToFpgaOpcode.SystemLoopback) {
          zero[0] = 2;
          zero[7] = words.lo(i) & 1;
          enc.pushRaw(zero, 0, 8);
          zero[7] = 0;
        } else if (op === ToFpgaOpcode.JtagData && ((hi >>> 16) & 1) === 1) {
          zero[0] = 0;
          enc.pushRaw(zero, 0, 8);
        } else if (op === ToFpgaOpcode.OmnibusAddress && ((hi >>> 4) & 1) === 1) {
          enc.pushOmnibusData(0);
        }
      }
      zero[0] = 2; // the halt acknowledgement
      enc.pushRaw(zero, 0, 8);
      const emulatedNs = (words.length + 1) * this.nsPerMessage;
      if (this.pace) {
        const until = t0 + emulatedNs;
        while (nowNs() < until) await new Promise((r) => setImmediate(r));
      }
      const timeInfo: ConnectionTimeInfo = { encodeNs: 0, decodeNs: 0, commitNs: 0, executionNs: emulatedNs };
      this.total = addTimeInfo(this.total, timeInfo);
      return { responses: enc.take(), timeInfo };
    });
  }
}
