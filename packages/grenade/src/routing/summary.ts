/** Human-readable summary of a routing result (for logs, the CLI and debugging). */
import { CROSSBAR_NODES, DROP_ALL } from '../hardware.js';
import type { InstanceRouting } from './result.js';

export function formatRouting(routing: InstanceRouting): string {
  const s = routing.statistics;
  const lines = [
    `execution instance ${routing.instance}: ${s.synapses} synapses in ${s.synapseRows} rows, ${s.synapseDrivers} synapse drivers, ` +
      `${s.sourceChunks} source chunks, routed in ${s.durationMs.toFixed(1)} ms`,
    `  PADI buses: ${routing.padiBuses.map((b) => `${b >> 2 ? 'bottom' : 'top'}/${b % 4}`).join(', ') || 'none'}`,
    `  neuron event outputs: ${routing.eventOutputs.join(', ') || 'none'}`,
  ];
  const open = CROSSBAR_NODES.map((n, i) => ({ ...n, config: routing.crossbar[i]! })).filter((n) => n.config.mask !== DROP_ALL.mask || n.config.target !== DROP_ALL.target);
  lines.push(`  crossbar nodes open: ${open.map((n) => `${n.input}->${n.output}${n.config.mask ? ` (mask 0x${n.config.mask.toString(16)}, target 0x${n.config.target.toString(16)})` : ''}`).join(', ') || 'none'}`);
  for (const d of routing.synapseDrivers) {
    lines.push(`  driver ${d.driver}: compare mask 0b${d.mask.toString(2).padStart(5, '0')}, rows top=${d.rowModes[0]} bottom=${d.rowModes[1]}`);
  }
  for (const [population, labels] of routing.externalLabels) {
    const used = labels.filter((l) => l.length > 0).length;
    lines.push(`  external population ${population}: ${used}/${labels.length} neurons with labels`);
  }
  for (const [population, generators] of routing.backgroundGenerators) {
    for (const g of generators) lines.push(`  background population ${population}: generator ${g.source}, label 0x${g.neuronLabel.toString(16)}, mask 0x${g.mask.toString(16)}${g.routed ? '' : ' (not routed)'}${g.recorded ? ', recorded' : ''}`);
  }
  return lines.join('\n');
}
