import t from 'tap';
import fc from 'fast-check';
import { CollectingSink, type Container, type ContainerType, type Coordinate } from '@bss2/haldls';
import { AccessError, InvalidArgumentError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import * as lola from '@bss2/lola';
import {
  AtomicNeuron,
  AtomicNeuronOnDLS,
  AtomicNeuronOnLogicalNeuron as P,
  ATOMIC_NEURON_FIELDS,
  CADCOnDLS,
  CADCReadoutChain,
  CADCSampleRow,
  CADCSamples,
  CADCSamplesOnDLS,
  cadcSampleRowOnDLS,
  CapMem,
  CapMemOnDLS,
  Chip,
  ChipOnDLS,
  ChipType,
  Crossbar,
  CrossbarOnDLS,
  EventRoutingPreset,
  fromHalFields,
  LogicalNeuronCompartments,
  LogicalNeuronOnDLS,
  MemoryTiming,
  MemoryTimingOnDLS,
  Morphology,
  MorphologyError,
  NeuronBlock,
  NeuronBlockOnDLS,
  ReadoutChain,
  ReadoutChainOnDLS,
  SynapseBlock,
  SynapseBlockOnDLS,
  SynapseDriverBlock,
  SynapseDriverBlockOnDLS,
  SynapseMatrix,
  SynapseRow,
  synapseRowOnDLS,
  SynramOnDLS,
  toCapMemValues,
  toNeuronBackendConfigFields,
  toNeuronConfigFields,
  useHaldlsExports,
  ExternalPPUMemory,
  ExternalPPUMemoryOnFPGA,
  quadColumn,
  LolaCoordinate,
} from '@bss2/lola';
import { fakeHaldls, setLogWrites, writeLog } from './fake-haldls.js';

useHaldlsExports(fakeHaldls);

/** Encodes `c` at `coord` into a memory map, reads it back through the type's read addresses, decodes. */
function roundTrip<C extends Container>(coord: Coordinate, c: C): C {
  const sink = new CollectingSink();
  c.encode(coord, sink);
  const mem = new Map<number, number>();
  sink.addresses.forEach((a, i) => mem.set(a, sink.values[i]!));
  const type = c.containerType as ContainerType<C>;
  const addrs = type.readAddresses(coord);
  t.same(addrs, sink.addresses, `${type.typeName}: read addresses equal write addresses`);
  return type.decode(coord, addrs.map((a) => mem.get(a) ?? 0));
}

t.test('AtomicNeuron field model', async (t) => {
  const n = new AtomicNeuron();
  t.equal(n.excitatoryInput.enableSmallCapacitance, true, 'non-zero default');
  t.equal(n.inhibitoryInput.enableSmallCapacitance, true);
  t.equal(n.bayesian.toPostPulse, true);
  t.equal(n.refractoryPeriod.resetHoldoff, 15);
  t.equal(ATOMIC_NEURON_FIELDS.filter((f) => f.target.to === 'capmem').length, 24, '24 CapMem rows');
  t.throws(() => n.set({ leak: { vLeak: 1024 } }), { name: 'ValueRangeError', field: 'AtomicNeuron.leak.vLeak', value: 1024, max: 1023 });
  t.throws(() => n.set({ membraneCapacitance: { capacitance: 64 } }), ValueRangeError);
  t.throws(() => n.set({ readout: { source: 'nope' as never } }), ValueTypeError);
  t.throws(() => n.set({ nope: {} } as never), ValueTypeError);
  t.throws(() => n.set({ leak: { nope: 1 } as never }), ValueTypeError);
  t.throws(() => n.set({ threshold: { enable: 1 as never } }), ValueTypeError);
  n.set({ leak: { vLeak: 1023 }, eventRouting: { ...EventRoutingPreset.enabled, address: 7 } });
  t.equal(n.leak.vLeak, 1023, '1023 = disable refresh is legal');
  n.leak.iBias = 5000;
  t.throws(() => n.validate(), /AtomicNeuron.leak.iBias = 5000 is out of range: allowed 0..1023/);
  n.leak.iBias = 1;
  const c = n.clone();
  t.ok(c.equals(n));
  c.leak.iBias = 2;
  t.notOk(c.equals(n));
  t.notOk(n.equals(new CADCSampleRow()));
  t.match(n.toString(), /leak.vLeak: 1023/);
  t.equal(new AtomicNeuron().toString(), 'AtomicNeuron(default)');
  t.ok(AtomicNeuron.from(n.toJSON()).equals(n));
  t.equal(lola.isDisableRefresh(1023), true);
});

const analog = fc.integer({ min: 0, max: 1023 });
const neuronArb = fc
  .record({
    leak: fc.record({ vLeak: analog, iBias: analog, enableDivision: fc.boolean() }),
    threshold: fc.record({ enable: fc.boolean(), vThreshold: analog }),
    eventRouting: fc.record({ analogOutput: fc.constantFrom('off', 'normal', 'strong'), address: fc.integer({ min: 0, max: 255 }) }),
    readout: fc.record({ source: fc.constantFrom('membrane', 'exc_synin', 'inh_synin', 'adaptation') }),
    constantCurrent: fc.record({ type: fc.constantFrom('source', 'sink'), iOffset: analog }),
    bayesian: fc.record({ operation: fc.constantFrom('local', 'AND', 'XNOR', 'MULLER_C'), toPostPulse: fc.boolean() }),
    refractoryPeriod: fc.record({ resetHoldoff: fc.integer({ min: 0, max: 15 }), refractoryTime: fc.integer({ min: 0, max: 255 }) }),
    multicompartment: fc.record({ iBiasNmda: analog, connectSoma: fc.boolean() }),
    adaptation: fc.record({ vRef: analog, iBiasB: analog, enablePulse: fc.boolean() }),
  })
  .map((init) => new AtomicNeuron(init as lola.AtomicNeuronInit));

t.test('AtomicNeuron <-> haldls fields is bijective (property)', async (t) => {
  fc.assert(
    fc.property(neuronArb, (n) => fromHalFields(toNeuronConfigFields(n), toNeuronBackendConfigFields(n), toCapMemValues(n)).equals(n)),
    { numRuns: 200, seed: 42 },
  );
  const n = new AtomicNeuron({ eventRouting: { analogOutput: 'strong' }, constantCurrent: { type: 'sink' } });
  const nc = toNeuronConfigFields(n);
  t.equal(nc['enable_fire'], true);
  t.equal(nc['enable_strong_fire'], true);
  t.equal(nc['invert_membrane_offset'], true);
  t.same(toNeuronBackendConfigFields(new AtomicNeuron({ bayesian: { operation: 'XNOR' } }))['enable_bayesian_1'], true);
});

t.test('AtomicNeuron expansion order and round trip', async (t) => {
  setLogWrites(true);
  const n = new AtomicNeuron({ leak: { vLeak: 700 }, threshold: { enable: true } });
  n.encode(new AtomicNeuronOnDLS(130, 1), new CollectingSink());
  t.same(writeLog.map((w) => w.type), ['NeuronConfig', ...new Array(24).fill('CapMemCell'), 'NeuronBackendConfig']);
  t.equal(writeLog[0]!.e, 256 + 130);
  t.equal(writeLog[1]!.e, 3 * 3120 + 10 * 130 + 2, 'first cell: exc tau (row 10) of quadrant 3, column 2');
  t.equal(writeLog[25]!.e, 256 + 128 + 2);
  setLogWrites(false);
  fc.assert(fc.property(neuronArb, fc.integer({ min: 0, max: 511 }), (x, e) => roundTrip(AtomicNeuronOnDLS.fromEnum(e), x).equals(x)), { numRuns: 30, seed: 7 });
  t.throws(() => n.encode(NeuronBlockOnDLS, new CollectingSink()), AccessError, 'wrong coordinate type');
  t.throws(() => lola.AtomicNeuronType.decode(new AtomicNeuronOnDLS(0, 0), [1, 2]), AccessError, 'end of buffer');
  t.throws(() => lola.AtomicNeuronType.decode(new AtomicNeuronOnDLS(0, 0), new Array(27).fill(0)), AccessError, 'surplus words');
});

t.test('synapse containers', async (t) => {
  t.same([0, 1, 2, 3].map((e) => quadColumn(0, e)), [0, 2, 4, 6]);
  t.equal(quadColumn(32, 0), 1);
  const m = new SynapseMatrix();
  m.set(3, 5, { weight: 63, label: 12, timeCalib: 3, ampCalib: 2 });
  t.throws(() => m.set(0, 0, { weight: 64 }), ValueRangeError);
  t.throws(() => m.set(0, 0, { label: 64 }), ValueRangeError);
  t.throws(() => m.set(256, 0, {}), ValueRangeError);
  const back = roundTrip(SynramOnDLS.bottom, m);
  t.ok(back.equals(m));
  t.equal(back.weights[3 * 256 + 5], 63);
  t.ok(m.clone().equals(m));
  t.match(m.toString(), /SynapseMatrix/);
  m.weights[7] = 64;
  t.throws(() => m.leaves(SynramOnDLS.top), /SynapseMatrix.weights\[0\]\[7\] = 64/);
  t.equal(lola.SynapseMatrixType.differentialWrite, true);
  t.throws(() => SynapseMatrix.fromJSON({ weights: [1] }), ValueRangeError);

  const r = new SynapseRow();
  r.weights[255] = 9;
  r.labels[0] = 63;
  t.ok(roundTrip(synapseRowOnDLS(10, 1), r).equals(r));
  t.ok(SynapseRow.fromJSON(r.toJSON()).equals(r));
  t.throws(() => synapseRowOnDLS(256, 0), ValueRangeError);

  const b = new SynapseBlock();
  t.same(b.iBiasDac, [1022, 1022], 'default 1022');
  b.matrix.set(0, 0, { weight: 1 });
  b.iBiasDac[1] = 5;
  t.ok(roundTrip(SynapseBlockOnDLS.top, b).equals(b));
  t.same(b.toJSON().iBiasDac, [1022, 5]);
});

t.test('neuron block, CADC, readout, capmem, crossbar, drivers, timing', async (t) => {
  const nb = new NeuronBlock();
  nb.neuron(3, 1).set({ leak: { vLeak: 900 } });
  nb.currentRows[0].values[3]!.enable_synaptic_current_excitatory = true;
  nb.vBiasCascN[2] = 17;
  t.equal(nb.iBiasSyninDrop[0], 300);
  const nb2 = roundTrip(NeuronBlockOnDLS, nb);
  t.ok(nb2.equals(nb));
  t.equal(nb2.neuron(3, 1).leak.vLeak, 900);
  t.notOk(nb2.equals(new NeuronBlock()));
  t.equal((nb.toJSON()['atomicNeurons'] as unknown[]).length, 512);

  const cadc = new CADCReadoutChain();
  t.equal(cadc.ramp.resetWait, 100);
  t.equal(cadc.correlation.resetDuration, 200);
  cadc.ramp.enable = true;
  cadc.ramp.vBiasBuffer = [400, 401];
  cadc.channelsCausal[5]!.offset = -128;
  cadc.channelsAcausal[7]!.enableConnectNeuron = true;
  cadc.correlation.resetMode = 'auto_calibrating';
  t.ok(roundTrip(CADCOnDLS.bottom, cadc).equals(cadc));
  t.ok(CADCReadoutChain.fromJSON(cadc.toJSON()).equals(cadc));
  cadc.channelsCausal[5]!.offset = 128;
  t.throws(() => cadc.validate(), /channelsCausal\[5\].offset/);

  const rc = new ReadoutChain();
  t.equal(rc.dynamicMux.iBias, 500);
  t.equal(rc.madcPreamp.vRef, 400);
  rc.inputMux[0].neuronEven[0] = true;
  rc.madc.numberOfSamples = 6000;
  rc.currentDac.sign = 'sink';
  rc.bufferToPad[1].ampIBias = 9;
  const rc2 = roundTrip(ReadoutChainOnDLS, rc);
  t.ok(rc2.equals(rc));
  t.equal(rc2.inputMux[0].neuronEven[0], true);
  t.ok(Math.abs(rc.sampleRate() - 500e6 / 17) < 1);
  rc.madc.enableMadcClockScaling = true;
  t.ok(rc.sampleRate() < 500e6 / 17);
  rc.madc.numberOfSamples = 70000;
  t.throws(() => rc.validate(), /ReadoutChain.madc.numberOfSamples/);

  const cm = new CapMem();
  t.equal(lola.UNUSED_CAPMEM_CELLS.length, 90);
  cm.unusedCells[89] = 3;
  t.ok(roundTrip(CapMemOnDLS, cm).equals(cm));
  const xb = new Crossbar();
  t.equal(xb.nodes.length, 76);
  t.ok(roundTrip(CrossbarOnDLS, xb).equals(xb));
  t.same(lola.CrossbarType.unsupportedReadTargets, ['hardware']);
  const sd = new SynapseDriverBlock();
  sd.stpIRamp[1] = 44;
  sd.hagenIBiasDac = 3;
  t.ok(roundTrip(SynapseDriverBlockOnDLS.bottom, sd).equals(sd));
  t.equal(sd.synapseDrivers.length, 128);
  const mt = new MemoryTiming();
  t.equal(mt.member('synram').length, 2);
  t.ok(roundTrip(MemoryTimingOnDLS, mt).equals(mt));
  const ext = new ExternalPPUMemory().load(Uint8Array.of(1, 2, 3, 4, 5), 8);
  t.throws(() => ext.load(new Uint8Array(10), 131070), ValueRangeError);
  t.ok(roundTrip(ExternalPPUMemoryOnFPGA, ext).equals(ext));
});

t.test('CADC sample rows (read-only)', async (t) => {
  const type = lola.CADCSampleRowType;
  t.equal(type.writable, false);
  const coord = cadcSampleRowOnDLS(0, 1);
  const addrs = type.readAddresses(coord);
  t.equal(addrs.length, 128);
  const row = type.decode(coord, new Array(128).fill(0));
  t.ok(row.equals(new CADCSampleRow()));
  t.same(row.toJSON().causal.length, 256);
  t.equal(lola.CADCSamplesType.readAddresses(CADCSamplesOnDLS).length, 256);
  const s = lola.CADCSamplesType.decode(CADCSamplesOnDLS, new Array(256).fill(0));
  t.ok(s.equals(new CADCSamples()));
  t.same(new CADCSampleRow().leaves(), []);
});

t.test('Chip', async (t) => {
  const chip = new Chip();
  chip.neuronBlock.neuron(0, 0).set({ leak: { vLeak: 1000 }, threshold: { enable: true, vThreshold: 300 } });
  chip.synapseBlocks[0].matrix.set(0, 0, { weight: 63, label: 5 });
  chip.readoutChain.madc.numberOfSamples = 100;
  chip.externalPpuMemory.bytes[100] = 7;
  const back = roundTrip(ChipOnDLS, chip);
  t.ok(back.equals(chip), 'chip round trip');
  t.notOk(back.equals(new Chip()));
  t.equal(ChipType.differentialWrite, true);
  const bypass = Chip.defaultNeuronBypass();
  t.equal(bypass.neuronBlock.atomicNeurons[100]!.eventRouting.enableBypassExcitatory, true);
  t.ok(JSON.stringify(chip.toJSON()).length > 1000);
  chip.backgroundSpikeSources = chip.backgroundSpikeSources;
  chip.ppuMemory = chip.ppuMemory;
  t.equal(chip.ppuMemory.length, 2);
});

t.test('morphology test vectors', async (t) => {
  const chain = [[0, 0], [1, 0], [2, 0], [2, 1], [3, 1], [4, 1], [4, 0], [5, 0]].map(([x, y]) => new P(x!, y!));
  const m = new Morphology();
  t.equal(m.createCompartment(chain), 0);
  t.same(chain.map((c) => m.at(c).connectRight), [true, true, false, true, true, false, true, false]);
  t.same(chain.map((c) => m.at(c).connectVertical), [false, false, true, true, false, true, true, false]);
  for (let i = 1; i < chain.length - 1; i++) {
    t.throws(() => new Morphology().createCompartment(chain.filter((_, j) => j !== i)), MorphologyError, `without element ${i}`);
  }
  t.throws(() => m.createCompartment([]), MorphologyError);
  t.throws(() => m.createCompartment([chain[0]!]), MorphologyError, 'reused');
  t.throws(() => new Morphology().createCompartment([chain[0]!, chain[0]!]), MorphologyError, 'twice');
  t.throws(() => m.at(new P(100, 0)), MorphologyError);
  const { compartments, neuron } = m.done();
  t.equal(compartments.compartments.size, 1);
  t.equal(neuron.collapseNeuron().length, 8);

  // SkipNeuronWithSoma
  const s = new Morphology();
  s.createCompartment([new P(0, 0), new P(0, 1)]);
  s.connectResistorToSoma(new P(2, 0));
  t.throws(() => s.done(), /not contiguous/);
  s.connectSomaLine(0, 2, 0);
  t.throws(() => s.done(), /not contiguous/);
  s.connectToSoma(new P(0, 0));
  const done = s.done();
  t.equal(done.compartments.compartments.size, 3, 'compartment, bridge, resistor circuit');
  t.throws(() => s.connectToSoma(new P(2, 0)), MorphologyError, 'resistor already set');
  t.throws(() => s.connectResistorToSoma(new P(0, 0)), MorphologyError);
  t.throws(() => s.connectSomaLine(3, 3, 0), MorphologyError);
  t.throws(() => new Morphology().done(), MorphologyError);

  // two compartments joined by the soma line without a resistor grow: error
  const g = new Morphology();
  g.createCompartment([new P(0, 0)]);
  g.createCompartment([new P(2, 0)]);
  g.connectToSoma(new P(0, 0)).connectToSoma(new P(2, 0)).connectSomaLine(0, 2, 0);
  t.throws(() => g.done(), /larger than on construction/);
});

t.test('logical neuron placement and container', async (t) => {
  const m = new Morphology();
  m.createCompartment([new P(0, 0), new P(1, 0)]);
  m.createCompartment([new P(3, 0)]);
  m.connectToSoma(new P(1, 0)).connectResistorToSoma(new P(3, 0)).connectSomaLine(1, 3, 0);
  const { compartments, neuron } = m.done();
  t.equal(compartments.compartments.size, 3);
  const e = compartments.extents();
  t.same([e.left, e.right, e.width, e.height], [0, 3, 4, 1]);
  t.ok(compartments.flipX().flipX().equals(compartments));
  t.ok(compartments.flipY().equals(compartments), "single row: flipY is identity");
  t.ok(LogicalNeuronCompartments.fromJSON(compartments.toJSON()).equals(compartments));
  t.match(compartments.toString(), /0: \[\(0,0\) \(1,0\)\]/);
  const coord = new LogicalNeuronOnDLS(compartments, new AtomicNeuronOnDLS(10, 1));
  t.same(coord.toAtomicNeurons().map((p) => [p.x, p.y]), [[10, 1], [11, 1], [13, 1], [12, 1]]);
  t.same(coord.get(1).map((p) => p.x), [13]);
  t.throws(() => coord.get(9), InvalidArgumentError);
  t.throws(() => new LogicalNeuronOnDLS(compartments, new AtomicNeuronOnDLS(126, 0)), /placement outside/);
  t.throws(() => new LogicalNeuronOnDLS(compartments.flipY().flipY(), new AtomicNeuronOnDLS(254, 0)), ValueRangeError);
  t.throws(() => new LogicalNeuronCompartments([[0, [new P(0, 0)]], [1, [new P(0, 0)]]]), InvalidArgumentError);
  t.throws(() => new LogicalNeuronCompartments([]), InvalidArgumentError);
  t.throws(() => new LogicalNeuronCompartments([[0, []]]), InvalidArgumentError);
  t.match(coord.toString(), /LogicalNeuronOnDLS/);
  t.ok(coord.equals(new LogicalNeuronOnDLS(compartments, new AtomicNeuronOnDLS(10, 1))));

  neuron.at(0, 0).set({ leak: { vLeak: 123 } });
  neuron.at(0, 0).multicompartment.connectRight = false; // structural: ignored
  t.equal(neuron.collapseNeuron()[0]!.multicompartment.connectRight, true);
  neuron.set(1, 0, new AtomicNeuron({ multicompartment: { iBiasNmda: 400 } }));
  t.throws(() => neuron.at(5, 0), InvalidArgumentError);
  t.same(neuron.structure(2, 0).connectSomaRight, true, 'bridge neuron');
  t.throws(() => neuron.structure(7, 0), InvalidArgumentError);
  const back = roundTrip(coord, neuron);
  t.ok(back.equals(neuron));
  t.equal(back.at(0, 0).leak.vLeak, 123);
  t.match(neuron.toString(), /LogicalNeuron/);
  t.ok(Array.isArray(neuron.toJSON().neurons));
  const other = new LogicalNeuronOnDLS(compartments.flipX(), new AtomicNeuronOnDLS(10, 1));
  t.throws(() => neuron.placedNeurons(other), InvalidArgumentError);
  t.throws(() => lola.LogicalNeuronType.create(), InvalidArgumentError);
  t.throws(() => lola.LogicalNeuron.fromAtomicNeurons(coord, []), InvalidArgumentError);
  t.throws(() => new P(128, 0), ValueRangeError);
  t.throws(() => new LolaCoordinate('X', 2, 2), ValueRangeError);
  t.equal(new LolaCoordinate('X', 1).toString(), 'X()');
  t.notOk(new AtomicNeuronOnDLS(0, 0).equals(CapMemOnDLS));
});

t.test('synapse views, correlation reset, DAC blocks', async (t) => {
  const w = new lola.SynapseWeightMatrix().set(2, 9, 63);
  t.throws(() => w.set(0, 0, 64), ValueRangeError);
  t.ok(roundTrip(lola.SynapseWeightMatrixOnDLS.bottom, w).equals(w));
  const l = new lola.SynapseLabelMatrix().set(0, 255, 1);
  t.ok(roundTrip(lola.SynapseLabelMatrixOnDLS.top, l).equals(l));
  t.notOk(l.equals(w));
  l.values[0] = 99;
  t.throws(() => l.leaves(lola.SynapseLabelMatrixOnDLS.top), ValueRangeError);
  t.same(w.toJSON().values.length, 65536);
  const r = new lola.CorrelationResetRow();
  t.equal(r.leaves(lola.correlationResetRowOnDLS(3, 1)).length, 64);
  t.ok(r.equals(new lola.CorrelationResetRow()));
  t.equal(lola.CorrelationResetRowType.readable, false);
  t.same(r.toJSON(), {});
  t.throws(() => lola.correlationResetRowOnDLS(0, 2), ValueRangeError);

  const dac = lola.DACChannelBlock.defaultLdo2();
  t.equal(dac.value[lola.DAC_CHANNELS.indexOf('vdd12_digital')], 4095 - 2005);
  dac.setVoltage('v_res_meas', 1.0);
  t.equal(dac.value[2], 3412);
  t.ok(Math.abs(dac.getVoltage('v_res_meas') - 1) < 0.01);
  t.throws(() => dac.setVoltage('vdd12_pll', 1), InvalidArgumentError);
  t.throws(() => dac.getVoltage('vdd12_pll'), InvalidArgumentError);
  t.throws(() => dac.setVoltage('v_reset', 2), ValueRangeError);
  t.throws(() => dac.setVoltage('nope' as never, 1), InvalidArgumentError);
  const sink = new CollectingSink();
  dac.encode(lola.DACChannelBlockOnBoard, sink);
  t.equal(sink.values.length, 16);
  const ctl = new lola.DACControlBlock();
  t.ok(ctl.enable.every((e) => e));
  ctl.encode(lola.DACControlBlockOnBoard, sink);
  t.equal(sink.values.length, 18);
  t.ok(ctl.equals(new lola.DACControlBlock()));
  t.same(ctl.toJSON().enable.length, 16);
  t.same(dac.toJSON().value.length, 16);
  const dt = lola.DACChannelBlockType.fromLeaves(lola.DACChannelBlockOnBoard, dac.leaves(lola.DACChannelBlockOnBoard).map((x) => x.container));
  t.ok(dt.equals(dac));
  const ct = lola.DACControlBlockType.fromLeaves(lola.DACControlBlockOnBoard, ctl.leaves(lola.DACControlBlockOnBoard).map((x) => x.container));
  t.ok(ct.equals(ctl));
  t.equal(lola.DACChannelBlockType.slots(lola.DACChannelBlockOnBoard).length, 16);
  t.equal(lola.DACControlBlockType.slots(lola.DACControlBlockOnBoard).length, 2);
  dac.value[0] = 5000;
  t.throws(() => dac.encode(lola.DACChannelBlockOnBoard, sink), ValueRangeError);
});

t.test('container types, getters and the haldls adapter paths', async (t) => {
  const all: Container[] = [
    new AtomicNeuron(), new NeuronBlock(), new SynapseMatrix(), new SynapseRow(), new SynapseBlock(), new lola.ColumnCurrentRow(),
    new lola.ColumnCorrelationRow(), new SynapseDriverBlock(), new CapMem(), new Crossbar(), new MemoryTiming(), new CADCReadoutChain(),
    new CADCSampleRow(), new CADCSamples(), new ReadoutChain(), new ExternalPPUMemory(), new Chip(), new lola.DACChannelBlock(),
    new lola.DACControlBlock(), new lola.SynapseWeightMatrix(), new lola.SynapseLabelMatrix(), new lola.CorrelationResetRow(),
  ];
  for (const c of all) {
    t.equal(typeof c.containerType.typeName, 'string');
    t.ok(c.containerType.create().equals(c) || c instanceof Chip || c instanceof NeuronBlock, `${c.containerType.typeName} default equals create()`);
    t.match(c.toString(), c.containerType.typeName);
  }
  const row = new SynapseRow();
  t.equal(row.timeCalibs.length + row.ampCalibs.length, 512);
  const m = new SynapseMatrix();
  t.equal(m.timeCalibs.length + m.ampCalibs.length + m.labels.length, 3 * 65536);
  t.throws(() => cadcSampleRowOnDLS(256, 0), ValueRangeError);
  const cm = new CapMem();
  cm.synapseBiasSelection = cm.synapseBiasSelection;
  cm.referenceGenerator = cm.referenceGenerator;
  t.throws(() => (cm.blocks = []), RangeError);
  const xb = new Crossbar();
  xb.outputs = xb.outputs;
  xb.nodes = xb.nodes;
  const sd = new SynapseDriverBlock();
  sd.stp = sd.stp;
  sd.padiBus = sd.padiBus;
  const rc = new ReadoutChain();
  rc.padMux = rc.padMux;
  const nb = new NeuronBlock();
  nb.backends = nb.backends;
  t.ok(nb.equals(new NeuronBlock()));

  // adapter: containers without `with` get fields assigned (and unknown fields rejected)
  class Plain {
    static typeName = 'Plain';
    value = 0;
    static create(): Plain {
      return new Plain();
    }
  }
  class PlainCoord {
    readonly typeName = 'PlainOnDLS';
    constructor(readonly e: number) {}
    toEnum(): number {
      return this.e;
    }
  }
  useHaldlsExports({ Plain, PlainOnDLS: PlainCoord });
  t.equal((lola.halAdapter.make('Plain', { value: 3 }) as unknown as Plain).value, 3);
  t.throws(() => lola.halAdapter.make('Plain', { nope: 1 }), AccessError);
  t.equal(lola.halAdapter.coordinate('PlainOnDLS', 4).toEnum(), 4);
  t.throws(() => lola.halAdapter.containerType('Missing'), /haldls does not provide Missing/);
  t.equal(lola.halHas('Plain'), true);
  t.equal(lola.halHas('Missing'), false);
  useHaldlsExports(null);
  t.equal(lola.halHas('NoSuchHaldlsThing'), false);
  useHaldlsExports(fakeHaldls);
});

t.test('routing tables', async (t) => {
  const out = new lola.OutputRoutingTable();
  t.equal(out.entries.length, 65536);
  out.entries[5] = lola.halAdapter.make('OutputRoutingTableEntry', { label: 3 });
  const back = roundTrip(lola.OutputRoutingTableOnFPGA, out);
  t.ok(back.equals(out));
  t.notOk(back.equals(new lola.InputRoutingTable()));
  const inp = new lola.InputRoutingTable();
  t.equal(lola.InputRoutingTableType.readAddresses(lola.InputRoutingTableOnFPGA).length, 32768);
  t.throws(() => (inp.entries = []), RangeError);
  t.equal(inp.toJSON().length, 32768);
});

t.test('streamed encodes equal the leaf lists', async (t) => {
  const chip = new Chip();
  chip.synapseBlocks[1].matrix.set(5, 6, { weight: 7 });
  chip.externalPpuMemory.bytes[3] = 9;
  const viaEncode = new CollectingSink();
  chip.encode(ChipOnDLS, viaEncode);
  const viaLeaves = new CollectingSink();
  for (const l of chip.leaves(ChipOnDLS)) l.container.encode(l.coord, viaLeaves);
  t.same(viaEncode.addresses, viaLeaves.addresses);
  t.same(viaEncode.values, viaLeaves.values);
  const b = chip.synapseBlocks[1];
  const e1 = new CollectingSink();
  b.encode(SynapseBlockOnDLS.bottom, e1);
  const e2 = new CollectingSink();
  for (const l of b.leaves(SynapseBlockOnDLS.bottom)) l.container.encode(l.coord, e2);
  t.same(e1.values, e2.values);
  t.throws(() => b.encode(ChipOnDLS, e1), AccessError);
  t.throws(() => chip.encode(CapMemOnDLS, e1), AccessError);
});

t.test('streamed neuron-block encode equals its leaf list', async (t) => {
  const nb = new NeuronBlock();
  nb.neuron(200, 1).set({ leak: { vLeak: 3 } });
  const a = new CollectingSink();
  nb.encode(NeuronBlockOnDLS, a);
  const b = new CollectingSink();
  for (const l of nb.leaves(NeuronBlockOnDLS)) l.container.encode(l.coord, b);
  t.same(a.addresses, b.addresses);
  t.same(a.values, b.values);
  t.throws(() => nb.encode(ChipOnDLS, a), AccessError);
});
