/**
 * The greedy router: maps one execution instance onto the chip.
 *
 * 1. Every connection becomes max(1, ceil(w/63)) hardware synapses on its target neuron (weight split).
 * 2. Capacity checks fail fast (rows per neuron, rows per bus, drivers per bus) with a NetworkCapacityError.
 * 3. Sources are grouped into chunks of <= 64 (the 6-bit synapse-label space) per PADI bus:
 *    internal neurons by event output (their bus is fixed by the column), background generators by
 *    population (their bus is the generator's), external sources linearly over the buses of each target
 *    hemisphere while drivers remain.
 * 4. Each chunk needs ceil((max exc in-degree + max inh in-degree) / 2) drivers; labels and drivers are
 *    chosen by `allocateDrivers` (backtracking label search, exact per-bus matching, time bound).
 * 5. Rows of a chunk's drivers are sorted: the first ones excitatory, then inhibitory; the j-th synapse a
 *    target receives from a chunk with receptor r uses the j-th row of r. Crossbar nodes are opened only
 *    where events are needed.
 *
 * Deterministic: the only freedom (label candidate order) is permuted by a seeded PRNG.
 */
import { checkNumber, checkUint } from '@bss2/fisch';
import { NetworkCapacityError, NetworkDescriptionError, UnsuccessfulRoutingError } from '../errors.js';
import {
  BUSES_PER_HEMISPHERE,
  CROSSBAR_NODES,
  DRIVERS_PER_BUS,
  DRIVERS_PER_HEMISPHERE,
  DROP_ALL,
  driverForwards,
  eventOutputOfColumn,
  NEURONS,
  neuronColumn,
  neuronRow,
  PASS_ALL,
  ROWS_PER_HEMISPHERE,
  SYNAPSE_LABELS,
  spikeLabel,
  type CrossbarNodeConfig,
  type RowMode,
} from '../hardware.js';
import { describePopulation, type ExecutionInstance, type Network } from '../network.js';
import { allocateDrivers, isolatingMask, type LabelVariable } from './driver-allocation.js';
import type { BackgroundGenerator, InstanceRouting, PlacedSynapse, RoutingResult, SynapseDriverConfig } from './result.js';
import { splitWeight, synapsesForWeight } from './weight-split.js';

export interface RouterOptions {
  /** Seed permuting label candidates (default 0 = natural order). Same seed, same result. */
  readonly seed?: number;
  /** Bound of the driver-allocation label search per instance in ms (default 2000). */
  readonly timeoutMs?: number;
}

export interface InstanceRouterOptions extends RouterOptions {
  /** Populations whose spikes must reach the host although not recorded (inter-instance sources). */
  readonly exported?: ReadonlySet<number>;
  /**
   * Hardware synapses per [projection][connection] to use instead of ceil(w/63) (reuse of an earlier
   * routing with changed weights; must be >= what the new weight needs).
   */
  readonly synapseCounts?: readonly (readonly number[])[];
}

const enum SourceClass {
  Internal = 0,
  Background = 1,
  External = 2,
}

/** Mulberry32: tiny deterministic PRNG for candidate permutation. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function permuted(values: number[], random: (() => number) | null): number[] {
  if (!random) return values;
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}

interface Chunk {
  readonly id: number;
  readonly cls: SourceClass;
  readonly hemisphere: number;
  /** Local bus 0..3. */
  readonly bus: number;
  /** Source key -> index in chunk (= synapse label). */
  readonly members: Map<number, number>;
  exc: number;
  inh: number;
}

/** Routes every execution instance of `network` in dependency order. */
export function routeNetwork(network: Network, options: RouterOptions = {}): RoutingResult {
  const start = performance.now();
  const exported = new Map<number, Set<number>>();
  for (const p of network.interInstanceProjections) {
    const set = exported.get(p.pre.instance) ?? new Set<number>();
    set.add(p.pre.index);
    exported.set(p.pre.instance, set);
  }
  const instances = new Map<number, InstanceRouting>();
  for (const id of network.instanceOrder) {
    const instance = network.instances.get(id)!;
    instances.set(id, routeInstance(instance, { ...options, exported: exported.get(id) ?? new Set() }));
  }
  return { instances, durationMs: performance.now() - start };
}

/** Routes one execution instance. */
export function routeInstance(ei: ExecutionInstance, options: InstanceRouterOptions = {}): InstanceRouting {
  const start = performance.now();
  const id = ei.id;
  const seed = checkUint('RouterOptions.seed', options.seed ?? 0, 32);
  const timeoutMs = checkNumber('RouterOptions.timeoutMs', options.timeoutMs ?? 2000, 0, 3_600_000);
  const random = seed ? prng(seed) : null;
  const exported = options.exported ?? new Set<number>();

  // --- 1. hardware synapses ------------------------------------------------------------------------
  const synProj: number[] = [];
  const synConn: number[] = [];
  const synWeight: number[] = [];
  const synTarget: number[] = [];
  const synReceptor: number[] = [];
  const synClass: SourceClass[] = [];
  const synSource: number[] = [];
  const indegree = new Int32Array(NEURONS);
  ei.projections.forEach((projection, p) => {
    const pre = ei.populations[projection.pre.index]!;
    const post = ei.populations[projection.post.index]!;
    if (post.kind !== 'neurons') throw new Error('unreachable: post is validated on-chip');
    const receptor = projection.receptor === 'excitatory' ? 0 : 1;
    const { pre: preIdx, post: postIdx, weight } = projection.connections;
    for (let c = 0; c < preIdx.length; c++) {
      const count = options.synapseCounts?.[p]?.[c] ?? synapsesForWeight(weight[c]!);
      const parts = splitWeight(weight[c]!, count, `projection ${p} (instance ${id}) connection ${c} weight`);
      const target = post.placement[postIdx[c]!]!;
      let cls: SourceClass;
      let source: number;
      if (pre.kind === 'neurons') {
        cls = SourceClass.Internal;
        source = pre.placement[preIdx[c]!]!;
      } else if (pre.kind === 'background') {
        cls = SourceClass.Background;
        source = pre.ref.index * 256 + preIdx[c]!;
        if (pre.buses[neuronRow(target)] === undefined) {
          throw new NetworkDescriptionError(`projection ${p} (instance ${id})`, 'background-reach',
            `${describePopulation(pre.ref)} has no generator in hemisphere ${neuronRow(target)} of target atomic neuron ${target}`);
        }
      } else {
        cls = SourceClass.External;
        source = pre.ref.index * 0x100000 + preIdx[c]!;
      }
      for (const part of parts) {
        synProj.push(p);
        synConn.push(c);
        synWeight.push(part);
        synTarget.push(target);
        synReceptor.push(receptor);
        synClass.push(cls);
        synSource.push(source);
        indegree[target]!++;
      }
    }
  });
  const nSyn = synProj.length;

  const neuronName = new Map<number, string>();
  for (const pop of ei.populations) {
    if (pop.kind === 'neurons') pop.placement.forEach((n, i) => neuronName.set(n, `atomic neuron ${n} (neuron ${i} of population ${pop.ref.index})`));
  }

  // --- 2. fail-fast capacity checks ----------------------------------------------------------------
  for (let n = 0; n < NEURONS; n++) {
    if (indegree[n]! > ROWS_PER_HEMISPHERE) {
      throw new NetworkCapacityError(id, 'synapse rows', indegree[n]!, ROWS_PER_HEMISPHERE, `${neuronName.get(n)} with its in-degree (hardware synapses)`);
    }
  }

  // --- 3. chunks --------------------------------------------------------------------------------------
  const chunks: Chunk[] = [];
  const newChunk = (cls: SourceClass, hemisphere: number, bus: number): Chunk => {
    const chunk: Chunk = { id: chunks.length, cls, hemisphere, bus, members: new Map(), exc: 0, inh: 0 };
    chunks.push(chunk);
    return chunk;
  };
  // Per-source list of synapse indices, for degree computation.
  const synapsesOf = new Map<number, number[]>();
  const keyOf = (s: number): number => synClass[s]! * 2 ** 40 + synSource[s]!;
  for (let s = 0; s < nSyn; s++) {
    const key = keyOf(s);
    let list = synapsesOf.get(key);
    if (!list) synapsesOf.set(key, (list = []));
    list.push(s);
  }
  // Degree counters (per target * 2 + receptor), reset per chunk via the touched list.
  const counter = new Int32Array(NEURONS * 2);
  const touched: number[] = [];
  const addToChunk = (chunk: Chunk, key: number, hemisphere: number): void => {
    for (const s of synapsesOf.get(key) ?? []) {
      const t = synTarget[s]!;
      if (neuronRow(t) !== hemisphere) continue;
      const slot = t * 2 + synReceptor[s]!;
      if (counter[slot] === 0) touched.push(slot);
      const v = ++counter[slot]!;
      if (synReceptor[s] === 0) chunk.exc = Math.max(chunk.exc, v);
      else chunk.inh = Math.max(chunk.inh, v);
    }
  };
  const removeFromChunk = (key: number, hemisphere: number): void => {
    for (const s of synapsesOf.get(key) ?? []) {
      if (neuronRow(synTarget[s]!) === hemisphere) counter[synTarget[s]! * 2 + synReceptor[s]!]!--;
    }
  };
  const resetCounters = (): void => {
    for (const slot of touched) counter[slot] = 0;
    touched.length = 0;
  };
  const driversOf = (c: { exc: number; inh: number }): number => Math.ceil((c.exc + c.inh) / 2);
  const busUsage = new Int32Array(8);

  // Internal: emitting neurons per event output.
  const emitting = new Set<number>();
  for (let s = 0; s < nSyn; s++) if (synClass[s] === SourceClass.Internal) emitting.add(synSource[s]!);
  const recordedNeuron = new Set<number>();
  for (const pop of ei.populations) {
    if (pop.kind === 'neurons' && (pop.record || exported.has(pop.ref.index))) {
      for (const n of pop.placement) {
        emitting.add(n);
        recordedNeuron.add(n);
      }
    }
  }
  const groups: number[][] = Array.from({ length: 8 }, () => []);
  for (const n of [...emitting].sort((a, b) => a - b)) groups[eventOutputOfColumn(neuronColumn(n))]!.push(n);
  const internalChunks: (Chunk | null)[][] = []; // [eventOutput][hemisphere]
  const internalLink: boolean[][] = [];
  groups.forEach((members, n) => {
    const perHemisphere: (Chunk | null)[] = [];
    const link: boolean[] = [];
    for (let h = 0; h < 2; h++) {
      const chunk = newChunk(SourceClass.Internal, h, n % 4);
      members.forEach((m, k) => {
        chunk.members.set(m, k);
        addToChunk(chunk, SourceClass.Internal * 2 ** 40 + m, h);
      });
      resetCounters();
      const needed = chunk.exc + chunk.inh > 0;
      link.push(needed);
      perHemisphere.push(chunk);
      busUsage[h * 4 + (n % 4)]! += driversOf(chunk);
    }
    internalChunks.push(perHemisphere);
    internalLink.push(link);
  });

  // Background: chunks of 64 neurons per generator.
  const backgroundChunks = new Map<number, Chunk[][]>(); // pop -> [hemisphere] -> chunks
  for (const pop of ei.populations) {
    if (pop.kind !== 'background') continue;
    const perHemisphere: Chunk[][] = [[], []];
    for (const h of [0, 1]) {
      const bus = pop.buses[h as 0 | 1];
      if (bus === undefined) continue;
      for (let j = 0; j * SYNAPSE_LABELS < pop.size; j++) {
        const chunk = newChunk(SourceClass.Background, h, bus);
        for (let k = j * SYNAPSE_LABELS; k < Math.min(pop.size, (j + 1) * SYNAPSE_LABELS); k++) {
          chunk.members.set(pop.ref.index * 256 + k, k % SYNAPSE_LABELS);
          addToChunk(chunk, SourceClass.Background * 2 ** 40 + pop.ref.index * 256 + k, h);
        }
        resetCounters();
        busUsage[h * 4 + bus]! += driversOf(chunk);
        perHemisphere[h]!.push(chunk);
      }
    }
    backgroundChunks.set(pop.ref.index, perHemisphere);
  }
  for (let b = 0; b < 8; b++) {
    if (busUsage[b]! > DRIVERS_PER_BUS) {
      throw new NetworkCapacityError(id, 'synapse drivers', busUsage[b]!, DRIVERS_PER_BUS,
        `PADI bus ${b % 4} of hemisphere ${b >> 2} (on-chip and background sources, whose bus is fixed by their column/generator)`);
    }
  }

  // External: linear partition per hemisphere over the buses with remaining drivers.
  const externalSources: number[] = [];
  for (const pop of ei.populations) {
    if (pop.kind !== 'external') continue;
    for (let i = 0; i < pop.size; i++) {
      const key = pop.ref.index * 0x100000 + i;
      if (synapsesOf.has(SourceClass.External * 2 ** 40 + key)) externalSources.push(key);
    }
  }
  const externalChunksOf = new Map<number, Chunk[]>(); // source -> chunks (one per hemisphere)
  for (const h of [0, 1]) {
    const sources = externalSources.filter((key) =>
      synapsesOf.get(SourceClass.External * 2 ** 40 + key)!.some((s) => neuronRow(synTarget[s]!) === h));
    let bus = 0;
    let current: Chunk | null = null;
    let used = busUsage[h * 4]!;
    sources.forEach((key, index) => {
      const fullKey = SourceClass.External * 2 ** 40 + key;
      for (;;) {
        if (bus >= BUSES_PER_HEMISPHERE) {
          throw new NetworkCapacityError(id, 'external sources placed', sources.length, index,
            `hemisphere ${h}: distributing its ${sources.length} external sources over the synapse drivers left by on-chip and` +
            ` background sources (neuron ${key % 0x100000} of population ${Math.floor(key / 0x100000)} is the first that does not fit)`);
        }
        if (!current) current = newChunk(SourceClass.External, h, bus);
        const before = { exc: current.exc, inh: current.inh };
        addToChunk(current, fullKey, h);
        if (current.members.size < SYNAPSE_LABELS && used + driversOf(current) <= DRIVERS_PER_BUS) {
          current.members.set(key, current.members.size);
          break;
        }
        removeFromChunk(fullKey, h);
        current.exc = before.exc;
        current.inh = before.inh;
        if (current.members.size === 0) {
          // Not even alone on this bus: move on to the next bus of the hemisphere.
          chunks.pop();
          current = null;
          bus++;
          used = bus < BUSES_PER_HEMISPHERE ? busUsage[h * 4 + bus]! : 0;
        } else {
          used += driversOf(current);
          busUsage[h * 4 + bus] = used;
          current = null;
          resetCounters();
        }
      }
      const list = externalChunksOf.get(key) ?? [];
      list.push(current!);
      externalChunksOf.set(key, list);
    });
    if (current) busUsage[h * 4 + bus] = used + driversOf(current);
    resetCounters();
  }

  // --- 4. label variables and driver allocation ---------------------------------------------------
  const variables: LabelVariable[] = [];
  const internalVariable: number[] = [];
  internalChunks.forEach((perHemisphere, n) => {
    internalVariable.push(variables.length);
    const requests = perHemisphere
      .filter((c, h) => c !== null && internalLink[n]![h])
      .map((c) => ({ bus: c!.hemisphere * 4 + c!.bus, size: driversOf(c!), offset: n * 4, id: c!.id }));
    variables.push({ candidates: permuted([0, 1, 2, 3], random), requests });
  });
  const backgroundVariable = new Map<number, number[]>();
  for (const [pop, perHemisphere] of backgroundChunks) {
    const vars: number[] = [];
    perHemisphere.forEach((list, h) => {
      vars[h] = variables.length;
      const step = list.length;
      const routed = list.some((c) => c.exc + c.inh > 0);
      if (step !== 0 && step !== 1 && step !== 2 && step !== 4) throw new Error('unreachable: background sizes are powers of two <= 256');
      const candidates: number[] = [];
      for (let base = 0; base + step <= 32; base += Math.max(step, 1)) candidates.push(base);
      variables.push({
        candidates: permuted(candidates, random),
        requests: routed ? list.map((c, j) => ({ bus: h * 4 + c.bus, size: driversOf(c), offset: j, id: c.id })) : [],
      });
    });
    backgroundVariable.set(pop, vars);
  }
  const externalChunkList = chunks.filter((c) => c.cls === SourceClass.External);
  const externalVariable = new Map<number, number>();
  for (const c of externalChunkList) {
    externalVariable.set(c.id, variables.length);
    variables.push({
      candidates: permuted(Array.from({ length: 32 }, (_, i) => i), random),
      requests: [{ bus: c.hemisphere * 4 + c.bus, size: driversOf(c), offset: 0, id: c.id }],
    });
  }
  const assignment = allocateDrivers(variables, { timeoutMs, instance: id });

  // --- 5. rows, drivers, synapse placement ---------------------------------------------------------
  const rowModes: RowMode[][] = [new Array<RowMode>(ROWS_PER_HEMISPHERE).fill('disabled'), new Array<RowMode>(ROWS_PER_HEMISPHERE).fill('disabled')];
  const excRows = new Map<number, number[]>();
  const inhRows = new Map<number, number[]>();
  const drivers: SynapseDriverConfig[] = [];
  const driverMask = new Map<number, number>(); // driverOnDls -> mask
  for (const chunk of chunks) {
    const positions = assignment.positions.get(chunk.id);
    const label = assignment.labels.get(chunk.id);
    if (!positions || positions.length === 0 || label === undefined) continue;
    const local = positions.map((p) => p * BUSES_PER_HEMISPHERE + chunk.bus);
    const rows = local.flatMap((d) => [2 * d, 2 * d + 1]).sort((a, b) => a - b);
    excRows.set(chunk.id, rows.slice(0, chunk.exc));
    inhRows.set(chunk.id, rows.slice(chunk.exc, chunk.exc + chunk.inh));
    rows.forEach((r, i) => {
      rowModes[chunk.hemisphere]![r] = i < chunk.exc ? 'excitatory' : i < chunk.exc + chunk.inh ? 'inhibitory' : 'disabled';
    });
    positions.forEach((p, i) => driverMask.set(chunk.hemisphere * DRIVERS_PER_HEMISPHERE + local[i]!, isolatingMask(p, label)));
  }
  for (const [driver, mask] of [...driverMask.entries()].sort((a, b) => a[0] - b[0])) {
    const h = Math.floor(driver / DRIVERS_PER_HEMISPHERE);
    const d = driver % DRIVERS_PER_HEMISPHERE;
    drivers.push({ driver, mask, rowModes: [rowModes[h]![2 * d + 1]!, rowModes[h]![2 * d]!] });
  }

  const connections: PlacedSynapse[][][] = ei.projections.map((p) => p.connections.pre.map(() => []));
  const stack = new Map<number, number>();
  const inputColumns: Set<number>[] = [new Set(), new Set()];
  for (let s = 0; s < nSyn; s++) {
    const t = synTarget[s]!;
    const h = neuronRow(t);
    let chunk: Chunk;
    const source = synSource[s]!;
    if (synClass[s] === SourceClass.Internal) {
      chunk = internalChunks[eventOutputOfColumn(neuronColumn(source))]![h]!;
    } else if (synClass[s] === SourceClass.Background) {
      const pop = Math.floor(source / 256);
      chunk = backgroundChunks.get(pop)![h]![Math.floor((source % 256) / SYNAPSE_LABELS)]!;
    } else {
      chunk = externalChunksOf.get(source)!.find((c) => c.hemisphere === h)!;
    }
    const rows = (synReceptor[s] === 0 ? excRows : inhRows).get(chunk.id)!;
    const slot = (chunk.id * NEURONS + t) * 2 + synReceptor[s]!;
    const j = stack.get(slot) ?? 0;
    stack.set(slot, j + 1);
    const row = rows[j];
    if (row === undefined) throw new Error(`internal routing error: chunk ${chunk.id} has no row ${j} for atomic neuron ${t}`);
    const column = neuronColumn(t);
    inputColumns[h]!.add(column);
    connections[synProj[s]!]![synConn[s]!]!.push({ weight: synWeight[s]!, label: chunk.members.get(source)!, hemisphere: h, row, column });
  }

  // --- 6. labels ----------------------------------------------------------------------------------
  const recordedLabels = new Map<number, { population: number; neuron: number }>();
  const addRecorded = (label: number, population: number, neuron: number): void => {
    if (recordedLabels.has(label)) throw new Error(`internal routing error: recorded label 0x${label.toString(16)} is not unique`);
    recordedLabels.set(label, { population, neuron });
  };
  const neuronAddresses = new Map<number, (number | null)[]>();
  const externalLabels = new Map<number, number[][]>();
  const backgroundGenerators = new Map<number, BackgroundGenerator[]>();
  const eventOutputs = new Set<number>();
  const recordedEventOutputs = new Set<number>();
  const recordedExternalSpl1 = new Set<number>();
  for (const pop of ei.populations) {
    if (pop.kind === 'neurons') {
      const record = pop.record || exported.has(pop.ref.index);
      neuronAddresses.set(pop.ref.index, pop.placement.map((n, i) => {
        const group = eventOutputOfColumn(neuronColumn(n));
        const k = internalChunks[group]![0]!.members.get(n);
        if (k === undefined) return null;
        const x = assignment.choices[internalVariable[group]!]!;
        const address = (x << 6) | k;
        eventOutputs.add(group);
        if (record) {
          recordedEventOutputs.add(group);
          addRecorded(spikeLabel(group % 4, (group << 8) | address), pop.ref.index, i);
        }
        return address;
      }));
    } else if (pop.kind === 'background') {
      const vars = backgroundVariable.get(pop.ref.index)!;
      const generators: BackgroundGenerator[] = [];
      let recordedOne = false;
      for (const h of [0, 1] as const) {
        const bus = pop.buses[h];
        if (bus === undefined) continue;
        const base = assignment.choices[vars[h]!]!;
        const recorded: boolean = (pop.record || exported.has(pop.ref.index)) && !recordedOne;
        recordedOne ||= recorded;
        // Label layout per upstream: bit 11 = record, bit 13 = *top* hemisphere (opposite of the external
        // convention; harmless because generator -> bus nodes pass everything).
        const neuronLabel = (recorded ? 1 << 11 : 0) | (h === 0 ? 1 << 13 : 0) | (base << 6);
        const routed = variables[vars[h]!]!.requests.length > 0;
        generators.push({ source: h * 4 + bus, hemisphere: h, neuronLabel, mask: pop.size - 1, recorded, routed });
        if (recorded) for (let k = 0; k < pop.size; k++) addRecorded(spikeLabel(bus, neuronLabel | k), pop.ref.index, k);
      }
      backgroundGenerators.set(pop.ref.index, generators);
    } else {
      const labels: number[][] = [];
      const record = pop.record;
      for (let i = 0; i < pop.size; i++) {
        const key = pop.ref.index * 0x100000 + i;
        const list = (externalChunksOf.get(key) ?? []).map((c, j) => {
          const rowSelect = assignment.labels.get(c.id)!;
          const recordBit = record && j === 0 ? 1 << 12 : 0;
          return spikeLabel(c.bus, (c.hemisphere << 13) | recordBit | (rowSelect << 6) | c.members.get(key)!);
        });
        labels.push(list);
      }
      externalLabels.set(pop.ref.index, labels);
    }
  }
  // Recorded externals: echo via L2 in k -> L2 out k (bit 12). Sources without targets need a label no
  // synapse driver forwards: search (bus, row select) pairs whose bus has no driver matching it.
  const externalChunkLabels = new Set<number>(externalChunkList.map((c) => c.hemisphere * 4 * 32 + c.bus * 32 + assignment.labels.get(c.id)!));
  const freeSlots: { bus: number; hemisphere: number; rowSelect: number; used: number }[] = [];
  for (let hb = 0; hb < 8 && freeSlots.length < 64; hb++) {
    const h = hb >> 2;
    const bus = hb % 4;
    for (let rs = 0; rs < 32; rs++) {
      if (externalChunkLabels.has(h * 128 + bus * 32 + rs)) continue;
      let forwarded = false;
      for (let p = 0; p < DRIVERS_PER_BUS && !forwarded; p++) {
        const mask = driverMask.get(h * DRIVERS_PER_HEMISPHERE + p * 4 + bus);
        if (mask !== undefined && driverForwards(p, mask, rs)) forwarded = true;
      }
      if (!forwarded) freeSlots.push({ bus, hemisphere: h, rowSelect: rs, used: 0 });
    }
  }
  for (const pop of ei.populations) {
    if (pop.kind !== 'external' || !pop.record) continue;
    const labels = externalLabels.get(pop.ref.index)!;
    labels.forEach((list, i) => {
      if (list.length === 0) {
        const slot = freeSlots.find((f) => f.used < SYNAPSE_LABELS);
        if (!slot) {
          throw new UnsuccessfulRoutingError(id, `no free spike label for recorded external neuron ${i} of ${describePopulation(pop.ref)}`);
        }
        list.push(spikeLabel(slot.bus, (slot.hemisphere << 13) | (1 << 12) | (slot.rowSelect << 6) | slot.used++));
      }
      recordedExternalSpl1.add(list[0]! >> 14);
      addRecorded(list[0]!, pop.ref.index, i);
    });
  }

  // --- 7. crossbar ---------------------------------------------------------------------------------
  const crossbar: CrossbarNodeConfig[] = CROSSBAR_NODES.map(() => DROP_ALL);
  const padiBuses = new Set<number>();
  const usedBackgroundSources = new Set<number>();
  for (const [, gens] of backgroundGenerators) for (const g of gens) if (g.routed) usedBackgroundSources.add(g.source);
  for (const c of chunks) {
    if (c.cls === SourceClass.External && (assignment.positions.get(c.id)?.length ?? 0) > 0) padiBuses.add(c.hemisphere * 4 + c.bus);
  }
  CROSSBAR_NODES.forEach(({ input, output }, node) => {
    if (input < 8) {
      if (output < 8) {
        const h = output >> 2;
        if (internalLink[input]![h]) {
          crossbar[node] = PASS_ALL;
          padiBuses.add(output);
        }
      } else if (recordedEventOutputs.has(input)) {
        crossbar[node] = PASS_ALL;
      }
    } else if (input < 12) {
      const k = input - 8;
      if (output < 8) {
        if (output % 4 === k && padiBuses.has(output)) crossbar[node] = { mask: 1 << 13, target: (output >> 2) << 13 };
      } else if (recordedExternalSpl1.has(k)) {
        crossbar[node] = { mask: 1 << 12, target: 1 << 12 };
      }
    } else {
      const b = input - 12;
      if (output < 8) {
        if (usedBackgroundSources.has(b)) {
          crossbar[node] = PASS_ALL;
          padiBuses.add(output);
        }
      } else if ([...backgroundGenerators.values()].some((gens) => gens.some((g) => g.source === b && g.recorded))) {
        crossbar[node] = { mask: 1 << 11, target: 1 << 11 };
      }
    }
  });

  let rowsUsed = 0;
  for (const modes of rowModes) for (const m of modes) if (m !== 'disabled') rowsUsed++;
  return {
    instance: id,
    connections,
    externalLabels,
    neuronAddresses,
    backgroundGenerators,
    recordedLabels,
    synapseDrivers: drivers,
    crossbar,
    padiBuses: [...padiBuses].sort((a, b) => a - b),
    eventOutputs: [...eventOutputs].sort((a, b) => a - b),
    inputColumns: inputColumns.map((s) => [...s].sort((a, b) => a - b)),
    statistics: {
      synapses: nSyn,
      synapseDrivers: drivers.length,
      synapseRows: rowsUsed,
      sourceChunks: chunks.filter((c) => assignment.labels.has(c.id)).length,
      durationMs: performance.now() - start,
    },
  };
}
