import t from 'tap';
import fc from 'fast-check';
import {
  ConnectionError,
  decodeFromFpgaBytes,
  PlaybackProgramBuilder,
  run,
  ValueRangeError,
  ValueTypeError,
  type PlaybackProgram,
} from '@bss2/fisch';
import { createRegisterOnlyChipModel, defaultChipModelFactory, ResponseWriter, SimConnection, type ChipModel, type ChipModelFactory, type PhysicsOutput, type RegisterView } from '@bss2/sim';

const EVENT_RECORDING = 0x8800_0005;
// the test model samples while bit 0 of this register is set (a full 32-bit PPU memory word, so no
// implemented-bit mask of a real block interferes)
const MADC_ENABLE = 0x0280_0000;
const COUNTER = 0x0012_2800; // the test model reports its output count here

/**
 * Test chip model: every injected label comes back `delay` cycles later with bit 15 flipped (plus a seeded
 * jitter of 0..jitter cycles); while MADC_ENABLE bit 0 is set it emits one sample every 50 cycles.
 */
interface EmittedLog {
  spikes: { label: number; cycle: number }[];
  samples: { value: number; channel: number; cycle: number }[];
}

function echoModel(delay: number, jitter = 0, log: EmittedLog = { spikes: [], samples: [] }): ChipModelFactory {
  return (registers: RegisterView, options): ChipModel => {
    let state = (options.seed ?? 0) + 1;
    const rand = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    let queue: { label: number; cycle: number }[] = [];
    let emitted = 0;
    let nextSample = 0;
    let resets = 0;
    let lastCycle = 0;
    return {
      reset(): void {
        queue = [];
        resets++;
      },
      registerWritten(address: number, value: number): void {
        if (address === MADC_ENABLE && value & 1) nextSample = lastCycle + 1;
      },
      readRegister(address: number): number | undefined {
        return address === COUNTER ? emitted & 0x1ff : address === 0x0012_2804 ? resets : undefined;
      },
      injectSpike(label: number, cycle: number): void {
        queue.push({ label: label ^ 0x8000, cycle: cycle + delay + Math.floor(rand() * (jitter + 1)) });
        queue.sort((a, b) => a.cycle - b.cycle);
      },
      advance(cycle: number, out: PhysicsOutput): void {
        // samples and spikes are delivered interleaved in time order
        const sampling = (registers.read(MADC_ENABLE) & 1) === 1;
        lastCycle = cycle;
        for (;;) {
          const spikeAt = queue.length > 0 && queue[0]!.cycle <= cycle ? queue[0]!.cycle : Infinity;
          const sampleAt = sampling && nextSample <= cycle ? nextSample : Infinity;
          if (spikeAt === Infinity && sampleAt === Infinity) break;
          if (sampleAt < spikeAt) {
            out.madcSample(nextSample & 0x3ff, (nextSample / 50) & 1, nextSample);
            log.samples.push({ value: nextSample & 0x3ff, channel: (nextSample / 50) & 1, cycle: nextSample });
            nextSample += 50;
          } else {
            const s = queue.shift()!;
            out.spike(s.label, s.cycle);
            log.spikes.push(s);
            emitted++;
          }
        }
      },
    };
  };
}

/** Program: sync, recording on, timed spikes (times relative to the timer), wait for the echoes. */
function spikeProgram(times: readonly number[], labels: readonly number[], tail = 2000): PlaybackProgram {
  const b = new PlaybackProgramBuilder();
  b.message({ type: 'timing.SystimeInit', value: true });
  b.writeOmnibus(EVENT_RECORDING, 1);
  b.resetTimer();
  const order = times.map((_, i) => i).sort((x, y) => times[x]! - times[y]!);
  for (const i of order) {
    b.waitUntil(times[i]!);
    b.spikes([labels[i]!]);
  }
  b.waitUntil((times.length ? Math.max(...times) : 0) + tail);
  return b.done();
}

t.test('spike timestamps unwrap exactly across many 128-cycle windows, bursts and long gaps', async (t) => {
  const log: EmittedLog = { spikes: [], samples: [] };
  const conn = new SimConnection({ chipModel: echoModel(37, 0, log) });
  const times: number[] = [];
  const labels: number[] = [];
  // 1500 spikes spread over ~1.2 ms (~1200 windows), a burst of 400 in the same cycle, a gap of 5000 cycles
  for (let i = 0; i < 1500; i++) {
    times.push(200 + i * 97 + (i % 7) * 13);
    labels.push(i & 0x7fff);
  }
  for (let i = 0; i < 400; i++) {
    times.push(200_000);
    labels.push((3000 + i) & 0x7fff);
  }
  times.push(205_000);
  labels.push(77);
  const p = spikeProgram(times, labels);
  const before = conn.fpgaCycle;
  await run(conn, p);
  const spikes = p.spikes;
  t.equal(spikes.length, times.length);
  // the chip model's emission cycles are absolute FPGA cycles; the decoded ChipTime must equal them
  t.ok(log.spikes[0]!.cycle > before);
  let ok = 0;
  spikes.forEach((s, i) => {
    if (s.chipTime === log.spikes[i]!.cycle && s.label === log.spikes[i]!.label) ok++;
  });
  t.equal(ok, spikes.length, 'every spike reconstructed at its exact cycle with its label');
  // FPGA arrival times never precede the chip times
  t.ok(spikes.every((s) => s.fpgaTime >= s.chipTime));
  // packs of up to 3 were used
  t.ok(p.spikePackCounts[3]! > 0);
  t.equal(conn.lastProgramStats?.spikesIn, times.length);
  t.equal(conn.lastProgramStats?.spikesOut, times.length);
});

t.test('property: any event schedule is reconstructed exactly', async (t) => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 600 }),
      async (times, delay) => {
        const log: EmittedLog = { spikes: [], samples: [] };
        const conn = new SimConnection({ chipModel: echoModel(delay, 0, log) });
        const labels = times.map((_, i) => i);
        const p = spikeProgram(times, labels, delay + 10);
        await run(conn, p);
        const spikes = p.spikes;
        if (spikes.length !== times.length) return false;
        return spikes.every((s, i) => s.chipTime === log.spikes[i]!.cycle && s.label === log.spikes[i]!.label);
      },
    ),
    { numRuns: 40, seed: 42 },
  );
  t.pass();
});

t.test('MADC samples are packed and time-annotated; event recording gates all events', async (t) => {
  const log: EmittedLog = { spikes: [], samples: [] };
  const conn = new SimConnection({ chipModel: echoModel(5, 0, log) });
  const b = new PlaybackProgramBuilder();
  b.message({ type: 'timing.SystimeInit', value: true });
  b.writeOmnibus(EVENT_RECORDING, 1);
  b.resetTimer();
  b.writeOmnibus(MADC_ENABLE, 1);
  b.waitUntil(1000);
  b.spikes([1, 2, 3]);
  b.waitUntil(1100);
  b.writeOmnibus(MADC_ENABLE, 0);
  b.writeOmnibus(EVENT_RECORDING, 0);
  b.spikes([9]); // echoed while recording is off: dropped
  b.waitUntil(1200);
  const counter = b.readOmnibus([COUNTER]);
  const p = b.done();
  await run(conn, p);
  const samples = p.madcSamples;
  t.ok(samples.length >= 20);
  // consecutive samples 50 cycles apart, values = low 10 bits of their cycle
  t.same(
    samples.map((s) => [s.value, s.channel, s.chipTime]),
    log.samples.slice(0, samples.length).map((s) => [s.value, s.channel, s.cycle]),
  );
  t.ok(p.madcSamplePackCounts[3]! > 0);
  t.same(p.spikes.map((s) => s.label), [0x8001, 0x8002, 0x8003]);
  t.equal(counter.get()[0], 4, 'model-produced register value (4 echoes, one dropped by the FPGA)');
  t.equal(conn.lastProgramStats?.madcSamples, samples.length);
});

t.test('events before a systime sync carry raw timestamps; reset reaches the model', async (t) => {
  const conn = new SimConnection({ chipModel: echoModel(3) });
  const b = new PlaybackProgramBuilder();
  b.writeOmnibus(EVENT_RECORDING, 1);
  b.resetTimer();
  b.spikes([4]);
  b.waitUntil(100);
  b.message({ type: 'system.Reset', value: true });
  b.message({ type: 'system.Reset', value: false });
  const resets = b.readOmnibus([0x0012_2804]);
  const p = b.done();
  const r = await conn.execute(p.toBytes());
  const msgs = decodeFromFpgaBytes(r.responses);
  t.equal(msgs[0]!.type, 'event.SpikePack');
  t.notOk(msgs.some((m) => m.type === 'timing.Systime' || m.type === 'timing.Sysdelta'));
  p.pushResponses(r.responses);
  t.equal(resets.get()[0], 1);
});

t.test('polling a model-produced register waits until the model changes it', async (t) => {
  const conn = new SimConnection({ chipModel: echoModel(500) });
  const b = new PlaybackProgramBuilder();
  b.resetTimer();
  b.writeOmnibus(0x8800_0006, COUNTER);
  b.writeOmnibus(0x8800_0007, 1);
  b.writeOmnibus(0x8800_0008, 0x1ff);
  b.spikes([1]);
  b.message({ type: 'timing.PollingOmnibusBlock', value: true });
  const timer = b.readOmnibus([0x8800_000c]);
  await run(conn, b.done());
  const v = timer.get()[0]!;
  t.ok(v >= 500 && v < 520, `unblocked at ${v}`);
});

t.test('deterministic for a seed; the seed reaches the model', async (t) => {
  const times = Array.from({ length: 200 }, (_, i) => 100 + i * 31);
  const labels = times.map((_, i) => i);
  const once = async (seed: number): Promise<Uint8Array> => {
    const conn = new SimConnection({ seed, chipModel: echoModel(10, 40) });
    return (await conn.execute(spikeProgram(times, labels).toBytes())).responses;
  };
  const a = await once(7);
  const b = await once(7);
  const c = await once(8);
  t.same(a, b);
  t.notSame(a, c);
});

t.test('options are validated with typed errors naming the field', async (t) => {
  t.throws(() => new SimConnection({ seed: -1 }), ValueRangeError);
  t.throws(() => new SimConnection({ seed: 1.5 }), ValueRangeError);
  t.throws(() => new SimConnection({ seed: 2 ** 32 }), /SimConnectionOptions\.seed/);
  t.throws(() => new SimConnection({ trialNoise: 1 as unknown as boolean }), ValueTypeError);
  t.throws(() => new SimConnection({ fixedPatternNoise: 'yes' as unknown as boolean }), ValueTypeError);
  t.throws(() => new SimConnection({ chipModel: 5 as unknown as ChipModelFactory }), ValueTypeError);
  t.throws(() => new SimConnection({ logger: {} as never }), ValueTypeError);
  t.throws(() => new SimConnection({ sliceInstructions: 0 }), ValueRangeError);
  t.throws(() => new SimConnection({ bogus: 1 } as never), /bogus/);
  t.throws(() => new SimConnection(null as never), ValueTypeError);
  let seen: unknown;
  new SimConnection({
    seed: 3,
    fixedPatternNoise: true,
    trialNoise: true,
    chipModel: (_r, o) => {
      seen = o;
      return echoModel(1)(_r, o);
    },
  });
  t.same(seen, { seed: 3, fixedPatternNoise: true, trialNoise: true });
  const conn = new SimConnection();
  t.equal(conn.name, 'sim');
  t.same(conn.supportedTargets, ['simulation']);
  t.equal(conn.uniqueIdentifier(), 'simulation');
  t.equal(conn.bitfileInfo(), 'simulation');
  t.equal(conn.options.seed, 0);
});

t.test('executions are serialised; time info accumulates; close and abort semantics', async (t) => {
  const conn = new SimConnection({ sliceInstructions: 64 });
  const prog = (n: number): Uint8Array => {
    const b = new PlaybackProgramBuilder();
    for (let i = 0; i < n; i++) b.writeOmnibus(0x8000_0000, i);
    b.readOmnibus([0x8000_0000]);
    return b.done().toBytes();
  };
  const [a, b] = await Promise.all([conn.execute(prog(500)), conn.execute(prog(3))]);
  t.same(decodeFromFpgaBytes(a.responses)[0], { type: 'omnibus.Data', value: 499 });
  t.same(decodeFromFpgaBytes(b.responses)[0], { type: 'omnibus.Data', value: 2 });
  const total = conn.timeInfo();
  t.ok(total.executionNs >= a.timeInfo.executionNs + b.timeInfo.executionNs - 1);
  t.ok(total.commitNs > 0 && total.decodeNs >= 0 && total.encodeNs >= 0);
  // an already aborted signal rejects before anything runs
  const ac = new AbortController();
  ac.abort();
  await t.rejects(conn.execute(prog(1), { signal: ac.signal }), { code: 'E_ABORTED' });
  // abort while running (the program is executed in slices of 64 instructions)
  const ac2 = new AbortController();
  const pending = conn.execute(prog(5000), { signal: ac2.signal });
  setImmediate(() => ac2.abort());
  await t.rejects(pending, ConnectionError);
  // abort during a long WaitUntil (1 s of simulated time is advanced in slices)
  const ac3 = new AbortController();
  const long = new PlaybackProgramBuilder();
  long.resetTimer();
  long.waitUntil(125_000_000);
  const waiting = conn.execute(long.done().toBytes(), { signal: ac3.signal });
  setImmediate(() => ac3.abort());
  await t.rejects(waiting, { code: 'E_ABORTED' });
  // a long wait that completes ends exactly at its target
  const exact = new PlaybackProgramBuilder();
  exact.resetTimer();
  exact.waitUntil(300_001);
  const timer = exact.readOmnibus([0x8800_000c]);
  const ep = exact.done();
  await run(conn, ep);
  t.equal(timer.get()[0], 300_001);
  // close: already queued work completes, later calls are refused
  const queued = conn.execute(prog(2));
  await conn.close();
  t.ok(conn.closed);
  t.ok((await queued).responses.length > 0);
  await t.rejects(conn.execute(prog(1)), { code: 'E_CLOSED' });
  await conn.close(); // idempotent
});

t.test('the register-only model runs programs without dynamics; the default model is the physics one', async (t) => {
  t.not(defaultChipModelFactory, createRegisterOnlyChipModel);
  const conn = new SimConnection({ chipModel: createRegisterOnlyChipModel });
  const b = new PlaybackProgramBuilder();
  b.message({ type: 'timing.SystimeInit', value: true });
  b.writeOmnibus(EVENT_RECORDING, 1);
  b.writeOmnibus(MADC_ENABLE, 1);
  b.resetTimer();
  b.spikes([1, 2]);
  b.waitUntil(5000);
  const r = b.readOmnibus([MADC_ENABLE, COUNTER]);
  const p = b.done();
  await run(conn, p);
  t.same([...r.get()], [1, 0]);
  t.equal(p.spikes.length, 0);
  t.equal(conn.lastProgramStats?.spikesIn, 2);
});

t.test('the default (physics) model is deterministic for a seed through the whole connection', async (t) => {
  const times = Array.from({ length: 60 }, (_, i) => 50 + i * 40);
  const labels = times.map((_, i) => (i % 4) << 14);
  const once = async (): Promise<Uint8Array> => {
    const conn = new SimConnection({ seed: 11, fixedPatternNoise: true, trialNoise: true });
    return (await conn.execute(spikeProgram(times, labels).toBytes())).responses;
  };
  t.same(await once(), await once());
});

t.test('ResponseWriter: unordered and far-apart events still reconstruct exactly', async (t) => {
  const w = new ResponseWriter();
  w.annotate = true;
  w.systime(1000);
  const events = [5000, 4990, 5100, 4000, 4000, 300_000, 299_990, 2_000_000, 100, 7, 2_000_100];
  events.forEach((c, i) => (i % 2 ? w.madcSample(i, i & 1, c) : w.spike(i, c)));
  w.omnibusData(0xabc, 2_000_200);
  w.loopback(false, 2_000_201);
  const p = new PlaybackProgramBuilder().done();
  p.pushResponses(w.take());
  const got = [...p.spikes.map((s) => [s.label, s.chipTime]), ...p.madcSamples.map((s) => [s.value, s.chipTime])].sort((a, b) => a[0]! - b[0]!);
  t.same(got, events.map((c, i) => [i, c]));
  t.ok(w.timeUpdates > 0);
});

t.test('fisch hardware test "spike loopback" passes with the default chip model (crossbar L2 in -> L2 out)', async (t) => {
  const conn = new SimConnection();
  const b = new PlaybackProgramBuilder();
  b.message({ type: 'timing.SystimeInit', value: true });
  b.writeOmnibus(EVENT_RECORDING, 1);
  b.resetTimer();
  for (let i = 0; i < 1000; i++) {
    b.spikes([((i % 4) << 14) | i]);
    b.waitUntil(10 * (i + 1));
  }
  b.waitUntil(12_000);
  const p = b.done();
  await run(conn, p);
  const n = p.spikes.length;
  t.ok(n >= 500 && n <= 1200, `${n} spikes received`);
  const sent = new Set(Array.from({ length: 1000 }, (_, i) => ((i % 4) << 14) | i));
  const unknown = p.spikes.filter((s) => !sent.has(s.label)).length;
  t.ok(unknown <= 0.2 * n, `${unknown} unknown labels`);
  // chip times are non-decreasing and lie within the run
  t.ok(p.spikes.every((s, i) => i === 0 || s.chipTime >= p.spikes[i - 1]!.chipTime));
});
