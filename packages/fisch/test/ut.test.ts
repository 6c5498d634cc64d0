import t from 'tap';
import fc from 'fast-check';
import {
  Bss2Error,
  CommaBitError,
  decodeFromFpga,
  decodeFromFpgaBytes,
  decodeToFpga,
  decodeToFpgaBytes,
  defaultFromFpgaMessages,
  defaultToFpgaMessages,
  encodeFromFpgaMessages,
  encodeToFpga,
  encodeToFpgaMessages,
  formatFromFpgaMessage,
  formatFromFpgaPayload,
  formatToFpgaMessage,
  formatToFpgaPayload,
  FROM_FPGA_DICTIONARY,
  FromFpgaDecoder,
  FromFpgaEncoder,
  fromFpgaName,
  fromFpgaOpcodeOf,
  LoopbackConnection,
  TO_FPGA_DICTIONARY,
  toFpgaName,
  toFpgaOpcodeOf,
  ToFpgaLoopbackConnection,
  TruncatedStreamError,
  UnknownOpcodeError,
  ValueRangeError,
  ValueTypeError,
  WordBuffer,
  type FromFpgaMessage,
} from '@bss2/fisch';
import { chunk, fromFpgaArb, toFpgaArb } from './arbitrary.js';


t.test('7.1.2 dictionary: sizes and pinned indices', async (t) => {
  t.equal(TO_FPGA_DICTIONARY.length, 16);
  t.equal(FROM_FPGA_DICTIONARY.length, 13);
  t.equal(TO_FPGA_DICTIONARY[4]!.name, 'timing::Setup');
  t.equal(TO_FPGA_DICTIONARY[4]!.payloadBits, 0);
  t.equal(TO_FPGA_DICTIONARY[9]!.name, 'system::Reset');
  t.equal(TO_FPGA_DICTIONARY[9]!.payloadBits, 1);
  t.equal(FROM_FPGA_DICTIONARY[0]!.name, 'jtag_from_hicann::Data');
  t.equal(FROM_FPGA_DICTIONARY[0]!.payloadBits, 33);
  t.same(
    FROM_FPGA_DICTIONARY.map((d) => d.bytes),
    [8, 8, 8, 8, 8, 8, 8, 8, 8, 10, 8, 8, 10],
  );
});

t.test('7.1.3 ut_message: header = index, default zero payload, print form, JSON', async (t) => {
  defaultToFpgaMessages().forEach((m, i) => {
    t.equal(toFpgaOpcodeOf(m), i, `to-FPGA ${toFpgaName(m)} header`);
    const [hi, lo] = encodeToFpga(m);
    t.equal(hi >>> 24, i);
    // default payload is zero, except the documented non-zero JTAG/Address defaults
    if (m.type !== 'jtag.Data' && m.type !== 'omnibus.Address') t.equal((hi & 0xffffff) + lo, 0, `${toFpgaName(m)} zero payload`);
    const printed = formatToFpgaMessage(m);
    t.match(printed, /^UTMessage\(raw: 0x[0-9a-f]{16}, /);
    t.ok(formatToFpgaPayload(m).startsWith(`${TO_FPGA_DICTIONARY[i]!.name}(`) && printed.endsWith(')'));
    t.same(JSON.parse(JSON.stringify(m)), m);
  });
  defaultFromFpgaMessages().forEach((m, i) => {
    t.equal(fromFpgaOpcodeOf(m), i, `from-FPGA ${fromFpgaName(m)} header`);
    const bytes = encodeFromFpgaMessages([m]);
    t.equal(bytes[0], i);
    t.match(formatFromFpgaMessage(m), new RegExp(`^UTMessage\\(raw: 0x[0-9a-f]{${FROM_FPGA_DICTIONARY[i]!.bytes * 2}}, `));
    t.ok(formatFromFpgaPayload(m).startsWith(`${FROM_FPGA_DICTIONARY[i]!.name}(`));
    t.same(JSON.parse(JSON.stringify(m)), m);
  });
  // inverting the payload makes messages unequal
  const a = encodeToFpga({ type: 'omnibus.Data', value: 0x12345678 });
  const b = encodeToFpga({ type: 'omnibus.Data', value: ~0x12345678 >>> 0 });
  t.not(a[1], b[1]);
});

t.test('7.1.5 payload_ostream: exact default prints (29 entries)', async (t) => {
  const prints = [...defaultToFpgaMessages().map(formatToFpgaPayload), ...defaultFromFpgaMessages().map(formatFromFpgaPayload)];
  t.equal(prints.length, 29);
  t.equal(prints[11], 'omnibus_to_fpga::Address(is_read: false, byte_enables: 1111, address: 0)');
  t.equal(prints[3], `to_fpga_jtag::Data(keep_response: false, num_bits: 33, payload: ${'0'.repeat(33)})`);
  t.equal(prints[4], 'timing::Setup()');
  t.equal(prints[7], 'timing::Barrier(00000)');
  t.equal(prints[13], 'event_to_fpga::SpikePack<1>(SpikeLabel(0))');
  t.equal(prints[16], `jtag_from_hicann::Data(${'0'.repeat(33)})`);
  t.equal(prints[20], 'from_fpga_system::TimeoutNotification(instruction_index: 0, trace_stall_count: 0, omnibus_reads_in_flight: 0)');
  t.equal(prints[28], 'event_from_fpga::SpikePack<3>(Spike(timestamp: 0, label: 0), Spike(timestamp: 0, label: 0), Spike(timestamp: 0, label: 0))');
  t.equal(formatToFpgaMessage({ type: 'timing.WaitUntil', value: 10 }), 'UTMessage(raw: 0x050000000000000a, timing::WaitUntil(10))');
  t.equal(formatFromFpgaMessage({ type: 'system.Loopback', tick: true }), 'UTMessage(raw: 0x0200000000000001, from_fpga_system::Loopback(1))');
});

t.test('7.1.4 payload round trip with random values (property)', async (t) => {
  fc.assert(
    fc.property(toFpgaArb, (m) => {
      const [hi, lo] = encodeToFpga(m);
      t.same(decodeToFpga(hi, lo), m);
    }),
    { numRuns: 500, seed: 1 },
  );
  fc.assert(
    fc.property(fromFpgaArb, (m) => {
      const buf = new Uint8Array(10);
      const enc = new FromFpgaEncoder(16);
      enc.push(m);
      buf.set(enc.take().subarray(0, 10));
      t.same(decodeFromFpga(buf, 0), m);
    }),
    { numRuns: 500, seed: 2 },
  );
});

t.test('to-FPGA stream: encode/decode identity, idle words, typed errors', async (t) => {
  fc.assert(
    fc.property(fc.array(toFpgaArb, { maxLength: 60 }), (msgs) => {
      const words = encodeToFpgaMessages(msgs);
      t.equal(words.length, msgs.length); // N messages -> exactly N words
      t.same(decodeToFpgaBytes(words.toBytes()), msgs);
    }),
    { numRuns: 200, seed: 3 },
  );
  const wb = WordBuffer.of([0xffffffffffffffffn, 0x0400000000000000n]);
  t.same(decodeToFpgaBytes(wb.toBytes()), [{ type: 'timing.Setup' }], 'idle words dropped');
  t.throws(() => decodeToFpga(0x80000000, 0), CommaBitError);
  t.throws(() => encodeToFpga({ type: 'event.SpikePack', labels: [] }), ValueRangeError);
  t.throws(() => encodeToFpga({ type: 'event.SpikePack', labels: [0x10000] }), ValueRangeError);
  t.throws(() => encodeToFpga({ type: 'timing.WaitUntil', value: 1.5 }), ValueRangeError);
  t.throws(() => encodeToFpga({ type: 'timing.WaitUntil', value: '3' as unknown as number }), ValueTypeError);
  t.throws(() => encodeToFpga({ type: 'jtag.Data', keepResponse: false, numBits: 4, payload: 16 }), {
    message: /jtag\.Data\.payload = 16 is out of range: allowed 0\.\.15/,
  });
});

t.test('from-FPGA stream: identity under random chunking (property)', async (t) => {
  fc.assert(
    fc.property(
      fc.array(fromFpgaArb, { maxLength: 40 }),
      fc.array(fc.nat(), { maxLength: 12 }),
      fc.boolean(),
      (msgs, cuts, idle) => {
        const enc = new FromFpgaEncoder(8);
        if (idle) enc.pushRaw(new Uint8Array(8).fill(0xff), 0, 8);
        for (const m of msgs) {
          enc.push(m);
          // random intermediate flushes: comma padding inside the stream
          if (idle && m.type === 'omnibus.Data') enc.flush();
        }
        const bytes = enc.take();
        t.equal(bytes.length % 8, 0);
        const out: FromFpgaMessage[] = [];
        const dec = new FromFpgaDecoder((_op, b, o) => out.push(decodeFromFpga(b, o)));
        for (const c of chunk(bytes, cuts)) dec.push(c);
        dec.end();
        t.same(out, msgs);
        t.equal(dec.messageCount, msgs.length);
      },
    ),
    { numRuns: 300, seed: 4 },
  );
});

t.test('from-FPGA decoder on random bytes throws only typed errors (property)', async (t) => {
  let errors = 0;
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
      const dec = new FromFpgaDecoder((_op, b, o) => void decodeFromFpga(b, o));
      try {
        for (const c of chunk(bytes, cuts)) dec.push(c);
        dec.end();
      } catch (e) {
        errors++;
        if (!(e instanceof UnknownOpcodeError || e instanceof TruncatedStreamError)) throw e;
      }
    }),
    { numRuns: 500, seed: 5 },
  );
  t.ok(errors > 0);
  t.ok(new UnknownOpcodeError('from_fpga', 13, 13) instanceof Bss2Error);
});

t.test('from-FPGA decoder: truncation inside a message and inside a skipped word', async (t) => {
  const dec = new FromFpgaDecoder(() => undefined);
  dec.push(Uint8Array.of(12, 0, 0, 0, 0, 0, 0, 0, 0)); // 80-bit message missing a byte
  t.throws(() => dec.end(), { name: 'TruncatedStreamError', missingBytes: 1 });
  dec.reset();
  dec.push(Uint8Array.of(0x80, 0, 0));
  t.throws(() => dec.end(), TruncatedStreamError);
  dec.reset();
  dec.push(Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 5));
  dec.end();
  t.equal(dec.messageCount, 1);
});

t.test('7.1.7 loopback connections: 4 PHY word sizes x 3 stream shapes', async (t) => {
  const gen = fc.sample(fc.array(fromFpgaArb, { minLength: 0, maxLength: 100 }), { numRuns: 3, seed: 6 });
  const genTo = fc.sample(fc.array(toFpgaArb, { minLength: 0, maxLength: 100 }), { numRuns: 3, seed: 7 });
  for (const phyWordBytes of [1, 2, 4, 8] as const) {
    const c = new LoopbackConnection({ phyWordBytes });
    t.ok(c.receiveEmpty());
    c.commit(); // commit before add works
    const one: FromFpgaMessage = { type: 'event.SpikePack', spikes: [{ timestamp: 1, value: 2 }, { timestamp: 3, value: 4 }, { timestamp: 5, value: 6 }] };
    c.add(one);
    c.commit();
    c.commit(); // second commit duplicates nothing
    t.same(c.receiveAll(), [one]);
    for (const msgs of gen) {
      c.add(msgs);
      c.commit();
      t.same(c.receiveAll(), msgs, `phy ${phyWordBytes} B, ${msgs.length} messages`);
    }
    t.ok(c.receiveEmpty());
    t.ok(c.timeInfo().encodeNs >= 0);
    const tc = new ToFpgaLoopbackConnection({ phyWordBytes });
    for (const msgs of genTo) {
      tc.add(msgs);
      tc.commit();
      tc.commit();
      t.same(tc.receiveAll(), msgs);
    }
  }
  t.throws(() => new LoopbackConnection({ phyWordBytes: 3 as 1 }), ValueTypeError);
});

t.test('from-FPGA encoder helpers and byte views', async (t) => {
  const enc = new FromFpgaEncoder(1);
  enc.pushOmnibusData(0xdeadbeef);
  t.equal(enc.byteLength, 8);
  t.same(decodeFromFpgaBytes(enc.take()), [{ type: 'omnibus.Data', value: 0xdeadbeef }]);
  const wb = new WordBuffer(1);
  wb.push(1, 2);
  wb.push(3, 4);
  t.equal(wb.word(1), 0x0000000300000004n);
  const c = wb.clone();
  c.prepend(wb);
  t.equal(c.length, 4);
  t.same(Array.from(c.view()), [1, 2, 3, 4, 1, 2, 3, 4]);
  t.notOk(c.equals(wb));
  const odd = new Uint8Array(17);
  wb.toBytes(odd, 1);
  t.equal(odd[8], 2);
  c.clear();
  t.equal(c.length, 0);
});
