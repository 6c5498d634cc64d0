import t from 'tap';
import { createRegisterOnlyChipModel, SimConnection } from '@bss2/sim';
import { hasConnectionBackend, NetworkBuilder, NetworkExecutor, oneToOne, run, SIMULATION_ANALOG_SETTLE_CYCLES, StadlsBackend, useChipConfigurator, type ChipConfigurator } from '@bss2/grenade';
import type { PlaybackProgramBuilder } from '@bss2/stadls';

function recordingConfigurator(calls: string[]): ChipConfigurator {
  return {
    writeConfig: (_b: PlaybackProgramBuilder, plan, request, previous) => {
      calls.push(`config ${request.instance.id} ${String(previous)}`);
      if (plan.instance !== request.instance.id) throw new Error('plan of another instance');
      return { state: `state-${calls.length}`, analogChanged: previous === undefined };
    },
    setEventRecording: (_b, enable) => calls.push(`recording ${enable}`),
    setNeuronReset: (_b, reset) => calls.push(`reset ${reset}`),
  };
}

// The register-only chip model keeps these tests about program structure, independent of the physics model.
t.test('programs run on SimConnection with the batch timeline and markers', async (t) => {
  const connection = new SimConnection({ chipModel: createRegisterOnlyChipModel });
  t.teardown(() => connection.close());
  const calls: string[] = [];
  const backend = new StadlsBackend(connection, recordingConfigurator(calls), { maxProgramMessages: 20 });
  t.match(backend.name, /stadls\(sim\)/);
  const b = new NetworkBuilder();
  const input = b.addExternalSource(2, { record: true });
  const pop = b.addPopulation(2, { record: true });
  b.addProjection(input, pop, oneToOne({ weight: 63 }));
  const network = b.done();
  const executor = new NetworkExecutor(backend);
  const batchTimes = [[[10, 20], []], [[], [30, 30]], [[], []]];
  const result = await executor.run(network, { spikes: [{ population: input, batchTimes }] }, { runtime: 500 });
  t.equal(result.batchSize, 3);
  t.same(result.spikes(pop), [[[], []], [[], []], [[], []]], 'no chip physics in the register-only simulator: no spikes, but every batch entry is cut');
  t.same(calls, ['config 0 undefined', 'recording true', 'reset true', 'reset false', 'reset true', 'reset false', 'reset true', 'reset false', 'recording false']);
  calls.length = 0;
  await executor.run(network, {}, { runtime: 100, interBatchWait: 1000 });
  const compiled = executor.compiled!;
  const { programs } = new StadlsBackend(connection, recordingConfigurator([]), { maxProgramMessages: 5 }).buildPrograms({
    network, instance: network.instances.get(0)!, routing: compiled.routing.get(0)!, baseChip: null,
    batches: [{ events: [{ time: 0, label: 1 }, { time: 0, label: 2 }, { time: 5, label: 3 }], duration: 10 }, { events: [], duration: 10 }],
  });
  t.same(programs.map((p) => [p.first, p.count]), [[0, 1], [1, 1]], 'small message budget: one batch entry per program');
  t.ok(programs.every((p) => p.program.sizeToFpga > 0));
  t.same(calls[0], 'config 0 state-1', 'the configurator sees its previous state (differential configuration)');
});

t.test('an empty batch list and bad options are rejected', async (t) => {
  const connection = new SimConnection({ chipModel: createRegisterOnlyChipModel });
  t.teardown(() => connection.close());
  t.throws(() => new StadlsBackend(connection, recordingConfigurator([]), { maxProgramMessages: 0 }), /maxProgramMessages/);
  t.throws(() => new StadlsBackend(connection, recordingConfigurator([]), { analogSettleCycles: -1 }), /analogSettleCycles/);
  const backend = new StadlsBackend(connection, recordingConfigurator([]));
  const b = new NetworkBuilder();
  b.addPopulation(1);
  const network = b.done();
  const executor = new NetworkExecutor(backend);
  const compiled = (await executor.run(network, {}, { runtime: 10 })).compiled;
  await t.rejects(backend.runInstance({ network, instance: network.instances.get(0)!, routing: compiled.routing.get(0)!, batches: [], baseChip: null }), /at least one batch entry/);
});

t.test('useChipConfigurator replaces the default (lola) configurator of run() on plain connections', async (t) => {
  t.notOk(hasConnectionBackend(), 'nothing installed explicitly: run() uses the default lola configurator');
  const calls: string[] = [];
  useChipConfigurator(recordingConfigurator(calls), { analogSettleCycles: 10, digitalSettleCycles: 1 });
  t.ok(hasConnectionBackend());
  const connection = new SimConnection({ chipModel: createRegisterOnlyChipModel });
  t.teardown(() => connection.close());
  const b = new NetworkBuilder();
  const input = b.addExternalSource(1);
  const pop = b.addPopulation(1, { record: true });
  b.addProjection(input, pop, oneToOne({ weight: 1 }));
  const result = await run(connection, b.done(), { spikes: [{ population: input, times: [[5]] }] }, { runtime: 50 });
  t.same(result.spikes(pop), [[[]]]);
  t.equal(calls[0], 'config 0 undefined');
});

t.test('the default analog settling depends on whether the connection may be hardware', async (t) => {
  const { ZeroMockConnection } = await import('@bss2/fisch');
  const sim = new SimConnection({ chipModel: createRegisterOnlyChipModel });
  t.teardown(() => sim.close());
  const settleOf = (backend: StadlsBackend) => (backend as unknown as { analogSettle: number }).analogSettle;
  t.equal(settleOf(new StadlsBackend(sim, recordingConfigurator([]))), SIMULATION_ANALOG_SETTLE_CYCLES, 'simulation only: CapMem acts at once');
  t.equal(settleOf(new StadlsBackend(new ZeroMockConnection(), recordingConfigurator([]))), 100_000 * 125, 'may be hardware: 100 ms CapMem settling');
  t.equal(settleOf(new StadlsBackend(sim, recordingConfigurator([]), { analogSettleCycles: 7 })), 7, 'explicit option wins');
});
