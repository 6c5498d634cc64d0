/**
 * The speed-ups of the chip model must not change its results: per-model specialised kernels against the
 * same loops run as plain closures, incremental configuration refresh against a full re-read, and the label
 * index of the synapse rows against rewritten synapses — all compared bit for bit.
 */
import { createHash } from 'node:crypto';
import t from 'tap';
import {
  CommonPADIBusConfig,
  CommonPADIBusConfigOnDLS,
  CommonSTPConfig,
  CommonSTPConfigOnDLS,
  CrossbarNode,
  CrossbarNodeOnDLS,
  SYNAPSE_DRIVER_ROW_MODES,
  crossbarNodeEnum,
} from '@bss2/haldls';
import { BehaviouralChipModel, RegisterImage, Rng, type PhysicsOutput } from '../src/physics/index.js';

const DROP_ALL = new CrossbarNode({ mask: 0, target: 1 });

class Recorder implements PhysicsOutput {
  readonly events: number[] = [];
  spike(label: number, cycle: number): void {
    this.events.push(0, label, cycle);
  }
  madcSample(value: number, channel: number, cycle: number): void {
    this.events.push(1, value, channel, cycle);
  }
}

interface Network {
  img: RegisterImage;
  model: BehaviouralChipModel;
}

/** 64 neurons per hemisphere, random synapses on 32 rows each, mixed exc/inh rows, some STP and hagen drivers. */
function network(options: ConstructorParameters<typeof BehaviouralChipModel>[1]): Network {
  const img = new RegisterImage();
  const model = new BehaviouralChipModel(img, options);
  img.attach(model);
  const rng = new Rng(5);
  for (let b = 0; b < 4; b++) img.setSharedCell(b, 128, 8, 600); // syn_i_bias_dac
  for (const h of [0, 1]) {
    for (let c = 0; c < 64; c++) {
      img.configureLif(h * 256 + c, { vLeak: 80, vReset: 70, vThreshold: 100 + (c % 7), excTauCode: 1000, inhTauCode: 800, gmCode: 300, refractoryTime: 40 + c });
    }
    img.connectColumns(h, true, false);
    img.writeContainer(new CommonPADIBusConfig({ enableSpl1: [true, true, true, true] }), CommonPADIBusConfigOnDLS.fromEnum(h));
    img.writeContainer(new CommonSTPConfig({ recoveryClockSpeed: 3, enableRecoveryClock: true }), CommonSTPConfigOnDLS.fromEnum(h));
    for (let d = 0; d < 16; d++) {
      img.setSynapseDriver(h * 128 + d, {
        enableReceiver: true,
        rowModeTop: 'excitatory',
        rowModeBottom: d % 3 === 0 ? 'inhibitory' : d % 5 === 0 ? 'excitatory_and_inhibitory' : 'excitatory',
        enableStp: d % 4 === 1,
        enableRecovery: true,
        utilization: 5,
        recovery: 7,
        selectTargetVoltages: d % 8 === 1 ? 1 : 0,
      });
      for (const half of [0, 1]) {
        const row = 2 * d + half;
        for (let c = 0; c < 64; c++) img.setSynapse(h, row, c, rng.uint32() % 64, rng.uint32() % 2 === 0 ? half : 7);
      }
    }
  }
  for (let k = 0; k < 4; k++) {
    for (let o = 0; o < 8; o++) img.writeContainer(o % 4 === k ? new CrossbarNode() : DROP_ALL, CrossbarNodeOnDLS.fromEnum(crossbarNodeEnum(o, 8 + k)!));
  }
  return { img, model };
}

/** Drives `n` with a seeded input train, rewrites some synapses half way, returns outputs and final state. */
function drive(n: Network): { events: number[]; v: number[]; je: number[]; ji: number[]; syn: number } {
  const out = new Recorder();
  const rng = new Rng(9);
  let t = 100;
  for (let i = 0; i < 1500; i++) {
    t += 1 + (rng.uint32() % 40);
    n.model.advance(t, out);
    const d = rng.uint32() % 16;
    n.model.injectSpike(((d & 3) << 14) | ((d >> 2) << 6) | (rng.uint32() % 2), t);
    if (i === 700) {
      // rewrite two rows (label index rebuilt) and retune a driver (incremental config refresh)
      for (let c = 0; c < 64; c++) n.img.setSynapse(0, 3, c, (c * 7) % 64, 1);
      for (let c = 0; c < 64; c++) n.img.setSynapse(1, 8, c, 0, 0);
      n.img.setSynapseDriver(2, { enableReceiver: true, rowModeTop: 'inhibitory', rowModeBottom: 'excitatory' });
    }
  }
  n.model.advance(t + 2000, out);
  return { events: out.events, v: Array.from(n.model.v), je: Array.from(n.model.je), ji: Array.from(n.model.ji), syn: n.model.stats.synapticEvents };
}

t.test('specialised kernels give bit-identical results to the plain closures', async (t) => {
  for (const exactSteps of [false, true]) {
    for (const fixedPatternNoise of [false, true]) {
      const a = drive(network({ seed: 3, exactSteps, fixedPatternNoise }));
      const b = drive(network({ seed: 3, exactSteps, fixedPatternNoise, specialiseKernels: false }));
      const label = `exactSteps ${exactSteps}, FPN ${fixedPatternNoise}`;
      t.ok(a.events.length > 30, `${label}: the network fires (${a.events.length / 3} outputs)`);
      t.ok(a.syn > 10_000, `${label}: ${a.syn} synaptic events`);
      t.same(a.events, b.events, `${label}: same outputs`);
      t.ok(a.v.every((x, i) => Object.is(x, b.v[i])), `${label}: same membrane potentials`);
      t.ok(a.je.every((x, i) => Object.is(x, b.je[i])) && a.ji.every((x, i) => Object.is(x, b.ji[i])), `${label}: same synaptic inputs`);
      t.equal(a.syn, b.syn, `${label}: same event count`);
    }
  }
});

t.test('results equal the model before the speed-ups, bit for bit', async (t) => {
  // checksums of outputs and final state recorded with the unoptimised model (commit d374ce2: full synapse
  // row scans, shared loops, full configuration re-read per write) on the network above
  const golden: Record<string, [number, number, string]> = {
    'false false': [117494, 16311, '1d0a92cb61daa656'],
    'false true': [133058, 20178, '1ee0efd6b2271519'],
    'true false': [117494, 16308, '0a8b144be6b8a927'],
    'true true': [133129, 20172, '4021e1f565dab223'],
  };
  for (const exactSteps of [false, true]) {
    for (const fixedPatternNoise of [false, true]) {
      const r = drive(network({ seed: 3, exactSteps, fixedPatternNoise }));
      const h = createHash('sha256');
      for (const a of [r.events, r.v, r.je, r.ji]) h.update(new Float64Array(a));
      t.same([r.syn, r.events.length, h.digest('hex').slice(0, 16)], golden[`${exactSteps} ${fixedPatternNoise}`], `exactSteps ${exactSteps}, FPN ${fixedPatternNoise}`);
    }
  }
});

t.test('incremental configuration refresh equals a full re-read', async (t) => {
  const img = new RegisterImage();
  const model = new BehaviouralChipModel(img, {});
  img.attach(model);
  const out = new Recorder();
  let now = 0;
  const step = (): void => {
    now += 30;
    model.advance(now, out);
  };
  // interleave writes with integration steps so every refresh is a partial one
  const rng = new Rng(17);
  for (let k = 0; k < 200; k++) {
    const d = rng.uint32() % 256;
    img.setSynapseDriver(d, {
      enableReceiver: rng.uint32() % 2 === 0,
      rowAddressCompareMask: rng.uint32() % 32,
      rowModeTop: SYNAPSE_DRIVER_ROW_MODES[rng.uint32() % 4],
      rowModeBottom: SYNAPSE_DRIVER_ROW_MODES[rng.uint32() % 4],
      enableStp: true,
      enableRecovery: rng.uint32() % 2 === 0,
      recovery: rng.uint32() % 16,
    });
    step();
    if (k % 40 === 0) {
      const hemisphere = k % 80 === 0 ? 0 : 1;
      img.writeContainer(new CommonSTPConfig({ recoveryClockSpeed: rng.uint32() % 16, enableRecoveryClock: true }), CommonSTPConfigOnDLS.fromEnum(hemisphere));
      step();
    }
    if (k % 25 === 0) {
      img.setCadcOffset(rng.uint32() % 2, rng.uint32() % 256, rng.uint32() % 2 === 0, (rng.uint32() % 200) - 100);
      const node = CrossbarNodeOnDLS.fromEnum(rng.uint32() % 76);
      img.writeContainer(new CrossbarNode({ mask: rng.uint32() % 0x4000, target: rng.uint32() % 0x4000 }), node);
      img.write(CommonPADIBusConfig.writeAddresses(CommonPADIBusConfigOnDLS.fromEnum(rng.uint32() % 2))[0]!, rng.uint32() & 0x000f_000f);
      step();
    }
  }
  const fresh = new BehaviouralChipModel(img, {});
  fresh.advance(12, new Recorder()); // first step: the full re-read
  const a = model.routing;
  const b = fresh.routing;
  for (const key of [
    'driverMask',
    'driverReceiver',
    'driverAddressOut',
    'driverTop',
    'driverBottom',
    'driverHagen',
    'driverStp',
    'driverStpU',
    'driverStpTau',
    'busSpl1',
    'busDacenExtension',
    'nodeMask',
    'nodeTarget',
    'cadcOffsetCausal',
    'cadcOffsetAcausal',
  ] as const) {
    t.same(Array.from(a[key]), Array.from(b[key]), key);
  }
});
