import t from 'tap';
import { ConnectionError, InvalidArgumentError, ValueRangeError, decodeFromFpgaBytes } from '@bss2/fisch';
import {
  FakeUsb,
  FakeUsbDevice,
  UsbConnection,
  UsbDeviceNotFoundError,
  UsbTransferError,
  UsbUnavailableError,
  loadNodeUsb,
  resolveUsbOptions,
} from '@bss2/transport';

const TICK = Uint8Array.of(0x0a, 0, 0, 0, 0, 0, 0, 1);
const OMNIBUS_READ = Uint8Array.of(0x0b, 0, 0, 0x10, 0, 0, 0, 0x10); // Address(isRead=1)

function program(...words: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(words.length * 8);
  words.forEach((w, i) => out.set(w, i * 8));
  return out;
}

async function open(device = new FakeUsbDevice(), extra: Record<string, unknown> = {}): Promise<[UsbConnection, FakeUsbDevice]> {
  const c = await UsbConnection.open({ usb: new FakeUsb([device]), vendorId: 0x1234, productId: 0x5678, ...extra });
  return [c, device];
}

t.test('the real usb module on a host without /sys/bus/usb yields a typed error', async (t) => {
  const usb = await loadNodeUsb();
  t.type(usb.getDevices, 'function');
  const err = await UsbConnection.open({ vendorId: 0x1234, productId: 0x5678 }).catch((e: unknown) => e);
  // On a machine with USB the device simply is not there; both are typed ConnectionErrors.
  t.ok(err instanceof UsbUnavailableError || err instanceof UsbDeviceNotFoundError, String(err));
  t.ok(err instanceof ConnectionError);
});

t.test('runs programs against a fake ZeroMock FPGA over bulk endpoints', async (t) => {
  const [c, dev] = await open();
  t.equal(c.name, 'usb');
  t.same(c.supportedTargets, ['hardware']);
  t.equal(c.uniqueIdentifier(), 'usb:1234:5678:FAKE0001');
  t.equal(c.bitfileInfo(), c.uniqueIdentifier());
  t.ok(dev.opened);
  t.ok(dev.claimed.has(0));
  const halt = await c.execute(new Uint8Array(0));
  t.same(decodeFromFpgaBytes(halt.responses), [{ type: 'system.Loopback', tick: false }]);
  const r = await c.execute(program(TICK, OMNIBUS_READ, TICK));
  t.same(
    decodeFromFpgaBytes(r.responses).map((m) => m.type),
    ['system.Loopback', 'omnibus.Data', 'system.Loopback', 'system.Loopback'],
  );
  t.ok(r.timeInfo.executionNs >= r.timeInfo.commitNs);
  t.ok(c.timeInfo().executionNs >= r.timeInfo.executionNs);
  // concurrent executions are serialised and each gets its own answer
  const many = await Promise.all([1, 2, 3, 4].map((k) => c.execute(program(...new Array<Uint8Array>(k).fill(TICK)))));
  t.same(
    many.map((m) => decodeFromFpgaBytes(m.responses).length),
    [2, 3, 4, 5],
  );
  await c.close();
  t.ok(c.closed);
  t.notOk(dev.opened);
  await c.close(); // idempotent
  await t.rejects(c.execute(TICK), { code: 'E_CLOSED' });
});

t.test('chunks OUT transfers and reassembles IN data split at arbitrary points', async (t) => {
  const dev = new FakeUsbDevice({ maxInBytes: 3 });
  const [c] = await open(dev, { chunkBytes: 16 });
  const words = new Array<Uint8Array>(9).fill(TICK);
  const r = await c.execute(program(...words));
  t.same(dev.outTransfers, [16, 16, 16, 16, 16]); // 10 words incl. halt
  t.equal(decodeFromFpgaBytes(r.responses).length, 10);
  await c.close();
});

t.test('selects by serial number, configures an unconfigured device, and reports missing devices', async (t) => {
  const a = new FakeUsbDevice({ serialNumber: 'A' });
  const b = new FakeUsbDevice({ serialNumber: 'B', vendorId: 1, productId: 2 });
  const usb = new FakeUsb([a, b]);
  const c = await UsbConnection.open({ usb, serialNumber: 'B' });
  t.equal(c.uniqueIdentifier(), 'usb:0001:0002:B');
  t.same(b.configuration, { configurationValue: 1 });
  await c.close();
  const anon = new FakeUsbDevice({ serialNumber: null });
  const c2 = await UsbConnection.open({ usb: new FakeUsb([anon]), vendorId: 0x1234, productId: 0x5678 });
  t.equal(c2.uniqueIdentifier(), 'usb:1234:5678');
  await c2.close();
  await t.rejects(UsbConnection.open({ usb, serialNumber: 'C' }), UsbDeviceNotFoundError);
  await t.rejects(UsbConnection.open({ usb, vendorId: 9, productId: 9, serialNumber: 'A' }), { code: 'E_USB_NOT_FOUND', message: /0x0009.*"A"/ });
  await t.rejects(
    UsbConnection.open({ usb: new FakeUsb([], '/sys/bus/usb/devices/ not found'), vendorId: 1, productId: 1 }),
    UsbUnavailableError,
  );
});

t.test('open failures close the device and surface as ConnectionError', async (t) => {
  const dev = new FakeUsbDevice();
  dev.faults.claimThrow = 'resource busy';
  await t.rejects(open(dev), { code: 'E_USB_OPEN', message: /resource busy/ });
  t.notOk(dev.opened);
  await t.rejects(open(new FakeUsbDevice(), { interfaceNumber: 3 }), { code: 'E_USB_OPEN', message: /interface 3/ });
  await t.rejects(open(new FakeUsbDevice(), { configuration: 2 }), { code: 'E_USB_OPEN' });
});

t.test('validates every option with typed errors', async (t) => {
  t.throws(() => resolveUsbOptions({}), InvalidArgumentError);
  t.throws(() => resolveUsbOptions({ vendorId: 1 }), InvalidArgumentError);
  t.throws(() => resolveUsbOptions({ vendorId: 0x10000, productId: 1 }), ValueRangeError);
  t.throws(() => resolveUsbOptions({ serialNumber: '' }), InvalidArgumentError);
  t.throws(() => resolveUsbOptions({ serialNumber: 'x', endpointIn: 16 }), { name: 'ValueRangeError', field: 'usb.endpointIn', max: 15 });
  t.throws(() => resolveUsbOptions({ serialNumber: 'x', chunkBytes: 12 }), /multiple of 8/);
  t.throws(() => resolveUsbOptions({ serialNumber: 'x', transferTimeoutMs: 0 }), ValueRangeError);
  t.throws(() => resolveUsbOptions({ serialNumber: 'x', executionTimeoutMs: 1.5 }), ValueRangeError);
  const o = resolveUsbOptions({ serialNumber: 'x' });
  t.equal(o.transferTimeoutMs, 5000);
  const [c] = await open();
  await t.rejects(c.execute(new Uint8Array(5)), /multiple of 8/);
  await c.close();
});

t.test('transfer faults become UsbTransferError; the link keeps working afterwards', async (t) => {
  const [c, dev] = await open();
  dev.faults.outStatus = 'stall';
  await t.rejects(c.execute(TICK), { code: 'E_USB_TRANSFER', direction: 'out', message: /stall/ });
  dev.faults.outShortBy = 8;
  await t.rejects(c.execute(TICK), UsbTransferError);
  // the fake consumed a partial program: clear it by sending the rest as a complete program
  dev.faults.outThrow = 'LIBUSB_ERROR_PIPE';
  await t.rejects(c.execute(TICK), /LIBUSB_ERROR_PIPE/);
  await t.test('in direction', async (t) => {
    const [c2, dev2] = await open();
    dev2.faults.inStatus = 'babble';
    await t.rejects(c2.execute(TICK), { direction: 'in', message: /babble/ });
    const [c3, dev3] = await open();
    dev3.faults.inThrow = 'LIBUSB_ERROR_NO_DEVICE';
    await t.rejects(c3.execute(TICK), { code: 'E_USB_TRANSFER', message: /NO_DEVICE/ });
    await c2.close();
    await c3.close();
  });
  await c.close();
});

t.test('IN timeouts are retried until the execution deadline; empty reads are tolerated', async (t) => {
  const [c, dev] = await open(new FakeUsbDevice(), { transferTimeoutMs: 5 });
  dev.faults.inTimeouts = 3;
  dev.faults.inEmpty = 2;
  const r = await c.execute(TICK);
  t.equal(decodeFromFpgaBytes(r.responses).length, 2);
  await c.close();
  const [slow, dev2] = await open(new FakeUsbDevice(), { transferTimeoutMs: 1, executionTimeoutMs: 20 });
  dev2.faults.inTimeouts = 1e9;
  await t.rejects(slow.execute(TICK), { code: 'E_TIMEOUT', message: /executionTimeoutMs = 20/ });
  dev2.faults.inTimeouts = 0;
  dev2.faults.inEmpty = 1e9;
  await t.rejects(slow.execute(TICK), { code: 'E_TIMEOUT' });
  await slow.close();
});

t.test('stray bytes after the halt are cut off; abort rejects with E_ABORTED', async (t) => {
  const [c, dev] = await open();
  dev.faults.trailing = Uint8Array.of(2, 0, 0, 0, 0, 0, 0, 1);
  const r = await c.execute(new Uint8Array(0));
  t.equal(r.responses.length, 8);
  const ac = new AbortController();
  ac.abort();
  await t.rejects(c.execute(TICK, { signal: ac.signal }), { code: 'E_ABORTED' });
  // abort while waiting for the halt
  const [c2, dev2] = await open(new FakeUsbDevice(), { transferTimeoutMs: 1 });
  dev2.faults.inTimeouts = 1e9;
  const ac2 = new AbortController();
  const p = c2.execute(TICK, { signal: ac2.signal });
  setTimeout(() => ac2.abort(), 10);
  await t.rejects(p, { code: 'E_ABORTED' });
  await c.close();
  await c2.close();
});
