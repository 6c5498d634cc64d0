/**
 * @bss2/transport: real transports for fisch `Connection`s.
 *
 * - `UsbConnection`: FPGA boards over USB bulk endpoints (node-usb v3 WebUSB API, loaded lazily so importing
 *   this package never loads the native module); `FakeUsb`/`FakeUsbDevice` emulate a ZeroMock FPGA for tests.
 * - `RemoteServer` / `RemoteConnection`: remote execution over TCP with a length-delimited protobuf envelope
 *   (schema `proto/remote.proto`), fair per-user queueing and pipelined requests.
 */
export * from './errors.js';
export type { UsbDeviceLike, UsbLike, UsbInResult, UsbOutResult } from './usb/webusb.js';
export { loadNodeUsb } from './usb/webusb.js';
export { UsbConnection, resolveUsbOptions, type UsbConnectionOptions } from './usb/usb-connection.js';
export { FakeUsb, FakeUsbDevice, type FakeUsbDeviceOptions, type FakeUsbFaults } from './usb/fake-usb.js';
export { FairQueue } from './remote/fair-queue.js';
export { FrameReader, encodeFrame, frameHeader } from './remote/framing.js';
export {
  DEFAULT_MAX_PROGRAM_BYTES,
  DEFAULT_REMOTE_PORT,
  FRAME_OVERHEAD_BYTES,
  PROTOCOL_VERSION,
  RemoteRequest,
  RemoteResponse,
  RequestKind,
  type RemoteBackendInfo,
  type RemoteRequestProps,
  type RemoteResponseProps,
} from './remote/protocol.js';
export { RemoteServer, type RemoteServerOptions, type RemoteServerStats } from './remote/server.js';
export { RemoteConnection, type RemoteConnectionOptions } from './remote/client.js';
