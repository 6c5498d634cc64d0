import t from 'tap';
import { CollectingSink, EventRecordingConfig, MADCControl } from '@bss2/haldls';
import { Chip, ChipOnDLS, halAdapter } from '@bss2/lola';
import { PlaybackProgramBuilder } from '@bss2/stadls';
import { layout } from '@bss2/sim';
import { InvalidArgumentError } from '@bss2/fisch';
import {
  allToAll,
  applyPlan,
  buildChipConfigPlan,
  cloneChip,
  compile,
  createLolaChipConfigurator,
  DEFAULT_LIF_POTENTIALS,
  DEFAULT_LOLA_NEURON,
  defaultChip,
  fromList,
  madcControl,
  NetworkBuilder,
  neuronColumn,
  voltageCellCode,
  withWeights,
  writeChipDifference,
  type InstanceRunRequest,
  type LolaConfiguratorState,
  type Network,
} from '@bss2/grenade';

function network(weight = 63): { net: Network; pop: ReturnType<NetworkBuilder['addPopulation']> } {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(3);
  const bg = b.addBackgroundSource(1, { period: 500, buses: { top: 1 } });
  const pop = b.addPopulation(3, { record: true, placement: [4, 7, 300] });
  b.addProjection(input, pop, allToAll({ weight }));
  b.addProjection(bg, pop, fromList([[0, 1, 20]]), { receptor: 'inhibitory' });
  b.addMadcRecording([{ population: pop, neuron: 0 }, { population: pop, neuron: 1, source: 'exc_synin' }]);
  b.addCadcRecording([{ population: pop, neuron: 2 }]);
  return { net: b.done(), pop };
}

function request(net: Network, baseChip: unknown = null): InstanceRunRequest {
  const compiled = compile(net);
  return { network: net, instance: net.instances.get(0)!, routing: compiled.routing.get(0)!, batches: [{ events: [], duration: 10 }], baseChip };
}

const field = <T>(c: unknown, name: string): T => (c as Record<string, T>)[name]!;

t.test('voltage cell codes follow the simulator law (70 -> 20, 550 -> 220 CADC LSB)', async (t) => {
  t.equal(voltageCellCode(20), 70);
  t.equal(voltageCellCode(220), 550);
  t.same([DEFAULT_LIF_POTENTIALS.leak, DEFAULT_LIF_POTENTIALS.reset, DEFAULT_LIF_POTENTIALS.threshold].map(voltageCellCode), [214, 166, 238]);
  t.equal(voltageCellCode(-1000), 0);
  t.equal(voltageCellCode(1000), 1022, 'clipped below the refresh-disable code 1023');
  t.equal(DEFAULT_LOLA_NEURON.leak!.vLeak, 214);
});

t.test('the plan lands in the lola/haldls containers', async (t) => {
  const { net } = network();
  const req = request(net);
  const plan = buildChipConfigPlan(req.instance, req.routing);
  const chip = defaultChip([4, 7, 300]);
  applyPlan(chip, plan, req.instance);
  t.same(chip.crossbar.nodes.map((n) => [field(n, 'mask'), field(n, 'target')]), plan.crossbarNodes.map((n) => [n.mask, n.target]), 'crossbar nodes');
  plan.backgroundSources.forEach((s, i) => {
    const c = chip.backgroundSpikeSources[i]!;
    t.same([field(c, 'enable'), field(c, 'period'), field(c, 'mask'), field(c, 'neuronLabel')], [s.enable, s.period, s.mask, s.neuronLabel]);
  });
  t.ok(chip.backgroundSpikeSources.some((c) => field(c, 'enable')), 'the background generator is enabled');
  for (const h of [0, 1] as const) {
    t.same([...field<boolean[]>(chip.synapseDriverBlocks[h].padiBus, 'enableSpl1')], plan.padiBusEnableSpl1.slice(h * 4, h * 4 + 4));
    chip.synapseDriverBlocks[h].synapseDrivers.forEach((d, i) => {
      const p = plan.synapseDrivers[h * 128 + i]!;
      if (field(d, 'enableReceiver') !== p.enableReceiver || field(d, 'rowModeTop') !== p.rowModeTop || field(d, 'rowAddressCompareMask') !== p.rowAddressCompareMask) {
        t.fail(`driver ${h * 128 + i} differs from the plan`);
      }
    });
    t.ok(Buffer.from(chip.synapseBlocks[h].matrix.weights).equals(plan.synapseWeights[h]!), `hemisphere ${h}: weights`);
    t.ok(Buffer.from(chip.synapseBlocks[h].matrix.labels).equals(plan.synapseLabels[h]!), `hemisphere ${h}: labels`);
  }
  t.ok(plan.synapseDrivers.some((d) => d.rowModeTop === 'inhibitory' || d.rowModeBottom === 'inhibitory'), 'an inhibitory row is routed');
  plan.neurons.forEach((p, n) => {
    const neuron = chip.neuronBlock.atomicNeurons[n]!;
    if (neuron.eventRouting.enableDigital !== p.enableSpikeOut || neuron.eventRouting.address !== p.addressOut) t.fail(`neuron ${n} event routing`);
    const sw = chip.neuronBlock.currentRows[n >= 256 ? 1 : 0].values[neuronColumn(n)]!;
    if (sw.enable_synaptic_current_excitatory !== p.enableSynapticInputExcitatory) t.fail(`column switch of neuron ${n}`);
  });
  t.ok(chip.neuronBlock.atomicNeurons[300]!.eventRouting.enableDigital, 'recorded neurons emit spikes');
  // readout: MADC neuron 0 (column 4, even) on buffer 0, neuron 1 (column 7, odd) on buffer 1; CADC neuron 2 (row 1, column 44)
  t.same(chip.readoutChain.inputMux[0].neuronEven, [true, false]);
  t.same(chip.readoutChain.inputMux[1].neuronOdd, [true, false]);
  t.equal(chip.readoutChain.dynamicMux.inputSelectLength, 1, 'two MADC neurons: the active mux alternates');
  t.same(chip.neuronBlock.atomicNeurons[7]!.readout, { enableBufferedAccess: true, enableAmplifier: true, enableUnbufferedAccess: false, source: 'exc_synin' });
  t.ok(chip.cadcReadoutChains[1].ramp.enable);
  t.ok(chip.cadcReadoutChains[1].channelsCausal[44]!.enableConnectNeuron);
  t.notOk(chip.cadcReadoutChains[0].ramp.enable, 'no CADC recording on the top hemisphere');
  t.equal(chip.neuronBlock.atomicNeurons[300]!.leak.vLeak, 214, 'network neurons carry the LIF preset');
  t.equal(chip.neuronBlock.atomicNeurons[5]!.leak.vLeak, 0, 'other neurons keep their defaults');
});

t.test('differential writes: only changed containers, CapMem changes flagged', async (t) => {
  const a = new Chip();
  const b = cloneChip(a);
  t.ok(a.equals(b), 'a clone equals its original');
  let builder = new PlaybackProgramBuilder();
  t.same(writeChipDifference(builder, b, a), { containers: 0, analogChanged: false }, 'equal chips: nothing is written');
  t.equal(builder.sizeToFpga(), 0);
  b.synapseBlocks[1].matrix.set(17, 200, { weight: 33 });
  b.synapseBlocks[1].matrix.set(17, 201, { weight: 2 });
  t.notOk(a.equals(b), 'the clone is independent of its original');
  builder = new PlaybackProgramBuilder();
  const weights = writeChipDifference(builder, b, a);
  t.equal(weights.containers, 2, 'two synapses in two different quads: two SynapseQuads');
  t.notOk(weights.analogChanged);
  const words = builder.sizeToFpga();
  t.ok(words > 0 && words <= 8, `a few Omnibus writes (${words} messages)`);
  const c = cloneChip(b);
  c.neuronBlock.atomicNeurons[3]!.leak.vLeak = 500;
  c.backgroundSpikeSources = c.backgroundSpikeSources.map((x, i) => (i === 2 ? (x as never as { with(f: object): never }).with({ period: 7 }) : x));
  const analog = writeChipDifference(new PlaybackProgramBuilder(), c, b);
  t.same(analog, { containers: 2, analogChanged: true }, 'a CapMem cell and a background source');
});

/** Register image (address -> last value) of a full Chip write. */
function image(chip: Chip): Map<number, number> {
  const sink = new CollectingSink();
  chip.encode(ChipOnDLS, sink);
  const m = new Map<number, number>();
  sink.addresses.forEach((a, i) => m.set(a, sink.values[i]!));
  return m;
}

t.test('a differential write turns the previous chip\'s registers into the next chip\'s, and clones are exact', async (t) => {
  const before = new Chip();
  before.neuronBlock.atomicNeurons[9]!.set({ leak: { vLeak: 400 } });
  before.synapseBlocks[0].matrix.set(3, 3, { weight: 9, label: 4 });
  const next = cloneChip(before);
  t.ok(next.equals(before) && image(next).size === image(before).size, 'clone equals');
  next.neuronBlock.atomicNeurons[9]!.set({ leak: { vLeak: 401 }, eventRouting: { address: 77 } });
  next.neuronBlock.atomicNeurons[511]!.set({ threshold: { enable: true } });
  next.neuronBlock.currentRows[1].values[5]!.enable_synaptic_current_inhibitory = true;
  next.neuronBlock.iBiasReadoutAmp[2] = 111;
  next.neuronBlock.backends = [next.neuronBlock.backends[0]!, (next.neuronBlock.backends[1] as never as { with(f: object): never }).with({ clockScaleSlow: 3 })];
  next.synapseBlocks[0].matrix.set(3, 3, { weight: 10, timeCalib: 1 });
  next.synapseBlocks[1].matrix.set(255, 255, { ampCalib: 2, label: 63 });
  next.synapseBlocks[1].iBiasDac = [1022, 500];
  next.synapseDriverBlocks[1].stpIRamp = [3, 4];
  next.cadcReadoutChains[0].channelsCausal[17]!.offset = -5;
  next.readoutChain.madc.numberOfSamples = 99;
  next.capmem.unusedCells[4] = 12;
  next.externalPpuMemory.bytes[77] = 1;
  t.notOk(before.neuronBlock.atomicNeurons[9]!.leak.vLeak === 401, 'the clone is deep');
  const regs = image(before);
  const sink = new CollectingSink();
  const capture = { write: (coord: never, container: { encode(c: never, s: CollectingSink): void }) => container.encode(coord, sink) };
  const result = writeChipDifference(capture as never, next, before);
  sink.addresses.forEach((a, i) => regs.set(a, sink.values[i]!));
  const want = image(next);
  t.ok(result.analogChanged);
  t.ok(sink.addresses.length < 200, `${sink.addresses.length} words written for ${result.containers} changed containers`);
  let mismatches = 0;
  for (const [a, v] of want) if (regs.get(a) !== v) mismatches++;
  t.equal(mismatches, 0, 'every register holds the next chip\'s word');
});

t.test('the configurator: full first write, differential re-writes, base chips, resets and recording', async (t) => {
  const configurator = createLolaChipConfigurator();
  t.equal(configurator.name, 'lola');
  t.ok(configurator.supportsReadout);
  const { net } = network();
  const req = request(net);
  const plan = buildChipConfigPlan(req.instance, req.routing);
  const first = new PlaybackProgramBuilder();
  const r1 = configurator.writeConfig(first, plan, req, undefined);
  t.ok(r1.analogChanged);
  const full = new PlaybackProgramBuilder().write(ChipOnDLS, (r1.state as LolaConfiguratorState).chip).sizeToFpga();
  t.equal(first.sizeToFpga(), full, 'the first configuration is a full Chip write');
  const second = new PlaybackProgramBuilder();
  const r2 = configurator.writeConfig(second, withWeights(plan, compile(network(5).net).routing.get(0)!), req, r1.state);
  t.notOk(r2.analogChanged, 'a weight change is digital');
  t.ok((r2.state as LolaConfiguratorState).writtenContainers > 0 && second.sizeToFpga() < 200, `re-weighting writes ${second.sizeToFpga()} messages`);
  const third = new PlaybackProgramBuilder();
  configurator.writeConfig(third, plan, req, r1.state);
  t.equal(third.sizeToFpga(), 0, 'the same configuration again writes nothing');

  // neuron reset: one haldls NeuronReset per used neuron, at the simulator's reset trigger addresses
  const sink = new CollectingSink();
  const capture = { write: (coord: never, container: { encode(c: never, s: CollectingSink): void }) => container.encode(coord, sink) };
  configurator.setNeuronReset(capture as never, true);
  configurator.setNeuronReset(capture as never, false);
  t.same(sink.addresses, [4, 7, 300].map((n) => layout.neuronTriggerAddress('reset', n)));
  const recording = new CollectingSink();
  configurator.setEventRecording({ write: (coord: never, container: { encode(c: never, s: CollectingSink): void }) => container.encode(coord, recording) } as never, true);
  const expected = new CollectingSink();
  EventRecordingConfig.from({ enableEventRecording: true }).encode(halAdapter.coordinate('EventRecordingConfigOnFPGA', 0), expected);
  t.same(recording.addresses, expected.addresses);
  t.same(recording.values, expected.values);

  // base chips: cloned (never modified), must be lola Chips
  const base = new Chip();
  base.neuronBlock.atomicNeurons[4]!.set({ leak: { vLeak: 321 } });
  const r4 = configurator.writeConfig(new PlaybackProgramBuilder(), plan, request(net, base), undefined);
  const written = (r4.state as LolaConfiguratorState).chip;
  t.not(written, base);
  t.equal(written.neuronBlock.atomicNeurons[4]!.leak.vLeak, 321, 'the base chip values are kept');
  t.equal(written.neuronBlock.atomicNeurons[7]!.leak.vLeak, 0, 'no preset on base chips');
  t.notOk(base.neuronBlock.atomicNeurons[4]!.eventRouting.enableDigital, 'the base chip itself is untouched');
  t.throws(() => configurator.writeConfig(new PlaybackProgramBuilder(), plan, request(net, { not: 'a chip' }), undefined), InvalidArgumentError);

  // initialChip: even the first write is differential
  const known = createLolaChipConfigurator({ initialChip: written, neuron: { leak: { vLeak: 321 } }, synapseBias: 1022 });
  const b5 = new PlaybackProgramBuilder();
  known.writeConfig(b5, plan, request(net, base), undefined);
  t.equal(b5.sizeToFpga(), 0, 'the chip on the target is already what the run needs');
});

t.test('MADC control commands', async (t) => {
  const arm = madcControl('arm').container as unknown as Record<string, boolean>;
  const start = madcControl('start').container as unknown as Record<string, boolean>;
  const stop = madcControl('stop').container as unknown as Record<string, boolean>;
  t.same([arm['wakeUp'], arm['startRecording'], arm['stopRecording']], [true, false, false]);
  t.same([start['wakeUp'], start['startRecording'], start['stopRecording']], [false, true, false]);
  t.same([stop['wakeUp'], stop['startRecording'], stop['stopRecording']], [false, false, true]);
  t.ok(start['enableContinuousSampling'] && start['enablePreAmplifier']);
  t.equal(madcControl('arm').container.containerType, MADCControl);
});
