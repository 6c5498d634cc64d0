/**
 * Execution: per-batch-entry input event programs, just-in-time execution of every execution instance in
 * dependency order on an `ExecutionBackend`, forwarding of spikes between instances, and mapping of the
 * recorded hardware data back to (population, neuron, compartment).
 *
 * Timeline of one batch entry (FPGA cycles, see `TIMELINE`): neuron reset pulse, settle, begin marker,
 * input events at their times relative to the begin marker, realtime section of
 * max(last event + 1, requested runtime), end marker, settle. Reported times are relative to the begin
 * marker, so they line up with the input times.
 */
import { checkInt, InvalidArgumentError, moduleLogger, type Connection } from '@bss2/fisch';
import { compile, type CompiledNetwork, type CompileOptions } from './compile.js';
import { NetworkDescriptionError } from './errors.js';
import { describePopulation, type ExecutionInstance, type Network, type PopulationRef, type ReadoutSource } from './network.js';
import type { InstanceRouting } from './routing/result.js';

const log = moduleLogger('grenade.execution');

/** Fixed per-batch-entry timeline constants in FPGA cycles (125 per µs). */
export const TIMELINE = Object.freeze({
  /** Neuron force-reset is held this long before the entry. */
  resetPulse: 125,
  /** Extra settling after the first reset of a run (5 µs). */
  firstEntryDelay: 625,
  /** Wait before and after the realtime section (1 µs). */
  settle: 125,
  /** Largest supported time of an input event or runtime (32-bit FPGA timer). */
  maxTime: 0xffff_ffff,
});

/** A spike label injected at `time` (relative to the realtime start of its batch entry). */
export interface TimedLabel {
  readonly time: number;
  readonly label: number;
}

export interface BatchEntryProgram {
  /** Input events sorted by time (stable). */
  readonly events: readonly TimedLabel[];
  /** Realtime duration: max(last event + 1, requested runtime). */
  readonly duration: number;
}

/** Everything a backend needs to run one execution instance. */
export interface InstanceRunRequest {
  readonly network: Network;
  readonly instance: ExecutionInstance;
  readonly routing: InstanceRouting;
  readonly batches: readonly BatchEntryProgram[];
  /** Backend-specific base configuration (e.g. a lola Chip); null = the backend's default. */
  readonly baseChip: unknown;
  /** Extra wait after every batch entry in FPGA cycles (e.g. to let slow dynamics decay), default 0. */
  readonly interBatchWait?: number;
}

export interface RawSpike {
  /** 16-bit spike label as received. */
  readonly label: number;
  /** FPGA cycles relative to the realtime start of the batch entry. */
  readonly time: number;
}
export interface RawMadcSample {
  readonly time: number;
  /** Index into the instance's MADC recording neurons. */
  readonly channel: number;
  readonly value: number;
}
export interface RawCadcSample {
  readonly time: number;
  /** Hemisphere (synram) and column of the sampled neuron. */
  readonly hemisphere: number;
  readonly column: number;
  readonly value: number;
}

/** Per batch entry raw recordings of one instance. */
export interface InstanceRawOutput {
  readonly spikes: readonly (readonly RawSpike[])[];
  readonly madc: readonly (readonly RawMadcSample[])[];
  readonly cadc: readonly (readonly RawCadcSample[])[];
}

/** Runs configured execution instances: the seam between grenade and program generation. */
export interface ExecutionBackend {
  readonly name: string;
  runInstance(request: InstanceRunRequest): Promise<InstanceRawOutput>;
}

/** Input spikes of one external population. */
export interface SpikeInput {
  readonly population: PopulationRef;
  /** Per neuron spike times (FPGA cycles), the same for every batch entry. */
  readonly times?: readonly (readonly number[])[];
  /** Per batch entry, per neuron spike times; overrides `times`. */
  readonly batchTimes?: readonly (readonly (readonly number[])[])[];
}

export interface RunInputs {
  readonly spikes?: readonly SpikeInput[];
  /** Number of batch entries (default: from batchTimes, the runtime list, else 1). */
  readonly batchSize?: number;
}

export interface RunOptions extends CompileOptions {
  /** Requested realtime duration in FPGA cycles: one value, or one per batch entry. */
  readonly runtime: number | readonly number[];
  /** Per-instance runtime overrides. */
  readonly instanceRuntime?: Readonly<Record<number, number | readonly number[]>>;
  /** Per-instance base chip configuration handed to the backend (e.g. a lola Chip). */
  readonly chips?: Readonly<Record<number, unknown>>;
  /** Extra wait after every batch entry in FPGA cycles (default 0). */
  readonly interBatchWait?: number;
}

export interface MadcSample {
  readonly time: number;
  readonly population: PopulationRef;
  readonly neuron: number;
  readonly compartment: 0;
  readonly source: ReadoutSource;
  readonly value: number;
}
export interface CadcSample extends MadcSample {}

/** Results of a run, mapped back onto the network. */
export class RunResult {
  constructor(
    readonly compiled: CompiledNetwork,
    readonly batchSize: number,
    private readonly spikeTable: ReadonlyMap<string, number[][][]>,
    private readonly madcTable: ReadonlyMap<number, MadcSample[][]>,
    private readonly cadcTable: ReadonlyMap<number, CadcSample[][]>,
    readonly timings: { readonly compileMs: number; readonly executeMs: number; readonly reusedRouting: boolean },
  ) {}

  /**
   * Recorded spike times `[batch][neuron]` (FPGA cycles relative to the realtime start) of a population
   * whose spikes were recorded (or that feeds an inter-instance projection). Every neuron has a (possibly
   * empty) list.
   */
  spikes(population: PopulationRef): number[][][] {
    const table = this.spikeTable.get(`${population.instance}/${population.index}`);
    if (!table) {
      throw new NetworkDescriptionError(describePopulation(population), 'recorded', 'spikes of this population are not recorded (set record: true)');
    }
    return table;
  }

  /** MADC samples per batch entry, sorted by time. */
  madc(instance = 0): MadcSample[][] {
    return this.madcTable.get(instance) ?? Array.from({ length: this.batchSize }, () => []);
  }

  /** CADC samples per batch entry, sorted by time. */
  cadc(instance = 0): CadcSample[][] {
    return this.cadcTable.get(instance) ?? Array.from({ length: this.batchSize }, () => []);
  }
}

function perBatch(value: number | readonly number[], batchSize: number, field: string): number[] {
  const list = typeof value === 'number' ? new Array<number>(batchSize).fill(value) : [...value];
  if (list.length !== batchSize) throw new InvalidArgumentError(`${field} lists ${list.length} entries for batch size ${batchSize}`);
  list.forEach((v, i) => checkInt(`${field}[${i}]`, v, 0, TIMELINE.maxTime));
  return list;
}

function batchSizeOf(inputs: RunInputs, options: RunOptions): number {
  if (inputs.batchSize !== undefined) return checkInt('inputs.batchSize', inputs.batchSize, 1, 1 << 20);
  for (const s of inputs.spikes ?? []) if (s.batchTimes) return Math.max(1, s.batchTimes.length);
  if (typeof options.runtime !== 'number') return Math.max(1, options.runtime.length);
  return 1;
}

/** Builds the host input events of every batch entry for one instance (without inter-instance input). */
export function generateInputEvents(
  instance: ExecutionInstance,
  routing: InstanceRouting,
  spikes: readonly SpikeInput[],
  batchSize: number,
): TimedLabel[][] {
  const events: TimedLabel[][] = Array.from({ length: batchSize }, () => []);
  for (const input of spikes) {
    if (input.population.instance !== instance.id) continue;
    const population = instance.populations[input.population.index];
    const element = describePopulation(input.population);
    if (!population || population.kind !== 'external') {
      throw new NetworkDescriptionError(element, 'input-external', 'spike input must target an external source population');
    }
    const labels = routing.externalLabels.get(population.ref.index)!;
    for (let b = 0; b < batchSize; b++) {
      const times = input.batchTimes ? input.batchTimes[b] : input.times;
      if (!times) {
        throw new InvalidArgumentError(`${element}: spike input has ${input.batchTimes ? `no batch entry ${b}` : 'neither times nor batchTimes'}`);
      }
      if (times.length !== population.size) {
        throw new InvalidArgumentError(`${element}: spike input lists ${times.length} neurons, population has ${population.size}`);
      }
      times.forEach((list, neuron) => {
        const neuronLabels = labels[neuron]!;
        for (let k = 0; k < list.length; k++) {
          const t = checkInt(`${element} input neuron ${neuron} spike ${k} time`, list[k], 0, TIMELINE.maxTime);
          // One event per routed PADI-bus label; neurons without labels (no targets, not recorded) send nothing.
          for (const label of neuronLabels) events[b]!.push({ time: t, label });
        }
      });
    }
  }
  for (const list of events) list.sort((a, b) => a.time - b.time);
  return events;
}

/**
 * Runs a network and keeps its compilation: re-running with a network that differs only in weights (or
 * background generator settings) reuses the routing and only re-splits the weights.
 */
export class NetworkExecutor {
  private last: CompiledNetwork | null = null;

  constructor(readonly backend: ExecutionBackend) {}

  /** The most recent compilation (null before the first run). */
  get compiled(): CompiledNetwork | null {
    return this.last;
  }

  async run(network: Network, inputs: RunInputs, options: RunOptions): Promise<RunResult> {
    const t0 = performance.now();
    const compiled = compile(network, { ...options, ...(this.last ? { previous: this.last } : {}) });
    this.last = compiled;
    const t1 = performance.now();
    const batchSize = batchSizeOf(inputs, options);
    const runtime = perBatch(options.runtime, batchSize, 'runtime');
    const interBatchWait = checkInt('interBatchWait', options.interBatchWait ?? 0, 0, TIMELINE.maxTime);
    for (const [field, table] of [['instanceRuntime', options.instanceRuntime], ['chips', options.chips]] as const) {
      for (const key of Object.keys(table ?? {})) {
        if (!network.instances.has(Number(key))) {
          throw new InvalidArgumentError(`${field}[${key}]: the network has no execution instance ${key} (instances: ${[...network.instances.keys()].join(', ')})`);
        }
      }
    }
    const recorded = new Map<number, InstanceRawOutput>();
    const forwarded = new Map<number, TimedLabel[][]>();
    const spikeTable = new Map<string, number[][][]>();
    const madcTable = new Map<number, MadcSample[][]>();
    const cadcTable = new Map<number, CadcSample[][]>();
    for (const id of network.instanceOrder) {
      const instance = network.instances.get(id)!;
      const routing = compiled.routing.get(id)!;
      const host = generateInputEvents(instance, routing, inputs.spikes ?? [], batchSize);
      const extra = forwarded.get(id);
      const instanceRuntime = options.instanceRuntime?.[id] !== undefined ? perBatch(options.instanceRuntime[id]!, batchSize, `instanceRuntime[${id}]`) : runtime;
      const batches: BatchEntryProgram[] = host.map((events, b) => {
        const merged = extra ? [...events, ...extra[b]!].sort((x, y) => x.time - y.time) : events;
        const last = merged.length > 0 ? merged[merged.length - 1]!.time + 1 : 0;
        return { events: merged, duration: Math.max(last, instanceRuntime[b]!) };
      });
      log.debug(`running instance ${id}: ${batchSize} batch entries`);
      const output = await this.backend.runInstance({ network, instance, routing, batches, baseChip: options.chips?.[id] ?? null, interBatchWait });
      if (output.spikes.length !== batchSize) {
        throw new InvalidArgumentError(`backend ${this.backend.name} returned ${output.spikes.length} batch entries, expected ${batchSize}`);
      }
      recorded.set(id, output);
      this.mapOutputs(instance, routing, output, batchSize, spikeTable, madcTable, cadcTable);
      this.forward(network, id, spikeTable, compiled, forwarded, batchSize);
    }
    const t2 = performance.now();
    return new RunResult(compiled, batchSize, spikeTable, madcTable, cadcTable, {
      compileMs: t1 - t0,
      executeMs: t2 - t1,
      reusedRouting: compiled.timings.reused,
    });
  }

  private mapOutputs(
    instance: ExecutionInstance,
    routing: InstanceRouting,
    output: InstanceRawOutput,
    batchSize: number,
    spikeTable: Map<string, number[][][]>,
    madcTable: Map<number, MadcSample[][]>,
    cadcTable: Map<number, CadcSample[][]>,
  ): void {
    const recordedPopulations = new Set<number>();
    for (const { population } of routing.recordedLabels.values()) recordedPopulations.add(population);
    for (const index of recordedPopulations) {
      const population = instance.populations[index]!;
      spikeTable.set(`${instance.id}/${index}`, Array.from({ length: batchSize }, () => Array.from({ length: population.size }, () => [])));
    }
    output.spikes.forEach((list, b) => {
      for (const spike of list) {
        const where = routing.recordedLabels.get(spike.label);
        // Unknown labels (e.g. unrecorded neurons sharing an event output) are dropped, as upstream does.
        if (!where) continue;
        spikeTable.get(`${instance.id}/${where.population}`)![b]![where.neuron]!.push(spike.time);
      }
    });
    for (const index of recordedPopulations) for (const batch of spikeTable.get(`${instance.id}/${index}`)!) for (const times of batch) times.sort((x, y) => x - y);
    if (instance.madc) {
      const neurons = instance.madc.neurons;
      madcTable.set(instance.id, output.madc.map((list) =>
        list.map((s) => {
          const r = neurons[s.channel];
          if (!r) throw new InvalidArgumentError(`MADC sample channel ${s.channel} does not exist (recording has ${neurons.length} neurons)`);
          return { time: s.time, population: r.population, neuron: r.neuron, compartment: 0 as const, source: r.source, value: s.value };
        }).sort((x, y) => x.time - y.time)));
    }
    if (instance.cadc) {
      const byColumn = new Map<number, (typeof instance.cadc.neurons)[number]>();
      for (const r of instance.cadc.neurons) {
        const population = instance.populations[r.population.index]!;
        if (population.kind === 'neurons') byColumn.set(population.placement[r.neuron]!, r);
      }
      cadcTable.set(instance.id, output.cadc.map((list) =>
        list.flatMap((s) => {
          const r = byColumn.get(s.hemisphere * 256 + s.column);
          return r ? [{ time: s.time, population: r.population, neuron: r.neuron, compartment: 0 as const, source: r.source, value: s.value }] : [];
        }).sort((x, y) => x.time - y.time)));
    }
  }

  /** Turns recorded spikes of `id` into delayed input events of the instances it projects to. */
  private forward(network: Network, id: number, spikeTable: Map<string, number[][][]>, compiled: CompiledNetwork, forwarded: Map<number, TimedLabel[][]>, batchSize: number): void {
    for (const projection of network.interInstanceProjections) {
      if (projection.pre.instance !== id) continue;
      const table = spikeTable.get(`${id}/${projection.pre.index}`)!;
      const labels = compiled.routing.get(projection.post.instance)!.externalLabels.get(projection.post.index)!;
      const target = forwarded.get(projection.post.instance) ?? Array.from({ length: batchSize }, () => []);
      forwarded.set(projection.post.instance, target);
      const { pre, post, delay } = projection.connections;
      for (let b = 0; b < batchSize; b++) {
        for (let c = 0; c < pre.length; c++) {
          for (const t of table[b]![pre[c]!]!) {
            for (const label of labels[post[c]!]!) target[b]!.push({ time: t + delay[c]!, label });
          }
        }
      }
    }
  }
}

const executors = new WeakMap<object, NetworkExecutor>();
let connectionBackendFactory: ((connection: Connection) => ExecutionBackend) | null = null;
let defaultBackendFactory: ((connection: Connection) => ExecutionBackend) | null = null;

/** Installs how a fisch `Connection` becomes an `ExecutionBackend` (an explicit choice, see `useChipConfigurator`). */
export function setConnectionBackendFactory(factory: (connection: Connection) => ExecutionBackend): void {
  connectionBackendFactory = factory;
}

/** @internal The fallback when nothing was installed explicitly (the stadls module installs the lola configurator). */
export function setDefaultConnectionBackendFactory(factory: (connection: Connection) => ExecutionBackend): void {
  defaultBackendFactory = factory;
}

/**
 * True once a program generator for plain fisch connections was installed explicitly
 * (`useChipConfigurator`). Without one, `run()` uses the default: a `StadlsBackend` with the lola Chip
 * configurator.
 */
export function hasConnectionBackend(): boolean {
  return connectionBackendFactory !== null;
}

function isBackend(target: Connection | ExecutionBackend): target is ExecutionBackend {
  return typeof (target as ExecutionBackend).runInstance === 'function';
}

/**
 * Compiles (or reuses the compilation of the previous run on the same target) and runs `network`.
 * `target` is a fisch `Connection` (hardware, simulator, remote) or any `ExecutionBackend`.
 */
export async function run(target: Connection | ExecutionBackend, network: Network, inputs: RunInputs, options: RunOptions): Promise<RunResult> {
  let executor = executors.get(target);
  if (!executor) {
    let backend: ExecutionBackend;
    if (isBackend(target)) backend = target;
    else if (connectionBackendFactory ?? defaultBackendFactory) backend = (connectionBackendFactory ?? defaultBackendFactory)!(target);
    else throw new InvalidArgumentError('no program generator for fisch connections is installed: call useChipConfigurator(...) first, or pass an ExecutionBackend (e.g. BypassModelBackend) instead of a connection');
    executor = new NetworkExecutor(backend);
    executors.set(target, executor);
  }
  return executor.run(network, inputs, options);
}
