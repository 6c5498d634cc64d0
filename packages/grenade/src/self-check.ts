/**
 * Self-check of a routed configuration: every source's events are propagated through the configured
 * crossbar nodes, synapse drivers (row-select compare under the mask), row modes and synapse labels, and
 * the resulting connectum must equal the requested one exactly (as multisets of
 * (source, target, receptor, hardware weight)). This is the same label propagation the simulator performs,
 * so a configuration that passes realises precisely the requested network. Failures throw.
 */
import { InvalidRoutingError } from './errors.js';
import { eventOutputOfColumn, neuronColumn } from './hardware.js';
import { LabelPropagator } from './propagation.js';
import type { ExecutionInstance } from './network.js';
import type { InstanceRouting } from './routing/result.js';

/** Recomputes the connectum from the hardware configuration and compares it with the network. */
export function verifyRouting(ei: ExecutionInstance, routing: InstanceRouting): void {
  const fail = (message: string): never => {
    throw new InvalidRoutingError(ei.id, message);
  };
  if (routing.connections.length !== ei.projections.length) fail(`${routing.connections.length} routed projections for ${ei.projections.length}`);

  // Expected connectum and the synapse occupancy index.
  // Connectum entries as numbers: ((source * 512 + target) * 2 + receptor) * 64 + weight, with a dense
  // source index, so comparing ~10^5 entries is a typed-array sort rather than string work.
  const sourceIndex = new Map<string, number>();
  const sourceId = (key: string): number => {
    let id = sourceIndex.get(key);
    if (id === undefined) sourceIndex.set(key, (id = sourceIndex.size));
    return id;
  };
  const entry = (source: string, target: number, inhibitory: boolean, weight: number): number =>
    ((sourceId(source) * 512 + target) * 2 + (inhibitory ? 1 : 0)) * 64 + weight;
  const describe = (value: number): string => {
    const weight = value % 64;
    const receptor = Math.floor(value / 64) % 2 ? 'inhibitory' : 'excitatory';
    const target = Math.floor(value / 128) % 512;
    const id = Math.floor(value / 65536);
    const source = [...sourceIndex.entries()].find(([, v]) => v === id)?.[0] ?? '?';
    return `source ${source} (population:neuron) -> atomic neuron ${target}, ${receptor}, weight ${weight}`;
  };
  const expected: number[] = [];
  const occupied = new Set<number>();
  ei.projections.forEach((projection, p) => {
    const pre = ei.populations[projection.pre.index]!;
    const post = ei.populations[projection.post.index]!;
    if (post.kind !== 'neurons') return fail(`projection ${p} targets a non-neuron population`);
    const routed = routing.connections[p]!;
    if (routed.length !== projection.connections.pre.length) fail(`projection ${p}: ${routed.length} routed connections for ${projection.connections.pre.length}`);
    const inhibitory = projection.receptor === 'inhibitory';
    projection.connections.pre.forEach((preIndex, c) => {
      const target = post.placement[projection.connections.post[c]!]!;
      const synapses = routed[c]!;
      let total = 0;
      for (const s of synapses) {
        total += s.weight;
        if (s.weight < 0 || s.weight > 63 || s.label < 0 || s.label > 63) fail(`projection ${p} connection ${c}: synapse value out of range`);
        if (s.hemisphere * 256 + s.column !== target) fail(`projection ${p} connection ${c}: synapse in column ${s.column} of hemisphere ${s.hemisphere}, target is atomic neuron ${target}`);
        const key = (s.hemisphere * 256 + s.row) * 256 + s.column;
        if (occupied.has(key)) fail(`synapse (hemisphere ${s.hemisphere}, row ${s.row}, column ${s.column}) is used twice`);
        occupied.add(key);
        expected.push(entry(`${pre.ref.index}:${preIndex}`, target, inhibitory, s.weight));
      }
      if (total !== projection.connections.weight[c]) fail(`projection ${p} connection ${c}: hardware weights sum to ${total}, requested ${projection.connections.weight[c]}`);
      if (synapses.length === 0) fail(`projection ${p} connection ${c} has no hardware synapse`);
    });
  });

  const propagator = new LabelPropagator(routing);
  const actual: number[] = [];
  const propagate = (sourceKey: string, input: number, label: number): void => {
    for (const hit of propagator.propagate(input, label).hits) {
      if (hit.mode === 'disabled') fail(`source ${sourceKey} reaches a synapse in disabled row ${hit.row} of hemisphere ${hit.hemisphere}`);
      actual.push(entry(sourceKey, hit.target, hit.mode === 'inhibitory', hit.weight));
    }
  };

  for (const pop of ei.populations) {
    if (pop.kind === 'neurons') {
      const addresses = routing.neuronAddresses.get(pop.ref.index) ?? [];
      pop.placement.forEach((n, i) => {
        const address = addresses[i];
        if (address === null || address === undefined) return;
        const output = eventOutputOfColumn(neuronColumn(n));
        propagate(`${pop.ref.index}:${i}`, output, (output << 8) | address);
      });
    } else if (pop.kind === 'external') {
      const labels = routing.externalLabels.get(pop.ref.index) ?? [];
      labels.forEach((list, i) => {
        for (const label of list) propagate(`${pop.ref.index}:${i}`, 8 + (label >> 14), label);
      });
    } else {
      for (const g of routing.backgroundGenerators.get(pop.ref.index) ?? []) {
        for (let k = 0; k < pop.size; k++) propagate(`${pop.ref.index}:${k}`, 12 + g.source, g.neuronLabel | k);
      }
    }
  }

  if (actual.length !== expected.length) {
    fail(`the configuration realises ${actual.length} synapse connections, ${expected.length} were requested`);
  }
  const want = Float64Array.from(expected).sort();
  const have = Float64Array.from(actual).sort();
  for (let i = 0; i < want.length; i++) {
    if (want[i] !== have[i]) fail(`connectum mismatch: requested ${describe(want[i]!)}, hardware realises ${describe(have[i]!)}`);
  }
}
