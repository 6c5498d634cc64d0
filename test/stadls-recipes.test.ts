/**
 * End-to-end recipes (spec lola_stadls.md §3) against the register-accurate simulator: real haldls
 * containers, lola composites, the stadls builder and SimConnection.
 */
import t from 'tap';
import { AtomicNeuronOnDLS, cadcSampleRowOnDLS, CADCSampleRow, Chip, ChipOnDLS, EventRoutingPreset, halAdapter } from '@bss2/lola';
import { AbsoluteTimePlaybackProgramBuilder, Barrier, buildExperiment, PlaybackProgramBuilder, run, SystemInit } from '@bss2/stadls';
import { SimConnection } from '@bss2/sim';

t.test('recipe 4: full Chip write and read-back equals what was written', async (t) => {
  const conn = new SimConnection();
  const chip = new Chip();
  chip.neuronBlock.neuron(7, 1).set({ leak: { vLeak: 650, iBias: 321 }, refractoryPeriod: { refractoryTime: 77 } });
  chip.synapseBlocks[0].matrix.set(3, 200, { weight: 41, label: 17, timeCalib: 2, ampCalib: 1 });
  chip.cadcReadoutChains[1].ramp.vOffset = [123, 456];
  chip.readoutChain.madc.numberOfSamples = 4321;
  chip.capmem.unusedCells[10] = 5;
  chip.externalPpuMemory.bytes[1000] = 0xab;
  const b = new PlaybackProgramBuilder();
  b.write(ChipOnDLS, chip);
  const ticket = b.read<Chip>(ChipOnDLS);
  b.blockUntilBarrier(Barrier.omnibus);
  const program = b.done();
  // a simulator cannot read back some registers (NeuronConfig, ...): reading the lola Chip is still
  // allowed there, as upstream only the top-level container's declaration counts
  await run(conn, program);
  t.ok(ticket.get().equals(chip), 'read-back Chip equals the written Chip');
  await conn.close();
});

t.test('recipe 1: leak over threshold neuron fires regularly, MADC records its membrane', async (t) => {
  const conn = new SimConnection();
  const chip = new Chip();
  const address = 42;
  chip.neuronBlock.neuron(0, 0).set({
    leak: { vLeak: 1000, iBias: 150 },
    threshold: { enable: true, vThreshold: 300 },
    reset: { vReset: 400, iBias: 1022, enableMultiplication: true },
    membraneCapacitance: { capacitance: 63 },
    refractoryPeriod: { refractoryTime: 255 },
    eventRouting: { ...EventRoutingPreset.enabled, address },
    readout: { enableAmplifier: true, enableBufferedAccess: true, source: 'membrane' },
  });
  chip.readoutChain.inputMux[0].neuronEven[0] = true;
  chip.readoutChain.madc.numberOfSamples = 6000;
  const program = buildExperiment(chip, { init: SystemInit.forSimulation(), durationUs: 200, madc: true, capmemSettlingUs: 1000 }).done();
  await run(conn, program);
  const samples = program.madcSamples;
  t.ok(Math.abs(samples.length - 6000) <= 300, `MADC sample count ${samples.length} within 5% of 6000`);
  t.ok(program.spikes.length > 0, `neuron spiked (${program.spikes.length} spikes)`);
  t.ok(program.spikes.every((s) => (s.label & 0xff) === address), 'spike labels carry the neuron address');
  await conn.close();
});

t.test('recipe 2: external spikes through one synapse produce PSPs', async (t) => {
  const conn = new SimConnection();
  const chip = new Chip();
  const L = 5;
  const drivers = chip.synapseDriverBlocks[0].synapseDrivers;
  drivers[0] = halAdapter.make('SynapseDriverConfig', { enable_receiver: true, enable_address_out: true, row_mode_bottom: 'excitatory', row_mode_top: 'excitatory' });
  // FPGA events enter the PADI buses through their SPL1 inputs, which are off by default
  chip.synapseDriverBlocks[0].padiBus = halAdapter.make('CommonPADIBusConfig', { enable_spl1: [true, true, true, true], dacen_pulse_extension: [15, 15, 15, 15] });
  chip.synapseBlocks[0].matrix.labels.fill(L + 1);
  chip.synapseBlocks[0].matrix.set(0, 0, { weight: 63, label: L });
  chip.neuronBlock.currentRows[0].values[0]!.enable_synaptic_current_excitatory = true;
  chip.neuronBlock.neuron(0, 0).set({
    excitatoryInput: { enable: true, iBiasGm: 500, iBiasTau: 1017, iShiftReference: 310 },
    // leak potential mid-range of the MADC (code 700 would sit above its 1.2 V full scale and clip)
    leak: { vLeak: 400, iBias: 200 },
    readout: { enableAmplifier: true, enableBufferedAccess: true },
  });
  chip.readoutChain.inputMux[0].neuronEven[0] = true;
  chip.readoutChain.madc.numberOfSamples = 10000;
  const spikes = [0, 1, 2, 3, 4, 5].map((i) => ({ timeUs: 10 + i * 50, label: (0 << 14) | (0 << 6) | L }));
  const program = buildExperiment(chip, { init: SystemInit.forSimulation(), durationUs: 320, madc: true, spikes, capmemSettlingUs: 1000 }).done();
  await run(conn, program);
  const values = program.madcSamples.map((s) => s.value);
  t.ok(values.length > 0, 'MADC recorded');
  t.ok(Math.max(...values) - Math.min(...values) > 5, 'membrane shows PSP bumps');
  await conn.close();
});

t.test('recipe 3: CADC parallel read after a neuron reset', async (t) => {
  const conn = new SimConnection();
  const chip = new Chip();
  for (const c of chip.cadcReadoutChains) {
    c.ramp.enable = true;
    c.ramp.vBiasBuffer = [400, 400];
    c.ramp.iBiasComparator = [1022, 1022];
    c.ramp.iBiasVresetBuffer = [1022, 1022];
    for (const ch of [...c.channelsCausal, ...c.channelsAcausal]) Object.assign(ch, { enableConnectCorrelation: true, enableConnectNeuron: true });
    c.correlation.resetDuration = 5;
  }
  for (const n of chip.neuronBlock.atomicNeurons) {
    n.set({
      readout: { enableAmplifier: true },
      membraneCapacitance: { capacitance: 63 },
      leak: { vLeak: 700, iBias: 200, enableDivision: true },
      reset: { vReset: 700, iBias: 1012, enableMultiplication: true },
      eventRouting: { analogOutput: 'normal' },
      refractoryPeriod: { refractoryTime: 70, inputClock: 1 },
    });
  }
  const b = SystemInit.forSimulation().generate(new PlaybackProgramBuilder());
  b.write(ChipOnDLS, chip).blockUntilBarrier(Barrier.omnibus).waitUs(1000);
  const reset = new AbsoluteTimePlaybackProgramBuilder();
  for (let q = 0; q < 128; q++) reset.write(0, halAdapter.coordinate('NeuronResetQuadOnDLS', q), halAdapter.containerType('NeuronResetQuad').create());
  b.mergeBack(reset.done());
  b.waitUs(30);
  const top = b.read<CADCSampleRow>(cadcSampleRowOnDLS(0, 0));
  const bottom = b.read<CADCSampleRow>(cadcSampleRowOnDLS(0, 1));
  b.blockUntilBarrier(Barrier.omnibus);
  await run(conn, b.done());
  for (const [name, tk] of [['top', top], ['bottom', bottom]] as const) {
    const row = tk.get();
    t.equal(row.causal.length, 256, `${name}: 256 causal samples`);
    t.ok(row.causal.every((v) => v >= 0 && v <= 255), `${name}: 8-bit samples`);
  }
  t.ok(new AtomicNeuronOnDLS(0, 0));
  await conn.close();
});

t.test('stadls programs run on SimConnection: waits, ticks, spikes, ATPPB', async (t) => {
  const conn = new SimConnection();
  const b = new PlaybackProgramBuilder();
  b.message({ type: 'system.Loopback', tick: true });
  b.waitUs(5);
  const a = new AbsoluteTimePlaybackProgramBuilder();
  a.spikes(10, [1, 2, 3, 4]);
  a.message(20, { type: 'system.Loopback', tick: true });
  b.mergeBack(a.done());
  b.blockUntilBarrier(Barrier.omnibus);
  const p = b.done();
  const info = await run(conn, p);
  t.equal(p.loopback.length, 2, 'both ticks answered');
  t.ok(p.loopback.timeAt(1) > p.loopback.timeAt(0), 'time advances between ticks');
  t.ok(info.connection.executionNs >= 0);
  t.ok(p.runOk() && p.ticketsValid());
  await conn.close();
});
