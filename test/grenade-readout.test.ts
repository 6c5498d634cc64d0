/**
 * grenade MADC and CADC acquisition end to end on the simulator: the lola configurator programs the
 * recorded neurons' readout, the readout chain's source multiplexers and the CADC channels; the stadls
 * backend arms, starts and stops the MADC per batch entry and reads CADC sample rows at the recording's
 * period; samples come back per batch entry, mapped to (population, neuron).
 *
 * Expected levels use the simulator's documented transfer laws (sim_model.md 1.4, transfer.ts): CADC code
 * = potential in CADC LSB; MADC code = 10 bits over 0..1.2 V with potential p at 0.15 + (p - 20) * 0.0045 V.
 */
import t from 'tap';
import {
  createSimRegisterConfigurator,
  DEFAULT_LOLA_NEURON,
  NetworkBuilder,
  fromList,
  run,
  StadlsBackend,
  voltageCellCode,
  createLolaChipConfigurator,
} from '@bss2/grenade';
import { Chip } from '@bss2/lola';
import { SimConnection } from '@bss2/sim';

const SETTLE = { analogSettleCycles: 30_000, digitalSettleCycles: 125, madcWakeupCycles: 1250 } as const;
const madcCode = (potential: number): number => Math.round(((0.15 + (potential - 20) * 0.0045) / 1.2) * 1023);

t.test('MADC: a leak-over-threshold neuron of a base chip shows a membrane trace with resets', async (t) => {
  const b = new NetworkBuilder();
  const pop = b.addPopulation(2, { record: true, placement: [5, 6] });
  b.addMadcRecording([{ population: pop, neuron: 0 }]);
  const network = b.done();
  // The base chip: the default LIF preset, but with the leak potential (110) above the threshold (90).
  const chip = new Chip();
  for (const n of [5, 6]) chip.neuronBlock.atomicNeurons[n]!.set(DEFAULT_LOLA_NEURON);
  chip.neuronBlock.atomicNeurons[5]!.set({ leak: { vLeak: voltageCellCode(110) } });
  const before = JSON.stringify(chip.toJSON());
  const connection = new SimConnection();
  t.teardown(() => connection.close());
  const backend = new StadlsBackend(connection, createLolaChipConfigurator(), SETTLE);
  const runtime = 12_500; // 100 µs
  const result = await run(backend, network, { batchSize: 2 }, { runtime, chips: { 0: chip } });
  t.equal(JSON.stringify(chip.toJSON()), before, 'the base chip is not modified');
  for (let batch = 0; batch < 2; batch++) {
    const spikes = result.spikes(pop)[batch]!;
    t.equal(spikes[1]!.length, 0, `batch ${batch}: the neuron with leak below threshold stays silent`);
    const times = spikes[0]!;
    t.ok(times.length >= 5, `batch ${batch}: the leak-over-threshold neuron fires regularly (${times.length} spikes)`);
    const samples = result.madc()[batch]!;
    t.ok(Math.abs(samples.length - runtime / 4.25) <= 0.05 * (runtime / 4.25), `batch ${batch}: ${samples.length} MADC samples at 29.4 MS/s`);
    t.ok(samples.every((s) => s.population.index === pop.index && s.neuron === 0 && s.source === 'membrane'), 'every sample is mapped to the recorded neuron');
    t.ok(samples.every((s, i) => s.time >= 0 && s.time < runtime && (i === 0 || s.time >= samples[i - 1]!.time)), 'sample times lie in the batch entry, sorted');
    // Resets: hysteresis crossings from above the threshold region down to the reset region.
    const high = madcCode(86);
    const low = madcCode(66);
    let state: 'high' | 'low' | 'mid' = 'mid';
    let resets = 0;
    for (const s of samples) {
      if (s.value >= high) state = 'high';
      else if (s.value <= low) {
        if (state === 'high') resets++;
        state = 'low';
      }
    }
    t.ok(Math.abs(resets - times.length) <= 1, `batch ${batch}: the trace shows ${resets} resets for ${times.length} spikes`);
    const values = samples.map((s) => s.value);
    t.ok(Math.max(...values) >= madcCode(88) && Math.min(...values) <= madcCode(62), `batch ${batch}: the trace spans reset (60) to threshold (90): ${Math.min(...values)}..${Math.max(...values)}`);
    for (const ts of times.slice(0, -1)) {
      const after = samples.filter((s) => s.time > ts && s.time <= ts + 300).map((s) => s.value);
      t.ok(after.length > 0 && Math.min(...after) <= madcCode(66), `batch ${batch}: the membrane is at reset right after the spike at ${ts}`);
    }
  }
});

t.test('CADC: samples of neurons at rest equal their leak level', async (t) => {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(1);
  const pop = b.addPopulation(3, { record: true, placement: [10, 300, 11] });
  b.addProjection(input, pop, fromList([[0, 2, 63]]));
  const period = 1250;
  b.addCadcRecording([{ population: pop, neuron: 0 }, { population: pop, neuron: 1 }], { period });
  const network = b.done();
  const connection = new SimConnection();
  t.teardown(() => connection.close());
  const runtime = 12_500;
  const result = await run(new StadlsBackend(connection, createLolaChipConfigurator(), SETTLE), network, { spikes: [{ population: input, times: [[1000, 2000]] }], batchSize: 2 }, { runtime });
  for (let batch = 0; batch < 2; batch++) {
    const samples = result.cadc()[batch]!;
    for (const neuron of [0, 1]) {
      const mine = samples.filter((s) => s.neuron === neuron);
      t.same(mine.map((s) => s.time), Array.from({ length: runtime / period }, (_, k) => k * period), `batch ${batch} neuron ${neuron}: one sample per period`);
      const settled = mine.filter((s) => s.time >= 50 * 125).map((s) => s.value);
      t.ok(settled.length > 0 && settled.every((v) => Math.abs(v - 80) <= 2), `batch ${batch} neuron ${neuron} (hemisphere ${neuron}): resting samples ${settled.join(',')} equal the leak level 80 +- 2`);
      t.ok(mine.every((s) => s.source === 'membrane' && s.population.index === pop.index), 'mapped to the recorded neuron');
    }
    t.notOk(samples.some((s) => s.neuron === 2), 'unrecorded neurons have no samples');
    t.ok(samples.every((s, i) => i === 0 || s.time >= samples[i - 1]!.time), 'sorted by time');
  }
});

t.test('MADC and CADC together, batch entries split over several programs', async (t) => {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(1);
  const pop = b.addPopulation(2, { record: true, placement: [20, 21] });
  b.addProjection(input, pop, fromList([[0, 0, 63]]));
  b.addMadcRecording([{ population: pop, neuron: 0 }]);
  b.addCadcRecording([{ population: pop, neuron: 1 }], { period: 2500 });
  const connection = new SimConnection();
  t.teardown(() => connection.close());
  const backend = new StadlsBackend(connection, createLolaChipConfigurator(), { ...SETTLE, maxProgramMessages: 500 });
  const batchTimes = [[[1000]], [[1000, 3000]], [[]]];
  const result = await run(backend, b.done(), { spikes: [{ population: input, batchTimes }] }, { runtime: 5000 });
  t.same(result.spikes(pop).map((entry) => entry[0]!.length), [1, 2, 0], 'one spike per input in every entry');
  result.madc().forEach((samples, batch) => {
    t.ok(Math.abs(samples.length - 5000 / 4.25) < 30, `entry ${batch}: ${samples.length} MADC samples`);
  });
  t.same(result.cadc().map((samples) => samples.map((s) => s.time)), [[0, 2500], [0, 2500], [0, 2500]], 'two CADC samples per entry');
});

t.test('configurators without readout support reject MADC/CADC recordings', async (t) => {
  const b = new NetworkBuilder();
  const pop = b.addPopulation(1);
  b.addCadcRecording([{ population: pop, neuron: 0 }]);
  const connection = new SimConnection();
  t.teardown(() => connection.close());
  await t.rejects(run(new StadlsBackend(connection, createSimRegisterConfigurator(), SETTLE), b.done(), {}, { runtime: 100 }), /records the CADC, but the chip configurator sim-registers does not program the readout chain/);
});

t.test('MADC: two recorded neurons are sampled alternately through the active multiplexer', async (t) => {
  const b = new NetworkBuilder();
  const pop = b.addPopulation(2, { record: true, placement: [5, 300] });
  b.addMadcRecording([{ population: pop, neuron: 0 }, { population: pop, neuron: 1 }]);
  const network = b.done();
  // two silent neurons resting at different leak potentials (70 and 85 CADC LSB, threshold 90)
  const chip = new Chip();
  for (const n of [5, 300]) chip.neuronBlock.atomicNeurons[n]!.set(DEFAULT_LOLA_NEURON);
  chip.neuronBlock.atomicNeurons[5]!.set({ leak: { vLeak: voltageCellCode(70) } });
  chip.neuronBlock.atomicNeurons[300]!.set({ leak: { vLeak: voltageCellCode(85) } });
  const connection = new SimConnection();
  t.teardown(() => connection.close());
  const backend = new StadlsBackend(connection, createLolaChipConfigurator(), SETTLE);
  const result = await run(backend, network, { batchSize: 1 }, { runtime: 6250, chips: { 0: chip } });
  const samples = result.madc()[0]!;
  const of = (neuron: number) => samples.filter((s) => s.neuron === neuron).map((s) => s.value);
  const first = of(0);
  const second = of(1);
  t.ok(first.length > 100 && second.length > 100, `both neurons sampled (${first.length} / ${second.length})`);
  t.ok(Math.abs(first.length - second.length) <= 2, 'alternating evenly');
  const mean = (v: number[]) => v.reduce((a, x) => a + x, 0) / v.length;
  // tolerance 6 MADC codes = 1.5 CADC LSB (DAC-code rounding of the leak target plus relaxation)
  t.ok(Math.abs(mean(first) - madcCode(70)) <= 6, `neuron 0 rests at its leak (${mean(first).toFixed(1)} vs ${madcCode(70)})`);
  t.ok(Math.abs(mean(second) - madcCode(85)) <= 6, `neuron 1 rests at its leak (${mean(second).toFixed(1)} vs ${madcCode(85)})`);
});
