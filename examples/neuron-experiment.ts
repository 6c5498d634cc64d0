/**
 * Register-level experiment with lola + stadls on the simulator: one neuron whose leak potential lies above
 * its threshold fires regularly; its membrane is recorded with the MADC and its spikes through the crossbar.
 * The measured period is compared with the LIF prediction from the CapMem codes (sim_model.md transfer laws).
 *
 * Run alone: node --conditions=bss2-source --import tsx examples/neuron-experiment.ts
 */
import type { Connection } from '@bss2/fisch';
import { Chip, EventRoutingPreset } from '@bss2/lola';
import { runExperiment, SystemInit } from '@bss2/stadls';

/** CapMem voltage code -> membrane potential in CADC units (the simulator's documented calibration). */
const potential = (code: number) => 20 + ((code - 70) * 200) / 480;

export interface NeuronExperimentResult {
  readonly spikes: number;
  readonly measuredPeriodUs: number;
  readonly predictedPeriodUs: number;
  readonly madcSamples: number;
  readonly madcMin: number;
  readonly madcMax: number;
}

export async function neuronExperiment(connection: Connection): Promise<NeuronExperimentResult> {
  const leak = 900;
  const reset = 300;
  const threshold = 600;
  const leakBias = 150; // tau_mem = 10 us * 500 / code
  const refractoryTicks = 250; // ticks of the 125 MHz refractory clock: 2 us

  const chip = new Chip();
  chip.neuronBlock.neuron(0, 0).set({
    leak: { vLeak: leak, iBias: leakBias },
    threshold: { enable: true, vThreshold: threshold },
    reset: { vReset: reset, iBias: 1022, enableMultiplication: true }, // fast reset: tau_reset = 0.06 us
    membraneCapacitance: { capacitance: 63 },
    refractoryPeriod: { refractoryTime: refractoryTicks },
    eventRouting: { ...EventRoutingPreset.enabled, address: 7 },
    readout: { enableAmplifier: true, enableBufferedAccess: true, source: 'membrane' },
  });
  chip.readoutChain.inputMux[0].neuronEven[0] = true; // neuron (0, 0) onto the MADC
  chip.readoutChain.madc.numberOfSamples = 10_000;

  const result = await runExperiment(connection, chip, { init: SystemInit.forSimulation(), durationUs: 300, madc: true, capmemSettlingUs: 1000 });

  const times = result.spikes.map((s) => s.chipTime / 125);
  const intervals = times.slice(1).map((t, i) => t - times[i]!);
  const measured = intervals.length > 0 ? intervals.reduce((a, b) => a + b, 0) / intervals.length : NaN;
  const tau = (10 * 500) / leakBias;
  const predicted = refractoryTicks / 125 + tau * Math.log((potential(leak) - potential(reset)) / (potential(leak) - potential(threshold)));
  const values = result.madcSamples.map((s) => s.value);
  return {
    spikes: times.length,
    measuredPeriodUs: measured,
    predictedPeriodUs: predicted,
    madcSamples: values.length,
    madcMin: Math.min(...values),
    madcMax: Math.max(...values),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { SimConnection } = await import('@bss2/sim');
  const connection = new SimConnection();
  try {
    console.log(await neuronExperiment(connection));
  } finally {
    await connection.close();
  }
}
