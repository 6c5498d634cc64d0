/**
 * Shared pieces of the remote protocol: message classes, limits and the mapping between typed errors and
 * their wire form.
 */
import { Bss2Error, type ConnectionTimeInfo } from '@bss2/fisch';
import { bss2 } from '../gen/remote.js';

export const RemoteRequest = bss2.remote.Request;
export const RemoteResponse = bss2.remote.Response;
export const RequestKind = bss2.remote.RequestKind;
export type RemoteRequestProps = bss2.remote.Request.$Properties;
export type RemoteResponseProps = bss2.remote.Response.$Properties;
export type RemoteBackendInfo = bss2.remote.BackendInfo.$Properties;

/** Default largest program: quiggeldy's maximum message length, 1280 MiB ("FPGA memory filled with results"). */
export const DEFAULT_MAX_PROGRAM_BYTES = 1280 * 1024 * 1024;
/** Room for envelope fields around the program/response bytes inside one frame. */
export const FRAME_OVERHEAD_BYTES = 64 * 1024;
/** Default TCP port of `bss2 serve`. */
export const DEFAULT_REMOTE_PORT = 5666;
export const MAX_USER_LENGTH = 256;
export const MAX_REQUEST_ID = 0xffff_ffff;
export const PROTOCOL_VERSION = 'bss2-remote/1';

export function timeInfoToWire(t: ConnectionTimeInfo): bss2.remote.TimeInfo.$Properties {
  return { encodeNs: t.encodeNs, decodeNs: t.decodeNs, commitNs: t.commitNs, executionNs: t.executionNs };
}

export function timeInfoFromWire(t: bss2.remote.TimeInfo.$Properties | null | undefined): ConnectionTimeInfo {
  return {
    encodeNs: t?.encodeNs ?? 0,
    decodeNs: t?.decodeNs ?? 0,
    commitNs: t?.commitNs ?? 0,
    executionNs: t?.executionNs ?? 0,
  };
}

export function errorToWire(e: unknown): bss2.remote.Error.$Properties {
  if (e instanceof Bss2Error) return { code: e.code, message: e.message, name: e.name };
  if (e instanceof Error) return { code: 'E_INTERNAL', message: e.message, name: e.name };
  return { code: 'E_INTERNAL', message: String(e), name: 'Error' };
}
