import t from 'tap';
import {
  CADCChannelConfig,
  CADCChannelConfigOnDLS,
  CommonNeuronBackendConfig,
  CommonNeuronBackendConfigOnDLS,
  CrossbarOutputConfig,
  CrossbarOutputConfigOnDLS,
  CrossbarOutputEventCounter,
  CrossbarOutputOnDLS,
  NeuronBackendConfig,
  NeuronBackendConfigOnDLS,
  NeuronConfig,
  NeuronConfigOnDLS,
  NeuronResetQuad,
  NeuronResetQuadOnDLS,
  SynapseDriverConfig,
  SynapseDriverOnDLS,
  SynapseLabelQuad,
  SynapseQuad,
  SynapseQuadOnDLS,
  SynapseWeightQuad,
  SynapseWeightQuadOnDLS,
  atomicToBackendEnum,
  crossbarNodeEnum,
  lookupRegister,
  columnEntry,
  columnQuad,
  quadEntryColumn,
  quadEnum,
} from '@bss2/haldls';
import { BehaviouralChipModel, RegisterImage, layout, transfer, Rng, type PhysicsOutput } from '../src/physics/index.js';
import { EventQueue } from '../src/physics/event-queue.js';
import { cadcSampleAddress, madcConfig, madcControl, padiBuses, padiEvent, readoutLines, stpClock } from './haldls-writes.js';

const { NeuronCell } = layout;

class Recorder implements PhysicsOutput {
  spikes: Array<[number, number]> = [];
  madc: Array<[number, number, number]> = [];
  spike(label: number, cycle: number): void {
    this.spikes.push([label, cycle]);
  }
  madcSample(value: number, channel: number, cycle: number): void {
    this.madc.push([value, channel, cycle]);
  }
}

function setup(options: { seed?: number; fixedPatternNoise?: boolean; trialNoise?: boolean; step?: number } = {}): { img: RegisterImage; model: BehaviouralChipModel; out: Recorder } {
  const img = new RegisterImage();
  const model = new BehaviouralChipModel(img, options);
  img.attach(model);
  return { img, model, out: new Recorder() };
}

t.test('MADC samples the selected neuron at the configured rate', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(5, { vLeak: 120, vReset: 60, vThreshold: 100, readout: true });
  readoutLines(img, ['topOdd']);
  model.advance(20_000, out);
  madcControl(img, { startRecording: true, enableContinuousSampling: true });
  model.advance(30_000, out);
  madcControl(img, { stopRecording: true });
  model.advance(31_000, out);
  const n = out.madc.length;
  const spacing = transfer.madcSampleCycles(5, false, 0);
  t.equal(spacing, 4.25, 'default: 17 clocks at 500 MHz = 34 ns');
  t.ok(Math.abs(n - 10_000 / spacing) <= 1, `${n} samples in 10000 cycles`);
  t.ok(out.madc.every(([v, ch]) => v >= 0 && v <= 1023 && ch === 0), '10-bit values on channel 0');
  const values = out.madc.map(([v]) => v);
  t.ok(Math.max(...values) - Math.min(...values) > 20, 'the membrane trace moves (spiking neuron)');
  t.ok(Math.max(...values) <= transfer.madcCode(101), 'never above threshold');
  // finite number of samples
  out.madc.length = 0;
  madcConfig(img, { numberOfSamples: 100 });
  madcControl(img, { startRecording: true });
  model.advance(40_000, out);
  t.equal(out.madc.length, 100, 'number_of_samples honoured');
  // no neuron selected -> zeros
  out.madc.length = 0;
  readoutLines(img, []);
  madcControl(img, { startRecording: true });
  model.advance(41_000, out);
  t.ok(out.madc.length > 0 && out.madc.every(([v]) => v === 0), 'unconnected input reads 0');
});

t.test('synaptic-input readout sources and PADI trigger register', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false, readout: true });
  img.setNeuronConfig(0, { membraneCapacitorSize: 63, enableSynapticInputExcitatory: true, enableSynapticInputInhibitory: true, enableSynapticInputExcitatorySmallCapacitance: true, enableSynapticInputInhibitorySmallCapacitance: true, enableReadout: true, readoutSource: 'exc_synin' });
  img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
  img.connectColumns(0);
  img.setSynapseDriver(0, { enableReceiver: true, rowModeTop: 'excitatory_and_inhibitory', rowModeBottom: 'disabled' });
  img.setSynapse(0, 1, 0, 63, 9);
  readoutLines(img, [], ['topEven']);
  madcConfig(img, { sampleDurationAdjust: 5, activeMuxInitiallySelectedInput: 1 });
  model.advance(30_000, out);
  madcControl(img, { startRecording: true, enableContinuousSampling: true });
  padiEvent(img, 0, 1, 0, 9);
  model.advance(32_000, out);
  t.ok(out.madc.every(([, ch]) => ch === 1), 'channel 1');
  const vals = out.madc.map(([v]) => v);
  t.ok(vals[0] === transfer.madcCode(80), 'excitatory line at rest shows the baseline');
  t.ok(Math.max(...vals) > vals[0]!, 'PADI trigger event reaches the synapse');
  t.ok(Math.abs(model.je[0]! + model.ji[0]!) < 1e-9 + Math.abs(model.je[0]!) * 1e-9 + 1e-3, 'exc+inh row mode: both inputs receive the event');
  t.ok(model.stats.busEvents === 1 && model.stats.synapticEvents === 2, 'one bus event, two synaptic inputs');
});

t.test('AdEx adaptation lengthens successive inter-spike intervals', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(2, { vLeak: 130, vReset: 60, vThreshold: 100, refractoryTime: 20 });
  img.setNeuronConfig(2, { membraneCapacitorSize: 63, enableThresholdComparator: true, enableAdaptation: true, enableExponential: true });
  img.setNeuronBackend(2, { refractoryTime: 20, enableSpikeOut: true, addressOut: 2, enableAdaptationPulse: true });
  img.setNeuronCell(2, NeuronCell.i_bias_adapt_tau, 500);
  img.setNeuronCell(2, NeuronCell.i_bias_adapt_a, 300);
  img.setNeuronCell(2, NeuronCell.i_bias_adapt_b, 1000);
  img.setNeuronCell(2, NeuronCell.i_bias_exp, 100);
  img.setNeuronCell(2, NeuronCell.v_exp, transfer.potentialToVoltageCell(95));
  img.setNeuronCell(2, NeuronCell.v_adapt_leak, transfer.potentialToVoltageCell(80));
  model.advance(100_000, out);
  const times = out.spikes.map(([, c]) => c);
  t.ok(times.length > 5, `fires ${times.length} times`);
  const isi = times.slice(1).map((x, i) => x - times[i]!);
  t.ok(isi[isi.length - 1]! > isi[0]! * 1.2, `adaptation: first ISI ${isi[0]}, last ${isi[isi.length - 1]}`);
  t.ok(model.w[2]! > 0, 'adaptation state is positive');
});

t.test('MADC active mux alternates between the two source-multiplexer buffers', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(5, { vLeak: 60, vReset: 50, vThreshold: 250, fire: false, readout: true }); // top odd
  img.configureLif(256 + 8, { vLeak: 200, vReset: 50, vThreshold: 250, fire: false, readout: true }); // bottom even
  readoutLines(img, ['topOdd'], ['bottomEven']);
  madcConfig(img, { activeMuxInitiallySelectedInput: 1, activeMuxInputSelectLength: 2 }); // start on buffer 1, switch every 2 samples
  model.advance(30_000, out);
  madcControl(img, { startRecording: true, enableContinuousSampling: true });
  model.advance(30_100, out);
  madcControl(img, { stopRecording: true });
  const channels = out.madc.map(([, ch]) => ch);
  t.same(channels.slice(0, 8), [1, 1, 0, 0, 1, 1, 0, 0], 'starts on the initially selected input, two samples each');
  const mean = (ch: number) => {
    const v = out.madc.filter(([, c]) => c === ch).map(([x]) => x);
    return v.reduce((a, b) => a + b, 0) / v.length;
  };
  t.ok(mean(1) - mean(0) > 100, `each channel reads its own neuron (${mean(0).toFixed(0)} vs ${mean(1).toFixed(0)})`);
});

t.test('NeuronResetQuad resets the four neurons of its quad column', async (t) => {
  // quad column 32 of the top hemisphere holds neuron columns 1, 3, 5, 7 (interleaved quads)
  const quadReset = (e: number): number => NeuronResetQuad.writeAddresses(NeuronResetQuadOnDLS.fromEnum(e))[0]!;
  t.match(lookupRegister(quadReset(32)), { container: 'NeuronResetQuad', coordinate: 32 });
  t.not(lookupRegister(0x02c9_4040)?.container, 'NeuronResetQuad', 'past quad column 63');
  for (const [h, q, neurons] of [[0, 32, [1, 3, 5, 7]], [1, 13, [256 + 104, 256 + 106, 256 + 108, 256 + 110]]] as const) {
    const s = setup();
    for (let n = h * 256; n < h * 256 + 256; n++) s.img.configureLif(n, { vLeak: 80, vReset: 50, vThreshold: 250, fire: false });
    s.model.advance(12_000, s.out);
    s.img.write(quadReset(h * 64 + q), 0);
    const atReset = [];
    for (let n = h * 256; n < h * 256 + 256; n++) if (s.model.v[n] === s.model.params.vReset[n]) atReset.push(n);
    t.same(atReset, neurons, `NeuronResetQuad ${h * 64 + q} resets neurons ${neurons.join(', ')}`);
  }
  const { img, model, out } = setup();
  for (const n of [1, 3, 5, 7, 9]) img.configureLif(n, { vLeak: 80, vReset: 50, vThreshold: 250, fire: false });
  model.advance(30_000, out);
  img.write(quadReset(32), 0);
  const reset = transfer.voltageCellToPotential(transfer.potentialToVoltageCell(50));
  t.ok([1, 3, 5, 7].every((n) => Math.abs(model.v[n]! - reset) < 1e-9), 'the quad is at v_reset');
  t.ok(Math.abs(model.v[9]! - reset) > 10, 'a neuron of another quad is untouched');
});

t.test('neuron reset, event counters, crossbar L2 loop-back, hagen modulation', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(1, { vLeak: 80, vReset: 50, vThreshold: 250, fire: false });
  model.advance(30_000, out);
  img.resetNeuron(1);
  t.ok(Math.abs(model.v[1]! - transfer.voltageCellToPotential(transfer.potentialToVoltageCell(50))) < 1e-9, 'reset trigger pulls to v_reset');

  const enableEventCounter = new Array<boolean>(12).fill(false);
  enableEventCounter[8] = true;
  img.writeContainer(new CrossbarOutputConfig({ enableEventCounter }), CrossbarOutputConfigOnDLS.fromEnum(0));
  model.injectSpike((0 << 14) | 0x123, 30_010);
  model.advance(30_100, out);
  t.same(out.spikes, [[0x123, 30_010]], 'L2 input 0 loops back to L2 output 0 via the default node');
  t.equal(model.readRegister(CrossbarOutputEventCounter.readAddresses(CrossbarOutputOnDLS.fromEnum(8))[0]!, 30_100), 1, 'output event counter');
  t.equal(model.readRegister(0x0013_0000, 0), undefined, 'plain registers come from the register file');

  // hagen mode: amplitude grows with the activation x = 32 - address bits 4..0
  const amp = (x: number): number => {
    const s = setup();
    s.img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false });
    s.img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
    s.img.connectColumns(0);
    s.img.setSynapseDriver(0, { enableReceiver: true, enableAddressOut: false, enableHagenModulation: true, rowModeTop: 'excitatory' });
    padiBuses(s.img, 0, [true, false, false, false]);
    s.img.setSynapse(0, 1, 0, 40, 0);
    s.model.advance(30_000, s.out);
    const rest = s.model.v[0]!;
    s.model.injectSpike(32 - x, 30_000);
    let peak = 0;
    for (let c = 30_012; c < 33_000; c += 12) {
      s.model.advance(c, s.out);
      peak = Math.max(peak, s.model.v[0]! - rest);
    }
    return peak;
  };
  const a10 = amp(10);
  const a20 = amp(20);
  t.ok(Math.abs(a20 / a10 - 2) < 1e-6, `charge proportional to x (ratio ${(a20 / a10).toFixed(4)})`);
});

t.test('parameters follow CapMem writes; no-leak integrator; bus collisions', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false, leakCode: 0 });
  t.equal(transfer.tauMemUs(0, 63, false, false), Infinity, 'leak code 0 disables the leak');
  img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
  img.connectColumns(0);
  img.setSynapseDriver(0, { enableReceiver: true, rowModeTop: 'excitatory' });
  padiBuses(img, 0, [true, false, false, false]);
  img.setSynapse(0, 1, 0, 20, 3);
  model.advance(1000, out);
  const v0 = model.v[0]!;
  model.injectSpike(3, 1000);
  model.injectSpike(3, 1000);
  model.advance(60_000, out);
  const expected = 2 * 20 * 0.35 * (10 / 10); // integrator: each event adds w*g*tau_s/tau_c
  t.ok(Math.abs(model.v[0]! - v0 - expected) < 1e-6 * expected + 1e-3, `integrated charge ${(model.v[0]! - v0).toFixed(4)} vs ${expected}`);
  t.equal(model.stats.busCollisions, 1, 'same-cycle events on one bus are spaced by one cycle');
  img.setNeuronCell(0, NeuronCell.v_leak, 1023);
  model.advance(60_012, out);
  t.equal(model.params.vLeak[0], transfer.voltageCellToPotential(0), 'refresh-disabled cell modelled as leaked to 0');
});

t.test('argument validation and helpers', async (t) => {
  const { model, out } = setup();
  t.throws(() => new BehaviouralChipModel(new RegisterImage(), { step: 0 }), /step/);
  t.throws(() => new BehaviouralChipModel(new RegisterImage(), { seed: -1 }), /seed/);
  t.throws(() => model.injectSpike(0x10000, 0), /label/);
  t.throws(() => model.advance(Number.NaN, out), /cycle/);
  t.throws(() => model.spikeCounter(512), /neuron/);
  t.throws(() => layout.neuronIndex(2, 0), /row/);
  t.equal(layout.neuronIndex(1, 3), 259);
  t.equal(crossbarNodeEnum(9, 2), undefined, 'no node from input 2 to output 9');
  t.equal(crossbarNodeEnum(9, 13), 63, 'node (output 9, input 13) has enum 63');
  const wq = SynapseWeightQuadOnDLS.fromEnum(0);
  t.equal(SynapseWeightQuad.encodeWords(new SynapseWeightQuad({ values: [61, 0, 0, 0] }), wq)[0]! >>> 24, 55, 'weight 61 stored as 55');
  // the reset words RegisterImage reads come from the haldls defaults
  const image = new RegisterImage();
  const nb = NeuronBackendConfigOnDLS.fromEnum(0);
  t.same(NeuronBackendConfig.writeAddresses(nb).map((a) => image.read(a)), [0xff, 0xff, 0xbc, 0x00], 'default backend words');
  t.same(SynapseDriverConfig.writeAddresses(SynapseDriverOnDLS.fromEnum(0)).map((a) => image.read(a)), [0x3e00, 0x3f00, 0x40], 'default driver words');
  t.equal(image.read(CommonNeuronBackendConfig.writeAddresses(CommonNeuronBackendConfigOnDLS.fromEnum(0))[0]!), 0xf005, 'default common backend word 0');
  t.equal(image.read(CADCChannelConfig.writeAddresses(CADCChannelConfigOnDLS.fromEnum(0))[0]!), 0x80, 'default CADC channel word');
  for (const n of [0, 127, 128, 255, 256, 511]) {
    t.match(lookupRegister(NeuronConfig.writeAddresses(NeuronConfigOnDLS.fromEnum(n))[3]!), { container: 'NeuronConfig', coordinate: n, word: 3 }, `NeuronConfig of neuron ${n}`);
    t.match(lookupRegister(NeuronBackendConfig.writeAddresses(NeuronBackendConfigOnDLS.fromEnum(atomicToBackendEnum(n)))[1]!), { container: 'NeuronBackendConfig', coordinate: atomicToBackendEnum(n) });
    t.equal(model.readRegister(layout.neuronTriggerAddress('counterRead', n), 0), 0, `spike counter ${n} reads 0`);
  }
  for (let c = 0; c < 256; c++) if (quadEntryColumn(columnQuad(c), columnEntry(c)) !== c) t.fail(`quad mapping ${c}`);
  t.equal(lookupRegister(0x0014_0000 + 30), undefined, 'rows 24..31 of a CapMem column are unused');
  t.match(lookupRegister(SynapseQuad.writeAddresses(SynapseQuadOnDLS.fromEnum(quadEnum(0, 2, 7)))[1]!), { container: 'SynapseQuad', coordinate: quadEnum(0, 2, 7), word: 1 });
  t.equal(lookupRegister(0x0100_0000), undefined);
  t.equal(model.readRegister(cadcSampleAddress(1, 3, 5, true, true), 0), 0, 'buffered CADC samples of an unconnected column read 0');
  t.match(lookupRegister(CADCChannelConfig.writeAddresses(CADCChannelConfigOnDLS.fromEnum(512 + 256 + 200))[0]!), { container: 'CADCChannelConfig', coordinate: 512 + 256 + 200 });
  t.throws(() => new SynapseLabelQuad({ values: [64, 0, 0, 0] }), /values/);
  t.equal(transfer.potentialToVoltageCell(80), 214);
  t.equal(transfer.leakCodeForTau(10), 500);
  t.ok(transfer.tauSynUs(500, false, true) === 80 && transfer.tauResetUs(0, false, false) === Infinity);
  t.equal(transfer.cadcCode(300, 0), 255);
  t.equal(transfer.cadcCode(-3, 0), 0);
  const q = new EventQueue();
  for (let i = 0; i < 3000; i++) q.push((i * 7919) % 1000, i);
  let last = -1;
  let ok = true;
  while (q.size > 0) {
    const tt = q.peekTime();
    if (tt < last) ok = false;
    last = tt;
    q.pop();
  }
  t.ok(ok, 'event queue pops in time order');
  const r1 = new Rng(9);
  const r2 = new Rng(9);
  t.equal(r1.uint32(), r2.uint32(), 'rng determinism');
  t.throws(() => new RegisterImage().write(-1, 0), /address/);
  const img = new RegisterImage();
  t.equal(img.read(0x001a_1002), 0xbc, 'backend reset word');
  t.equal(img.read(0x0240_1000), 0x14640, 'CADCConfig reset word');
  t.equal(img.read(0x0220_0001), 200, 'correlation reset word');
  t.equal(img.read(0x000c_0001), 0x3500, 'MADCConfig reset word');
  t.equal(img.read(0x001a_9801), 0x0470_0401, 'common backend word 1');
  t.equal(img.read(0x0011_8402), 0x40, 'driver reset word');
  model.reset();
  t.equal(model.spikeCounter(0), 0, 'reset clears counters');
});

t.test('transfer laws: range switches, refresh-disabled cells, MADC clock scaling', async (t) => {
  t.equal(transfer.tauMemUs(500, 63, true, false), 80, 'leak division x8');
  t.equal(transfer.tauMemUs(500, 63, false, true), 1.25, 'leak multiplication /8');
  t.equal(transfer.tauMemUs(1023, 63, false, false), Infinity, 'refresh-disabled leak cell: no leak');
  t.equal(transfer.tauSynUs(1023, true, false), Infinity);
  t.equal(transfer.tauSynUs(500, true, false), 10);
  t.equal(transfer.tauResetUs(1022, true, false), 4);
  t.equal(transfer.tauResetUs(1022, false, true), 0.0625);
  t.equal(transfer.tauResetUs(1023, false, false), Infinity);
  t.equal(transfer.synapticGain(1023, 500), 0, 'refresh-disabled DAC bias');
  t.equal(transfer.synapticGain(600, 1023), 0);
  t.equal(transfer.synapticGain(600, 500, 4), 0.7, 'dacen pulse extension doubles at 4');
  t.equal(transfer.madcSampleCycles(5, true, 1), 17, 'clock scaling divides by 2*(scale+1)');
  t.equal(transfer.madcCode(-1000), 0);
  t.equal(transfer.madcCode(1000), 1023);
  t.equal(transfer.potentialToVoltageCell(1000), 1022);
  t.equal(transfer.potentialToVoltageCell(-1000), 0);
  t.equal(transfer.leakCodeForTau(0.001), 1022);
  t.equal(transfer.refractoryTickCycles(3), 8);
  t.equal(transfer.holdoffTicks(0), 31);
  t.equal(transfer.holdoffTicks(15), 1);
});

t.test('many simultaneous spikes are delivered in time order (output buffer growth)', async (t) => {
  const { img, model, out } = setup();
  for (let n = 0; n < 400; n++) img.configureLif(n, { vLeak: 110, vReset: 60, vThreshold: 90, addressOut: n & 255 });
  model.advance(20_000, out);
  t.ok(out.spikes.length > 400, `${out.spikes.length} spikes`);
  t.ok(out.spikes.every(([, c], i, a) => i === 0 || c >= a[i - 1]![1]), 'time order');
  const firstTime = out.spikes[0]![1];
  t.equal(out.spikes.filter(([, c]) => c === firstTime).length, 400, 'identical neurons fire in the same cycle');
});

t.test('MADC start refreshes parameters without leaving the synaptic gains stale', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false, readout: true });
  img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
  img.connectColumns(0);
  img.setSynapseDriver(0, { enableReceiver: true, rowModeTop: 'excitatory' });
  img.setSynapse(0, 1, 0, 63, 1);
  readoutLines(img, ['topEven']);
  model.advance(30_000, out);
  img.setNeuronCell(0, NeuronCell.i_bias_synin_exc_gm, 1000); // doubles the gain ...
  madcControl(img, { startRecording: true, enableContinuousSampling: true }); // ... refreshed here
  const rest = model.v[0]!;
  padiEvent(img, 0, 1, 0, 1);
  let peak = 0;
  for (let c = 30_012; c < 33_000; c += 12) {
    model.advance(c, out);
    peak = Math.max(peak, model.v[0]! - rest);
  }
  const expected = (63 * 0.7) / Math.E;
  t.ok(Math.abs(peak - expected) / expected < 0.01, `peak ${peak.toFixed(3)} uses the new gain (${expected.toFixed(3)})`);
});

t.test('STP: depressing drivers lose and recover efficacy, facilitating drivers gain', async (t) => {
  const jumps = (select: number, gaps: number[]): number[] => {
    const { img, model, out } = setup();
    img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false });
    img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
    img.connectColumns(0);
    padiBuses(img, 0, [true, false, false, false]);
    stpClock(img, 0, 0);
    img.setSynapseDriver(0, { enableReceiver: true, rowModeTop: 'excitatory', enableStp: true, enableRecovery: true, utilization: 7, recovery: 15, selectTargetVoltages: select });
    const driver = SynapseDriverOnDLS.fromEnum(0);
    t.equal(SynapseDriverConfig.decodeValues(driver, SynapseDriverConfig.encodeWords(new SynapseDriverConfig({ recovery: 7 }), driver)).recovery, 7, 'recovery bit reversal round trip');
    img.setSynapse(0, 1, 0, 40, 2);
    let time = 30_000;
    model.advance(time, out);
    const result: number[] = [];
    for (const gap of gaps) {
      time += gap;
      model.advance(time, out);
      model.injectSpike(2, time);
      const before = model.je[0]!;
      model.advance(time + 14, out); // PADI latency 13 cycles
      result.push(model.je[0]! - before * Math.exp(-14 / 1250));
    }
    return result;
  };
  const dep = jumps(1, [100, 100, 100, 100, 20_000]);
  t.ok(dep[0]! > dep[1]! && dep[1]! > dep[2]! && dep[2]! > dep[3]!, `depressing: ${dep.map((x) => x.toFixed(2)).join(', ')}`);
  t.ok(dep[4]! > 0.95 * dep[0]!, 'recovers after a long pause');
  const fac = jumps(0, [100, 100, 100, 100]);
  t.ok(fac[0]! < fac[1]! && fac[1]! < fac[2]! && fac[2]! < fac[3]!, `facilitating: ${fac.map((x) => x.toFixed(2)).join(', ')}`);
});

t.test('fixed-pattern noise spreads CADC channels around the leak target', async (t) => {
  const { img, model, out } = setup({ fixedPatternNoise: true, seed: 21 });
  for (let n = 0; n < 256; n++) img.configureLif(n, { vLeak: 100, vReset: 60, vThreshold: 250 });
  img.connectColumns(0);
  img.setCadc(0, true);
  model.advance(60_000, out);
  const reads: number[] = [];
  for (let q = 0; q < 64; q++) {
    const w = model.readRegister(cadcSampleAddress(0, 0, q, false, q > 0), 60_000)!;
    for (let e = 0; e < 4; e++) reads.push((w >>> (8 * (3 - e))) & 0xff);
  }
  const mu = reads.reduce((a, b) => a + b, 0) / reads.length;
  const sd = Math.sqrt(reads.reduce((a, b) => a + (b - mu) ** 2, 0) / reads.length);
  t.ok(Math.abs(mu - 100) < 1.5, `mean ${mu.toFixed(2)} near the target`);
  t.ok(sd > 3 && sd < 9, `spread ${sd.toFixed(2)} LSB (uncalibrated FPN order)`);
});

t.test('grid-step (default) and exact-step modes: outputs never early, in order, same spike times', async (t) => {
  const run = (exactSteps: boolean): Array<[number, number]> => {
    const img = new RegisterImage();
    const model = new BehaviouralChipModel(img, { exactSteps });
    img.attach(model);
    for (let n = 0; n < 4; n++) img.configureLif(n, { vLeak: 110 + n, vReset: 60, vThreshold: 90 });
    const got: Array<[number, number]> = [];
    let early = false;
    let cycle = 0;
    const out: PhysicsOutput = {
      spike(label, c) {
        if (c > cycle) early = true;
        got.push([label, c]);
      },
      madcSample() {},
    };
    for (cycle = 7; cycle < 40_000; cycle += 7) {
      model.advance(cycle, out);
      if (cycle % 700 === 0) model.injectSpike((1 << 14) | 5, cycle); // L2 loop-back output 1 at the injection cycle
    }
    t.notOk(early, `${exactSteps ? 'exact' : 'grid'}: no output before its cycle was requested`);
    t.ok(got.every(([, c], i) => i === 0 || c >= got[i - 1]![1]), 'time order');
    return got;
  };
  const grid = run(false);
  const exact = run(true);
  t.equal(grid.length, exact.length, 'same number of outputs');
  const loop = grid.filter(([l]) => l >>> 14 === 1);
  t.ok(loop.length > 50 && loop.every(([, c]) => c % 700 === 0), 'loop-back events carry their injection cycle');
  const diff = Math.max(...grid.map(([, c], i) => Math.abs(c - exact[i]![1])));
  t.ok(diff <= 2, `spike times agree within ${diff} cycles`);
});
