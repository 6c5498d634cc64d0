/**
 * The examples the README points to run and produce what they claim (full stack on the simulator).
 */
import t from 'tap';
import { SimConnection } from '@bss2/sim';
import { neuronExperiment } from '../examples/neuron-experiment.js';
import { registerBasics } from '../examples/register-basics.js';
import { networkBasics } from '../examples/network-basics.js';

t.test('neuron experiment: regular firing at the LIF-predicted period, membrane on the MADC', async (t) => {
  const connection = new SimConnection();
  try {
    const r = await neuronExperiment(connection);
    t.ok(r.spikes > 10, `${r.spikes} spikes`);
    t.ok(Math.abs(r.measuredPeriodUs - r.predictedPeriodUs) / r.predictedPeriodUs < 0.02, `period ${r.measuredPeriodUs} us vs predicted ${r.predictedPeriodUs} us`);
    t.ok(r.madcSamples > 1000, 'MADC recorded');
    t.ok(r.madcMax - r.madcMin > 100, 'membrane swings between reset and threshold');
  } finally {
    await connection.close();
  }
});

t.test('register basics: the README example writes and reads back a synapse quad', async (t) => {
  const connection = new SimConnection();
  try {
    t.same(await registerBasics(connection), { weights: [0, 0, 61, 0], labels: [0, 0, 63, 0] });
  } finally {
    await connection.close();
  }
});

t.test('network basics: the README example compiles and runs a 100 -> 64 all-to-all network', async (t) => {
  const connection = new SimConnection();
  try {
    const spikes = await networkBasics(connection);
    t.equal(spikes.length, 64, 'one spike train per neuron');
    t.ok(spikes.every((train) => train.length > 0), 'every neuron fires');
    t.ok(spikes.flat().every((c) => c >= 0 && c <= 12_500), 'spike times inside the runtime');
  } finally {
    await connection.close();
  }
});
