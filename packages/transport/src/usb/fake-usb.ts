/**
 * A fake USB FPGA board implementing the WebUSB slice of `webusb.ts`. It behaves like a ZeroMock FPGA behind
 * bulk endpoints: words written to the OUT endpoint are collected until the halt Loopback arrives, the
 * program is answered exactly as `ZeroMockConnection` would, and the answer is served from the IN endpoint
 * in pieces of at most the requested length. Hooks inject the failures real links show (stalls, short
 * writes, timeouts, enumeration failure) so `UsbConnection`'s error paths are testable without hardware.
 */
import { HALT_WORD_BYTES, ZeroMockConnection } from '@bss2/fisch';
import type { UsbDeviceLike, UsbInResult, UsbLike, UsbOutResult } from './webusb.js';

export interface FakeUsbDeviceOptions {
  readonly vendorId?: number;
  readonly productId?: number;
  readonly serialNumber?: string | null;
  /** Interface numbers that exist (default [0]). */
  readonly interfaces?: readonly number[];
  /** Bulk endpoint numbers (default 1 for both directions). */
  readonly endpointOut?: number;
  readonly endpointIn?: number;
  /** Largest IN packet the device returns per transfer, in bytes (default: whatever is requested). */
  readonly maxInBytes?: number;
}

/** One-shot failure injections, consumed by the next matching call. */
export interface FakeUsbFaults {
  outStatus?: 'stall' | 'babble';
  outShortBy?: number;
  outThrow?: string;
  inStatus?: 'stall' | 'babble';
  inThrow?: string;
  /** Number of upcoming IN transfers that time out before data is served. */
  inTimeouts?: number;
  /** Serve this many empty IN transfers before data. */
  inEmpty?: number;
  /** Bytes appended after the next answer (garbage behind the halt). */
  trailing?: Uint8Array;
  claimThrow?: string;
}

export class FakeUsbDevice implements UsbDeviceLike {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber: string | null;
  opened = false;
  configuration: { configurationValue: number } | null = null;
  readonly claimed = new Set<number>();
  readonly faults: FakeUsbFaults = {};
  /** Every OUT transfer length, for tests of the chunking. */
  readonly outTransfers: number[] = [];
  private readonly interfaces: readonly number[];
  private readonly epOut: number;
  private readonly epIn: number;
  private readonly maxIn: number;
  private readonly mock = new ZeroMockConnection({ nsPerMessage: 0 });
  private received: Uint8Array[] = [];
  private receivedBytes = 0;
  private pending: Promise<void> = Promise.resolve();
  private inQueue = new Uint8Array(0);

  constructor(options: FakeUsbDeviceOptions = {}) {
    this.vendorId = options.vendorId ?? 0x1234;
    this.productId = options.productId ?? 0x5678;
    this.serialNumber = options.serialNumber === undefined ? 'FAKE0001' : options.serialNumber;
    this.interfaces = options.interfaces ?? [0];
    this.epOut = options.endpointOut ?? 1;
    this.epIn = options.endpointIn ?? 1;
    this.maxIn = options.maxInBytes ?? Number.MAX_SAFE_INTEGER;
  }

  async open(): Promise<void> {
    this.opened = true;
  }

  async close(): Promise<void> {
    this.opened = false;
    this.claimed.clear();
  }

  async selectConfiguration(configurationValue: number): Promise<void> {
    this.requireOpen();
    if (configurationValue !== 1) throw new Error(`configuration ${configurationValue} does not exist`);
    this.configuration = { configurationValue };
  }

  async claimInterface(interfaceNumber: number): Promise<void> {
    this.requireOpen();
    if (this.faults.claimThrow !== undefined) throw new Error(this.faults.claimThrow);
    if (!this.configuration) throw new Error('device is not configured');
    if (!this.interfaces.includes(interfaceNumber)) throw new Error(`interface ${interfaceNumber} does not exist`);
    this.claimed.add(interfaceNumber);
  }

  async releaseInterface(interfaceNumber: number): Promise<void> {
    this.claimed.delete(interfaceNumber);
  }

  async transferOut(endpointNumber: number, data: Uint8Array): Promise<UsbOutResult> {
    this.requireClaimed(endpointNumber, this.epOut);
    const f = this.faults;
    if (f.outThrow !== undefined) {
      const m = f.outThrow;
      delete f.outThrow;
      throw new Error(m);
    }
    if (f.outStatus) {
      const status = f.outStatus;
      delete f.outStatus;
      return { bytesWritten: 0, status };
    }
    let n = data.length;
    if (f.outShortBy) {
      n -= f.outShortBy;
      delete f.outShortBy;
    }
    this.outTransfers.push(n);
    this.received.push(data.slice(0, n));
    this.receivedBytes += n;
    this.runCompletedPrograms();
    return { bytesWritten: n, status: 'ok' };
  }

  async transferIn(endpointNumber: number, length: number, timeout = 1000): Promise<UsbInResult> {
    this.requireClaimed(endpointNumber, this.epIn);
    const f = this.faults;
    if (f.inThrow !== undefined) {
      const m = f.inThrow;
      delete f.inThrow;
      throw new Error(m);
    }
    if (f.inStatus) {
      const status = f.inStatus;
      delete f.inStatus;
      return { status };
    }
    if (f.inTimeouts) {
      f.inTimeouts--;
      throw new Error(`LIBUSB_TRANSFER_TIMED_OUT after ${timeout} ms`);
    }
    if (f.inEmpty) {
      f.inEmpty--;
      return { data: new DataView(new ArrayBuffer(0)), status: 'ok' };
    }
    await this.pending;
    if (this.inQueue.length === 0) throw new Error(`LIBUSB_TRANSFER_TIMED_OUT after ${timeout} ms`);
    const n = Math.min(length, this.maxIn, this.inQueue.length);
    const out = this.inQueue.slice(0, n);
    this.inQueue = this.inQueue.subarray(n);
    return { data: new DataView(out.buffer, out.byteOffset, out.byteLength), status: 'ok' };
  }

  private requireOpen(): void {
    if (!this.opened) throw new Error('device is not open');
  }

  private requireClaimed(endpoint: number, expected: number): void {
    this.requireOpen();
    if (this.claimed.size === 0) throw new Error('no interface claimed');
    if (endpoint !== expected) throw new Error(`endpoint ${endpoint} does not exist`);
  }

  /** Runs every complete program (ending with a halt word) received so far through the ZeroMock model. */
  private runCompletedPrograms(): void {
    if (this.receivedBytes % 8 !== 0) return;
    const all = new Uint8Array(this.receivedBytes);
    let o = 0;
    for (const r of this.received) {
      all.set(r, o);
      o += r.length;
    }
    const lastWord = all.subarray(all.length - 8);
    if (all.length < 8 || !lastWord.every((b, i) => b === HALT_WORD_BYTES[i])) return;
    this.received = [];
    this.receivedBytes = 0;
    const trailing = this.faults.trailing;
    delete this.faults.trailing;
    this.pending = this.pending.then(async () => {
      const { responses } = await this.mock.execute(all.subarray(0, all.length - 8));
      const extra = trailing ?? new Uint8Array(0);
      const next = new Uint8Array(this.inQueue.length + responses.length + extra.length);
      next.set(this.inQueue, 0);
      next.set(responses, this.inQueue.length);
      next.set(extra, this.inQueue.length + responses.length);
      this.inQueue = next;
    });
  }
}

/** A fake `usb` object enumerating the given devices (or failing like a host without `/sys/bus/usb`). */
export class FakeUsb implements UsbLike {
  constructor(
    readonly devices: FakeUsbDevice[] = [new FakeUsbDevice()],
    private readonly enumerationError?: string,
  ) {}

  async getDevices(): Promise<FakeUsbDevice[]> {
    if (this.enumerationError !== undefined) throw new Error(this.enumerationError);
    return this.devices;
  }
}
