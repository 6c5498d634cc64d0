/**
 * Compilation: routing + self-check of every execution instance, with reuse of an earlier compilation when
 * only weights (or background generator settings) changed - then nothing is rerouted, the logical weights
 * are only re-split over the already placed hardware synapses.
 */
import { checkNumber, checkUint } from '@bss2/fisch';
import { splitWeight, synapsesForWeight } from './routing/weight-split.js';
import { routeInstance, type RouterOptions } from './routing/router.js';
import type { InstanceRouting, PlacedSynapse } from './routing/result.js';
import { verifyRouting } from './self-check.js';
import type { ExecutionInstance, Network, Population } from './network.js';

export interface CompileOptions extends RouterOptions {
  /** Skip the connectum self-check (default false; the check is cheap relative to routing). */
  readonly skipSelfCheck?: boolean;
  /** A previous compilation to reuse if the network's routing-relevant structure is unchanged. */
  readonly previous?: CompiledNetwork;
}

export interface CompileTimings {
  readonly routingMs: number;
  readonly selfCheckMs: number;
  /** True if the routing was reused from `previous` (only weights were re-split). */
  readonly reused: boolean;
}

export interface CompiledNetwork {
  readonly network: Network;
  readonly routing: ReadonlyMap<number, InstanceRouting>;
  readonly timings: CompileTimings;
}

/** Routes (or re-weights) and self-checks `network`. */
export function compile(network: Network, options: CompileOptions = {}): CompiledNetwork {
  checkUint('RouterOptions.seed', options.seed ?? 0, 32);
  checkNumber('RouterOptions.timeoutMs', options.timeoutMs ?? 0, 0, 3_600_000);
  const previous = options.previous;
  // The very same (immutable) network: nothing to route, re-split or check again.
  if (previous && previous.network === network) {
    return { ...previous, timings: { routingMs: 0, selfCheckMs: 0, reused: true } };
  }
  const exported = new Map<number, Set<number>>();
  for (const p of network.interInstanceProjections) {
    const set = exported.get(p.pre.instance) ?? new Set<number>();
    set.add(p.pre.index);
    exported.set(p.pre.instance, set);
  }
  let routingMs = 0;
  let selfCheckMs = 0;
  const reused = previous !== undefined && !requiresRouting(network, previous);
  const routing = new Map<number, InstanceRouting>();
  for (const id of network.instanceOrder) {
    const instance = network.instances.get(id)!;
    const t0 = performance.now();
    const routed = reused
      ? reweight(instance, previous.routing.get(id)!)
      : routeInstance(instance, { ...options, exported: exported.get(id) ?? new Set() });
    const t1 = performance.now();
    if (!options.skipSelfCheck) verifyRouting(instance, routed);
    selfCheckMs += performance.now() - t1;
    routingMs += t1 - t0;
    routing.set(id, routed);
  }
  return { network, routing, timings: { routingMs, selfCheckMs, reused } };
}

/** New routing with the same placement whose synapse weights realise the instance's current weights. */
export function reweight(instance: ExecutionInstance, routing: InstanceRouting): InstanceRouting {
  const connections: PlacedSynapse[][][] = instance.projections.map((projection, p) =>
    projection.connections.weight.map((w, c) => {
      const placed = routing.connections[p]![c]!;
      const parts = splitWeight(w, placed.length, `projection ${p} (instance ${instance.id}) connection ${c} weight`);
      return placed.map((s, i) => ({ ...s, weight: parts[i]! }));
    }),
  );
  return { ...routing, connections };
}

function samePopulation(a: Population, b: Population): boolean {
  if (a.kind !== b.kind || a.size !== b.size || a.record !== b.record) return false;
  if (a.kind === 'neurons' && b.kind === 'neurons') {
    return a.placement.every((n, i) => n === b.placement[i]) && a.receptors.join() === b.receptors.join();
  }
  if (a.kind === 'background' && b.kind === 'background') {
    // Generator settings (period, rate, seed) need no rerouting, but the random mode changes label masks.
    return a.buses[0] === b.buses[0] && a.buses[1] === b.buses[1] && a.config.random === b.config.random;
  }
  return true;
}

/**
 * True if `network` cannot reuse `previous`'s routing: any structural difference (instances, populations,
 * projections' endpoints/receptors/connection lists, recordings, inter-instance sources) or a weight that
 * now needs more hardware synapses than were placed for it. Unlike upstream, inter-instance projection
 * changes are detected.
 */
export function requiresRouting(network: Network, previous: CompiledNetwork): boolean {
  const old = previous.network;
  if (network === old) return false;
  if (network.instances.size !== old.instances.size) return true;
  const exportedKey = (n: Network): string => n.interInstanceProjections.map((p) => `${p.pre.instance}/${p.pre.index}`).sort().join();
  if (exportedKey(network) !== exportedKey(old)) return true;
  for (const [id, ei] of network.instances) {
    const before = old.instances.get(id);
    const routed = previous.routing.get(id);
    if (!before || !routed) return true;
    if (ei.populations.length !== before.populations.length || ei.projections.length !== before.projections.length) return true;
    if (!ei.populations.every((p, i) => samePopulation(p, before.populations[i]!))) return true;
    for (let p = 0; p < ei.projections.length; p++) {
      const a = ei.projections[p]!;
      const b = before.projections[p]!;
      if (a.pre.index !== b.pre.index || a.post.index !== b.post.index || a.receptor !== b.receptor) return true;
      const n = a.connections.pre.length;
      if (n !== b.connections.pre.length) return true;
      const placed = routed.connections[p]!;
      for (let c = 0; c < n; c++) {
        if (a.connections.pre[c] !== b.connections.pre[c] || a.connections.post[c] !== b.connections.post[c]) return true;
        if (synapsesForWeight(a.connections.weight[c]!) > placed[c]!.length) return true;
      }
    }
    const recKey = (e: ExecutionInstance): string =>
      JSON.stringify([e.madc?.neurons.map((r) => [r.population.index, r.neuron, r.source]), e.cadc?.neurons.map((r) => [r.population.index, r.neuron, r.source]), e.cadc?.placementOnDram]);
    if (recKey(ei) !== recKey(before)) return true;
  }
  return false;
}

/** A logical connection with the hardware synapses realising it. */
export interface PlacedConnection {
  readonly pre: number;
  readonly post: number;
  readonly weight: number;
  readonly synapses: readonly PlacedSynapse[];
}

/** The connections of `projection` with their hardware synapses (rows, columns, weight shares, labels). */
export function placedConnections(compiled: CompiledNetwork, projection: { readonly instance: number; readonly index: number }): PlacedConnection[] {
  const instance = compiled.network.instances.get(projection.instance);
  const p = instance?.projections[projection.index];
  const routed = compiled.routing.get(projection.instance)?.connections[projection.index];
  if (!p || !routed) throw new RangeError(`projection ${projection.index} of instance ${projection.instance} is not part of this compilation`);
  return p.connections.pre.map((pre, c) => ({ pre, post: p.connections.post[c]!, weight: p.connections.weight[c]!, synapses: routed[c]! }));
}

/** Resource usage and compile durations (upstream NetworkGraphStatistics). */
export interface NetworkStatistics {
  readonly instances: ReadonlyMap<number, {
    readonly neurons: number;
    readonly neuronUsage: number;
    readonly synapses: number;
    readonly synapseUsage: number;
    readonly synapseDrivers: number;
    readonly synapseDriverUsage: number;
  }>;
  readonly constructionMs: number;
  readonly routingMs: number;
  readonly selfCheckMs: number;
}

export function networkStatistics(compiled: CompiledNetwork): NetworkStatistics {
  const instances = new Map<number, NetworkStatistics['instances'] extends ReadonlyMap<number, infer V> ? V : never>();
  for (const [id, routing] of compiled.routing) {
    let neurons = 0;
    for (const p of compiled.network.instances.get(id)!.populations) if (p.kind === 'neurons') neurons += p.size;
    instances.set(id, {
      neurons,
      neuronUsage: neurons / 512,
      synapses: routing.statistics.synapses,
      synapseUsage: routing.statistics.synapses / 131072,
      synapseDrivers: routing.statistics.synapseDrivers,
      synapseDriverUsage: routing.statistics.synapseDrivers / 256,
    });
  }
  return { instances, constructionMs: compiled.network.constructionMs, routingMs: compiled.timings.routingMs, selfCheckMs: compiled.timings.selfCheckMs };
}
