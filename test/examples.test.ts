/**
 * The examples the README points to run and produce what they claim (full stack on the simulator).
 */
import t from 'tap';
import { SimConnection } from '@bss2/sim';
import { neuronExperiment } from '../examples/neuron-experiment.js';
import { registerBasics } from '../examples/register-basics.js';

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
