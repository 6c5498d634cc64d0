import t from 'tap';
import {
  BackgroundSpikeSource,
  BackgroundSpikeSourceOnDLS,
  CrossbarInputDropCounter,
  CrossbarInputOnDLS,
  CrossbarNode,
  SYNAPSE_DRIVER_ROW_MODES,
  columnEntry,
  columnQuad,
} from '@bss2/haldls';
import {
  BehaviouralChipModel,
  RegisterImage,
  layout,
  transfer,
  type PhysicsOutput,
} from '../src/physics/index.js';
import { cadcSampleAddress, crossbarNode, padiBuses } from './haldls-writes.js';


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

function setup(options: { seed?: number; fixedPatternNoise?: boolean; trialNoise?: boolean } = {}): { img: RegisterImage; model: BehaviouralChipModel; out: Recorder } {
  const img = new RegisterImage();
  const model = new BehaviouralChipModel(img, options);
  img.attach(model);
  return { img, model, out: new Recorder() };
}

/** Potential the model realises for a CADC target (voltage cells are quantised to 10 bit). */
const realised = (p: number): number => transfer.voltageCellToPotential(transfer.potentialToVoltageCell(p));

t.test('leak over threshold: regular firing with the analytic period', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(0, { vLeak: 110, vReset: 60, vThreshold: 87.5, refractoryTime: 250 });
  model.advance(200_000, out);
  const times = out.spikes.filter(([l]) => (l & 0xff) === 0).map(([, c]) => c);
  t.ok(times.length > 10, `fires (${times.length} spikes)`);
  const vl = realised(110);
  const vr = realised(60);
  const vt = realised(87.5);
  const tauM = 1250; // 10 us: leak code 500, C = 63
  const tauR = 62.5; // 0.5 us at reset code 1022
  const clamp = 249; // refractory 250 ticks of 8 ns minus one hold-off tick
  const vc = vr + (vt - vr) * Math.exp(-clamp / tauR);
  const period = clamp + tauM * Math.log((vl - vc) / (vl - vt));
  const isis = times.slice(1).map((x, i) => x - times[i]!);
  const mean = isis.reduce((a, b) => a + b, 0) / isis.length;
  t.ok(Math.abs(mean - period) < 1.5, `mean ISI ${mean} vs analytic ${period.toFixed(2)} cycles`);
  t.ok(Math.max(...isis) - Math.min(...isis) <= 1, 'perfectly periodic up to the 8 ns grid');
  const first = tauM * Math.log((vl - vl) / (vl - vt) || 1);
  t.ok(first === 0, 'resting start at v_leak');
  t.equal(model.spikeCounter(0), times.length, 'spike counter counts every spike');
  t.equal(model.readRegister(layout.neuronTriggerAddress('counterRead', 0), 0), times.length, 'counter read');
  model.advance(400_000, out);
  t.equal(model.readRegister(layout.neuronTriggerAddress('counterRead', 0), 0), 0x1ff, 'counter saturates and reports the overflow bit');
  img.write(layout.neuronTriggerAddress('counterReset', 0), 0);
  t.equal(model.readRegister(layout.neuronTriggerAddress('counterRead', 0), 0), 0, 'counter reset');
  t.equal(out.spikes[0]![0] >>> 14, 0, 'neuron output 0 reaches L2 output 0 through the default crossbar');
});

t.test('refractory period is respected and quantised to the refractory clock', async (t) => {
  const isiFor = (refractoryTime: number, clockScale: number): number => {
    const { img, model, out } = setup();
    img.setCommonBackend(0, { clockScaleSlow: clockScale });
    img.configureLif(3, { vLeak: 200, vReset: 60, vThreshold: 100, refractoryTime });
    model.advance(60_000, out);
    const c = out.spikes.map(([, x]) => x);
    return (c[c.length - 1]! - c[1]!) / (c.length - 2);
  };
  const a = isiFor(100, 2); // 100 ticks of 4 cycles = 400 cycles
  const b = isiFor(101, 2);
  t.ok(a >= 400, `ISI ${a} >= refractory 400 cycles`);
  t.ok(Math.abs(b - a - 4) < 1, `one refractory tick more moves the ISI by one tick (${b - a} cycles)`);
});

function synapticSetup(weight: number, opts: { inhibitory?: boolean; label?: number; synLabel?: number } = {}): { img: RegisterImage; model: BehaviouralChipModel; out: Recorder } {
  const s = setup();
  const { img } = s;
  img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false });
  img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
  img.connectColumns(0);
  img.setSynapseDriver(0, { enableReceiver: true, rowModeTop: opts.inhibitory ? 'inhibitory' : 'excitatory' });
  padiBuses(img, 0, [true, false, false, false]);
  img.setSynapse(0, 1, 0, weight, opts.synLabel ?? 5);
  return s;
}

function peakResponse(model: BehaviouralChipModel, out: Recorder, label: number, sign = 1): number {
  const t0 = 30_000; // let the membrane settle from the power-on state to v_leak
  model.advance(t0, out);
  const rest = model.v[0]!;
  model.injectSpike(label, t0);
  let peak = 0;
  for (let c = t0 + 4; c < t0 + 6000; c += 4) {
    model.advance(c, out);
    peak = Math.max(peak, sign * (model.v[0]! - rest));
  }
  return peak;
}

t.test('PSP amplitude is linear in the weight and matches the closed-form kernel', async (t) => {
  const peaks: number[] = [];
  for (const w of [0, 1, 16, 32, 63]) {
    const { model, out } = synapticSetup(w);
    peaks.push(peakResponse(model, out, 5));
  }
  t.ok(peaks[0]! < 1e-6, 'weight 0 never drives the neuron');
  const gain = 0.35; // dac 600, gm 500
  const expected63 = (63 * gain) / Math.E; // tau_m = tau_s = tau_c: peak w*g/e
  t.ok(Math.abs(peaks[4]! - expected63) / expected63 < 0.005, `peak ${peaks[4]} vs ${expected63}`);
  for (let k = 1; k < 4; k++) {
    const w = [0, 1, 16, 32, 63][k]!;
    t.ok(Math.abs(peaks[k]! / w - peaks[4]! / 63) < 1e-6 * peaks[4]!, `linear at w=${w}`);
  }
});

t.test('inhibitory rows lower the membrane; label and row-select mismatch do not drive', async (t) => {
  {
    const { model, out } = synapticSetup(40, { inhibitory: true });
    t.ok(peakResponse(model, out, 5, -1) > 3, 'hyperpolarising PSP');
  }
  {
    const { model, out } = synapticSetup(40, { synLabel: 6 });
    t.ok(peakResponse(model, out, 5) < 1e-6, 'synapse label must equal address bits 5..0');
  }
  {
    const { model, out } = synapticSetup(40);
    t.ok(peakResponse(model, out, (1 << 6) | 5) < 1e-6, 'row select 1 does not reach driver 0 (position 0)');
  }
  {
    const { img, model, out } = synapticSetup(40);
    img.setSynapseDriver(0, { enableReceiver: true, rowModeTop: 'excitatory', rowAddressCompareMask: 0 });
    t.ok(peakResponse(model, out, (1 << 6) | 5) > 3, 'compare mask 0 ignores the row select');
  }
  {
    const { img, model, out } = synapticSetup(40);
    img.writeContainer(new CrossbarNode({ mask: 0x3fff, target: 7, enableDropCounter: true }), crossbarNode(8, 0));
    t.ok(peakResponse(model, out, 5) < 1e-6, 'crossbar node target mismatch blocks');
    t.equal(model.readRegister(CrossbarInputDropCounter.readAddresses(CrossbarInputOnDLS.fromEnum(8))[0]!, 0), 1, 'drop counter counts the blocked event');
  }
  {
    const { img, model, out } = synapticSetup(40);
    img.connectColumns(0, false, true);
    t.ok(peakResponse(model, out, 5) < 1e-6, 'open column current switch disconnects');
  }
});

t.test('CADC reads the leak potential at rest; channel offsets; buffered reads', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 200 });
  img.configureLif(9, { vLeak: 120, vReset: 60, vThreshold: 200 });
  img.connectColumns(0);
  const q = columnQuad(0);
  const addr = cadcSampleAddress(0, 0, q, false, false);
  model.advance(30_000, out);
  t.equal(model.readRegister(addr, 1000), 0, 'CADC disabled reads zero');
  img.setCadc(0, true);
  const word = model.readRegister(addr, 1000)!;
  t.equal(word >>> 24, 80, 'causal channel of column 0 reads the leak target');
  const e9 = columnEntry(9);
  const w9 = model.readRegister(cadcSampleAddress(0, 0, columnQuad(9), true, true), 1000)!;
  t.equal((w9 >>> (8 * (3 - e9))) & 0xff, 120, 'buffered acausal read of column 9');
  img.setCadcOffset(0, 0, false, -5);
  t.equal(model.readRegister(addr, 1000)! >>> 24, 75, 'per-channel offset applies');
  img.setCadcAutoCalibrating(0, true);
  t.equal(model.readRegister(addr, 1000), undefined, 'auto-calibrating reset mode never produces data');
});

t.test('background sources: regular and Poisson rates, seeded', async (t) => {
  const { img, model, out } = setup();
  // haldls writes the enable word last
  img.writeContainer(new BackgroundSpikeSource({ enable: true, period: 100, neuronLabel: 0x21 }), BackgroundSpikeSourceOnDLS.fromEnum(0));
  const poisson = new BackgroundSpikeSource({ enable: true, enableRandom: true, period: 10, rate: 63, seed: 1234, neuronLabel: 0x40, mask: 0x0f });
  img.writeContainer(poisson, BackgroundSpikeSourceOnDLS.fromEnum(1));
  model.advance(400_000, out);
  const regular = out.spikes.filter(([l]) => l >>> 14 === 0);
  const random = out.spikes.filter(([l]) => l >>> 14 === 1);
  t.ok(Math.abs(regular.length - 4000) <= 1, `regular: ${regular.length} events in 400k cycles`);
  const expected = 400_000 / (10 * 256 / 64);
  t.ok(Math.abs(random.length - expected) / expected < 0.05, `Poisson: ${random.length} vs ${expected}`);
  t.ok(random.every(([l]) => (l & 0x3ff0) === 0x40), 'random label bits stay under the mask');
  t.ok(new Set(random.map(([l]) => l & 0xf)).size > 8, 'masked bits are randomised');
  t.ok(out.spikes.every(([, c], i, a) => i === 0 || c >= a[i - 1]![1]), 'outputs in time order');
});

t.test('determinism per seed and noise switches', async (t) => {
  const run = (seed: number, noise: boolean): number[] => {
    const { img, model, out } = setup({ seed, trialNoise: noise, fixedPatternNoise: noise });
    for (let n = 0; n < 4; n++) img.configureLif(n, { vLeak: 110, vReset: 60, vThreshold: 90 });
    model.advance(30_000, out);
    return out.spikes.map(([l, c]) => l * 1e7 + c);
  };
  t.same(run(1, true), run(1, true), 'same seed, same result');
  t.not(JSON.stringify(run(1, true)), JSON.stringify(run(2, true)), 'different seed differs with noise');
  t.same(run(1, false), run(2, false), 'noise off: seed irrelevant');

  const ideal = setup();
  const fpn = setup({ fixedPatternNoise: true, seed: 3 });
  for (const s of [ideal, fpn]) for (let n = 0; n < 64; n++) s.img.configureLif(n, { vLeak: 80, vReset: 60, vThreshold: 200 });
  ideal.model.advance(100, ideal.out);
  fpn.model.advance(100, fpn.out);
  const spread = (m: BehaviouralChipModel): number => {
    const v = Array.from(m.params.vLeak.subarray(0, 64));
    const mu = v.reduce((a, b) => a + b, 0) / v.length;
    return Math.sqrt(v.reduce((a, b) => a + (b - mu) ** 2, 0) / v.length);
  };
  t.equal(spread(ideal.model), 0, 'ideal circuits: no spread');
  t.ok(spread(fpn.model) > 2 && spread(fpn.model) < 10, `FPN leak spread ${spread(fpn.model).toFixed(2)} LSB`);

  const noisy = setup({ trialNoise: true, seed: 5 });
  noisy.img.configureLif(0, { vLeak: 80, vReset: 60, vThreshold: 200 });
  noisy.img.connectColumns(0);
  noisy.img.setCadc(0, true);
  const reads: number[] = [];
  for (let k = 1; k <= 200; k++) {
    noisy.model.advance(k * 2000, noisy.out);
    reads.push(noisy.model.readRegister(cadcSampleAddress(0, 0, 0, false, false), k * 2000)! >>> 24);
  }
  const mu = reads.reduce((a, b) => a + b, 0) / reads.length;
  const sd = Math.sqrt(reads.reduce((a, b) => a + (b - mu) ** 2, 0) / reads.length);
  t.ok(Math.abs(mu - 80) < 0.5 && sd > 0.8 && sd < 2, `trial noise: mean ${mu.toFixed(2)}, std ${sd.toFixed(2)} LSB`);
});

t.test('membrane time constant: relaxation from v_leak - 50 reads v_leak - 50/e after tau_m (CADC)', async (t) => {
  const { img, model, out } = setup();
  img.configureLif(0, { vLeak: 100, vReset: 50, vThreshold: 250, fire: false, leakCode: 250 }); // tau_m = 20 us
  img.connectColumns(0);
  img.setCadc(0, true);
  model.advance(60_000, out);
  img.resetNeuron(0);
  model.advance(60_000 + 2500, out);
  const read = model.readRegister(cadcSampleAddress(0, 0, 0, false, false), 62_500)! >>> 24;
  const vl = realised(100);
  const expected = vl - (vl - realised(50)) / Math.E;
  t.ok(Math.abs(read - expected) <= 1, `read ${read} vs ${expected.toFixed(2)}`);
});

t.test('integration check: 12 events 1.2 us apart give > 20 LSB; with noise and FPN the spread stays in the HW band', async (t) => {
  const amplitudes = (fpn: boolean, seed: number): number[] => {
    const { img, model, out } = setup({ fixedPatternNoise: fpn, trialNoise: fpn, seed });
    for (let n = 0; n < 16; n++) img.configureLif(n, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false, leakCode: 83 }); // tau_m 60 us (hagen-like)
    img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
    img.connectColumns(0);
    padiBuses(img, 0, [true, false, false, false]);
    img.setSynapseDriver(0, { enableReceiver: true, rowModeTop: 'excitatory' });
    for (let n = 0; n < 16; n++) img.setSynapse(0, 1, n, 24, 0);
    model.advance(100_000, out);
    const base = Array.from(model.v.subarray(0, 16));
    for (let k = 0; k < 12; k++) model.injectSpike(0, 100_000 + k * 150);
    model.advance(100_000 + 12 * 150, out);
    return Array.from(model.v.subarray(0, 16)).map((v, i) => v - base[i]!);
  };
  const ideal = amplitudes(false, 0);
  t.ok(ideal.every((a) => a > 20 && Math.abs(a - ideal[0]!) < 1e-9), `ideal amplitude ${ideal[0]!.toFixed(2)} LSB, identical for all neurons`);
  const noisy = amplitudes(true, 11);
  const mu = noisy.reduce((a, b) => a + b, 0) / noisy.length;
  const sd = Math.sqrt(noisy.reduce((a, b) => a + (b - mu) ** 2, 0) / noisy.length);
  t.ok(mu > 20 && sd > 0.5 && sd < 10, `noisy: mean ${mu.toFixed(2)}, neuron spread ${sd.toFixed(2)} LSB (< 10 LSB)`);
});

t.test('event matching property: crossbar, row select and synapse label decide exactly which columns respond', async (t) => {
  const fc = await import('fast-check');
  const img = new RegisterImage();
  const model = new BehaviouralChipModel(img, {});
  img.attach(model);
  const out = new Recorder();
  for (let n = 0; n < 8; n++) img.configureLif(n, { vLeak: 80, vReset: 60, vThreshold: 250, fire: false });
  img.setSharedCell(0, 128, layout.SharedCell.syn_i_bias_dac, 600);
  img.connectColumns(0);
  padiBuses(img, 0, [true, false, false, false]);
  let now = 1000;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 0x7ff }),
      fc.integer({ min: 0, max: 0x3fff }),
      fc.integer({ min: 0, max: 0x3fff }),
      fc.array(fc.record({ mask: fc.integer({ min: 0, max: 31 }), top: fc.integer({ min: 0, max: 3 }), bottom: fc.integer({ min: 0, max: 3 }) }), { minLength: 4, maxLength: 4 }),
      fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 16, maxLength: 16 }),
      (label, nodeMask, nodeTarget, drivers, synLabels) => {
        img.writeContainer(new CrossbarNode({ mask: nodeMask, target: nodeTarget & nodeMask }), crossbarNode(8, 0));
        drivers.forEach((d, pos) => img.setSynapseDriver(pos * 4, { enableReceiver: true, rowAddressCompareMask: d.mask, rowModeTop: SYNAPSE_DRIVER_ROW_MODES[d.top], rowModeBottom: SYNAPSE_DRIVER_ROW_MODES[d.bottom] }));
        // columns 0..7; synapse (driver position p, row half) uses label synLabels[p*4 + half*2 + (col & 1)]
        for (let pos = 0; pos < 4; pos++) {
          for (let half = 0; half < 2; half++) {
            for (let col = 0; col < 8; col++) img.setSynapse(0, 2 * (pos * 4) + half, col, col < 8 ? 10 + col : 0, synLabels[pos * 4 + half * 2 + (col & 1)]!);
          }
        }
        model.advance(now, out);
        const je0 = Array.from(model.je.subarray(0, 8));
        const ji0 = Array.from(model.ji.subarray(0, 8));
        model.injectSpike(label, now);
        now += 40;
        model.advance(now, out);
        const passes = (label & nodeMask) === (nodeTarget & nodeMask);
        const rowSel = (label >> 6) & 31;
        const addr = label & 63;
        for (let col = 0; col < 8; col++) {
          let exc = false;
          let inh = false;
          if (passes) {
            drivers.forEach((d, pos) => {
              if (((rowSel ^ pos) & d.mask) !== 0) return;
              for (let half = 0; half < 2; half++) {
                const mode = half === 0 ? d.bottom : d.top;
                if (synLabels[pos * 4 + half * 2 + (col & 1)] !== addr) continue;
                if (mode & 1) exc = true;
                if (mode & 2) inh = true;
              }
            });
          }
          const gotExc = Math.abs(model.je[col]! - je0[col]! * Math.exp(-40 / 1250)) > 1e-9;
          const gotInh = Math.abs(model.ji[col]! - ji0[col]! * Math.exp(-40 / 1250)) > 1e-9;
          if (gotExc !== exc || gotInh !== inh) return false;
        }
        return true;
      },
    ),
    { numRuns: 60, seed: 42 },
  );
  t.pass('matching agrees with the routing rules for random labels, masks and row modes');
});
