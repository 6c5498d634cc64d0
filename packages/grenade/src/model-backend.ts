/**
 * A behavioural execution backend: it "runs" a routed configuration as a chip in neuron *bypass* mode would
 * (the configuration the upstream hardware tests use), without generating any playback program. Events are
 * propagated with the same label rules as the hardware (`LabelPropagator`).
 *
 * Model (documented simplification, for dry runs and tests of the execution pipeline):
 * - an excitatory synapse event with weight > 0 makes its target spike `latency` cycles later, unless
 *   inhibitory weight arriving in the same cycle is at least as large (inhibition suppresses the spike);
 *   weight-0 synapses never trigger;
 * - a neuron spikes at most once per cycle;
 * - background generators tick every period / 2 FPGA cycles (their clock is twice the FPGA clock); a regular
 *   generator emits on every tick, a Poisson one with probability rate / 256 and a random neuron under its
 *   mask (seeded).
 * There are no analog dynamics: MADC and CADC recordings return no samples.
 */
import { checkInt, checkUint } from '@bss2/fisch';
import type { ExecutionBackend, InstanceRawOutput, InstanceRunRequest, RawSpike } from './execution.js';
import { eventOutputOfColumn, neuronColumn } from './hardware.js';
import { LabelPropagator } from './propagation.js';

interface QueuedEvent {
  readonly time: number;
  readonly seq: number;
  readonly input: number;
  readonly label: number;
}

/** Minimal binary heap ordered by (time, seq). */
class EventQueue {
  private readonly items: QueuedEvent[] = [];
  private seq = 0;
  get size(): number {
    return this.items.length;
  }
  push(time: number, input: number, label: number): void {
    const items = this.items;
    items.push({ time, seq: this.seq++, input, label });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  peek(): QueuedEvent | undefined {
    return this.items[0];
  }
  pop(): QueuedEvent {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l]!, items[m]!)) m = l;
        if (r < items.length && before(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(a: QueuedEvent, b: QueuedEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

export interface BypassModelOptions {
  /** Cycles from a synaptic event to the resulting spike (default 2). */
  readonly latency?: number;
  /** Seed of the Poisson background generators' model (default: the generator's own seed). */
  readonly seed?: number;
}

export class BypassModelBackend implements ExecutionBackend {
  readonly name = 'bypass-model';
  private readonly latency: number;

  constructor(private readonly options: BypassModelOptions = {}) {
    this.latency = checkInt('BypassModelOptions.latency', options.latency ?? 2, 1, 1_000_000);
    if (options.seed !== undefined) checkUint('BypassModelOptions.seed', options.seed, 32);
  }

  runInstance(request: InstanceRunRequest): Promise<InstanceRawOutput> {
    const { instance, routing } = request;
    const propagator = new LabelPropagator(routing);
    // Emitting neurons: atomic neuron -> (event output, label).
    const emitter = new Map<number, { input: number; label: number }>();
    for (const population of instance.populations) {
      if (population.kind !== 'neurons') continue;
      const addresses = routing.neuronAddresses.get(population.ref.index) ?? [];
      population.placement.forEach((n, i) => {
        const address = addresses[i];
        if (address === null || address === undefined) return;
        const output = eventOutputOfColumn(neuronColumn(n));
        emitter.set(n, { input: output, label: (output << 8) | address });
      });
    }
    const spikes: RawSpike[][] = request.batches.map((batch, b) => {
      const queue = new EventQueue();
      for (const e of batch.events) queue.push(e.time, 8 + (e.label >> 14), e.label & 0x3fff);
      this.scheduleBackground(request, queue, batch.duration, b);
      const recorded: RawSpike[] = [];
      while (queue.size > 0) {
        const time = queue.peek()!.time;
        if (time >= batch.duration) break;
        const drive = new Map<number, { exc: number; inh: number }>();
        while (queue.size > 0 && queue.peek()!.time === time) {
          const event = queue.pop();
          const { hits, host } = propagator.propagate(event.input, event.label);
          for (const label of host) recorded.push({ label, time });
          for (const hit of hits) {
            if (hit.mode === 'disabled' || hit.weight === 0) continue;
            const d = drive.get(hit.target) ?? { exc: 0, inh: 0 };
            if (hit.mode === 'excitatory') d.exc += hit.weight;
            else d.inh += hit.weight;
            drive.set(hit.target, d);
          }
        }
        for (const [target, d] of drive) {
          if (d.exc === 0 || d.inh >= d.exc) continue;
          const source = emitter.get(target);
          if (source) queue.push(time + this.latency, source.input, source.label);
        }
      }
      return recorded;
    });
    return Promise.resolve({ spikes, madc: spikes.map(() => []), cadc: spikes.map(() => []) });
  }

  private scheduleBackground(request: InstanceRunRequest, queue: EventQueue, duration: number, batch: number): void {
    for (const population of request.instance.populations) {
      if (population.kind !== 'background') continue;
      const { period, rate, seed, random } = population.config;
      const step = Math.max(1, Math.round(period / 2));
      for (const generator of request.routing.backgroundGenerators.get(population.ref.index) ?? []) {
        let state = ((this.options.seed ?? seed) + batch * 0x9e3779b9 + generator.source * 7919) >>> 0 || 1;
        const next = (): number => {
          // xorshift32: deterministic stand-in for the generator's LFSR.
          state ^= state << 13;
          state >>>= 0;
          state ^= state >>> 17;
          state ^= state << 5;
          state >>>= 0;
          return state;
        };
        for (let t = step; t < duration; t += step) {
          if (random && (next() & 0xff) >= rate) continue;
          const k = random ? next() & generator.mask : 0;
          queue.push(t, 12 + generator.source, generator.neuronLabel | k);
        }
      }
    }
  }
}
