/**
 * grenade compile-time benchmark: network construction, routing, self-check, configuration generation (the
 * encoding-free chip config plan), playback-program generation (one batch entry; with the default lola Chip
 * configurator, a full Chip write, and with the simulator-register adapter, only the registers the network
 * needs) and re-weighting for full-chip networks. Prints ms per stage.
 *
 *   npx tsx --conditions=bss2-source bench/grenade.ts
 */
import { ZeroMockConnection } from '@bss2/fisch';
import {
  allToAll,
  buildChipConfigPlan,
  compile,
  createLolaChipConfigurator,
  createSimRegisterConfigurator,
  NetworkBuilder,
  oneToOne,
  StadlsBackend,
  type ChipConfigurator,
  type Network,
} from '@bss2/grenade';

interface Case {
  readonly name: string;
  readonly build: () => Network;
}

function feedForward(pre: number, post: number, weight: number, placement?: number[]): Network {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(pre);
  const pop = b.addPopulation(post, { record: true, ...(placement ? { placement } : {}) });
  b.addProjection(input, pop, allToAll({ weight }));
  return b.done();
}

/** 256 external and 256 on-chip neurons split into `k` population pairs, all-to-all per pair (GranularitySweep). */
function granularity(k: number): Network {
  const b = new NetworkBuilder();
  const size = 256 / k;
  for (let i = 0; i < k; i++) {
    const input = b.addExternalSource(size);
    const pop = b.addPopulation(size, { record: true });
    b.addProjection(input, pop, allToAll({ weight: 63 }));
  }
  return b.done();
}

function synfire(): Network {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(1);
  const chain = Array.from({ length: 512 }, (_, i) => b.addPopulation(1, { placement: [(i * 197) % 512], record: i === 511 }));
  b.addProjection(input, chain[0]!, oneToOne({ weight: 63 }));
  for (let i = 1; i < 512; i++) b.addProjection(chain[i - 1]!, chain[i]!, oneToOne({ weight: 63 }));
  return b.done();
}

const cases: Case[] = [
  { name: 'all-to-all 256 -> 256 (one hemisphere)', build: () => feedForward(256, 256, 63) },
  { name: 'all-to-all 256 -> 512 neurons (full chip)', build: () => feedForward(256, 512, 10) },
  { name: 'synfire chain over 512 neurons', build: synfire },
  ...[1, 4, 16, 64, 256].map((k) => ({ name: `granularity: ${k} population pair(s)`, build: () => granularity(k) })),
];

console.log('case'.padEnd(44), 'build ms'.padStart(9), 'route ms'.padStart(9), 'check ms'.padStart(9), 'config ms'.padStart(10), 'lola prg ms'.padStart(11), 'sim prg ms'.padStart(11), 're-weight ms'.padStart(12), 'synapses'.padStart(9));
for (const c of cases) {
  const t0 = performance.now();
  const network = c.build();
  const buildMs = performance.now() - t0;
  const compiled = compile(network);
  // Re-compiling the same structure with different weights reuses the routing (weights are re-split only).
  const t2 = performance.now();
  for (const [id, routing] of compiled.routing) buildChipConfigPlan(network.instances.get(id)!, routing);
  const configMs = performance.now() - t2;
  const programs = (configurator: ChipConfigurator): { ms: number; messages: number } => {
    const backend = new StadlsBackend(new ZeroMockConnection(), configurator);
    const t3 = performance.now();
    let messages = 0;
    for (const [id, routing] of compiled.routing) {
      const built = backend.buildPrograms({ network, instance: network.instances.get(id)!, routing, batches: [{ events: [], duration: 1000 }], baseChip: null });
      for (const p of built.programs) messages += p.program.sizeToFpga;
    }
    return { ms: performance.now() - t3, messages };
  };
  const lola = programs(createLolaChipConfigurator());
  const simRegisters = programs(createSimRegisterConfigurator());
  const rebuilt = c.build();
  const t1 = performance.now();
  const again = compile(rebuilt, { previous: compiled, skipSelfCheck: true });
  const reweightMs = performance.now() - t1;
  if (!again.timings.reused) throw new Error('expected routing reuse');
  const synapses = [...compiled.routing.values()].reduce((a, r) => a + r.statistics.synapses, 0);
  console.log(
    c.name.padEnd(44),
    buildMs.toFixed(1).padStart(9),
    compiled.timings.routingMs.toFixed(1).padStart(9),
    compiled.timings.selfCheckMs.toFixed(1).padStart(9),
    configMs.toFixed(1).padStart(10),
    lola.ms.toFixed(1).padStart(11),
    simRegisters.ms.toFixed(1).padStart(11),
    reweightMs.toFixed(1).padStart(12),
    String(synapses).padStart(9),
    `${lola.messages} / ${simRegisters.messages} UT messages`,
  );
}
