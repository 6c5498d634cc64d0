/**
 * Self-check of a routed configuration: every source's events are propagated through the configured
 * crossbar nodes, synapse drivers (row-select compare under the mask), row modes and synapse labels, and
 * the resulting connectum must equal the requested one exactly (as multisets of
 * (source, target, receptor, hardware weight)). This is the same label propagation the simulator performs,
 * so a configuration that passes realises precisely the requested network. Failures throw.
 */
import { InvalidRoutingError } from './errors.js';
import {
  CROSSBAR_NODES,
  crossbarPasses,
  DRIVERS_PER_HEMISPHERE,
  driverForwards,
  eventOutputOfColumn,
  neuronColumn,
  rowSelectOfLabel,
  synapseLabelOfLabel,
  type RowMode,
} from './hardware.js';
import type { ExecutionInstance } from './network.js';
import type { InstanceRouting } from './routing/result.js';

interface Hit {
  readonly column: number;
  readonly label: number;
  readonly weight: number;
}

/** Recomputes the connectum from the hardware configuration and compares it with the network. */
export function verifyRouting(ei: ExecutionInstance, routing: InstanceRouting): void {
  const fail = (message: string): never => {
    throw new InvalidRoutingError(ei.id, message);
  };
  if (routing.connections.length !== ei.projections.length) fail(`${routing.connections.length} routed projections for ${ei.projections.length}`);

  // Expected connectum and the synapse occupancy index.
  const expected: string[] = [];
  const rowsIndex = new Map<number, Hit[]>(); // (hemisphere * 256 + row) * 64 + label -> synapses
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
        const slot = (s.hemisphere * 256 + s.row) * 64 + s.label;
        const list = rowsIndex.get(slot) ?? [];
        list.push({ column: s.column, label: s.label, weight: s.weight });
        rowsIndex.set(slot, list);
        expected.push(`${pre.ref.index}:${preIndex}|${target}|${receptor}|${s.weight}`);
      }
      if (total !== projection.connections.weight[c]) fail(`projection ${p} connection ${c}: hardware weights sum to ${total}, requested ${projection.connections.weight[c]}`);
      if (synapses.length === 0) fail(`projection ${p} connection ${c} has no hardware synapse`);
    });
  });

  // Driver configuration per PADI bus.
  const driversByBus = new Map<number, { position: number; mask: number; modes: readonly [RowMode, RowMode]; local: number }[]>();
  for (const d of routing.synapseDrivers) {
    const h = Math.floor(d.driver / DRIVERS_PER_HEMISPHERE);
    const local = d.driver % DRIVERS_PER_HEMISPHERE;
    const bus = h * 4 + (local % 4);
    const list = driversByBus.get(bus) ?? [];
    list.push({ position: local >> 2, mask: d.mask, modes: d.rowModes, local });
    driversByBus.set(bus, list);
  }

  const actual: string[] = [];
  const propagate = (sourceKey: string, input: number, label: number): void => {
    CROSSBAR_NODES.forEach(({ input: nodeInput, output }, node) => {
      if (nodeInput !== input || output >= 8 || !crossbarPasses(routing.crossbar[node]!, label)) return;
      const h = output >> 2;
      const rowSelect = rowSelectOfLabel(label);
      const synapseLabel = synapseLabelOfLabel(label);
      for (const driver of driversByBus.get(output) ?? []) {
        if (!driverForwards(driver.position, driver.mask, rowSelect)) continue;
        const rows: [number, RowMode][] = [[2 * driver.local + 1, driver.modes[0]], [2 * driver.local, driver.modes[1]]];
        for (const [row, mode] of rows) {
          for (const hit of rowsIndex.get((h * 256 + row) * 64 + synapseLabel) ?? []) {
            if (mode === 'disabled') fail(`source ${sourceKey} reaches a synapse in disabled row ${row} of hemisphere ${h}`);
            actual.push(`${sourceKey}|${h * 256 + hit.column}|${mode === 'excitatory' ? 'E' : 'I'}|${hit.weight}`);
          }
        }
      }
    });
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
