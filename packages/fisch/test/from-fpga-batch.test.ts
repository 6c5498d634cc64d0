import t from 'tap';
import fc from 'fast-check';
import {
  decodeFromFpgaBatch,
  decodeFromFpgaBytes,
  encodeFromFpgaMessages,
  FROM_FPGA_MESSAGE_BYTES,
  FromFpgaDecoder,
  FromFpgaMessageBatch,
  FromFpgaOpcode,
  TruncatedStreamError,
  UnknownOpcodeError,
  ValueRangeError,
} from '@bss2/fisch';
import { chunk, fromFpgaArb } from './arbitrary.js';

/** Payload of the message at `bytes[o]`: everything after the header byte, as one integer. */
function payloadOf(bytes: Uint8Array, o: number): bigint {
  let v = 0n;
  for (let i = 1; i < FROM_FPGA_MESSAGE_BYTES[bytes[o]!]!; i++) v = (v << 8n) | BigInt(bytes[o + i]!);
  return v;
}

t.test('decodeFromFpgaBatch and a batch fed by the streaming decoder hold the same messages (property)', async (t) => {
  fc.assert(
    fc.property(fc.array(fromFpgaArb, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (msgs, cuts) => {
      const bytes = encodeFromFpgaMessages(msgs);
      const fused = decodeFromFpgaBatch(bytes, new FromFpgaMessageBatch(1));
      const streamed = new FromFpgaMessageBatch(1);
      const decoder = new FromFpgaDecoder(streamed);
      for (const c of chunk(bytes, cuts)) decoder.push(c);
      decoder.end();
      t.equal(fused.length, msgs.length);
      t.same(fused.messages(), decodeFromFpgaBytes(bytes));
      t.same(streamed.headers, fused.headers);
      t.same(streamed.payloadTop, fused.payloadTop);
      t.same(streamed.payloadHigh, fused.payloadHigh);
      t.same(streamed.payloadLow, fused.payloadLow);
    }),
    { numRuns: 200 },
  );
});

t.test('columns: header and right-aligned payload bits of every message', async (t) => {
  const msgs = [
    { type: 'jtag.Data', value: 2 ** 33 - 1 },
    { type: 'event.SpikePack', spikes: [{ timestamp: 0xab, value: 0x1234 }, { timestamp: 1, value: 2 }, { timestamp: 0xff, value: 0xffff }] },
    { type: 'omnibus.Data', value: 0xdeadbeef },
    { type: 'event.MADCSamplePack', samples: [{ timestamp: 7, value: 0x3ff }] },
  ] as const;
  const bytes = encodeFromFpgaMessages(msgs);
  const batch = decodeFromFpgaBatch(bytes);
  t.same([...batch.headers], [FromFpgaOpcode.JtagData, FromFpgaOpcode.SpikePack3, FromFpgaOpcode.OmnibusData, FromFpgaOpcode.MadcSamplePack1]);
  let o = 0;
  for (let i = 0; i < batch.length; i++) {
    t.equal(batch.header(i), bytes[o]);
    t.equal(batch.payload(i), payloadOf(bytes, o), `payload of message ${i}`);
    t.same(batch.message(i), msgs[i]);
    o += FROM_FPGA_MESSAGE_BYTES[bytes[o]!]!;
  }
  t.equal(batch.payloadTop[1], 0xab, 'the 3-spike pack: its first timestamp is payload bits 64-71');
  t.equal(batch.payloadTop[0], 0, '8-byte messages have no bits above 55');
  t.equal(batch.payloadHigh[0], 1, 'JTAG bit 32');
  t.equal(batch.payloadLow[2], 0xdeadbeef);
});

t.test('appending, clearing, growing', async (t) => {
  const one = encodeFromFpgaMessages([{ type: 'omnibus.Data', value: 5 }]);
  const batch = new FromFpgaMessageBatch(0);
  for (let i = 0; i < 40; i++) decodeFromFpgaBatch(one, batch);
  t.equal(batch.length, 40, 'appends past the initial capacity');
  t.ok(batch.payloadLow.every((v) => v === 5));
  const streamed = new FromFpgaMessageBatch(0);
  const decoder = new FromFpgaDecoder(streamed);
  for (let i = 0; i < 40; i++) decoder.push(one);
  t.equal(streamed.length, 40, 'the decoder sink grows too');
  batch.clear();
  t.equal(batch.length, 0);
  t.same(batch.messages(), []);
  t.same(decodeFromFpgaBatch(new Uint8Array(0)).messages(), [], 'an empty stream');
});

t.test('typed errors: unknown header, truncated message, partial word, index out of range', async (t) => {
  const ok = encodeFromFpgaMessages([{ type: 'omnibus.Data', value: 1 }]);
  const bad = new Uint8Array(16);
  bad.set(ok);
  bad[8] = 0x33;
  const batch = new FromFpgaMessageBatch();
  t.throws(() => decodeFromFpgaBatch(bad, batch), UnknownOpcodeError);
  t.equal(batch.length, 1, 'the messages before the error are kept');
  const pack3 = encodeFromFpgaMessages([
    { type: 'event.SpikePack', spikes: [{ timestamp: 1, value: 1 }, { timestamp: 2, value: 2 }, { timestamp: 3, value: 3 }] },
  ]);
  t.throws(() => decodeFromFpgaBatch(pack3.subarray(0, 9)), TruncatedStreamError, 'ends inside a message');
  t.throws(() => decodeFromFpgaBatch(pack3.subarray(0, 12)), TruncatedStreamError, 'ends inside a comma-skipped word');
  t.throws(() => decodeFromFpgaBatch(ok.subarray(0, 4)), TruncatedStreamError, 'ends inside a message (8 bytes)');
  const withComma = new Uint8Array(12);
  withComma.set(ok);
  withComma[8] = 0x80;
  t.throws(() => decodeFromFpgaBatch(withComma), TruncatedStreamError, 'not a whole number of words');
  const full = decodeFromFpgaBatch(ok);
  t.throws(() => full.header(1), ValueRangeError);
  t.throws(() => full.message(-1), ValueRangeError);
  t.throws(() => full.payload(0.5), ValueRangeError);
  t.throws(() => new FromFpgaMessageBatch().header(0), /0\.\.0 \(the batch holds 0 messages\)/);
});

t.test('decodeFromFpgaBatch on random bytes throws only its typed errors, and agrees with the decoder (property)', async (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      let fused: unknown;
      let streamed: unknown;
      const batch = new FromFpgaMessageBatch(1);
      try {
        decodeFromFpgaBatch(bytes, batch);
      } catch (e) {
        fused = e;
      }
      const sink = new FromFpgaMessageBatch(1);
      try {
        const decoder = new FromFpgaDecoder(sink);
        decoder.push(bytes);
        decoder.end();
      } catch (e) {
        streamed = e;
      }
      if (fused !== undefined && !(fused instanceof UnknownOpcodeError) && !(fused instanceof TruncatedStreamError)) return false;
      // same verdict and the same messages before it
      return (fused === undefined) === (streamed === undefined) && batch.length === sink.length;
    }),
    { numRuns: 2000 },
  );
  t.pass('2000 random streams');
});
