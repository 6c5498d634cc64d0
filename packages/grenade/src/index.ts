/**
 * @bss2/grenade: the network graph compiler. Describe a spiking network with `NetworkBuilder`, compile it
 * (placement, routing, self-check, configuration) and run it on any fisch `Connection`.
 *
 * ```ts
 * const net = new NetworkBuilder();
 * const input = net.addExternalSource(64);
 * const neurons = net.addPopulation(64, { record: true });
 * net.addProjection(input, neurons, oneToOne({ weight: 63 }));
 * const network = net.done();
 * const result = await run(connection, network, { spikes: [{ population: input, times: [[1000], ...] }] }, { runtime: 10_000 });
 * result.spikes(neurons); // [batch][neuron] -> spike times in FPGA cycles
 * ```
 */
export * from './errors.js';
export * from './hardware.js';
export * from './network.js';
export * from './connectors.js';
export * from './builder.js';
export * from './routing/weight-split.js';
export * from './routing/driver-allocation.js';
export * from './routing/result.js';
export * from './routing/router.js';
export * from './self-check.js';
export * from './propagation.js';
export * from './compile.js';
export * from './execution.js';
export * from './model-backend.js';
export * from './stadls-backend.js';
export * from './routing/summary.js';
export * from './config-plan.js';
