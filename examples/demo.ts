/**
 * bss2-os demo on the register-accurate simulator (`SimConnection`); everything below runs unchanged on
 * hardware, only the connection differs.
 *
 * Part 1, registers: one neuron configured through lola/stadls (examples/neuron-experiment.ts) fires
 * regularly; its measured period is compared with the LIF prediction from its CapMem codes.
 *
 * Part 2, networks: a two-layer spiking network compiled onto the chip by grenade:
 *
 *   100 external Poisson inputs --all-to-all, excitatory--> 64 hidden neurons --all-to-all--> 16 output neurons
 *                                                          (hidden also inhibit each other sparsely)
 *
 * Times are FPGA cycles (125 MHz); 125 cycles = 1 us of hardware time = 1 ms of biological time
 * (the chip runs 1000x faster than biology).
 */
import { SimConnection } from '@bss2/sim';
import { NetworkBuilder, allToAll, createLolaChipConfigurator, fromList, formatRouting, run, useChipConfigurator } from '@bss2/grenade';
import { neuronExperiment } from './neuron-experiment.js';

const CYCLES_PER_US = 125;
const runtimeUs = 1000; // 1 ms hardware = 1 s biological
const inputRateKHz = 20; // per input, hardware time (= 20 Hz biological)

/** Seeded Poisson spike train in FPGA cycles (deterministic demo output). */
function poissonTrain(seed: number, rateKHz: number, durationUs: number): number[] {
  let s = seed * 2654435761 + 1;
  const uniform = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) + 0.5) / 2 ** 32;
  const times: number[] = [];
  for (let tUs = -Math.log(uniform()) / rateKHz * 1000; tUs < durationUs; tUs += (-Math.log(uniform()) / rateKHz) * 1000) {
    times.push(Math.round(tUs * CYCLES_PER_US));
  }
  return times;
}

// The network description: immutable once built, validated on every call.
const net = new NetworkBuilder();
const inputs = net.addExternalSource(100);
const hidden = net.addPopulation(64, { record: true });
const output = net.addPopulation(16, { record: true });
net.addProjection(inputs, hidden, allToAll({ weight: 3 }));
net.addProjection(hidden, output, allToAll({ weight: 1 }));
// sparse lateral inhibition in the hidden layer (neuron i inhibits i+1 .. i+3)
const lateral: [number, number, number][] = [];
for (let i = 0; i < 64; i++) for (let d = 1; d <= 3; d++) lateral.push([i, (i + d) % 64, 20]);
net.addProjection(hidden, hidden, fromList(lateral), { receptor: 'inhibitory' });
const network = net.done();

const inputTimes = Array.from({ length: 100 }, (_, i) => poissonTrain(i + 1, inputRateKHz, runtimeUs));

// The chip configuration: grenade's default lola Chip configurator (routing applied onto a lola Chip whose
// network neurons carry an uncalibrated LIF preset, written through stadls). The simulator's CapMem acts at
// once, so the CapMem settling wait is shortened from the hardware's 100 ms to 240 us.
useChipConfigurator(() => createLolaChipConfigurator(), { analogSettleCycles: 30_000 });

// Part 1 on ideal circuits (the prediction holds exactly); part 2 with the simulator's seeded fixed-pattern
// noise switched on, so every neuron and synapse deviates a little as on an uncalibrated chip.
const ideal = new SimConnection({ seed: 1 });
const connection = new SimConnection({ seed: 1, fixedPatternNoise: true });
try {
  console.log('bss2-os demo on the BrainScaleS-2 simulator\n');
  console.log('== Part 1: one neuron, configured register by register (lola Chip + stadls)');
  const single = await neuronExperiment(ideal);
  console.log(`leak above threshold: ${single.spikes} spikes, period ${single.measuredPeriodUs.toFixed(2)} us (LIF prediction ${single.predictedPeriodUs.toFixed(2)} us)`);
  console.log(`membrane on the MADC: ${single.madcSamples} samples between ${single.madcMin} and ${single.madcMax}\n`);

  console.log('== Part 2: a two-layer network compiled by grenade (fixed-pattern noise on)');
  const t0 = performance.now();
  const result = await run(connection, network, { spikes: [{ population: inputs, times: inputTimes }] }, { runtime: runtimeUs * CYCLES_PER_US });
  const wallMs = performance.now() - t0;

  const rate = (trains: number[][]) => trains.reduce((n, s) => n + s.length, 0) / trains.length / (runtimeUs / 1000); // spikes per ms hw = kHz
  const hiddenSpikes = result.spikes(hidden)[0]!;
  const outputSpikes = result.spikes(output)[0]!;
  const routing = formatRouting(result.compiled.routing.get(0)!).split('\n');
  console.log([...routing.slice(0, 6), `  ... (${routing.length - 6} more lines: formatRouting(result.compiled.routing.get(0)))`].join('\n'));
  console.log(`\nhardware time   ${runtimeUs} us (= ${runtimeUs / 1000} s biological)`);
  console.log(`input rate      ${rate(inputTimes).toFixed(1)} kHz per neuron (${inputTimes.flat().length} spikes)`);
  console.log(`hidden rate     ${rate(hiddenSpikes).toFixed(1)} kHz per neuron (${hiddenSpikes.flat().length} spikes)`);
  console.log(`output rate     ${rate(outputSpikes).toFixed(1)} kHz per neuron (${outputSpikes.flat().length} spikes)`);
  console.log(`compile ${result.timings.compileMs.toFixed(1)} ms, execute ${result.timings.executeMs.toFixed(1)} ms, wall ${wallMs.toFixed(0)} ms\n`);
  const binUs = 4;
  const bins = 60;
  console.log(`output raster, first ${bins * binUs} us (one row per neuron, one column per ${binUs} us):`);
  outputSpikes.forEach((times, n) => {
    const row = new Array<string>(bins).fill('.');
    for (const c of times) {
      const bin = Math.floor(c / CYCLES_PER_US / binUs);
      if (bin < bins) row[bin] = '|';
    }
    console.log(`${String(n).padStart(3)} ${row.join('')}`);
  });
} finally {
  await ideal.close();
  await connection.close();
}
