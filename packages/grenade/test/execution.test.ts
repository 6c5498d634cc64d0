import t from 'tap';
import fc from 'fast-check';
import { InvalidArgumentError, ValueRangeError, ValueTypeError, ZeroMockConnection } from '@bss2/fisch';
import {
  allToAll,
  BypassModelBackend,
  fromList,
  generateInputEvents,
  NetworkBuilder,
  NetworkDescriptionError,
  NetworkExecutor,
  oneToOne,
  routeInstance,
  run,
  type ExecutionBackend,
  type InstanceRawOutput,
  type InstanceRunRequest,
} from '@bss2/grenade';

const diagonal = (n: number, spikes: number[]) => Array.from({ length: n }, (_, b) => Array.from({ length: n }, (_, i) => (i === b ? spikes : [])));

t.test('feed-forward one-to-one and all-to-all with weight-0 synapses', async (t) => {
  for (const kind of ['oneToOne', 'allToAll'] as const) {
    const b = new NetworkBuilder();
    const input = b.addExternalSource(8);
    const pop = b.addPopulation(8, { record: true, placement: [7, 300, 2, 40, 511, 128, 64, 257] });
    b.addProjection(input, pop, kind === 'oneToOne' ? oneToOne({ weight: 63 }) : allToAll({ weight: (i, j) => (i === j ? 63 : 0) }));
    const result = await run(new BypassModelBackend(), b.done(), { spikes: [{ population: input, batchTimes: diagonal(8, [100, 1100, 2100]) }] }, { runtime: 5000 });
    t.equal(result.batchSize, 8);
    const spikes = result.spikes(pop);
    for (let batch = 0; batch < 8; batch++) {
      for (let n = 0; n < 8; n++) t.same(spikes[batch]![n]!.length, n === batch ? 3 : 0, `${kind} batch ${batch} neuron ${n}`);
    }
    t.throws(() => result.spikes(input), NetworkDescriptionError, 'input is not recorded');
  }
});

t.test('synfire chain, inhibition and recorded inputs', async (t) => {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(1, { record: true });
  const chain = Array.from({ length: 64 }, (_, i) => b.addPopulation(1, { placement: [(i * 37) % 512], record: i === 63 }));
  b.addProjection(input, chain[0]!, oneToOne({ weight: 63 }));
  for (let i = 1; i < chain.length; i++) b.addProjection(chain[i - 1]!, chain[i]!, oneToOne({ weight: 63 }));
  const inh = b.addExternalSource(1);
  const guarded = b.addPopulation(1, { record: true });
  b.addProjection(input, guarded, oneToOne({ weight: 30 }));
  b.addProjection(inh, guarded, oneToOne({ weight: 40 }), { receptor: 'inhibitory' });
  const result = await run(new BypassModelBackend({ latency: 3 }), b.done(), {
    spikes: [{ population: input, times: [[0, 1000, 2000]] }, { population: inh, times: [[1000]] }],
  }, { runtime: 10_000 });
  t.same(result.spikes(chain[63]!)[0]![0], [192, 1192, 2192], 'the spike travels 64 hops of 3 cycles');
  t.same(result.spikes(input)[0]![0], [0, 1000, 2000], 'recorded external inputs are echoed');
  t.same(result.spikes(guarded)[0]![0], [3, 2003], 'the simultaneous inhibitory event suppresses the second spike');
  t.equal(result.madc().length, 1);
  t.same(result.cadc(), [[]]);
});

t.test('execution-instance chain with delayed inter-instance spikes', async (t) => {
  const b = new NetworkBuilder();
  const ext0 = b.addExternalSource(1);
  const n0 = b.addPopulation(1);
  b.addProjection(ext0, n0, oneToOne({ weight: 63 }));
  const ext1 = b.addExternalSource(2, { instance: 1 });
  const n1 = b.addPopulation(2, { instance: 1, record: true });
  b.addProjection(ext1, n1, oneToOne({ weight: 63 }));
  b.addInterInstanceProjection(n0, ext1, fromList([[0, 0]]), { delay: 10_000 });
  const net = b.done();
  const isi = 1000;
  const times = Array.from({ length: 10 }, (_, j) => j * isi);
  const executor = new NetworkExecutor(new BypassModelBackend());
  const result = await executor.run(net, {
    spikes: [{ population: ext0, times: [times] }, { population: ext1, times: [times.map((x) => x + isi / 2), []] }],
  }, { runtime: 10 * isi + 10_000 });
  const out = result.spikes(n1)[0]!;
  t.equal(out[0]!.length, 20, 'delayed copy plus direct input');
  t.equal(out[1]!.length, 0);
  t.ok(out[0]!.filter((x) => x >= 10_000).length === 10, 'forwarded spikes arrive after the delay');
  t.same(result.spikes(n0)[0]![0]!.length, 10, 'inter-instance sources are recorded implicitly');
  t.equal(executor.compiled, result.compiled);
});

t.test('background generators', async (t) => {
  const b = new NetworkBuilder();
  const regular = b.addBackgroundSource(1, { period: 1000, buses: { top: 0 }, record: true });
  const target = b.addPopulation(1, { record: true });
  b.addProjection(regular, target, oneToOne({ weight: 63 }));
  const poisson = b.addBackgroundSource(64, { random: true, rate: 128, period: 100, seed: 1234, buses: { top: 1 } });
  const many = b.addPopulation(64, { record: true });
  b.addProjection(poisson, many, oneToOne({ weight: 63 }));
  const runtime = 100_000;
  const result = await run(new BypassModelBackend(), b.done(), {}, { runtime });
  t.equal(result.spikes(regular)[0]![0]!.length, runtime * 2 / 1000 - 1, 'the generator clock is twice the FPGA clock');
  t.equal(result.spikes(target)[0]![0]!.length, runtime * 2 / 1000 - 1);
  const counts = result.spikes(many)[0]!.map((s) => s.length);
  const total = counts.reduce((a, c) => a + c, 0);
  const expected = (runtime * 2 / 100) * (128 / 256);
  t.ok(Math.abs(total - expected) < expected * 0.1, `Poisson total ${total} ~ ${expected}`);
  t.ok(counts.every((c) => c > 0), 'every neuron of the population is addressed');
});

t.test('input validation and batch handling', async (t) => {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(2);
  const unused = b.addExternalSource(2);
  const pop = b.addPopulation(2, { record: true });
  b.addProjection(input, pop, oneToOne({ weight: 63 }));
  const net = b.done();
  const backend = new BypassModelBackend();
  await t.rejects(run(backend, net, { spikes: [{ population: pop, times: [[], []] }] }, { runtime: 10 }), NetworkDescriptionError);
  await t.rejects(run(backend, net, { spikes: [{ population: input, times: [[]] }] }, { runtime: 10 }), InvalidArgumentError);
  await t.rejects(run(backend, net, { spikes: [{ population: input }] }, { runtime: 10 }), InvalidArgumentError);
  await t.rejects(run(backend, net, { spikes: [{ population: input, batchTimes: [[[], []]] }], batchSize: 2 }, { runtime: 10 }), InvalidArgumentError);
  await t.rejects(run(backend, net, { spikes: [{ population: input, times: [[-1], []] }] }, { runtime: 10 }), ValueRangeError);
  await t.rejects(run(backend, net, {}, { runtime: [10, 20], instanceRuntime: { 0: [1] } }), InvalidArgumentError);
  await t.rejects(run(backend, net, { batchSize: 3 }, { runtime: [10, 20] }), InvalidArgumentError);
  await t.rejects(run(backend, net, {}, { runtime: -5 }), ValueRangeError);
  await t.rejects(run(backend, net, {}, { runtime: 5, interBatchWait: 0.5 }), ValueRangeError);
  await t.rejects(run(backend, net, {}, { runtime: 5, instanceRuntime: { 3: 5 } }), InvalidArgumentError);
  await t.rejects(run(backend, net, {}, { runtime: 5, chips: { 1: null } }), InvalidArgumentError);
  await t.rejects(run(backend, net, {}, { runtime: 5, seed: -1 }), ValueRangeError);
  await t.rejects(run(backend, net, {}, { runtime: 5, timeoutMs: Number.NaN }), ValueTypeError);
  t.throws(() => new BypassModelBackend({ latency: 0 }), ValueRangeError);
  t.throws(() => new BypassModelBackend({ seed: 2 ** 32 }), ValueRangeError);
  const r = await run(backend, net, { spikes: [{ population: unused, times: [[5], [6]] }, { population: input, times: [[5], []] }] }, { runtime: [10, 20, 30] });
  t.equal(r.batchSize, 3, 'batch size from the runtime list');
  t.same(r.spikes(pop).map((batch) => batch[0]), [[7], [7], [7]]);
  let durations: number[] = [];
  const probe = { name: 'probe', runInstance: (req: InstanceRunRequest) => {
    durations = req.batches.map((x) => x.duration);
    return Promise.resolve({ spikes: req.batches.map(() => []), madc: [], cadc: [] });
  } };
  await run(probe, net, { spikes: [{ population: input, batchTimes: [[[50], []], [[], []]] }] }, { runtime: 10 });
  t.same(durations, [51, 10], 'events beyond the runtime extend the realtime section');
  t.ok(r.timings.compileMs >= 0 && r.timings.executeMs >= 0);
  const again = await run(backend, net, {}, { runtime: 10 });
  t.ok(again.timings.reusedRouting, 'the same network on the same target reuses its routing');

  const ei = net.instances.get(0)!;
  const events = generateInputEvents(ei, routeInstance(ei), [{ population: input, times: [[30, 10], [20]] }, { population: unused, times: [[1], [2]] }], 1);
  t.same(events[0]!.map((e) => e.time), [10, 20, 30], 'sorted; neurons without labels send nothing');
  const plain = await run(new ZeroMockConnection(), net, {}, { runtime: 10 });
  t.equal(plain.batchSize, 1, 'plain connections run through the default (lola) program generator');
});

t.test('readout mapping and backend contract', async (t) => {
  const b = new NetworkBuilder();
  const pop = b.addPopulation(4, { placement: [0, 1, 258, 3] });
  b.addMadcRecording([{ population: pop, neuron: 0 }, { population: pop, neuron: 1, source: 'exc_synin' }]);
  b.addCadcRecording([{ population: pop, neuron: 2 }]);
  const net = b.done();
  const requests: InstanceRunRequest[] = [];
  const fake = (output: (r: InstanceRunRequest) => InstanceRawOutput): ExecutionBackend => ({
    name: 'fake',
    runInstance: (r) => {
      requests.push(r);
      return Promise.resolve(output(r));
    },
  });
  const backend = fake((r) => ({
    spikes: r.batches.map(() => []),
    madc: r.batches.map(() => [{ time: 9, channel: 1, value: 300 }, { time: 4, channel: 0, value: 200 }]),
    cadc: r.batches.map(() => [{ time: 7, hemisphere: 1, column: 2, value: 100 }, { time: 7, hemisphere: 0, column: 9, value: 1 }]),
  }));
  const result = await run(backend, net, { batchSize: 2 }, { runtime: 1000, chips: { 0: 'base' } });
  t.equal(requests[0]!.baseChip, 'base');
  t.same(requests[0]!.batches, [{ events: [], duration: 1000 }, { events: [], duration: 1000 }]);
  t.same(result.madc()[1]!.map((s) => [s.time, s.neuron, s.source, s.value]), [[4, 0, 'membrane', 200], [9, 1, 'exc_synin', 300]]);
  t.same(result.cadc()[0]!.map((s) => [s.time, s.neuron, s.value]), [[7, 2, 100]], 'unknown columns are dropped');
  t.same(result.madc(5), [[], []]);
  t.same(result.cadc(5), [[], []]);
  await t.rejects(run(fake(() => ({ spikes: [], madc: [], cadc: [] })), net, {}, { runtime: 1 }), InvalidArgumentError);
  await t.rejects(run(fake((r) => ({ spikes: r.batches.map(() => []), madc: r.batches.map(() => [{ time: 0, channel: 5, value: 0 }]), cadc: [] })), net, {}, { runtime: 1 }), InvalidArgumentError);
});

t.test('property: on the bypass model a neuron fires exactly for inputs with positive weight', async (t) => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 24 }),
      fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 0, max: 100 }),
      async (weights, times, seed) => {
        const b = new NetworkBuilder();
        const input = b.addExternalSource(weights.length);
        const pop = b.addPopulation(weights.length, { record: true });
        b.addProjection(input, pop, oneToOne({ weight: (i) => weights[i]! }));
        const unique = [...new Set(times)].sort((x, y) => x - y);
        const result = await run(new BypassModelBackend(), b.done(), { spikes: [{ population: input, times: weights.map(() => unique) }] }, { runtime: 6000, seed });
        return result.spikes(pop)[0]!.every((spikes, i) => spikes.length === (weights[i]! > 0 ? unique.length : 0));
      },
    ),
    { numRuns: 25, seed: 7 },
  );
  t.pass('25 random one-to-one networks');
});
