/**
 * Opens the backend named on the command line. Every option is range-checked before anything is opened.
 */
import { InvalidArgumentError, ZeroMockConnection, type Connection } from '@bss2/fisch';
import { SimConnection } from '@bss2/sim';
import { DEFAULT_REMOTE_PORT, RemoteConnection, UsbConnection } from '@bss2/transport';
import { intOption, optionalIntOption } from './options.js';

export const BACKENDS = ['sim', 'zeromock', 'usb', 'remote'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** Backend options exactly as commander delivers them (strings). */
export interface BackendFlags {
  readonly host?: string;
  readonly port?: string;
  readonly user?: string;
  readonly connectAttempts?: string;
  readonly vid?: string;
  readonly pid?: string;
  readonly serial?: string;
  readonly usbTimeout?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Backend for remote/serve host/port/user, falling back to BSS2_REMOTE_HOST / BSS2_REMOTE_PORT. */
export function remoteAddress(flags: BackendFlags, env: Env): { host: string; port: number } {
  const host = flags.host ?? env.BSS2_REMOTE_HOST ?? '127.0.0.1';
  if (host.length === 0) throw new InvalidArgumentError('--host must not be empty');
  const port = intOption('--port', flags.port ?? env.BSS2_REMOTE_PORT, 1, 65535, DEFAULT_REMOTE_PORT);
  return { host, port };
}

export async function openBackend(name: BackendName, flags: BackendFlags, env: Env): Promise<Connection> {
  switch (name) {
    case 'zeromock':
      return new ZeroMockConnection();
    case 'sim':
      return new SimConnection();
    case 'usb': {
      const vendorId = optionalIntOption('--vid', flags.vid ?? env.BSS2_USB_VID, 0, 0xffff);
      const productId = optionalIntOption('--pid', flags.pid ?? env.BSS2_USB_PID, 0, 0xffff);
      const serial = flags.serial ?? env.BSS2_USB_SERIAL;
      const timeout = intOption('--usb-timeout', flags.usbTimeout, 1, 3_600_000, 5000);
      return UsbConnection.open({
        ...(vendorId !== undefined ? { vendorId } : {}),
        ...(productId !== undefined ? { productId } : {}),
        ...(serial !== undefined ? { serialNumber: serial } : {}),
        transferTimeoutMs: timeout,
      });
    }
    case 'remote': {
      const { host, port } = remoteAddress(flags, env);
      const connectAttempts = intOption('--connect-attempts', flags.connectAttempts, 1, 10000, 20);
      return RemoteConnection.connect({
        host,
        port,
        connectAttempts,
        ...(flags.user !== undefined ? { user: flags.user } : {}),
      });
    }
  }
}
