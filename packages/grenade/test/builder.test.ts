import t, { type Test } from 'tap';
import { InvalidArgumentError, ValueRangeError, ValueTypeError } from '@bss2/fisch';
import {
  allToAll,
  fromList,
  getPopulation,
  NetworkBuilder,
  NetworkCapacityError,
  NetworkDescriptionError,
  oneToOne,
  topologicalOrder,
} from '@bss2/grenade';

function throwsIf(t: Test, f: () => unknown, predicate: (e: unknown) => boolean, message?: string): void {
  try {
    f();
    t.fail(message ?? 'expected an error');
  } catch (e) {
    t.ok(predicate(e), message ?? String(e));
  }
}

function rule(r: string) {
  return (e: unknown) => e instanceof NetworkDescriptionError && e.rule === r;
}

t.test('populations get sequential references per instance and the network is frozen', (t) => {
  const b = new NetworkBuilder();
  const a = b.addExternalSource(3);
  const p = b.addPopulation(2, { record: true });
  const q = b.addPopulation(2, { instance: 1 });
  t.same([a.index, p.index, q.index], [0, 1, 0]);
  t.equal(q.instance, 1);
  const proj = b.addProjection(a, p, allToAll({ weight: 5 }));
  t.same(proj, { instance: 0, index: 0 });
  const net = b.done();
  t.same(net.instanceOrder, [0, 1]);
  t.ok(Object.isFrozen(net));
  t.ok(Object.isFrozen(net.instances.get(0)!.projections[0]!.connections.weight));
  const pop = getPopulation(net, p);
  t.equal(pop.kind, 'neurons');
  if (pop.kind === 'neurons') t.same(pop.placement, [0, 1], 'first-fit automatic placement');
  const other = getPopulation(net, q);
  if (other.kind === 'neurons') t.same(other.placement, [0, 1], 'instances place independently');
  t.throws(() => getPopulation(net, { instance: 5, index: 0, kind: 'neurons', size: 1 }), RangeError);
  t.ok(net.constructionMs >= 0);
  // The builder is reusable after done().
  const again = b.done();
  t.equal(again.instances.size, 0);
  t.end();
});

t.test('explicit placement is validated and automatic placement avoids it', (t) => {
  const b = new NetworkBuilder();
  b.addPopulation(2, { placement: [0, 2] });
  const auto = b.addPopulation(3);
  throwsIf(t, () => b.addPopulation(2, { placement: [5, 5] }), rule('neuron-unique'));
  throwsIf(t, () => b.addPopulation(1, { placement: [2] }), rule('neuron-unique'));
  throwsIf(t, () => b.addPopulation(2, { placement: [1] }), rule('placement-size'));
  t.throws(() => b.addPopulation(1, { placement: [512] }), ValueRangeError);
  t.throws(() => b.addPopulation(0), ValueRangeError);
  t.throws(() => b.addPopulation(1.5), ValueRangeError);
  throwsIf(t, () => b.addPopulation(1, { receptors: [] }), rule('receptors'));
  t.throws(() => b.addPopulation(1, { receptors: ['both' as 'excitatory'] }), ValueTypeError);
  t.throws(() => b.addPopulation(1, { record: 1 as unknown as boolean }), ValueTypeError);
  t.throws(() => b.addPopulation(1, { instance: -1 }), ValueRangeError);
  const net = b.done();
  const p = getPopulation(net, auto);
  if (p.kind === 'neurons') t.same(p.placement, [1, 3, 4]);
  t.end();
});

t.test('neuron permutation and placement capacity', (t) => {
  const perm = Array.from({ length: 512 }, (_, i) => 511 - i);
  const b = new NetworkBuilder({ neuronPermutation: perm });
  const p = b.addPopulation(2);
  const net = b.done();
  const pop = getPopulation(net, p);
  if (pop.kind === 'neurons') t.same(pop.placement, [511, 510]);
  throwsIf(t, () => new NetworkBuilder({ neuronPermutation: [0, 0] }), rule('permutation'));
  throwsIf(t, () => new NetworkBuilder({ neuronPermutation: [0, 1] }), rule('permutation'));
  const full = new NetworkBuilder();
  full.addPopulation(300);
  full.addPopulation(300);
  throwsIf(t, () => full.done(), (e: unknown) => e instanceof NetworkCapacityError && /atomic neurons/.test(e.message));
  t.end();
});

t.test('background sources', (t) => {
  const b = new NetworkBuilder();
  const bg = b.addBackgroundSource(64, { random: true, seed: 3, rate: 100, period: 200, buses: { top: 1 } });
  throwsIf(t, () => b.addBackgroundSource(1, { buses: { top: 1 } }), rule('background-bus-unique'));
  throwsIf(t, () => b.addBackgroundSource(3, { random: true }), rule('background-size'));
  throwsIf(t, () => b.addBackgroundSource(2), rule('background-size'));
  throwsIf(t, () => b.addBackgroundSource(1, { buses: {} }), rule('background-bus'));
  t.throws(() => b.addBackgroundSource(1, { buses: { bottom: 4 } }), ValueRangeError);
  t.throws(() => b.addBackgroundSource(1, { period: 70000 }), ValueRangeError);
  t.throws(() => b.addBackgroundSource(1, { rate: 256 }), ValueRangeError);
  t.throws(() => b.addBackgroundSource(1, { seed: -1 }), ValueRangeError);
  const auto = b.addBackgroundSource(1);
  const auto2 = b.addBackgroundSource(1);
  const net = b.done();
  const pop = getPopulation(net, bg);
  if (pop.kind === 'background') {
    t.same(pop.buses, { 0: 1 });
    t.same(pop.config, { period: 200, rate: 100, seed: 3, random: true });
  }
  const a = getPopulation(net, auto);
  if (a.kind === 'background') t.same(a.buses, { 0: 3, 1: 3 }, 'highest free bus in both hemispheres');
  const a2 = getPopulation(net, auto2);
  if (a2.kind === 'background') t.same(a2.buses, { 0: 2, 1: 2 }, 'bus 1 top is taken explicitly');
  const full = new NetworkBuilder();
  for (let i = 0; i < 4; i++) full.addBackgroundSource(1);
  full.addBackgroundSource(1);
  t.throws(() => full.done(), NetworkCapacityError);
  t.end();
});

t.test('projection validation', (t) => {
  const b = new NetworkBuilder();
  const ext = b.addExternalSource(3);
  const p = b.addPopulation(2);
  const exc = b.addPopulation(2, { receptors: ['excitatory'] });
  const other = b.addPopulation(2, { instance: 1 });
  throwsIf(t, () => b.addProjection(ext, ext, allToAll()), rule('post-on-chip'));
  throwsIf(t, () => b.addProjection(ext, other, allToAll()), rule('same-instance'));
  throwsIf(t, () => b.addProjection({ instance: 0, index: 9, kind: 'neurons', size: 2 }, p, allToAll()), rule('population-exists'));
  throwsIf(t, () => b.addProjection({ instance: 7, index: 0, kind: 'neurons', size: 2 }, { instance: 7, index: 1, kind: 'neurons', size: 2 }, allToAll()), rule('instance-exists'));
  throwsIf(t, () => b.addProjection(ext, exc, allToAll(), { receptor: 'inhibitory' }), rule('receptor-available'));
  t.throws(() => b.addProjection(ext, p, allToAll(), { receptor: 'shunting' as 'excitatory' }), ValueTypeError);
  throwsIf(t, () => b.addProjection(ext, p, fromList([[3, 0, 1]])), (e: unknown) => e instanceof ValueRangeError && /connections\[0\]\.pre/.test(e.message));
  throwsIf(t, () => b.addProjection(ext, p, fromList([[0, 2, 1]])), (e: unknown) => e instanceof ValueRangeError && /post/.test(e.message));
  throwsIf(t, () => b.addProjection(ext, p, fromList([[0, 1, -1]])), (e: unknown) => e instanceof ValueRangeError && /weight/.test(e.message));
  t.throws(() => b.addProjection(ext, p, fromList([[0, 1, 1.5]])), ValueRangeError);
  throwsIf(t, () => b.addProjection(ext, p, fromList([[0, 1, 1], [0, 1, 2]])), rule('connection-unique'));
  t.throws(() => b.addProjection(ext, p, oneToOne({ weight: 1 })), InvalidArgumentError);
  throwsIf(t, () => b.addProjection(ext, p, () => ({ pre: [0], post: [], weight: [] })), rule('connector-shape'));
  t.throws(() => b.addProjection(ext, p, allToAll({ weight: [[1]] })), InvalidArgumentError);
  // Large weights are accepted (split later), the same pair in two projections is a multapse.
  b.addProjection(ext, p, fromList([[0, 1, 1000], [1, 1]]));
  b.addProjection(ext, p, fromList([[0, 1, 5]]), { receptor: 'inhibitory' });
  b.addProjection(p, p, allToAll({ weight: (i, j) => i + j }));
  const net = b.done();
  const projections = net.instances.get(0)!.projections;
  t.same(projections[0]!.connections, { pre: [0, 1], post: [1, 1], weight: [1000, 0] });
  t.equal(projections[1]!.receptor, 'inhibitory');
  t.same(projections[2]!.connections.weight, [0, 1, 1, 2]);
  t.end();
});

t.test('recordings', (t) => {
  const b = new NetworkBuilder();
  const ext = b.addExternalSource(2);
  const p = b.addPopulation(4, { placement: [0, 1, 2, 4] });
  throwsIf(t, () => b.addMadcRecording([{ population: p, neuron: 0 }], { instance: 3 }), rule('instance-exists'));
  throwsIf(t, () => b.addMadcRecording([]), rule('madc-size'));
  throwsIf(t, () => b.addMadcRecording([{ population: p, neuron: 0 }, { population: p, neuron: 1 }, { population: p, neuron: 2 }]), rule('madc-size'));
  throwsIf(t, () => b.addMadcRecording([{ population: ext, neuron: 0 }]), rule('on-chip'));
  t.throws(() => b.addMadcRecording([{ population: p, neuron: 4 }]), ValueRangeError);
  throwsIf(t, () => b.addMadcRecording([{ population: p, neuron: 0 }, { population: p, neuron: 0, source: 'exc_synin' }]), rule('neuron-unique'));
  throwsIf(t, () => b.addMadcRecording([{ population: p, neuron: 0 }, { population: p, neuron: 2 }]), rule('madc-parity'));
  t.throws(() => b.addMadcRecording([{ population: p, neuron: 0, source: 'voltage' as 'membrane' }]), ValueTypeError);
  throwsIf(t, () => b.addMadcRecording([{ population: { ...p, instance: 1 }, neuron: 0 }]), rule('same-instance'));
  b.addMadcRecording([{ population: p, neuron: 0 }, { population: p, neuron: 1, source: 'exc_synin' }]);
  throwsIf(t, () => b.addMadcRecording([{ population: p, neuron: 3 }]), rule('single-madc'));
  throwsIf(t, () => b.addCadcRecording([]), rule('cadc-size'));
  throwsIf(t, () => b.addCadcRecording([{ population: p, neuron: 1 }]), rule('readout-source-conflict'));
  b.addCadcRecording([{ population: p, neuron: 1, source: 'exc_synin' }, { population: p, neuron: 3 }], { placementOnDram: true });
  throwsIf(t, () => b.addCadcRecording([{ population: p, neuron: 2 }]), rule('single-cadc'));
  const net = b.done();
  const ei = net.instances.get(0)!;
  t.equal(ei.madc!.neurons.length, 2);
  t.equal(ei.cadc!.placementOnDram, true);
  t.equal(ei.cadc!.neurons[1]!.source, 'membrane');

  const auto = new NetworkBuilder();
  const q = auto.addPopulation(3);
  auto.addMadcRecording([{ population: q, neuron: 0 }, { population: q, neuron: 2 }]);
  throwsIf(t, () => auto.done(), rule('madc-parity'), 'parity of automatically placed neurons is checked in done()');
  t.end();
});

t.test('inter-instance projections and instance order', (t) => {
  const b = new NetworkBuilder();
  const a = b.addPopulation(2, { instance: 2 });
  const x = b.addExternalSource(2, { instance: 1 });
  const y = b.addExternalSource(2, { instance: 2 });
  const p1 = b.addPopulation(2, { instance: 1 });
  throwsIf(t, () => b.addInterInstanceProjection(a, { ...a, index: 5 }, oneToOne(), { delay: 1 }), rule('different-instances'));
  throwsIf(t, () => b.addInterInstanceProjection(a, p1, oneToOne(), { delay: 1 }), rule('post-external'));
  throwsIf(t, () => b.addInterInstanceProjection(y, x, oneToOne(), { delay: 1 }), rule('pre-emits'));
  t.throws(() => b.addInterInstanceProjection(a, x, oneToOne(), { delay: -1 }), ValueRangeError);
  throwsIf(t, () => b.addInterInstanceProjection(a, x, fromList([[0, 0], [0, 0]]), { delay: 1 }), rule('connection-unique'));
  throwsIf(t, () => b.addInterInstanceProjection(a, { instance: 9, index: 0, kind: 'external', size: 1 }, oneToOne(), { delay: 1 }), rule('instance-exists'));
  t.equal(b.addInterInstanceProjection(a, x, oneToOne(), { delay: (i) => 100 + i }), 0);
  throwsIf(t, () => b.addInterInstanceProjection(p1, y, oneToOne(), { delay: 1 }), rule('acyclic'));
  const net = b.done();
  t.same(net.instanceOrder, [2, 1]);
  t.same(net.interInstanceProjections[0]!.connections.delay, [100, 101]);
  t.same(topologicalOrder([0, 1], [[0, 1], [1, 0]]), null);
  t.same(topologicalOrder([3, 1, 2], []), [1, 2, 3]);
  t.end();
});
