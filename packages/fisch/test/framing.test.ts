import t from 'tap';
import {
  encodeToFpga,
  decodeToFpga,
  decodeFromFpgaBytes,
  encodeFromFpgaMessages,
  FromFpgaDecoder,
  UnknownOpcodeError,
  TruncatedStreamError,
  ValueRangeError,
  WordBuffer,
  type ToFpgaMessage,
  type FromFpgaMessage,
} from '@bss2/fisch';

const hex = (pair: [number, number]): string =>
  pair[0].toString(16).padStart(8, '0') + pair[1].toString(16).padStart(8, '0');

t.test('to-FPGA example words from the spec (section 1.3)', async (t) => {
  const cases: [ToFpgaMessage, string][] = [
    [{ type: 'timing.Setup' }, '0400000000000000'],
    [{ type: 'timing.WaitUntil', value: 10 }, '050000000000000a'],
    [{ type: 'system.Reset', value: true }, '0900000000000001'],
    [{ type: 'system.Loopback', tick: false }, '0a00000000000000'],
    [{ type: 'system.Loopback', tick: true }, '0a00000000000001'],
    [{ type: 'omnibus.Address', address: 3, byteEnables: 0xf, isRead: true }, '0b00001f00000003'],
    [{ type: 'omnibus.Address', address: 3, byteEnables: 0xf, isRead: false }, '0b00000f00000003'],
    [{ type: 'omnibus.Data', value: 0xc }, '0c0000000000000c'],
    [{ type: 'jtag.Init' }, '0000000000000000'],
    [{ type: 'jtag.Scaler', value: 3 }, '0100000000000003'],
    [{ type: 'jtag.Ins', value: 1 }, '0200000000000001'],
    [{ type: 'jtag.Data', keepResponse: true, numBits: 32, payload: 0 }, '0301200000000000'],
    [{ type: 'timing.Barrier', mask: 3 }, '0700000000000003'],
    [{ type: 'event.SpikePack', labels: [0x1234] }, '0d00000000001234'],
    [{ type: 'event.SpikePack', labels: [0x1111, 0x2222, 0x3333] }, '0f00111122223333'],
  ];
  for (const [msg, word] of cases) {
    const enc = encodeToFpga(msg);
    t.equal(hex(enc), word, msg.type);
    t.same(decodeToFpga(enc[0], enc[1]), msg, `${msg.type} decodes back`);
  }
});

t.test('to-FPGA field validation names field and range', async (t) => {
  t.throws(() => encodeToFpga({ type: 'timing.Barrier', mask: 32 }), ValueRangeError);
  t.throws(() => encodeToFpga({ type: 'jtag.Data', keepResponse: false, numBits: 2, payload: 0 }), {
    message: /jtag\.Data\.numBits = 2 is out of range: allowed 3\.\.33/,
  });
  t.throws(() => decodeToFpga(0x10000000, 0), UnknownOpcodeError);
});

t.test('from-FPGA worked stream (section 1.6)', async (t) => {
  const msgs: FromFpgaMessage[] = [
    { type: 'event.SpikePack', spikes: [ { timestamp: 1, value: 0xaaaa }, { timestamp: 2, value: 0xbbbb }, { timestamp: 3, value: 0xcccc } ] },
    { type: 'omnibus.Data', value: 0x12345678 },
  ];
  const bytes = encodeFromFpgaMessages(msgs);
  t.equal(Buffer.from(bytes).toString('hex'), '0c01aaaa02bbbb03' + 'cccc010000001234' + '5678800000000000');
  t.same(decodeFromFpgaBytes(bytes), msgs);
  // idle words before and after are dropped
  const idle = new Uint8Array(8).fill(0xff);
  const padded = new Uint8Array([...idle, ...bytes, ...idle]);
  t.same(decodeFromFpgaBytes(padded), msgs);
  // byte-at-a-time chunking gives the same result
  const out: number[] = [];
  const dec = new FromFpgaDecoder((op) => out.push(op));
  for (const b of padded) dec.push(Uint8Array.of(b));
  dec.end();
  t.same(out, [12, 1]);
});

t.test('from-FPGA examples and errors', async (t) => {
  t.equal(Buffer.from(encodeFromFpgaMessages([{ type: 'system.Loopback', tick: false }])).toString('hex'), '0200000000000000');
  t.equal(
    Buffer.from(encodeFromFpgaMessages([{ type: 'event.SpikePack', spikes: [{ timestamp: 0x56, value: 0x1234 }] }])).toString('hex'),
    '0a00000000561234',
  );
  t.throws(() => decodeFromFpgaBytes(Uint8Array.of(13, 0, 0, 0, 0, 0, 0, 0)), UnknownOpcodeError);
  t.throws(() => decodeFromFpgaBytes(Uint8Array.of(1, 0, 0)), TruncatedStreamError);
  const to: FromFpgaMessage = { type: 'system.TimeoutNotification', instructionIndex: 77, traceStallCount: 96, omnibusReadsInFlight: 52 };
  t.same(decodeFromFpgaBytes(encodeFromFpgaMessages([to])), [to]);
});

t.test('word buffer big-endian round trip', async (t) => {
  const wb = WordBuffer.of([0x0400000000000000n, 0x050000000000000an]);
  const bytes = wb.toBytes();
  t.equal(Buffer.from(bytes).toString('hex'), '0400000000000000050000000000000a');
  t.ok(WordBuffer.fromBytes(bytes).equals(wb));
  t.throws(() => WordBuffer.fromBytes(new Uint8Array(5)), TruncatedStreamError);
});

t.test('checks and typed errors name field, value and range', async (t) => {
  const f = await import('@bss2/fisch');
  t.equal(f.checkInt('x', 5n, 0, 10), 5);
  t.throws(() => f.checkInt('x', 50n, 0, 10), { name: 'ValueRangeError', message: /x = 50n is out of range: allowed 0\.\.10/ });
  t.throws(() => f.checkInt('x', 'a', 0, 10), { name: 'ValueTypeError', message: /x = "a" has the wrong type/ });
  t.equal(f.checkUint('u', 2 ** 52, 60), 2 ** 52);
  t.equal(f.checkNumber('n', 0.5, 0, 1), 0.5);
  t.throws(() => f.checkNumber('n', NaN, 0, 1), f.ValueTypeError);
  t.throws(() => f.checkNumber('n', Infinity, 0, 1), f.ValueRangeError);
  t.equal(f.checkEnum('e', 'a', ['a', 'b'] as const), 'a');
  t.throws(() => f.checkEnum('e', 'c', ['a', 'b'] as const), { message: /one of "a", "b"/ });
  t.throws(() => f.checkBool('b', 1), f.ValueTypeError);
  const objErr = new f.ValueRangeError('obj', { a: 1 }, 0, 1);
  t.match(objErr.message, /obj = \{"a":1\}/);
  const cyc: Record<string, unknown> = {};
  cyc['self'] = cyc;
  t.match(new f.ValueTypeError('c', cyc, 'x').message, /object Object/);
  t.match(new f.ValueTypeError('u', undefined, 'x').message, /u = undefined/);
  t.equal(new f.ConnectionError('gone').code, 'E_CONNECTION');
  t.equal(new f.AccessError('no').code, 'E_ACCESS');
  t.equal(new f.ExecutionError('boom', { cause: 1 }).cause, 1);
  t.equal(new f.InvalidArgumentError('bad').name, 'InvalidArgumentError');
  t.equal(new f.CommaBitError(0x80, 'here').header, 0x80);
  t.equal(new f.I2CAckMissingError('R', 0x80000000).code, 'E_I2C_ACK');
  t.equal(new f.TicketNotReadyError('x').code, 'E_TICKET');
  t.ok(f.rootLogger());
  t.ok(f.moduleLogger('a') === f.moduleLogger('a'));
});
