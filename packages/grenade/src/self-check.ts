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
  const expected: string[] = [];
  const occupied = new Set<number>();
  ei.projections.forEach((projection, p) => {
    const pre = ei.populations[projection.pre.index]!;
    const post = ei.populations[projection.post.index]!;
    if (post.kind !== 'neurons') return fail(`projection ${p} targets a non-neuron population`);
    const routed = routing.connections[p]!;
    if (routed.length !== projection.connections.pre.length) fail(`projection ${p}: ${routed.length} routed connections for ${projection.connections.pre.length}`);
    const receptor = projection.receptor === 'excitatory' ? 'E' : 'I';
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
        expected.push(`${pre.ref.index}:${preIndex}|${target}|${receptor}|${s.weight}`);
      }
      if (total !== projection.connections.weight[c]) fail(`projection ${p} connection ${c}: hardware weights sum to ${total}, requested ${projection.connections.weight[c]}`);
      if (synapses.length === 0) fail(`projection ${p} connection ${c} has no hardware synapse`);
    });
  });

  const propagator = new LabelPropagator(routing);
  const actual: string[] = [];
  const propagate = (sourceKey: string, input: number, label: number): void => {
    for (const hit of propagator.propagate(input, label).hits) {
      if (hit.mode === 'disabled') fail(`source ${sourceKey} reaches a synapse in disabled row ${hit.row} of hemisphere ${hit.hemisphere}`);
      actual.push(`${sourceKey}|${hit.target}|${hit.mode === 'excitatory' ? 'E' : 'I'}|${hit.weight}`);
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
  expected.sort();
  actual.sort();
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] !== actual[i]) fail(`connectum mismatch: requested ${expected[i]}, hardware realises ${actual[i]} (source|target atomic neuron|receptor|weight)`);
  }
}
