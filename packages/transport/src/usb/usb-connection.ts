/**
 * UsbConnection: runs playback programs on an FPGA board attached over USB bulk endpoints.
 *
 * Wire model: the host streams the big-endian to-FPGA words (program + halt Loopback) to the OUT endpoint
 * in chunks, then reads the IN endpoint until the from-FPGA halt Loopback has been decoded. Everything the
 * FPGA sends before the halt belongs to this program (the FPGA executes sequentially, §2.3 of the spec).
 *
 * Timeouts are always explicit: node-usb defaults to 1 s per transfer, far too short for experiments that
 * run for minutes without sending anything. An IN transfer that times out is simply re-issued until the
 * execution deadline has passed.
 */
import {
  ConnectionError,
  FromFpgaDecoder,
  FromFpgaOpcode,
  SerialQueue,
  addTimeInfo,
  checkInt,
  moduleLogger,
  nowNs,
  withHalt,
  ZERO_TIME_INFO,
  InvalidArgumentError,
  type Connection,
  type ConnectionTarget,
  type ConnectionTimeInfo,
  type ExecuteOptions,
  type ExecuteResult,
} from '@bss2/fisch';
import { UsbDeviceNotFoundError, UsbTransferError, UsbUnavailableError } from '../errors.js';
import { errorText, loadNodeUsb, type UsbDeviceLike, type UsbLike } from './webusb.js';

const log = (): ReturnType<typeof moduleLogger> => moduleLogger('transport.usb');

export interface UsbConnectionOptions {
  /** WebUSB implementation; default: node-usb's `usb` object, loaded lazily. */
  readonly usb?: UsbLike;
  /** USB vendor id (0..0xffff). Required unless `serialNumber` is given. */
  readonly vendorId?: number;
  /** USB product id (0..0xffff). */
  readonly productId?: number;
  /** Selects the board by serial number (alone, or in addition to the ids). */
  readonly serialNumber?: string;
  /** Configuration value selected if the device is unconfigured (1..255, default 1). */
  readonly configuration?: number;
  /** Interface to claim (0..255, default 0). */
  readonly interfaceNumber?: number;
  /** Bulk OUT endpoint number (1..15, default 1). */
  readonly endpointOut?: number;
  /** Bulk IN endpoint number (1..15, default 1). */
  readonly endpointIn?: number;
  /** Bytes per OUT transfer (8..64 MiB, multiple of 8, default 1 MiB). */
  readonly chunkBytes?: number;
  /** Bytes requested per IN transfer (8..64 MiB, multiple of 8, default 64 KiB). */
  readonly readBytes?: number;
  /** Timeout of one transfer in ms (1..3_600_000, default 5000). */
  readonly transferTimeoutMs?: number;
  /** Longest wait for the halt acknowledgement after sending, in ms (1..30 days, default 10 min). */
  readonly executionTimeoutMs?: number;
}

const MIB = 1024 * 1024;
const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

interface ResolvedOptions {
  vendorId: number | undefined;
  productId: number | undefined;
  serialNumber: string | undefined;
  configuration: number;
  interfaceNumber: number;
  endpointOut: number;
  endpointIn: number;
  chunkBytes: number;
  readBytes: number;
  transferTimeoutMs: number;
  executionTimeoutMs: number;
}

function checkWordMultiple(field: string, value: unknown, min: number, max: number): number {
  const v = checkInt(field, value, min, max);
  if (v % 8 !== 0) throw new InvalidArgumentError(`${field} = ${v} must be a multiple of 8 (whole 64-bit words)`);
  return v;
}

/** Validates options; exported for the CLI, which range-checks before touching the device. */
export function resolveUsbOptions(o: UsbConnectionOptions): ResolvedOptions {
  const vendorId = o.vendorId === undefined ? undefined : checkInt('usb.vendorId', o.vendorId, 0, 0xffff);
  const productId = o.productId === undefined ? undefined : checkInt('usb.productId', o.productId, 0, 0xffff);
  if ((vendorId === undefined) !== (productId === undefined)) {
    throw new InvalidArgumentError('usb.vendorId and usb.productId must be given together');
  }
  if (o.serialNumber !== undefined && (typeof o.serialNumber !== 'string' || o.serialNumber.length === 0)) {
    throw new InvalidArgumentError(`usb.serialNumber = ${JSON.stringify(o.serialNumber)} must be a non-empty string`);
  }
  if (vendorId === undefined && o.serialNumber === undefined) {
    throw new InvalidArgumentError('a USB device needs usb.vendorId + usb.productId or usb.serialNumber');
  }
  return {
    vendorId,
    productId,
    serialNumber: o.serialNumber,
    configuration: checkInt('usb.configuration', o.configuration ?? 1, 1, 255),
    interfaceNumber: checkInt('usb.interfaceNumber', o.interfaceNumber ?? 0, 0, 255),
    endpointOut: checkInt('usb.endpointOut', o.endpointOut ?? 1, 1, 15),
    endpointIn: checkInt('usb.endpointIn', o.endpointIn ?? 1, 1, 15),
    chunkBytes: checkWordMultiple('usb.chunkBytes', o.chunkBytes ?? MIB, 8, 64 * MIB),
    readBytes: checkWordMultiple('usb.readBytes', o.readBytes ?? 64 * 1024, 8, 64 * MIB),
    transferTimeoutMs: checkInt('usb.transferTimeoutMs', o.transferTimeoutMs ?? 5000, 1, 3_600_000),
    executionTimeoutMs: checkInt('usb.executionTimeoutMs', o.executionTimeoutMs ?? 600_000, 1, THIRTY_DAYS_MS),
  };
}

function describeSelector(o: ResolvedOptions): string {
  const parts: string[] = [];
  if (o.vendorId !== undefined) {
    parts.push(`vendorId 0x${o.vendorId.toString(16).padStart(4, '0')}`);
    parts.push(`productId 0x${o.productId!.toString(16).padStart(4, '0')}`);
  }
  if (o.serialNumber !== undefined) parts.push(`serial ${JSON.stringify(o.serialNumber)}`);
  return parts.join(', ');
}

const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

function isTimeout(e: unknown): boolean {
  return /time[ds]?[\s_-]*out/i.test(errorText(e)) || (e as { code?: unknown })?.code === 'ETIMEDOUT';
}

export class UsbConnection implements Connection {
  readonly name = 'usb';
  readonly supportedTargets: readonly ConnectionTarget[] = ['hardware'];
  private total: ConnectionTimeInfo = ZERO_TIME_INFO;
  private readonly queue = new SerialQueue();
  private isClosed = false;

  private constructor(
    private readonly device: UsbDeviceLike,
    private readonly options: ResolvedOptions,
  ) {}

  /**
   * Finds, opens and claims the device. Rejects with `UsbUnavailableError` when the host has no usable USB
   * subsystem and with `UsbDeviceNotFoundError` when no device matches; never crashes the process.
   */
  static async open(options: UsbConnectionOptions): Promise<UsbConnection> {
    const o = resolveUsbOptions(options);
    const usb = options.usb ?? (await loadNodeUsb());
    let devices: UsbDeviceLike[];
    try {
      devices = await usb.getDevices();
    } catch (cause) {
      throw new UsbUnavailableError(`USB enumeration failed: ${errorText(cause)}`, { cause });
    }
    const device = devices.find(
      (d) =>
        (o.vendorId === undefined || (d.vendorId === o.vendorId && d.productId === o.productId)) &&
        (o.serialNumber === undefined || d.serialNumber === o.serialNumber),
    );
    if (!device) throw new UsbDeviceNotFoundError(describeSelector(o));
    try {
      if (!device.opened) await device.open();
      if (!device.configuration) await device.selectConfiguration(o.configuration);
      await device.claimInterface(o.interfaceNumber);
    } catch (cause) {
      await device.close().catch(() => undefined);
      throw new ConnectionError(`cannot open USB device (${describeSelector(o)}): ${errorText(cause)}`, 'E_USB_OPEN', {
        cause,
      });
    }
    log().info('opened USB device', { selector: describeSelector(o) });
    return new UsbConnection(device, o);
  }

  get closed(): boolean {
    return this.isClosed;
  }

  uniqueIdentifier(): string {
    const d = this.device;
    const ids = `${d.vendorId.toString(16).padStart(4, '0')}:${d.productId.toString(16).padStart(4, '0')}`;
    return d.serialNumber ? `usb:${ids}:${d.serialNumber}` : `usb:${ids}`;
  }

  bitfileInfo(): string {
    // The USB link has no side channel to read the bitfile YAML; report what identifies the board.
    return this.uniqueIdentifier();
  }

  timeInfo(): ConnectionTimeInfo {
    return this.total;
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    // Let a running program finish first: releasing the interface mid-transfer would lose its responses.
    await this.queue.run(async () => undefined);
    try {
      await this.device.releaseInterface(this.options.interfaceNumber);
    } finally {
      await this.device.close();
    }
    log().info('closed USB device');
  }

  execute(program: Uint8Array, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    if (this.isClosed) return Promise.reject(new ConnectionError('usb connection is closed', 'E_CLOSED'));
    if (program.length % 8 !== 0) {
      return Promise.reject(
        new InvalidArgumentError(`program length = ${program.length} bytes must be a multiple of 8 (whole words)`),
      );
    }
    return this.queue.run(() => this.runProgram(program, options.signal));
  }

  private async runProgram(program: Uint8Array, signal: AbortSignal | undefined): Promise<ExecuteResult> {
    if (signal?.aborted) throw new ConnectionError('execution aborted', 'E_ABORTED');
    const o = this.options;
    const t0 = nowNs();
    const bytes = withHalt(program);
    for (let off = 0; off < bytes.length; off += o.chunkBytes) {
      const chunk = bytes.subarray(off, Math.min(bytes.length, off + o.chunkBytes));
      let res;
      try {
        res = await this.device.transferOut(o.endpointOut, chunk, o.transferTimeoutMs);
      } catch (cause) {
        throw new UsbTransferError('out', o.endpointOut, errorText(cause), { cause });
      }
      if (res.status !== undefined && res.status !== 'ok') {
        throw new UsbTransferError('out', o.endpointOut, `status ${res.status}`);
      }
      if (res.bytesWritten !== chunk.length) {
        throw new UsbTransferError('out', o.endpointOut, `wrote ${res.bytesWritten} of ${chunk.length} bytes`);
      }
    }
    const tCommit = nowNs();
    const { responses, decodeNs } = await this.readUntilHalt(signal);
    const t1 = nowNs();
    const timeInfo: ConnectionTimeInfo = {
      encodeNs: 0,
      decodeNs,
      commitNs: tCommit - t0,
      // hardware starts executing while words are still arriving, so execution includes the commit
      executionNs: t1 - t0,
    };
    this.total = addTimeInfo(this.total, timeInfo);
    log().debug('USB program done', { words: bytes.length / 8, responseBytes: responses.length });
    return { responses, timeInfo };
  }

  private async readUntilHalt(signal: AbortSignal | undefined): Promise<{ responses: Uint8Array; decodeNs: number }> {
    const o = this.options;
    let haltSeen = false;
    const decoder = new FromFpgaDecoder((op, b, off) => {
      if (op === FromFpgaOpcode.Loopback && (b[off + 7]! & 1) === 0) haltSeen = true;
    });
    const parts: Uint8Array[] = [];
    let total = 0;
    let decodeNs = 0;
    const deadline = Date.now() + o.executionTimeoutMs;
    const timedOut = (cause?: unknown): ConnectionError =>
      new ConnectionError(`no halt acknowledgement within usb.executionTimeoutMs = ${o.executionTimeoutMs} ms`, 'E_TIMEOUT', {
        cause,
      });
    while (!haltSeen) {
      if (signal?.aborted) throw new ConnectionError('execution aborted while waiting for the halt', 'E_ABORTED');
      if (Date.now() >= deadline) throw timedOut();
      let res;
      try {
        res = await this.device.transferIn(o.endpointIn, o.readBytes, o.transferTimeoutMs);
      } catch (cause) {
        if (isTimeout(cause)) {
          // yield to the event loop between polls so timers (abort signals, deadlines) can fire
          await yieldToEventLoop();
          if (Date.now() < deadline) continue;
          throw timedOut(cause);
        }
        throw new UsbTransferError('in', o.endpointIn, errorText(cause), { cause });
      }
      if (res.status !== undefined && res.status !== 'ok') {
        throw new UsbTransferError('in', o.endpointIn, `status ${res.status}`);
      }
      if (!res.data || res.data.byteLength === 0) {
        await yieldToEventLoop();
        continue;
      }
      const chunk = new Uint8Array(res.data.buffer, res.data.byteOffset, res.data.byteLength);
      const td = nowNs();
      // Feed word by word so the stream can be cut right after the word that completes the halt: anything
      // behind it would belong to no program.
      let used = 0;
      while (used < chunk.length && !haltSeen) {
        const next = Math.min(chunk.length, used + 8 - ((total + used) % 8));
        decoder.push(chunk.subarray(used, next));
        used = next;
      }
      decodeNs += nowNs() - td;
      if (used < chunk.length) log().warn('discarding bytes received after the halt acknowledgement', { bytes: chunk.length - used });
      parts.push(chunk.slice(0, used));
      total += used;
    }
    const responses = new Uint8Array(total);
    let p = 0;
    for (const part of parts) {
      responses.set(part, p);
      p += part.length;
    }
    return { responses, decodeNs };
  }
}
