/**
 * The README's network example: 100 inputs all-to-all onto 64 neurons, compiled by grenade and run.
 * Run alone: node --conditions=bss2-source --import tsx examples/network-basics.ts
 */
import type { Connection } from '@bss2/fisch';
import { NetworkBuilder, allToAll, run } from '@bss2/grenade';

export async function networkBasics(connection: Connection): Promise<number[][]> {
  const net = new NetworkBuilder();
  const inputs = net.addExternalSource(100);
  const layer = net.addPopulation(64, { record: true });
  net.addProjection(inputs, layer, allToAll({ weight: 20 }));
  // every input fires every 10 us (1250 FPGA cycles), inputs staggered by 100 ns
  const perNeuronTimes = Array.from({ length: 100 }, (_, i) => Array.from({ length: 10 }, (_, k) => 1250 * k + 12 * i));
  const result = await run(connection, net.done(), { spikes: [{ population: inputs, times: perNeuronTimes }] }, { runtime: 12_500 });
  return result.spikes(layer)[0]!; // [neuron] -> spike times in FPGA cycles (batch entry 0)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { SimConnection } = await import('@bss2/sim');
  const connection = new SimConnection();
  try {
    const t0 = performance.now();
    const spikes = await networkBasics(connection);
    console.log(`${spikes.flat().length} spikes of 64 neurons in 100 us hardware time (${(performance.now() - t0).toFixed(0)} ms wall)`);
  } finally {
    await connection.close();
  }
}
