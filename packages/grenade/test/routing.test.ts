import t, { type Test } from 'tap';
import fc from 'fast-check';
import { ValueRangeError } from '@bss2/fisch';
import {
  allocateDrivers,
  allToAll,
  buildChipConfigPlan,
  compile,
  CROSSBAR_NODES,
  crossbarNode,
  DROP_ALL,
  formatRouting,
  fromList,
  InvalidRoutingError,
  isolatingMask,
  NetworkBuilder,
  NetworkCapacityError,
  NetworkDescriptionError,
  networkStatistics,
  oneToOne,
  placedConnections,
  requiresRouting,
  routeInstance,
  routeNetwork,
  servesIsolated,
  solveBus,
  splitWeight,
  synapsesForWeight,
  UnsuccessfulRoutingError,
  verifyRouting,
  withWeights,
  type InstanceRouting,
  type Network,
} from '@bss2/grenade';

function throwsIf(t: Test, f: () => unknown, predicate: (e: unknown) => boolean, message?: string): void {
  try {
    f();
    t.fail(message ?? 'expected an error');
  } catch (e) {
    t.ok(predicate(e), message ?? String(e));
  }
}

function routeAndCheck(network: Network, seed = 0): Map<number, InstanceRouting> {
  const result = routeNetwork(network, { seed });
  for (const [id, routing] of result.instances) verifyRouting(network.instances.get(id)!, routing);
  return result.instances as Map<number, InstanceRouting>;
}

t.test('weight split never truncates', (t) => {
  t.same(splitWeight(63, 1), [63]);
  t.same(splitWeight(63, 2), [63, 0]);
  t.same(splitWeight(64, 2), [63, 1]);
  t.same(splitWeight(64, 3), [63, 1, 0]);
  t.same(splitWeight(140, 4), [63, 63, 14, 0]);
  t.same(splitWeight(0, 1), [0]);
  t.throws(() => splitWeight(140, 2), ValueRangeError);
  t.throws(() => splitWeight(126, 1), ValueRangeError, 'upstream silently truncates 126 over 1 synapse');
  t.same([0, 1, 63, 64, 126, 127].map(synapsesForWeight), [1, 1, 1, 2, 2, 3]);
  t.end();
});

t.test('per-bus driver allocation', (t) => {
  t.equal(isolatingMask(5, 5), 31);
  t.equal(isolatingMask(0, 31), 0);
  t.ok(servesIsolated(3, 3, [4, 5]));
  t.notOk(servesIsolated(0, 1, [0]), 'a driver matching another label is not isolated');
  t.notOk(servesIsolated(0, 1, [1]), 'duplicate labels are never isolated');
  const alone = solveBus([{ id: 0, label: 7, size: 32 }]);
  t.equal(alone!.get(0)!.length, 32, 'a single label may use every driver (mask 0 where needed)');
  const skewed = solveBus([{ id: 0, label: 0, size: 31 }, { id: 1, label: 31, size: 1 }]);
  t.same(skewed!.get(1), [31]);
  t.equal(solveBus([{ id: 0, label: 0, size: 31 }, { id: 1, label: 1, size: 1 }]), null, 'labels differing in one bit split the bus in halves');
  t.equal(solveBus([{ id: 0, label: 2, size: 1 }, { id: 1, label: 2, size: 1 }]), null);
  t.equal(solveBus([{ id: 0, label: 2, size: 20 }, { id: 1, label: 3, size: 13 }]), null);
  const four = solveBus([0, 1, 2, 3].map((i) => ({ id: i, label: i * 8, size: 8 })));
  t.same([...four!.values()].map((l) => l.length), [8, 8, 8, 8]);

  // Backtracking finds complementary labels for a 31 + 1 split.
  const a = allocateDrivers(
    [
      { candidates: [0], requests: [{ bus: 0, size: 31, offset: 0, id: 0 }] },
      { candidates: [1, 2, 4, 31], requests: [{ bus: 0, size: 1, offset: 0, id: 1 }] },
    ],
    { timeoutMs: 1000, instance: 0 },
  );
  t.same(a.choices, [0, 31]);
  t.equal(a.labels.get(1), 31);
  const linked = allocateDrivers(
    [
      { candidates: [0, 1], requests: [{ bus: 0, size: 2, offset: 4, id: 0 }, { bus: 4, size: 1, offset: 4, id: 1 }] },
      { candidates: [4, 5], requests: [{ bus: 4, size: 1, offset: 0, id: 2 }] },
      { candidates: [9], requests: [] },
    ],
    { timeoutMs: 1000, instance: 0 },
  );
  t.same(linked.choices, [0, 5, 9], 'a variable shared by two buses keeps one label on both');
  throwsIf(t, () => allocateDrivers(
    [
      { candidates: [3], requests: [{ bus: 1, size: 1, offset: 0, id: 0 }] },
      { candidates: [3], requests: [{ bus: 1, size: 1, offset: 0, id: 1 }] },
    ],
    { timeoutMs: 1000, instance: 2 },
  ), (e) => e instanceof UnsuccessfulRoutingError && e.instance === 2 && /bus\(es\) 1/.test(e.message));
  const many = Array.from({ length: 8 }, (_, i) => ({
    candidates: Array.from({ length: 32 }, (_, k) => k),
    requests: [{ bus: 0, size: i === 7 ? 26 : 1, offset: 0, id: i }],
  }));
  throwsIf(t, () => allocateDrivers(many, { timeoutMs: 0, instance: 0 }), (e) => e instanceof UnsuccessfulRoutingError && /within 0 ms/.test(e.message));
  t.end();
});

t.test('feed-forward networks route and pass the self-check', (t) => {
  const b = new NetworkBuilder();
  const ext = b.addExternalSource(256);
  const top = b.addPopulation(256, { record: true });
  b.addProjection(ext, top, allToAll({ weight: (i, j) => (i === j ? 63 : 0) }));
  const net = b.done();
  const routing = routeAndCheck(net).get(0)!;
  t.equal(routing.statistics.synapses, 65536);
  t.equal(routing.statistics.synapseRows, 256, 'all-to-all 256 x 256 fills the synram exactly');
  t.equal(routing.statistics.synapseDrivers, 128);
  t.equal(routing.padiBuses.length, 4);
  t.equal(routing.externalLabels.get(0)![0]!.length, 1, 'one label: targets in one hemisphere only');
  t.equal(routing.recordedLabels.size, 256);
  t.same(routing.inputColumns[1], []);
  t.ok(routing.connections[0]!.every((c) => c.length === 1));

  const both = new NetworkBuilder();
  const e2 = both.addExternalSource(4, { record: true });
  const p2 = both.addPopulation(4, { placement: [0, 256, 1, 257] });
  both.addProjection(e2, p2, oneToOne({ weight: 10 }), { receptor: 'inhibitory' });
  const r2 = routeAndCheck(both.done()).get(0)!;
  for (const labels of r2.externalLabels.get(0)!) {
    t.equal(labels.length, 1);
  }
  t.equal(r2.externalLabels.get(0)![1]![0]! & (1 << 13), 1 << 13, 'bit 13 selects the bottom PADI block');
  t.equal(r2.externalLabels.get(0)![0]![0]! & (1 << 12), 1 << 12, 'recorded external labels carry bit 12');
  t.equal(r2.crossbar[crossbarNode(8, 8)]!.mask, 1 << 12, 'L2 echo node filters on the record bit');
  t.ok(r2.synapseDrivers.every((d) => d.rowModes.includes('inhibitory')));
  const text = formatRouting(r2);
  t.match(text, /execution instance 0: 4 synapses/);
  t.match(text, /crossbar nodes open: .*8->0 \(mask 0x2000, target 0x0\)/);
  t.match(text, /external population 0: 4\/4 neurons with labels/);
  const bgText = formatRouting(routeNetwork((() => {
    const nb = new NetworkBuilder();
    nb.addBackgroundSource(1, { buses: { top: 0 } });
    return nb.done();
  })()).instances.get(0)!);
  t.match(bgText, /generator 0, label 0x2000, mask 0x0 \(not routed\)/);
  t.match(bgText, /PADI buses: none/);
  t.end();
});

t.test('multapses, recurrent internal routing and labels', (t) => {
  const b = new NetworkBuilder();
  const p = b.addPopulation(2, { record: true, placement: [3, 300] });
  b.addProjection(p, p, fromList([[0, 1, 12], [1, 0, 100], [0, 0, 54], [1, 1, 252]]));
  const net = b.done();
  const routing = routeAndCheck(net).get(0)!;
  t.same(routing.connections[0]!.map((c) => c.map((s) => s.weight)), [[12], [63, 37], [54], [63, 63, 63, 63]]);
  const addresses = routing.neuronAddresses.get(0)!;
  t.ok(addresses.every((a) => a !== null));
  t.equal(routing.recordedLabels.size, 2);
  for (const [label, where] of routing.recordedLabels) {
    const n = where.neuron === 0 ? 3 : 300;
    const output = Math.floor((n % 256) / 32);
    t.equal((label >> 8) & 7, output, 'label bits 10..8 are the event output');
    t.equal(label >> 14, output % 4, 'spl1 is the L2 output the event output feeds');
  }
  t.end();
});

t.test('synfire chain over 512 shuffled neurons', (t) => {
  const b = new NetworkBuilder();
  const input = b.addExternalSource(1);
  const order = Array.from({ length: 512 }, (_, i) => (i * 197) % 512);
  const chain = order.map((n, i) => b.addPopulation(1, { placement: [n], record: i === 511 }));
  b.addProjection(input, chain[0]!, oneToOne({ weight: 63 }));
  for (let i = 1; i < chain.length; i++) b.addProjection(chain[i - 1]!, chain[i]!, oneToOne({ weight: 63 }));
  const routing = routeAndCheck(b.done()).get(0)!;
  t.equal(routing.statistics.synapses, 512);
  t.equal(routing.eventOutputs.length, 8);
  t.end();
});

t.test('background sources', (t) => {
  const b = new NetworkBuilder();
  const poisson = b.addBackgroundSource(128, { random: true, record: true });
  const regular = b.addBackgroundSource(1, { buses: { bottom: 0 }, record: true });
  const top = b.addPopulation(128, { record: true });
  const bottom = b.addPopulation(1, { placement: [300] });
  b.addProjection(poisson, top, oneToOne({ weight: 63 }));
  b.addProjection(regular, bottom, oneToOne({ weight: 63 }));
  const net = b.done();
  const routing = routeAndCheck(net).get(0)!;
  const gens = routing.backgroundGenerators.get(0)!;
  t.equal(gens.length, 2);
  t.same(gens.map((g) => g.recorded), [true, false], 'a population on both hemispheres records only its top half');
  t.same(gens.map((g) => g.routed), [true, false]);
  t.equal(gens[0]!.mask, 127);
  t.equal((gens[0]!.neuronLabel >> 6) % 2, 0, 'two chunks use an aligned label pair');
  t.equal(routing.backgroundGenerators.get(1)![0]!.source, 4);
  t.equal(routing.recordedLabels.size, 128 + 1 + 128);

  const bad = new NetworkBuilder();
  const g = bad.addBackgroundSource(1, { buses: { top: 0 } });
  const q = bad.addPopulation(1, { placement: [400] });
  bad.addProjection(g, q, oneToOne({ weight: 1 }));
  throwsIf(t, () => bad.done(), (e) => e instanceof NetworkDescriptionError && e.rule === 'background-reach' && /atomic neuron 400 in hemisphere 1/.test(e.message));
  // The router re-checks networks assembled without the builder.
  const ok = new NetworkBuilder();
  const g2 = ok.addBackgroundSource(1, { buses: { top: 0 } });
  const q2 = ok.addPopulation(1, { placement: [4] });
  ok.addProjection(g2, q2, oneToOne({ weight: 1 }));
  const net2 = ok.done();
  const ei2 = net2.instances.get(0)!;
  const moved = { ...ei2, populations: ei2.populations.map((p) => (p.kind === 'neurons' ? { ...p, placement: [400] } : p)) };
  throwsIf(t, () => routeInstance(moved), (e) => e instanceof NetworkDescriptionError && e.rule === 'background-reach');
  t.end();
});

t.test('recorded external sources without targets get a label no driver forwards', (t) => {
  const b = new NetworkBuilder();
  const silent = b.addExternalSource(3, { record: true });
  const ext = b.addExternalSource(64);
  const p = b.addPopulation(64);
  b.addProjection(ext, p, allToAll({ weight: 1 }));
  const net = b.done();
  const routing = routeAndCheck(net).get(0)!;
  const labels = routing.externalLabels.get(silent.index)!;
  t.same(labels.map((l) => l.length), [1, 1, 1]);
  t.equal(new Set(labels.flat()).size, 3);
  t.ok(labels.flat().every((l) => (l & (1 << 12)) !== 0));
  t.end();
});

t.test('capacity checks fail early with a clear message', (t) => {
  const b = new NetworkBuilder();
  const ext = b.addExternalSource(257);
  const p = b.addPopulation(1);
  b.addProjection(ext, p, allToAll({ weight: 1 }));
  throwsIf(t, () => routeNetwork(b.done()), (e) => e instanceof NetworkCapacityError && e.required === 257 && e.available === 256 && /synapse rows/.test(e.message));

  const heavy = new NetworkBuilder();
  const e2 = heavy.addExternalSource(3);
  const q = heavy.addPopulation(1);
  heavy.addProjection(e2, q, allToAll({ weight: 63 * 86 }));
  throwsIf(t, () => routeNetwork(heavy.done()), (e) => e instanceof NetworkCapacityError && e.required === 258, 'weight splitting counts');

  // Event output 0 (columns 0..31, both rows) and event output 4 both feed bus 0.
  const bus = new NetworkBuilder();
  const group0 = bus.addPopulation(64, { placement: Array.from({ length: 64 }, (_, i) => (i < 32 ? i : 256 + i - 32)) });
  const group4 = bus.addPopulation(2, { placement: [128, 129] });
  const target = bus.addPopulation(1, { placement: [200] });
  bus.addProjection(group0, target, allToAll({ weight: 1 }));
  bus.addProjection(group4, target, allToAll({ weight: 1 }));
  throwsIf(t, () => routeNetwork(bus.done()), (e) => e instanceof NetworkCapacityError && e.resource === 'synapse drivers' && e.required === 33);

  // On-chip sources occupy every top bus; one more external source cannot be placed.
  const full = new NetworkBuilder();
  const targets = full.addPopulation(4, { placement: [160, 192, 224, 255] });
  for (let g = 0; g < 4; g++) {
    const src = full.addPopulation(64, { placement: Array.from({ length: 64 }, (_, i) => (i < 32 ? g * 32 + i : 256 + g * 32 + i - 32)) });
    full.addProjection(src, targets, fromList(Array.from({ length: 64 }, (_, i) => [i, g, 1] as [number, number, number])));
  }
  const extra = full.addExternalSource(1);
  full.addProjection(extra, targets, fromList([[0, 0, 1]]));
  throwsIf(t, () => routeNetwork(full.done()), (e) => e instanceof NetworkCapacityError && /external sources/.test(e.message) && /hemisphere 0/.test(e.message));
  t.end();
});

t.test('routing is deterministic per seed and every seed verifies', (t) => {
  const make = (): Network => {
    const b = new NetworkBuilder();
    const ext = b.addExternalSource(100);
    const hidden = b.addPopulation(64);
    const out = b.addPopulation(3, { placement: [256, 257, 258], record: true });
    b.addProjection(ext, hidden, allToAll({ weight: 5 }));
    b.addProjection(ext, hidden, allToAll({ weight: 7 }), { receptor: 'inhibitory' });
    b.addProjection(hidden, out, allToAll({ weight: 50 }));
    b.addProjection(hidden, out, allToAll({ weight: 3 }), { receptor: 'inhibitory' });
    return b.done();
  };
  const net = make();
  const strip = (r: InstanceRouting) => ({ ...r, statistics: { ...r.statistics, durationMs: 0 } });
  t.same(strip(routeAndCheck(net, 7).get(0)!), strip(routeAndCheck(make(), 7).get(0)!));
  for (const seed of [1, 2, 3]) routeAndCheck(net, seed);
  t.pass('seeds 1..3 verify');
  t.end();
});

t.test('the self-check rejects tampered configurations', (t) => {
  const b = new NetworkBuilder();
  const ext = b.addExternalSource(2);
  const p = b.addPopulation(2);
  b.addProjection(ext, p, allToAll({ weight: 126 }));
  const net = b.done();
  const ei = net.instances.get(0)!;
  const good = routeInstance(ei);
  verifyRouting(ei, good);
  const tamper = (f: (r: InstanceRouting) => InstanceRouting, why: RegExp): void => {
    throwsIf(t, () => verifyRouting(ei, f(good)), (e) => e instanceof InvalidRoutingError && why.test(e.message), why.source);
  };
  const withSynapse = (change: (s: InstanceRouting['connections'][number][number][number]) => object) => (r: InstanceRouting): InstanceRouting => ({
    ...r,
    connections: r.connections.map((proj, pi) => proj.map((c, ci) => c.map((s, si) => (pi === 0 && ci === 0 && si === 0 ? { ...s, ...change(s) } : s)))),
  });
  tamper(withSynapse((s) => ({ label: (s.label + 1) % 64 })), /realises|mismatch/);
  tamper(withSynapse(() => ({ weight: 62 })), /sum to/);
  tamper(withSynapse((s) => ({ column: s.column + 1 })), /target is atomic neuron/);
  tamper(withSynapse(() => ({ weight: 64 })), /out of range/);
  tamper((r) => ({ ...r, crossbar: CROSSBAR_NODES.map(() => DROP_ALL) }), /realises 0/);
  tamper((r) => ({ ...r, connections: [] }), /routed projections/);
  tamper((r) => ({ ...r, connections: [r.connections[0]!.slice(1)] }), /routed connections/);
  tamper((r) => ({ ...r, connections: [r.connections[0]!.map((c, i) => (i === 0 ? [] : c))] }), /sum to|no hardware synapse/);
  tamper((r) => ({ ...r, connections: [r.connections[0]!.map((c, i) => (i === 1 ? r.connections[0]![0]! : c))] }), /used twice|target is/);
  tamper((r) => ({ ...r, synapseDrivers: r.synapseDrivers.map((d) => ({ ...d, rowModes: ['disabled', 'disabled'] as const })) }), /disabled row/);
  tamper((r) => ({ ...r, synapseDrivers: r.synapseDrivers.map((d) => ({ ...d, rowModes: ['inhibitory', 'inhibitory'] as const })) }), /mismatch/);
  t.end();
});

t.test('compile reuses routing when only weights change', (t) => {
  const make = (weight: number, record = true): Network => {
    const b = new NetworkBuilder();
    const ext = b.addExternalSource(8);
    const p = b.addPopulation(8, { record });
    b.addProjection(ext, p, allToAll({ weight }));
    const x = b.addExternalSource(1, { instance: 1 });
    b.addInterInstanceProjection(p, x, fromList([[0, 0]]), { delay: 5 });
    return b.done();
  };
  const first = compile(make(100));
  t.notOk(first.timings.reused);
  t.ok(first.timings.routingMs >= 0 && first.timings.selfCheckMs >= 0);
  t.notOk(requiresRouting(first.network, first));
  const lighter = compile(make(20), { previous: first });
  t.ok(lighter.timings.reused, 'lower weights reuse the two routed synapses');
  t.same(lighter.routing.get(0)!.connections[0]![0]!.map((s) => s.weight), [20, 0]);
  t.same(lighter.routing.get(0)!.connections[0]![0]!.map((s) => s.row), first.routing.get(0)!.connections[0]![0]!.map((s) => s.row));
  t.ok(requiresRouting(make(127), first), 'a weight needing a third synapse reroutes');
  t.ok(requiresRouting(make(20, false), first), 'a changed record flag reroutes');
  const other = new NetworkBuilder();
  other.addExternalSource(8);
  t.ok(requiresRouting(other.done(), first), 'a different instance set reroutes');
  const placed = placedConnections(lighter, { instance: 0, index: 0 });
  t.equal(placed.length, 64);
  t.same({ pre: placed[9]!.pre, post: placed[9]!.post, weight: placed[9]!.weight, shares: placed[9]!.synapses.map((s) => s.weight) }, { pre: 1, post: 1, weight: 20, shares: [20, 0] });
  t.throws(() => placedConnections(lighter, { instance: 0, index: 3 }), RangeError);
  const stats = networkStatistics(first);
  t.same(stats.instances.get(0), { neurons: 8, neuronUsage: 8 / 512, synapses: 128, synapseUsage: 128 / 131072, synapseDrivers: first.routing.get(0)!.statistics.synapseDrivers, synapseDriverUsage: first.routing.get(0)!.statistics.synapseDrivers / 256 });
  t.ok(stats.routingMs > 0 && stats.constructionMs >= 0 && stats.selfCheckMs > 0);
  t.same(compile(first.network, { previous: first }).timings, { routingMs: 0, selfCheckMs: 0, reused: true }, 'the identical network is not recompiled');
  const heavier = compile(make(127), { previous: first });
  t.notOk(heavier.timings.reused);
  t.same(heavier.routing.get(0)!.connections[0]![0]!.map((s) => s.weight), [63, 63, 1]);
  t.end();
});

t.test('property: random networks either route with a valid connectum or fail with a routing error', (t) => {
  fc.assert(
    fc.property(
      fc.record({
        externals: fc.integer({ min: 1, max: 80 }),
        sizes: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 4 }),
        projections: fc.array(
          fc.record({ pre: fc.nat(), post: fc.nat(), density: fc.double({ min: 0.05, max: 1, noNaN: true }), weight: fc.integer({ min: 0, max: 200 }), inh: fc.boolean() }),
          { maxLength: 6 },
        ),
        background: fc.boolean(),
        seed: fc.integer({ min: 0, max: 1000 }),
      }),
      (spec) => {
        const b = new NetworkBuilder();
        const pops = [b.addExternalSource(spec.externals)];
        if (spec.background) pops.push(b.addBackgroundSource(64, { random: true }));
        const neurons = spec.sizes.map((s) => b.addPopulation(s, { record: true }));
        pops.push(...neurons);
        let state = spec.seed + 1;
        const rnd = (): number => {
          state = (state * 1103515245 + 12345) % 2147483648;
          return state / 2147483648;
        };
        for (const p of spec.projections) {
          const pre = pops[p.pre % pops.length]!;
          const post = neurons[p.post % neurons.length]!;
          const list: [number, number, number][] = [];
          for (let i = 0; i < pre.size; i++) for (let j = 0; j < post.size; j++) if (rnd() < p.density) list.push([i, j, p.weight]);
          b.addProjection(pre, post, fromList(list), { receptor: p.inh ? 'inhibitory' : 'excitatory' });
        }
        const net = b.done();
        try {
          const compiled = compile(net, { seed: spec.seed, timeoutMs: 200 });
          return compiled.routing.size === 1;
        } catch (e) {
          if (e instanceof UnsuccessfulRoutingError) return true;
          throw e;
        }
      },
    ),
    { numRuns: 40, seed: 42 },
  );
  t.pass('40 random networks');
  t.end();
});

t.test('chip configuration plan', (t) => {
  const make = (weight: number): Network => {
    const b = new NetworkBuilder();
    const ext = b.addExternalSource(4);
    const pop = b.addPopulation(4, { record: true, placement: [0, 40, 300, 511] });
    b.addProjection(ext, pop, allToAll({ weight }));
    const bg = b.addBackgroundSource(1, { period: 500, rate: 3, seed: 9, buses: { top: 2 } });
    b.addProjection(bg, pop, fromList([[0, 0, 63]]));
    return b.done();
  };
  const net = make(100);
  const compiled = compile(net);
  const ei = net.instances.get(0)!;
  const routing = compiled.routing.get(0)!;
  const plan = buildChipConfigPlan(ei, routing);
  const sum = (a: Uint8Array) => a.reduce((x, y) => x + y, 0);
  t.equal(sum(plan.synapseWeights[0]!) + sum(plan.synapseWeights[1]!), 16 * 100 + 63, 'hardware weights add up to the logical ones');
  t.equal(plan.synapseDrivers.filter((d) => d.enableReceiver).length, routing.synapseDrivers.length);
  t.equal(plan.synapseDrivers.length, 256);
  t.same(plan.neurons.filter((n) => n.enableSpikeOut).length, 4);
  t.ok(plan.neurons[300]!.enableSynapticInputExcitatory);
  t.notOk(plan.neurons[1]!.enableSynapticInputExcitatory);
  t.same(plan.backgroundSources[2], { enable: true, enableRandom: false, period: 500, rate: 3, seed: 9, mask: 0, neuronLabel: routing.backgroundGenerators.get(2)![0]!.neuronLabel });
  t.notOk(plan.backgroundSources[0]!.enable);
  t.same(plan.padiBusEnableSpl1.map((x, i) => (x ? i : -1)).filter((i) => i >= 0), routing.padiBuses);
  t.same(plan.eventOutputs, [true, true, false, false, false, false, false, true]);
  const placed = routing.connections[0]![0]![0]!;
  t.equal(plan.synapseLabels[placed.hemisphere]![placed.row * 256 + placed.column], placed.label);

  const lighter = compile(make(10), { previous: compiled });
  const replanned = withWeights(plan, lighter.routing.get(0)!);
  t.equal(replanned.crossbarNodes, plan.crossbarNodes, 'everything but the weights is shared');
  t.equal(replanned.synapseLabels, plan.synapseLabels);
  t.equal(sum(replanned.synapseWeights[0]!) + sum(replanned.synapseWeights[1]!), 16 * 10 + 63);
  t.end();
});
