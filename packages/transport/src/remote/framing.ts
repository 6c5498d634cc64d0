/**
 * Length-delimited framing for the remote protocol: each frame is a base-128 varint byte count followed by
 * that many bytes of one protobuf message (the protobufjs `encodeDelimited` layout). The reader accepts
 * arbitrary TCP chunk boundaries and refuses a frame whose announced length exceeds its limit *before*
 * buffering it, so a hostile or broken peer cannot make the process allocate unbounded memory.
 */
import { ProgramTooLargeError, RemoteProtocolError } from '../errors.js';

/** Varints longer than this cannot describe a length below 2^35 and are rejected as garbage. */
const MAX_VARINT_BYTES = 5;

/** The varint length prefix of a frame of `length` bytes. */
export function frameHeader(length: number): Uint8Array {
  let n = length;
  const prefix: number[] = [];
  while (n >= 0x80) {
    prefix.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  prefix.push(n);
  return Uint8Array.from(prefix);
}

/** Prefixes `payload` with its varint length (one contiguous buffer). */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  const prefix = frameHeader(payload.length);
  const out = new Uint8Array(prefix.length + payload.length);
  out.set(prefix, 0);
  out.set(payload, prefix.length);
  return out;
}

/** Writes one frame without copying the payload (header and payload are queued back to back). */
export function writeFrame(socket: { write(data: Uint8Array): boolean }, payload: Uint8Array): void {
  socket.write(frameHeader(payload.length));
  socket.write(payload);
}

/** Splits a byte stream into frames. `push` returns the frames completed by the chunk, in order. */
export class FrameReader {
  private readonly chunks: Uint8Array[] = [];
  private buffered = 0;
  /** Length of the frame being collected, or -1 while its varint prefix is still being read. */
  private need = -1;
  private varint = 0;
  private varintShift = 1;
  private varintBytes = 0;

  constructor(private readonly maxFrameBytes: number) {}

  /** Bytes received for the current, incomplete frame. */
  get pendingBytes(): number {
    return this.buffered;
  }

  /** True when the stream stopped exactly at a frame boundary. */
  get atBoundary(): boolean {
    return this.need < 0 && this.varintBytes === 0;
  }

  push(chunk: Uint8Array): Uint8Array[] {
    const frames: Uint8Array[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.need < 0) {
        const b = chunk[i++]!;
        this.varint += (b & 0x7f) * this.varintShift;
        this.varintShift *= 0x80;
        this.varintBytes++;
        if (b & 0x80) {
          if (this.varintBytes >= MAX_VARINT_BYTES) {
            throw new RemoteProtocolError(`frame length prefix longer than ${MAX_VARINT_BYTES} bytes`, 'E_BAD_FRAME');
          }
          continue;
        }
        const length = this.varint;
        this.varint = 0;
        this.varintShift = 1;
        this.varintBytes = 0;
        if (length > this.maxFrameBytes) throw new ProgramTooLargeError('frame length', length, this.maxFrameBytes);
        if (length === 0) {
          frames.push(new Uint8Array(0));
          continue;
        }
        this.need = length;
        continue;
      }
      const take = Math.min(this.need - this.buffered, chunk.length - i);
      this.chunks.push(chunk.subarray(i, i + take));
      this.buffered += take;
      i += take;
      if (this.buffered === this.need) {
        frames.push(this.assemble());
        this.need = -1;
      }
    }
    return frames;
  }

  private assemble(): Uint8Array {
    let frame: Uint8Array;
    if (this.chunks.length === 1) {
      frame = this.chunks[0]!;
    } else {
      frame = new Uint8Array(this.buffered);
      let o = 0;
      for (const c of this.chunks) {
        frame.set(c, o);
        o += c.length;
      }
    }
    this.chunks.length = 0;
    this.buffered = 0;
    return frame;
  }
}
