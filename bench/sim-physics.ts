/**
 * Chip-model benchmark (sim_model.md 5.5 anchor network, driven directly through the model's interface):
 * 512 LIF neurons, both 256x256 synapse arrays filled with random 6-bit weights (top rows excitatory,
 * bottom rows inhibitory), 256 Poisson inputs at 20 kHz HW (20 Hz bio), tau_m 10 us, tau_s 5 us,
 * refractory 2 us, 10 ms of hardware time. Prints wall time, HW/wall ratio and event throughput.
 *
 *   npx tsx --conditions=bss2-source bench/sim-physics.ts [hwMs=10] [step=12]
 */
import {
  CommonPADIBusConfig,
  CommonPADIBusConfigOnDLS,
  CrossbarNode,
  CrossbarNodeOnDLS,
  SynapseLabelQuad,
  SynapseLabelQuadOnDLS,
  SynapseWeightQuad,
  SynapseWeightQuadOnDLS,
  crossbarNodeEnum,
  quadEnum,
} from '@bss2/haldls';
import { BehaviouralChipModel, RegisterImage, Rng, type PhysicsOutput } from '../packages/sim/src/physics/index.js';

/** The crossbar node from `input` to `output`. */
const node = (input: number, output: number): CrossbarNodeOnDLS => CrossbarNodeOnDLS.fromEnum(crossbarNodeEnum(output, input)!);
const DROP_ALL = new CrossbarNode({ mask: 0, target: 1 });

const hwMs = Number(process.argv[2] ?? 10);
const step = Number(process.argv[3] ?? 12);
const cycles = Math.round(hwMs * 125_000);

const img = new RegisterImage();
const model = new BehaviouralChipModel(img, { seed: 1, step });
img.attach(model);
const rng = new Rng(42);

const setupStart = performance.now();
for (let n = 0; n < 512; n++) {
  img.configureLif(n, { vLeak: 80, vReset: 70, vThreshold: 110, excTauCode: 1000, inhTauCode: 1000, gmCode: 300, refractoryTime: 250 });
}
for (let b = 0; b < 4; b++) img.setSharedCell(b, 128, 8, 600);
for (let h = 0; h < 2; h++) {
  img.connectColumns(h, true, false);
  img.writeContainer(new CommonPADIBusConfig({ enableSpl1: [true, true, true, true] }), CommonPADIBusConfigOnDLS.fromEnum(h));
  for (let d = 0; d < 128; d++) img.setSynapseDriver(h * 128 + d, { enableReceiver: true, rowModeTop: 'excitatory', rowModeBottom: 'inhibitory' });
  for (let row = 0; row < 256; row++) {
    for (let q = 0; q < 64; q++) {
      const w = [0, 1, 2, 3].map(() => rng.uint32() & 63);
      img.writeContainer(new SynapseWeightQuad({ values: w }), SynapseWeightQuadOnDLS.fromEnum(quadEnum(h, row, q)));
      // input 2k drives the top row (odd row, address 0), input 2k+1 the bottom row (even row, address 1)
      const label = row % 2 === 1 ? 0 : 1;
      img.writeContainer(new SynapseLabelQuad({ values: [label, label, label, label] }), SynapseLabelQuadOnDLS.fromEnum(quadEnum(h, row, q)));
    }
  }
}
// crossbar: L2 input k feeds only PADI buses k (top) and 4+k (bottom); neuron outputs go to the FPGA only
for (let k = 0; k < 4; k++) {
  for (let o = 0; o < 8; o++) img.writeContainer(o % 4 === k ? new CrossbarNode() : DROP_ALL, node(8 + k, o));
}
for (let i = 0; i < 8; i++) for (const o of [i % 4, 4 + (i % 4)]) img.writeContainer(DROP_ALL, node(i, o));

// Poisson input trains: 256 sources at 20 kHz, merged in time order
const rate = 20_000 / 125_000_000; // per cycle
const events: Array<[number, number]> = [];
for (let i = 0; i < 256; i++) {
  const d = i >> 1;
  const label = ((d & 3) << 14) | ((d >> 2) << 6) | (i & 1);
  for (let t = 0; ; ) {
    t += -Math.log(1 - rng.uniform()) / rate;
    if (t >= cycles) break;
    events.push([Math.floor(t), label]);
  }
}
events.sort((a, b) => a[0] - b[0]);
const setupMs = performance.now() - setupStart;

let spikes = 0;
const out: PhysicsOutput = {
  spike(): void {
    spikes++;
  },
  madcSample(): void {},
};
// executor-like driving: advance to each input's cycle, then inject it (default grid-step mode)
const cpuSeconds = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1e6;
const cpu1 = process.cpuUsage();
const start = performance.now();
for (const [time, label] of events) {
  model.advance(time, out);
  model.injectSpike(label, time);
}
model.advance(cycles, out);
const wallS = (performance.now() - start) / 1000;
const cpuS = cpuSeconds(process.cpuUsage(cpu1));
const spikesExecutorLike = spikes;

// block-wise driving: queue 1 us of input at a time, then advance (grid-aligned steps only)
const model2 = new BehaviouralChipModel(img, { seed: 1, step });
img.attach(model2);
spikes = 0;
const cpu2 = process.cpuUsage();
const start2 = performance.now();
let next = 0;
for (let c = 125; c <= cycles; c += 125) {
  while (next < events.length && events[next]![0] < c) {
    model2.injectSpike(events[next]![1], events[next]![0]);
    next++;
  }
  model2.advance(c, out);
}
const wall2 = (performance.now() - start2) / 1000;
const cpu2S = cpuSeconds(process.cpuUsage(cpu2));
const spikesBlock = spikes;

// executor-like driving with exact partial steps (state lands on every requested cycle)
const model3 = new BehaviouralChipModel(img, { seed: 1, step, exactSteps: true });
img.attach(model3);
spikes = 0;
const cpu3 = process.cpuUsage();
const start3 = performance.now();
for (const [time, label] of events) {
  model3.advance(time, out);
  model3.injectSpike(label, time);
}
model3.advance(cycles, out);
const wall3 = (performance.now() - start3) / 1000;
const cpu3S = cpuSeconds(process.cpuUsage(cpu3));

const hwS = cycles * 8e-9;
console.log(`sim-physics: 512 neurons, 2x256x256 random synapses, 256 Poisson inputs @ 20 kHz, step ${step} cycles`);
console.log(`  setup (registers + cache fill)  ${setupMs.toFixed(0)} ms`);
console.log(`  hardware time                   ${(hwS * 1e3).toFixed(2)} ms (${(hwS * 1e3).toFixed(0)} s bio)`);
console.log(`  wall time                       ${wallS.toFixed(3)} s   (Brian2 cpp_standalone anchor 0.76 s, Node loop 0.91 s)`);
console.log(`  cpu time                        ${cpuS.toFixed(3)} s   (process user+system: the figure to compare on a loaded machine)`);
console.log(`  wall / HW                       ${(wallS / hwS).toFixed(1)}x slower than BSS2 (hw/wall ratio ${(hwS / wallS).toExponential(3)})`);
console.log(`  input events                    ${events.length} (${(events.length / wallS / 1e6).toFixed(2)} M/s)`);
console.log(`  synaptic events                 ${model.stats.synapticEvents} (${(model.stats.synapticEvents / wallS / 1e6).toFixed(1)} M/s)`);
console.log(`  output spikes                   ${spikesExecutorLike} (mean rate ${(spikesExecutorLike / 512 / hwS / 1e3).toFixed(1)} kHz HW = ${(spikesExecutorLike / 512 / (hwS * 1e3)).toFixed(1)} Hz bio)`);
console.log(`  block-wise driving (1 us)       ${wall2.toFixed(3)} s wall, ${cpu2S.toFixed(3)} s cpu, ${(wall2 / hwS).toFixed(1)}x, ${spikesBlock} spikes`);
console.log(`  executor-like, exactSteps       ${wall3.toFixed(3)} s wall, ${cpu3S.toFixed(3)} s cpu, ${(wall3 / hwS).toFixed(1)}x, ${spikes} spikes`);
