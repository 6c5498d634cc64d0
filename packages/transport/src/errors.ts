/**
 * Typed transport errors. All derive from fisch's `ConnectionError`, so callers that only care about
 * "the backend failed" catch one class, while tools can branch on the subclass or the stable `code`.
 */
import { ConnectionError } from '@bss2/fisch';

/** The host has no usable USB subsystem (e.g. no `/sys/bus/usb`), or the native `usb` module failed to load. */
export class UsbUnavailableError extends ConnectionError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'E_USB_UNAVAILABLE', options);
  }
}

/** USB works, but no device matches the requested vendor/product id or serial number. */
export class UsbDeviceNotFoundError extends ConnectionError {
  readonly selector: string;
  constructor(selector: string) {
    super(`no USB device found matching ${selector}`, 'E_USB_NOT_FOUND');
    this.selector = selector;
  }
}

/** A bulk transfer failed, stalled, timed out or moved fewer bytes than requested. */
export class UsbTransferError extends ConnectionError {
  readonly direction: 'in' | 'out';
  readonly endpoint: number;
  constructor(direction: 'in' | 'out', endpoint: number, detail: string, options?: { cause?: unknown }) {
    super(`USB bulk ${direction} transfer on endpoint ${endpoint} failed: ${detail}`, 'E_USB_TRANSFER', options);
    this.direction = direction;
    this.endpoint = endpoint;
  }
}

/** The peer violated the remote-execution protocol (undecodable frame, unknown or duplicate id, ...). */
export class RemoteProtocolError extends ConnectionError {
  constructor(message: string, code = 'E_PROTOCOL', options?: { cause?: unknown }) {
    super(message, code, options);
  }
}

/** A program (or frame) exceeds the configured size limit. */
export class ProgramTooLargeError extends ConnectionError {
  readonly bytes: number;
  readonly maxBytes: number;
  constructor(what: string, bytes: number, maxBytes: number) {
    super(`${what} = ${bytes} bytes is out of range: allowed 0..${maxBytes} bytes`, 'E_TOO_LARGE');
    this.bytes = bytes;
    this.maxBytes = maxBytes;
  }
}

/** The TCP session to the remote executor broke while a request was outstanding, or could not be opened. */
export class RemoteDisconnectedError extends ConnectionError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'E_DISCONNECTED', options);
  }
}

/**
 * The server ran (or tried to run) the program and its backend failed. `remoteCode` is the `code` of the
 * error raised on the server (e.g. `E_EXECUTION`, `E_TIMEOUT`), `remoteName` its class name.
 */
export class RemoteExecutionError extends ConnectionError {
  readonly remoteCode: string;
  readonly remoteName: string;
  constructor(message: string, remoteCode: string, remoteName: string) {
    super(message, 'E_REMOTE', undefined);
    this.remoteCode = remoteCode;
    this.remoteName = remoteName;
  }
}
