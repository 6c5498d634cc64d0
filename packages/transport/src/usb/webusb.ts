/**
 * The slice of the WebUSB API (as implemented by node-usb v3) that `UsbConnection` uses. Programming against
 * this instead of the concrete `usb` classes lets tests inject a fake device, and keeps the native module out
 * of the import graph until a USB connection is really opened.
 */
import { UsbUnavailableError } from '../errors.js';

export interface UsbInResult {
  readonly data?: DataView | undefined;
  readonly status?: 'ok' | 'stall' | 'babble' | undefined;
}

export interface UsbOutResult {
  readonly bytesWritten: number;
  readonly status?: 'ok' | 'stall' | 'babble' | undefined;
}

export interface UsbDeviceLike {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber?: string | null | undefined;
  readonly opened: boolean;
  readonly configuration?: { readonly configurationValue: number } | null | undefined;
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration(configurationValue: number): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  releaseInterface(interfaceNumber: number): Promise<void>;
  /** node-usb's third argument overrides its 1 s default timeout; we always pass it explicitly. */
  transferOut(endpointNumber: number, data: Uint8Array, timeout?: number): Promise<UsbOutResult>;
  transferIn(endpointNumber: number, length: number, timeout?: number): Promise<UsbInResult>;
  clearHalt?(direction: 'in' | 'out', endpointNumber: number): Promise<void>;
}

/** Device enumeration, satisfied by node-usb's `usb` export and by the test fake. */
export interface UsbLike {
  getDevices(): Promise<UsbDeviceLike[]>;
}

/**
 * Loads node-usb's WebUSB object on first use. Failure to load the native addon becomes a typed
 * `UsbUnavailableError` instead of an import-time crash. Hot-plug listeners are never attached: on hosts
 * without `/sys/bus/usb` their background scan rejects unhandled and would kill the process.
 */
export async function loadNodeUsb(): Promise<UsbLike> {
  try {
    const mod = await import('usb');
    return mod.usb as unknown as UsbLike;
  } catch (cause) {
    throw new UsbUnavailableError(`cannot load the native usb module: ${errorText(cause)}`, { cause });
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
