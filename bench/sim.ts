/**
 * SimConnection end-to-end benchmark (sim_model.md 5.5): 512 LIF neurons, 256 Poisson inputs at 20 kHz HW
 * (20 Hz bio), every input connected to every neuron through the full synapse array (131 072 synapses,
 * random 6-bit weights), 10 ms of hardware time. The whole path is measured: a register-level program
 * (configuration writes encoded per haldls.md section 3, timed spike packs, the run) goes through
 * `SimConnection.execute` and the responses are decoded by fisch.
 *
 * Usage: npx tsx bench/sim.ts [--hw-ms 10] [--rate-khz 20] [--seed 1] [--register-only]
 * (--register-only replaces the chip model by one without dynamics: the executor/transport share alone)
 */
import { BarrierMask, PlaybackProgramBuilder, run, type PlaybackProgram } from '@bss2/fisch';
import { lookupRegister } from '@bss2/haldls';
import { defaultChipModelFactory, createRegisterOnlyChipModel, SimConnection } from '@bss2/sim';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new RangeError(`--${name} must be a positive number, got ${process.argv[i + 1]}`);
  return v;
}

const HW_MS = arg('hw-ms', 10);
const RATE_KHZ = arg('rate-khz', 20);
const SEED = arg('seed', 1) >>> 0;
const CYCLES_PER_MS = 125_000;
const NEURONS = 512;
const INPUTS = 256;

/** Deterministic xorshift PRNG. */
function rng(seed: number): () => number {
  let s = seed || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

// ---- register encodings (haldls.md section 3) ----------------------------------------------------------

const capmemBase = [0x0014_0000, 0x0014_8000, 0x0015_0000, 0x0015_8000];
const neuronConfigBase = [0x0016_0000, 0x0016_8000, 0x0017_0000, 0x0017_8000];
const backendBase = [0x001a_1000, 0x001a_9000];
/** SRAM weight bit permutation (its own inverse): bit 5 stays, bits 4..0 reversed. */
const permuteWeight = (w: number): number => (w & 0x20) | ((w & 1) << 4) | ((w & 2) << 2) | (w & 4) | ((w & 8) >> 2) | ((w & 16) >> 4);
/** CapMem DAC code for a CADC-unit potential (calix default mapping 70 -> 20, 550 -> 220). */
const cadcToCapmem = (cadc: number): number => Math.round(70 + (cadc - 20) * 2.4);

function configure(b: PlaybackProgramBuilder, random: () => number): number {
  let synapses = 0;
  // neuron backends: refractory clock 250 MHz / 2^(4+1) = 7.8 MHz, 2 us = 16 counts
  for (const base of [0x001a_1800, 0x001a_9800]) b.writeOmnibus(base, 0x1 | 0x4 | (4 << 4) | (4 << 8) | (0xf << 12));
  for (let n = 0; n < NEURONS; n++) {
    const row = n >> 8;
    const col = n & 255;
    const quadrant = row * 2 + (col >> 7);
    const local = col & 127;
    const nc = neuronConfigBase[quadrant]! + 8 * local + 2;
    b.writeOmnibus(nc + 0, 0);
    b.writeOmnibus(nc + 1, 0);
    b.writeOmnibus(nc + 2, 1 << 5 | 1 << 4); // small synaptic-input capacitances
    b.writeOmnibus(nc + 3, 63 << 2); // membrane capacitor 63
    b.writeOmnibus(nc + 4, (1 << 2) | (1 << 3) | (1 << 5) | (1 << 4)); // fire, threshold, exc + inh input
    b.writeOmnibus(nc + 5, 0);
    // backend: address_out = column (inverted), refractory 16 (inverted), holdoff 15, spike out
    const block = col >> 7;
    const bl = row * 128 + (col & 127);
    const a = ~col & 0xff;
    const r = ~16 & 0xff;
    const nb = backendBase[block]! + 4 * bl;
    b.writeOmnibus(nb + 0, (a >> 2) | (3 << 6));
    b.writeOmnibus(nb + 1, (r >> 4) | ((a & 3) << 4) | (3 << 6));
    b.writeOmnibus(nb + 2, ((r & 0xf) << 2) | (1 << 7));
    b.writeOmnibus(nb + 3, 1 << 4);
    // analog parameters (CapMem rows, haldls.md 4.1): leak 80, reset 70, threshold 125 CADC; biases mid-range
    const cm = capmemBase[quadrant]! + local * 32;
    b.writeOmnibus(cm + 0, cadcToCapmem(80));
    b.writeOmnibus(cm + 1, cadcToCapmem(70));
    b.writeOmnibus(cm + 2, cadcToCapmem(125));
    // bias codes per the physics transfer laws (sim/src/physics/transfer.ts): tau_m = 10 us * 500 / code at
    // C = 63 -> 500; tau_syn = 10 us * 500 / code -> 5 us = 1000; fastest reset 1022; OTA gm 70 scales one
    // event of weight w to w * 0.35 * 70/500 = 0.049 w CADC LSB of drive (fluctuation-driven regime)
    b.writeOmnibus(cm + 8, 500);
    b.writeOmnibus(cm + 9, 1022);
    b.writeOmnibus(cm + 10, 1000);
    b.writeOmnibus(cm + 13, 70);
    b.writeOmnibus(cm + 14, 1000);
    b.writeOmnibus(cm + 17, 70);
  }
  for (const base of capmemBase) b.writeOmnibus(base + 128 * 32 + 8, 600); // syn_i_bias_dac
  for (let h = 0; h < 2; h++) {
    const padi = h === 0 ? 0x0011_0000 : 0x0011_8000;
    b.writeOmnibus(padi + 1, 0xf); // all buses take SPL1 (crossbar) events
    for (let d = 0; d < 128; d++) {
      // receiver on, exact row-select match, address out, both rows excitatory
      b.writeOmnibus(padi + 0x400 + 4 * d, (1 << 15) | (31 << 9));
      b.writeOmnibus(padi + 0x400 + 4 * d + 1, (0x3f << 8) | (1 << 4) | (1 << 5));
      b.writeOmnibus(padi + 0x400 + 4 * d + 2, 0x40);
    }
    const syn = 0x0200_0000 + h * 0x0100_0000 + 0xc0_0000;
    for (let q = 0; q < 64; q++) b.writeOmnibus(syn + (1 << 16) + 16384 + q, 0x0101_0101); // column current switches (exc)
    for (let rowIdx = 0; rowIdx < 256; rowIdx++) {
      // input i -> row i: the driver's two rows see addresses 0 (even row) and 1 (odd row)
      const label = rowIdx & 1;
      for (let q = 0; q < 64; q++) {
        let w0 = 0;
        for (let e = 0; e < 4; e++) w0 = (w0 << 8) | permuteWeight(Math.floor(random() * 64));
        b.writeOmnibus(syn + (0xf << 16) + rowIdx * 128 + q, w0 >>> 0);
        b.writeOmnibus(syn + (0xf << 16) + rowIdx * 128 + 64 + q, (label * 0x0101_0101) >>> 0);
        synapses += 4;
      }
    }
  }
  // crossbar: L2 input k reaches PADI buses k (top) and 4+k (bottom); neuron outputs go to the L2 outputs only
  const node = (enumIndex: number, pass: boolean): void => b.writeOmnibus(0x0013_0019 + enumIndex, pass ? 0 : 0x0001_0000);
  for (let n = 0; n < 8; n++) {
    node(3 * n + 0, false);
    node(3 * n + 1, false);
    node(3 * n + 2, true);
  }
  for (let k = 0; k < 4; k++) {
    for (let out = 0; out < 8; out++) node(24 + 9 * k + out, out % 4 === k);
    node(24 + 9 * k + 8, false);
  }
  for (let e = 60; e < 76; e++) node(e, false);
  return synapses;
}

/** Poisson spike trains: per input, exponential inter-spike intervals at `rateKhz`. */
function poissonInput(random: () => number, cycles: number, rateKhz: number): { times: number[]; labels: number[] } {
  const meanCycles = CYCLES_PER_MS / rateKhz;
  const events: [number, number][] = [];
  for (let i = 0; i < INPUTS; i++) {
    const d = i >> 1;
    const label = ((d % 4) << 14) | ((d >> 2) << 6) | (i & 1);
    for (let t = -Math.log(1 - random()) * meanCycles; t < cycles; t += -Math.log(1 - random()) * meanCycles) {
      events.push([Math.floor(t), label]);
    }
  }
  events.sort((a, b) => a[0] - b[0]);
  return { times: events.map((e) => e[0]), labels: events.map((e) => e[1]) };
}

function buildProgram(): { program: PlaybackProgram; synapses: number; inputSpikes: number; configWrites: number } {
  const random = rng(SEED);
  const b = new PlaybackProgramBuilder();
  b.message({ type: 'timing.SystimeInit', value: true });
  b.barrier(BarrierMask.systime);
  const before = b.sizeToFpga();
  const synapses = configure(b, random);
  const configWrites = (b.sizeToFpga() - before) / 2;
  b.writeOmnibus(0x8800_0005, 1); // event recording on
  b.resetTimer();
  const start = 1000; // 8 us after the timer reset
  const hwCycles = Math.round(HW_MS * CYCLES_PER_MS);
  const { times, labels } = poissonInput(random, hwCycles, RATE_KHZ);
  const group: number[] = [];
  for (let i = 0; i < times.length; i++) {
    group.push(labels[i]!);
    if (i + 1 < times.length && times[i + 1] === times[i] && group.length < 3) continue;
    b.waitUntil(start + times[i]!);
    b.spikes(group);
    group.length = 0;
  }
  b.waitUntil(start + hwCycles);
  return { program: b.done(), synapses, inputSpikes: times.length, configWrites };
}

const registerOnly = process.argv.includes('--register-only');
const usesPhysics = !registerOnly && defaultChipModelFactory !== createRegisterOnlyChipModel;
console.log(
  `network: ${NEURONS} LIF neurons (leak 80 / reset 70 / threshold 125 CADC, tau_m 10 us, tau_syn 5 us, refractory 16 x 128 ns), ` +
    `${INPUTS} Poisson inputs at ${RATE_KHZ} kHz HW (${RATE_KHZ} Hz bio), all-to-all feed-forward over both synapse ` +
    `arrays with uniform random 6-bit excitatory weights, no recurrence; ${HW_MS} ms HW time; seed ${SEED}`,
);
console.log(`chip model: ${usesPhysics ? 'physics (createChipModel)' : 'register-only (physics package not available)'}`);
const tb0 = performance.now();
const { program, synapses, inputSpikes, configWrites } = buildProgram();
const tb1 = performance.now();
console.log(
  `program: ${program.size} instructions (${configWrites} config writes, ${synapses} synapses, ${inputSpikes} input spikes), built in ${(tb1 - tb0).toFixed(0)} ms`,
);
// haldls' register table (which the simulator's register file consults) is built on first use, once per
// process; build it here so its cost is reported on its own instead of hiding inside the first run
const tt0 = performance.now();
const tableUsed = lookupRegister(0x0014_0000) !== undefined;
const tableMs = performance.now() - tt0;

interface Measured {
  wallS: number;
  cpuS: number;
  info: Awaited<ReturnType<typeof run>>;
  stats: NonNullable<SimConnection['lastProgramStats']>;
}
async function measure(): Promise<Measured> {
  const conn = new SimConnection(registerOnly ? { seed: SEED, chipModel: createRegisterOnlyChipModel } : { seed: SEED });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const info = await run(conn, program);
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  return { wallS, cpuS: (cpu.user + cpu.system) / 1e6, info, stats: conn.lastProgramStats! };
}
// run 1: first SimConnection run in the process (JIT cold, per-process register caches empty);
// run 2: the same program on a fresh SimConnection in the same process (warm)
const first = await measure();
const outSpikes = program.spikes.length;
const second = await measure();
const hwS = HW_MS / 1000;
const line = (label: string, m: Measured): string => {
  const execMs = m.info.timeInfo.executionNs / 1e6;
  return (
    `${label}: wall ${m.wallS.toFixed(3)} s, cpu ${m.cpuS.toFixed(3)} s (execution ${execMs.toFixed(0)} ms, commit ${(m.info.timeInfo.commitNs / 1e6).toFixed(1)} ms, ` +
    `response encode ${(m.info.timeInfo.decodeNs / 1e6).toFixed(1)} ms, fisch decode ${(m.info.playbackDecodeNs / 1e6).toFixed(1)} ms); ` +
    `hw/wall ratio ${(hwS / m.wallS).toExponential(3)} (${(m.wallS / hwS).toFixed(1)}x slower than BSS2); ` +
    `${((inputSpikes + outSpikes) / m.wallS / 1e6).toFixed(3)} M spike events/s, ${(m.stats.instructions / m.wallS / 1e6).toFixed(2)} M instructions/s`
  );
};
console.log(`haldls register table build (once per process, before the runs): ${tableMs.toFixed(0)} ms${tableUsed ? '' : ' (table not in use)'}`);
console.log(line('run 1 (cold)', first));
console.log(line('run 2 (warm)', second));
console.log(
  `simulated ${((first.stats.endCycle - first.stats.startCycle) / CYCLES_PER_MS).toFixed(2)} ms FPGA time (${HW_MS} ms of network activity); ` +
    `events: ${inputSpikes} in, ${outSpikes} out (${(outSpikes / NEURONS / hwS / 1000).toFixed(2)} Hz bio mean rate); ` +
    `first run in a fresh process incl. table build: ${(tableMs / 1000 + first.wallS).toFixed(3)} s`,
);
console.log('reference: Brian2 cpp_standalone 0.76 s, plain Node.js loop 0.91 s for 10 ms HW on a 2-core machine (sim_model.md 5.5)');
