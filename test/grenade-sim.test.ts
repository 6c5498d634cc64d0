/**
 * grenade end to end on the register-accurate simulator: networks are compiled (placement, routing,
 * self-check, configuration plan), turned into playback programs (configuration writes, systime sync,
 * per-batch-entry reset, settling and timed input spikes between markers) and executed on `SimConnection`;
 * the recorded spikes are cut per batch entry and mapped back to populations.
 *
 * The chip is configured by grenade's default lola Chip configurator (`createLolaChipConfigurator`): the
 * routing plan applied onto a lola Chip whose network neurons carry the uncalibrated LIF preset (one
 * weight-63 event -> one spike, weight 0 -> none; the role bypass mode plays in the upstream hardware
 * tests), written through the stadls builder. All lola scenarios share one connection, as experiments on
 * one hardware setup do: only the first network writes the whole Chip, every later one is a differential
 * write against the chip the previous network left. One scenario runs on the simulator-register adapter
 * (`createSimRegisterConfigurator`) as a cross-check; the capacity rejection needs no execution.
 */
import t from 'tap';
import {
  allToAll,
  createLolaChipConfigurator,
  createSimRegisterConfigurator,
  fromList,
  NetworkBuilder,
  NetworkCapacityError,
  oneToOne,
  run,
  StadlsBackend,
  useChipConfigurator,
  type LolaConfiguratorState,
  type Network,
  type RunInputs,
  type RunOptions,
} from '@bss2/grenade';
import type { Connection } from '@bss2/fisch';
import { SimConnection } from '@bss2/sim';

/** Shorter CapMem settling than the hardware's 100 ms: the simulator's CapMem acts at once. */
const SETTLE = { analogSettleCycles: 30_000, digitalSettleCycles: 125 } as const;

useChipConfigurator(() => createLolaChipConfigurator(), SETTLE);

let shared: Connection | null = null;
t.teardown(async () => {
  await shared?.close();
});

/** Runs on the shared connection (lola configurator, differential configuration between scenarios). */
async function simulate(network: Network, inputs: RunInputs, options: RunOptions) {
  shared ??= new SimConnection();
  return run(shared, network, inputs, options);
}

const isi = 1000;
const spikeTrain = (n: number, offset = 0) => Array.from({ length: n }, (_, j) => offset + j * isi);
const within = (count: number, expected: number) => count >= expected * 0.8 && count <= expected * 1.2;

t.test('a network that does not fit is rejected with a clear error', async (t) => {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(300);
  const pop = b.addPopulation(4, { record: true });
  b.addProjection(input, pop, allToAll({ weight: 63 }));
  // The capacity check fails before any program is generated, so no connection is needed.
  const error = await run({ name: 'unused', runInstance: () => Promise.reject(new Error('must not run')) }, b.done(), {}, { runtime: 100 }).then(
    () => null,
    (e: unknown) => e,
  );
  t.ok(error instanceof NetworkCapacityError, String(error));
  if (error instanceof NetworkCapacityError) {
    t.equal(error.required, 300);
    t.equal(error.available, 256);
    t.match(error.message, /network does not fit: atomic neuron \d+ .* needs 300 synapse rows, only 256 available/);
  }
});

t.test('feed-forward one-to-one', async (t) => {
  const n = 16;
  const b = new NetworkBuilder();
  const input = b.addExternalSource(n);
  const placement = Array.from({ length: n }, (_, i) => (i * 53) % 256);
  const pop = b.addPopulation(n, { record: true, placement });
  b.addProjection(input, pop, oneToOne({ weight: 63 }));
  const batchTimes = Array.from({ length: n }, (_, batch) => Array.from({ length: n }, (_, i) => (i === batch ? spikeTrain(20) : [])));
  const result = await simulate(b.done(), { spikes: [{ population: input, batchTimes }] }, { runtime: 20 * isi });
  const spikes = result.spikes(pop);
  for (let batch = 0; batch < n; batch++) {
    for (let i = 0; i < n; i++) {
      if (i === batch) t.ok(within(spikes[batch]![i]!.length, 20), `batch ${batch}: neuron ${i} fires ${spikes[batch]![i]!.length} times`);
      else t.equal(spikes[batch]![i]!.length, 0, `batch ${batch}: neuron ${i} is silent`);
    }
  }
});

t.test('feed-forward one-to-one on the simulator-register adapter (cross-check of the lola path)', async (t) => {
  const n = 8;
  const b = new NetworkBuilder();
  const input = b.addExternalSource(n);
  const placement = Array.from({ length: n }, (_, i) => 300 + i * 17);
  const pop = b.addPopulation(n, { record: true, placement });
  b.addProjection(input, pop, oneToOne({ weight: 63 }));
  const times = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? spikeTrain(10, i * 50) : []));
  const network = b.done();
  const connection = new SimConnection();
  t.teardown(() => connection.close());
  const viaSim = await run(new StadlsBackend(connection, createSimRegisterConfigurator(), SETTLE), network, { spikes: [{ population: input, times }] }, { runtime: 11 * isi });
  const viaLola = await simulate(network, { spikes: [{ population: input, times }] }, { runtime: 11 * isi });
  const counts = viaSim.spikes(pop)[0]!.map((s) => s.length);
  t.same(counts, times.map((x) => x.length), 'sim adapter: one spike per input spike');
  t.same(viaLola.spikes(pop)[0]!.map((s) => s.length), counts, 'lola configurator: the same spike counts');
  const deltas = viaSim.spikes(pop)[0]!.flatMap((s, i) => s.map((x, k) => Math.abs(x - viaLola.spikes(pop)[0]![i]![k]!)));
  // Markers sit at different cycles of the simulator's 12-cycle integration grid in the two programs.
  t.ok(deltas.every((d) => d <= 12), `both configurators give the same spike times within one integration step (max difference ${Math.max(0, ...deltas)} cycles)`);
});

t.test('feed-forward all-to-all: weight-0 synapses never trigger', async (t) => {
  const n = 16;
  const b = new NetworkBuilder();
  const input = b.addExternalSource(n);
  const pop = b.addPopulation(n, { record: true });
  b.addProjection(input, pop, allToAll({ weight: (i, j) => (i === j ? 63 : 0) }));
  const batchTimes = Array.from({ length: n }, (_, batch) => Array.from({ length: n }, (_, i) => (i === batch ? spikeTrain(20) : [])));
  const result = await simulate(b.done(), { spikes: [{ population: input, batchTimes }] }, { runtime: 20 * isi });
  const spikes = result.spikes(pop);
  for (let batch = 0; batch < n; batch++) {
    const counts = spikes[batch]!.map((s) => s.length);
    t.ok(within(counts[batch]!, 20), `batch ${batch}: diagonal neuron fires`);
    t.equal(counts.reduce((a, c) => a + c, 0) - counts[batch]!, 0, `batch ${batch}: off-diagonal neurons stay silent`);
  }
});

t.test('synfire chain across both hemispheres', async (t) => {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(1);
  const chain = Array.from({ length: 64 }, (_, i) => b.addPopulation(1, { placement: [(i * 197) % 512], record: i === 63 }));
  b.addProjection(input, chain[0]!, oneToOne({ weight: 63 }));
  for (let i = 1; i < chain.length; i++) b.addProjection(chain[i - 1]!, chain[i]!, oneToOne({ weight: 63 }));
  // A LIF hop takes a few hundred cycles (membrane integration), so leave room for 64 hops after the last input.
  const result = await simulate(b.done(), { spikes: [{ population: input, times: [spikeTrain(20)] }] }, { runtime: 20 * isi + 64 * 1000 });
  const count = result.spikes(chain[63]!)[0]![0]!.length;
  t.ok(within(count, 20), `the last neuron of the chain fires once per input spike (${count} spikes)`);
});

t.test('execution-instance chain', async (t) => {
  // Direct and forwarded inputs are interleaved half a period apart, so each one can make the neuron fire.
  const period = 4000;
  const delay = 2 * period;
  const train = (offset: number) => Array.from({ length: 20 }, (_, j) => offset + j * period);
  const b = new NetworkBuilder();
  const ext0 = b.addExternalSource(1);
  const n0 = b.addPopulation(1);
  b.addProjection(ext0, n0, oneToOne({ weight: 63 }));
  const ext1 = b.addExternalSource(2, { instance: 1 });
  const n1 = b.addPopulation(2, { instance: 1, record: true });
  b.addProjection(ext1, n1, oneToOne({ weight: 63 }));
  b.addInterInstanceProjection(n0, ext1, fromList([[0, 0]]), { delay });
  const result = await simulate(b.done(), {
    spikes: [{ population: ext0, times: [train(0)] }, { population: ext1, times: [train(period / 2), []] }],
  }, { runtime: 20 * period + delay });
  const out = result.spikes(n1)[0]!;
  t.ok(within(out[0]!.length, 40), `instance 1 neuron 0 fires ${out[0]!.length} times (delayed copy plus direct input)`);
  t.equal(out[1]!.length, 0, 'instance 1 neuron 1 stays silent');
  t.equal(result.spikes(n0)[0]![0]!.length, 20, 'instance 0 neuron 0 fires once per input');
  t.ok(out[0]!.filter((x) => x >= delay).length >= 20, 'forwarded spikes arrive after the delay');
});

t.test('background sources: regular and Poisson', async (t) => {
  const runtime = 100_000;
  for (const period of [1000, 10_000]) {
    const b = new NetworkBuilder();
    const regular = b.addBackgroundSource(1, { period, buses: { top: 0 } });
    const target = b.addPopulation(1, { record: true });
    b.addProjection(regular, target, oneToOne({ weight: 63 }));
    const result = await simulate(b.done(), {}, { runtime });
    const count = result.spikes(target)[0]![0]!.length;
    t.ok(Math.abs(count - (runtime * 2) / period) <= 100, `regular period ${period}: ${count} spikes`);
  }
  const b = new NetworkBuilder();
  const poisson = b.addBackgroundSource(64, { random: true, rate: 255, seed: 1234, period: 1000, buses: { top: 0 } });
  const pop = b.addPopulation(64, { record: true });
  b.addProjection(poisson, pop, fromList([[5, 5, 63]]));
  const result = await simulate(b.done(), {}, { runtime });
  const counts = result.spikes(pop)[0]!.map((s) => s.length);
  t.ok(Math.abs(counts[5]! - (runtime * 2) / 1000 / 64) <= 100, `Poisson neuron 5: ${counts[5]} spikes`);
  t.equal(counts.reduce((a, c) => a + c, 0) - counts[5]!, 0, 'unconnected neurons stay silent');
});

t.test('inhibitory projections suppress firing', async (t) => {
  const b = new NetworkBuilder();
  const exc = b.addExternalSource(1);
  const inh = b.addExternalSource(1);
  const pop = b.addPopulation(2, { record: true });
  b.addProjection(exc, pop, allToAll({ weight: 63 }));
  b.addProjection(inh, pop, fromList([[0, 1, 63]]), { receptor: 'inhibitory' });
  const times = spikeTrain(20);
  const result = await simulate(b.done(), { spikes: [{ population: exc, times: [times] }, { population: inh, times: [times] }] }, { runtime: 25 * isi });
  const [free, inhibited] = result.spikes(pop)[0]!;
  t.ok(free!.length > 0, 'the uninhibited neuron fires');
  t.ok(inhibited!.length < free!.length / 2, 'the inhibited neuron fires much less');
});

t.test('re-running with changed weights reuses the routing, writes only the changed synapses and takes effect', async (t) => {
  const make = (weight: number): Network => {
    const b = new NetworkBuilder();
    const input = b.addExternalSource(4);
    b.addPopulation(4, { record: true });
    b.addProjection(input, { instance: 0, index: 1, kind: 'neurons', size: 4 }, oneToOne({ weight }));
    return b.done();
  };
  const connection = new SimConnection();
  t.teardown(() => connection.close());
  const backend = new StadlsBackend(connection, createLolaChipConfigurator(), SETTLE);
  const population = { instance: 0, index: 1, kind: 'neurons', size: 4 } as const;
  const input = { instance: 0, index: 0, kind: 'external', size: 4 } as const;
  const inputs = { spikes: [{ population: input, times: [spikeTrain(5), spikeTrain(5), [], []] }] };
  const strong = await run(backend, make(63), inputs, { runtime: 6 * isi });
  t.same(strong.spikes(population)[0]!.map((s) => s.length), [5, 5, 0, 0]);
  t.equal((backend.configuratorState as LolaConfiguratorState).writtenContainers, 1, 'the first configuration writes the whole Chip');
  const silent = await run(backend, make(0), inputs, { runtime: 6 * isi });
  t.ok(silent.timings.reusedRouting, 'only the weights were re-split');
  const state = backend.configuratorState as LolaConfiguratorState;
  t.ok(state.writtenContainers >= 1 && state.writtenContainers <= 4, `only the SynapseQuads holding the 4 changed weights are written (${state.writtenContainers} containers)`);
  t.notOk(state.analogChanged, 'no CapMem change: no long settling wait');
  t.same(silent.spikes(population)[0]!.map((s) => s.length), [0, 0, 0, 0], 'the new weights are in effect');
  const again = await run(backend, make(63), inputs, { runtime: 6 * isi });
  t.same(again.spikes(population)[0]!.map((s) => s.length), [5, 5, 0, 0], 'and back');
});
