/**
 * PlaybackProgram.pushResponses (the fused framing + PlaybackDecoder loop) against a plain reference model
 * written straight from spec 4.3 on top of the message-object decoder: random message sequences (with comma
 * padding, idle words, Systime near the 43-bit wrap), random bytes, appending calls, growth of the stores.
 */
import t from 'tap';
import fc from 'fast-check';
import {
  decodeFromFpgaBytes,
  FromFpgaDecoder,
  FromFpgaEncoder,
  PlaybackProgram,
  reconstructChipTime,
  TIME_MODULUS,
  TruncatedStreamError,
  UnknownOpcodeError,
  type FromFpgaMessage,
} from '@bss2/fisch';

import { fromFpgaArb } from './arbitrary.js';

interface Model {
  time: number;
  queues: { values: number[]; times: number[] }[];
  spikes: { label: number; chipTime: number; fpgaTime: number }[];
  madcSamples: { value: number; channel: number; chipTime: number; fpgaTime: number }[];
  links: { value: number; fpgaTime: number }[];
  timeouts: { instructionIndex: number; traceStallCount: number; omnibusReadsInFlight: number; fpgaTime: number }[];
  spikePackCounts: number[];
  madcSamplePackCounts: number[];
}

function emptyModel(): Model {
  return {
    time: 0,
    queues: [0, 1, 2].map(() => ({ values: [], times: [] })),
    spikes: [],
    madcSamples: [],
    links: [],
    timeouts: [],
    spikePackCounts: [0, 0, 0, 0],
    madcSamplePackCounts: [0, 0, 0, 0],
  };
}

/** Spec 4.3, one message at a time, no shortcuts. */
function modelPush(m: Model, msg: FromFpgaMessage): void {
  let t = (m.time + 1) % TIME_MODULUS;
  switch (msg.type) {
    case 'jtag.Data':
      m.queues[0]!.values.push(msg.value);
      m.queues[0]!.times.push(t);
      break;
    case 'omnibus.Data':
      m.queues[1]!.values.push(msg.value);
      m.queues[1]!.times.push(t);
      break;
    case 'system.Loopback':
      if (msg.tick) {
        m.queues[2]!.values.push(1);
        m.queues[2]!.times.push(t);
      }
      break;
    case 'system.HighspeedLinkNotification':
      m.links.push({ value: msg.value, fpgaTime: t });
      break;
    case 'system.TimeoutNotification':
      m.timeouts.push({
        instructionIndex: msg.instructionIndex,
        traceStallCount: msg.traceStallCount,
        omnibusReadsInFlight: msg.omnibusReadsInFlight,
        fpgaTime: t,
      });
      break;
    case 'timing.Systime':
      t = msg.value;
      break;
    case 'timing.Sysdelta':
      t = (t + msg.value) % TIME_MODULUS;
      break;
    case 'event.SpikePack':
      for (const e of msg.spikes) m.spikes.push({ label: e.value, chipTime: reconstructChipTime(e.timestamp, t), fpgaTime: t });
      m.spikePackCounts[msg.spikes.length]!++;
      break;
    case 'event.MADCSamplePack':
      for (const e of msg.samples) {
        m.madcSamples.push({ value: e.value & 0x3ff, channel: (e.value >>> 10) & 1, chipTime: reconstructChipTime(e.timestamp, t), fpgaTime: t });
      }
      m.madcSamplePackCounts[msg.samples.length]!++;
      break;
  }
  m.time = t;
}

function stateOf(p: PlaybackProgram): Model {
  const j = p.toJSON();
  return {
    time: p.fpgaTime,
    queues: j.queues,
    spikes: j.spikes,
    madcSamples: j.madcSamples,
    links: j.highspeedLinkNotifications,
    timeouts: j.timeoutNotifications,
    spikePackCounts: j.spikePackCounts,
    madcSamplePackCounts: j.madcSamplePackCounts,
  };
}

function encode(msgs: readonly FromFpgaMessage[], flushes: readonly boolean[], idle: boolean): Uint8Array {
  const enc = new FromFpgaEncoder(8);
  if (idle) enc.pushRaw(new Uint8Array(8).fill(0xff), 0, 8);
  msgs.forEach((m, i) => {
    enc.push(m);
    if (flushes[i]) enc.flush();
    if (idle && flushes[i]) enc.pushRaw(new Uint8Array(8).fill(0xff), 0, 8);
  });
  return enc.take();
}

t.test('pushResponses equals the spec model for random streams (property)', async (t) => {
  let runs = 0;
  fc.assert(
    fc.property(
      fc.array(fc.array(fromFpgaArb, { maxLength: 50 }), { minLength: 1, maxLength: 3 }),
      fc.array(fc.boolean(), { maxLength: 50 }),
      fc.boolean(),
      (streams, flushes, idle) => {
        const p = new PlaybackProgram();
        const m = emptyModel();
        for (const msgs of streams) {
          // several pushes append and carry the time over
          p.pushResponses(encode(msgs, flushes, idle));
          for (const msg of msgs) modelPush(m, msg);
        }
        t.same(stateOf(p), m);
        // streaming through an external framing decoder into onMessage gives the same state
        const q = new PlaybackProgram();
        for (const msgs of streams) {
          const dec = new FromFpgaDecoder(q);
          dec.push(encode(msgs, flushes, idle));
          dec.end();
        }
        t.same(stateOf(q), m);
        runs++;
      },
    ),
    { numRuns: 300, seed: 11 },
  );
  t.equal(runs, 300);
});

t.test('pushResponses on random bytes: typed errors only, the messages before an error are kept', async (t) => {
  let errors = 0;
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      const p = new PlaybackProgram();
      let error: unknown;
      try {
        p.pushResponses(bytes);
      } catch (e) {
        error = e;
      }
      // reference: the streaming framing decoder and the model
      const m = emptyModel();
      let refError: unknown;
      const dec = new FromFpgaDecoder((_op, b, o) => modelPush(m, decodeFromFpgaBytes(padded(b.subarray(o, o + (b[o] === 9 || b[o] === 12 ? 10 : 8))))[0]!));
      try {
        dec.push(bytes);
        dec.end();
      } catch (e) {
        refError = e;
      }
      if (error !== undefined) {
        errors++;
        if (!(error instanceof UnknownOpcodeError || error instanceof TruncatedStreamError)) throw error;
        t.equal((error as Error).constructor, (refError as Error).constructor);
        t.equal((error as Error).message, (refError as Error).message);
      } else {
        t.equal(refError, undefined);
      }
      t.same(stateOf(p), m);
    }),
    { numRuns: 500, seed: 12 },
  );
  t.ok(errors > 0);
});

/** A single message padded to whole words with a comma, for the object decoder. */
function padded(msg: Uint8Array): Uint8Array {
  const out = new Uint8Array(msg.length <= 8 ? 8 : 16);
  out.set(msg);
  if (msg.length > 8) out[msg.length] = 0x80;
  return out;
}

t.test('truncated streams name what is missing', async (t) => {
  const p = new PlaybackProgram();
  t.throws(() => p.pushResponses(Uint8Array.of(12, 0, 0, 0, 0, 0, 0, 0, 0)), {
    name: 'TruncatedStreamError',
    missingBytes: 1,
    message: /inside a event_from_fpga::SpikePack<3> message \(1 bytes missing\)/,
  });
  t.throws(() => p.pushResponses(Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 7, 0x80, 0, 0)), {
    name: 'TruncatedStreamError',
    missingBytes: 5,
    message: /not a whole number of 64-bit words/,
  });
  t.throws(() => p.pushResponses(Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 7, 1, 2)), { name: 'TruncatedStreamError', missingBytes: 6 });
  t.throws(() => p.pushResponses(Uint8Array.of(0x7f, 0, 0, 0, 0, 0, 0, 0)), { name: 'UnknownOpcodeError', opcode: 0x7f });
  t.throws(() => p.onMessage(13, new Uint8Array(8), 0), { name: 'InvalidArgumentError' });
  t.throws(() => p.onMessage(12, new Uint8Array(8), 0), { name: 'InvalidArgumentError' });
});

t.test('stores grow across many pushes; lazily built event objects are rebuilt after a push', async (t) => {
  const p = new PlaybackProgram();
  const m = emptyModel();
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 8;
  for (let round = 0; round < 4; round++) {
    const msgs: FromFpgaMessage[] = [];
    for (let i = 0; i < 3000; i++) {
      const k = rnd() % 5;
      const ev = () => ({ timestamp: rnd() & 0xff, value: rnd() & 0xffff });
      if (k === 0) msgs.push({ type: 'omnibus.Data', value: rnd() });
      else if (k === 1) msgs.push({ type: 'event.SpikePack', spikes: [ev(), ev(), ev()].slice(0, 1 + (rnd() % 3)) });
      else if (k === 2) msgs.push({ type: 'event.MADCSamplePack', samples: [ev(), ev(), ev()].slice(0, 1 + (rnd() % 3)) });
      else if (k === 3) msgs.push({ type: 'jtag.Data', value: rnd() * 2 });
      else msgs.push({ type: 'system.Loopback', tick: true });
    }
    const before = p.spikes.length;
    p.pushResponses(encode(msgs, [], false));
    for (const msg of msgs) modelPush(m, msg);
    t.ok(p.spikes.length > before);
  }
  t.same(stateOf(p), m);
  t.equal(p.spikeColumns().labels.length, m.spikes.length);
});
