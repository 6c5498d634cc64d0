/**
 * Program generation and execution on a fisch `Connection` through stadls: the JIT executor of one
 * execution instance.
 *
 * Program layout (one or more playback programs, split so none exceeds half the playback memory):
 *   systime synchronisation (time-annotated responses), static chip configuration (via the `ChipConfigurator`,
 *   differential against what the previous run on this connection wrote), Omnibus barrier, settling wait,
 *   MADC arm + wake-up wait (if the instance records the MADC), event recording on, then per batch entry:
 *     neuron reset asserted for `TIMELINE.resetPulse` (plus `firstEntryDelay` before the first entry),
 *     reset released, MADC start + `madcStartCycles` (MADC only), settle, begin marker (loopback tick) +
 *     timer reset, input spikes at their times (block until timer, then spike packs of up to 3 labels with
 *     equal time) interleaved with CADC sample-row reads every `CadcRecording.period` cycles (CADC only),
 *     block until the entry's duration, end marker (loopback tick), MADC stop (MADC only), settle
 *     (+ optional inter-batch wait);
 *   event recording off, barrier.
 * Recorded spikes and MADC samples (by chip time) are cut per batch entry to [begin marker, min(end marker,
 * begin + duration)) (marker FPGA times, as upstream) and made relative to the begin marker, so output times line up with input times. CADC samples carry the timer
 * value at which their conversion was triggered (relative to the begin marker).
 *
 * Chip containers are written by a `ChipConfigurator`: by default the lola Chip configurator
 * (`createLolaChipConfigurator`); `createSimRegisterConfigurator` is the simulator-register alternative.
 */
import { checkInt, InvalidArgumentError, moduleLogger, type Connection } from '@bss2/fisch';
import { cadcSampleRowOnDLS, type CADCSampleRow } from '@bss2/lola';
import { Barrier, PLAYBACK_MEMORY_MESSAGES, PlaybackProgramBuilder, run as runPrograms, type ContainerTicket, type PlaybackProgram } from '@bss2/stadls';
import { buildChipConfigPlan, type ChipConfigPlan } from './config-plan.js';
import {
  setConnectionBackendFactory,
  setDefaultConnectionBackendFactory,
  TIMELINE,
  type ExecutionBackend,
  type InstanceRawOutput,
  type InstanceRunRequest,
  type RawCadcSample,
  type RawMadcSample,
  type RawSpike,
} from './execution.js';
import { neuronColumn, neuronRow } from './hardware.js';
import { createLolaChipConfigurator, madcControl } from './lola-configurator.js';

const log = moduleLogger('grenade.stadls');

/** Writes the chip-specific parts of a program (implemented on top of lola/haldls containers). */
export interface ChipConfigurator {
  /** Short name for messages (e.g. 'lola', 'sim-registers'). */
  readonly name?: string;
  /**
   * True if `writeConfig` also programs the readout of the instance's MADC/CADC recordings (neuron
   * readout, source multiplexers, CADC channels); the backend then starts/stops the MADC and reads the
   * CADC. Instances with recordings are rejected by configurators without it.
   */
  readonly supportsReadout?: boolean;
  /**
   * Writes the static configuration of an instance: the base chip (`request.baseChip`) with `plan` (the
   * routed crossbar, PADI buses, synapse drivers, synapse matrices, neuron event routing and background
   * generators) applied. `previous` is what this configurator returned for the previous run on the same
   * connection (enables differential writes, e.g. only re-encoded weights). Returns its new state and
   * whether analog (CapMem) values changed, which requires the long settling wait.
   */
  writeConfig(builder: PlaybackProgramBuilder, plan: ChipConfigPlan, request: InstanceRunRequest, previous: unknown): { state: unknown; analogChanged: boolean };
  /** Enables or disables FPGA event recording. */
  setEventRecording(builder: PlaybackProgramBuilder, enable: boolean): void;
  /** Asserts or releases the reset of every neuron. */
  setNeuronReset(builder: PlaybackProgramBuilder, reset: boolean): void;
}

/** One generated playback program and the batch entries it holds. */
export interface InstanceProgram {
  readonly program: PlaybackProgram;
  /** Index of the first batch entry in this program. */
  readonly first: number;
  /** Number of batch entries (marker pairs) in this program. */
  readonly count: number;
}

export interface StadlsBackendOptions {
  /**
   * Settling wait after a configuration with changed analog values. Default: 100 ms (CapMem) on connections
   * that may be hardware; on simulation-only connections (whose CapMem takes its values at once)
   * `SIMULATION_ANALOG_SETTLE_CYCLES`, enough for the neurons to relax to their new operating point.
   */
  readonly analogSettleCycles?: number;
  /** Settling wait after a purely digital configuration change (default 1 µs). */
  readonly digitalSettleCycles?: number;
  /** Split programs when they exceed this many to-FPGA messages (default half the playback memory). */
  readonly maxProgramMessages?: number;
  /** MADC wake-up wait after arming it, once per run (default 1000 µs, as upstream). */
  readonly madcWakeupCycles?: number;
  /** Wait after starting the MADC in each batch entry (default 10 µs, as upstream). */
  readonly madcStartCycles?: number;
}

/** Default analog settling on simulation-only connections: 240 us (several membrane time constants). */
export const SIMULATION_ANALOG_SETTLE_CYCLES = 30_000;

/** Default CADC sampling period when the recording names none: 2.5 µs (upstream's PPU-driven rate). */
export const DEFAULT_CADC_PERIOD = 313;

/** A CADC sample-row read of one batch entry (what `buildPrograms` scheduled). */
export interface CadcRead {
  readonly batch: number;
  readonly time: number;
  readonly hemisphere: number;
  readonly ticket: ContainerTicket<CADCSampleRow>;
}

export class StadlsBackend implements ExecutionBackend {
  readonly name: string;
  /** What the configurator last wrote to this connection (any instance): the reference of differential writes. */
  private lastState: unknown = undefined;
  private readonly analogSettle: number;
  private readonly digitalSettle: number;
  private readonly maxMessages: number;
  private readonly madcWakeup: number;
  private readonly madcStart: number;

  constructor(
    readonly connection: Connection,
    readonly configurator: ChipConfigurator = createLolaChipConfigurator(),
    options: StadlsBackendOptions = {},
  ) {
    this.name = `stadls(${connection.name})`;
    this.madcWakeup = checkInt('StadlsBackendOptions.madcWakeupCycles', options.madcWakeupCycles ?? 1000 * 125, 0, TIMELINE.maxTime);
    this.madcStart = checkInt('StadlsBackendOptions.madcStartCycles', options.madcStartCycles ?? 10 * 125, 0, TIMELINE.maxTime);
    this.analogSettle = checkInt('StadlsBackendOptions.analogSettleCycles', options.analogSettleCycles ?? (connection.supportedTargets.includes('hardware') ? 100_000 * 125 : SIMULATION_ANALOG_SETTLE_CYCLES), 0, TIMELINE.maxTime);
    this.digitalSettle = checkInt('StadlsBackendOptions.digitalSettleCycles', options.digitalSettleCycles ?? TIMELINE.settle, 0, TIMELINE.maxTime);
    this.maxMessages = checkInt('StadlsBackendOptions.maxProgramMessages', options.maxProgramMessages ?? PLAYBACK_MEMORY_MESSAGES / 2, 1, PLAYBACK_MEMORY_MESSAGES);
  }

  /**
   * What the configurator returned for the configuration last written to this connection (for the lola
   * configurator a `LolaConfiguratorState`); undefined before the first run and after a failed one.
   */
  get configuratorState(): unknown {
    return this.lastState;
  }

  /**
   * Generates the playback programs of one instance run without executing them (e.g. to dump or inspect
   * them). `count` batch entries are delimited by markers in each program, starting at entry `first`.
   */
  buildPrograms(request: InstanceRunRequest): { readonly programs: InstanceProgram[]; readonly state: unknown; readonly cadcReads: readonly CadcRead[] } {
    if (request.batches.length === 0) throw new InvalidArgumentError('a run needs at least one batch entry');
    const { madc, cadc } = request.instance;
    if ((madc || cadc) && !this.configurator.supportsReadout) {
      throw new InvalidArgumentError(
        `instance ${request.instance.id} records the ${madc ? 'MADC' : 'CADC'}, but the chip configurator ${this.configurator.name ?? ''} does not program the readout chain (use createLolaChipConfigurator)`,
      );
    }
    const cadcPeriod = cadc ? checkInt('CadcRecording.period', cadc.period ?? DEFAULT_CADC_PERIOD, 1, TIMELINE.maxTime) : 0;
    const cadcHemispheres = cadc ? [...new Set(cadc.neurons.map((r) => {
      const p = request.instance.populations[r.population.index]!;
      return p.kind === 'neurons' ? neuronRow(p.placement[r.neuron]!) : 0;
    }))].sort() : [];
    const cadcReads: CadcRead[] = [];
    const programs: InstanceProgram[] = [];
    let builder = new PlaybackProgramBuilder();
    // Systime synchronisation: the FPGA only annotates responses (spikes, markers) with their FPGA time after
    // it, and output times are computed from those annotations.
    builder.message({ type: 'timing.SystimeInit', value: true });
    builder.blockUntilBarrier(Barrier.systime);
    const plan = buildChipConfigPlan(request.instance, request.routing);
    const { state, analogChanged } = this.configurator.writeConfig(builder, plan, request, this.lastState);
    builder.blockUntilBarrier();
    builder.wait(analogChanged ? this.analogSettle : this.digitalSettle);
    if (madc) {
      const arm = madcControl('arm');
      builder.write(arm.coord, arm.container);
      builder.wait(this.madcWakeup);
    }
    this.configurator.setEventRecording(builder, true);
    let first = 0;
    request.batches.forEach((batch, b) => {
      this.configurator.setNeuronReset(builder, true);
      builder.wait(TIMELINE.resetPulse + (b === 0 ? TIMELINE.firstEntryDelay : 0));
      this.configurator.setNeuronReset(builder, false);
      if (madc) {
        const start = madcControl('start');
        builder.write(start.coord, start.container);
        builder.wait(this.madcStart);
      }
      builder.wait(TIMELINE.settle);
      builder.message({ type: 'system.Loopback', tick: true });
      builder.resetTimer();
      let i = 0;
      let nextRead = cadc ? 0 : Infinity;
      const events = batch.events;
      while (i < events.length || nextRead < batch.duration) {
        const time = Math.min(i < events.length ? events[i]!.time : Infinity, nextRead);
        // The timer counts from the reset right after the begin marker; the block returns at `time`.
        if (time > 0) builder.blockUntilTimer(time);
        const labels: number[] = [];
        while (i < events.length && events[i]!.time === time) labels.push(events[i++]!.label);
        if (labels.length > 0) builder.spikes(labels);
        if (time === nextRead) {
          for (const h of cadcHemispheres) cadcReads.push({ batch: b, time, hemisphere: h, ticket: builder.read<CADCSampleRow>(cadcSampleRowOnDLS(0, h)) });
          nextRead += cadcPeriod;
        }
      }
      builder.blockUntilTimer(batch.duration);
      builder.message({ type: 'system.Loopback', tick: true });
      if (madc) {
        const stop = madcControl('stop');
        builder.write(stop.coord, stop.container);
      }
      builder.wait(TIMELINE.settle + (request.interBatchWait ?? 0));
      const last = b === request.batches.length - 1;
      if (last || builder.sizeToFpga() > this.maxMessages) {
        if (last) this.configurator.setEventRecording(builder, false);
        builder.blockUntilBarrier();
        programs.push({ program: builder.done(), first, count: b + 1 - first });
        first = b + 1;
        builder = new PlaybackProgramBuilder();
      }
    });
    return { programs, state, cadcReads };
  }

  async runInstance(request: InstanceRunRequest): Promise<InstanceRawOutput> {
    const { programs, state, cadcReads } = this.buildPrograms(request);
    // A failed run leaves the chip in an unknown state: the next configuration is written in full.
    this.lastState = undefined;
    for (const { program } of programs) await runPrograms(this.connection, program);
    this.lastState = state;
    log.debug(`instance ${request.instance.id}: ${programs.length} program(s), ${request.batches.length} batch entries`);

    const spikes: RawSpike[][] = [];
    const madc: RawMadcSample[][] = [];
    for (const { program, first, count } of programs) {
      if (program.loopback.length !== 2 * count) {
        throw new InvalidArgumentError(`program returned ${program.loopback.length} batch markers, expected ${2 * count}`);
      }
      // Events carry their chip time (the 8-bit timestamp extended with the FPGA time); MADC samples arrive in
      // packs up to ~10 cycles after they were taken. Windows compare chip times with the markers' FPGA times.
      const { labels, chipTimes } = program.spikeColumns();
      const order = Uint32Array.from({ length: chipTimes.length }, (_, i) => i).sort((a, b) => chipTimes[a]! - chipTimes[b]! || a - b);
      const samples = request.instance.madc ? [...program.madcSamples].sort((a, b) => a.chipTime - b.chipTime) : [];
      let next = 0;
      let nextSample = 0;
      for (let k = 0; k < count; k++) {
        // The window of entry k: [begin marker, min(end marker, begin + realtime duration)), as upstream.
        const begin = program.loopback.timeAt(2 * k);
        const end = Math.min(program.loopback.timeAt(2 * k + 1), begin + request.batches[first + k]!.duration);
        while (next < order.length && chipTimes[order[next]!]! < begin) next++;
        const entry: RawSpike[] = [];
        for (; next < order.length && chipTimes[order[next]!]! < end; next++) {
          const s = order[next]!;
          entry.push({ label: labels[s]!, time: chipTimes[s]! - begin });
        }
        spikes.push(entry);
        while (nextSample < samples.length && samples[nextSample]!.chipTime < begin) nextSample++;
        const entrySamples: RawMadcSample[] = [];
        for (; nextSample < samples.length && samples[nextSample]!.chipTime < end; nextSample++) {
          const s = samples[nextSample]!;
          entrySamples.push({ time: s.chipTime - begin, channel: s.channel, value: s.value });
        }
        madc.push(entrySamples);
      }
    }
    const cadc: RawCadcSample[][] = spikes.map(() => []);
    const columns = new Map<number, number[]>();
    for (const r of request.instance.cadc?.neurons ?? []) {
      const p = request.instance.populations[r.population.index]!;
      if (p.kind !== 'neurons') continue;
      const n = p.placement[r.neuron]!;
      const list = columns.get(neuronRow(n)) ?? [];
      list.push(neuronColumn(n));
      columns.set(neuronRow(n), list);
    }
    for (const read of cadcReads) {
      const row = read.ticket.get();
      for (const column of columns.get(read.hemisphere) ?? []) {
        cadc[read.batch]!.push({ time: read.time, hemisphere: read.hemisphere, column, value: row.causal[column]! });
      }
    }
    return { spikes, madc, cadc };
  }
}

/**
 * Sets how `run(connection, ...)` generates programs on plain fisch connections: a `StadlsBackend` with
 * `configurator` (a fresh one per connection when given a factory) and `options`. Without this call `run()`
 * uses a `StadlsBackend` with the lola Chip configurator and default options.
 */
export function useChipConfigurator(configurator: ChipConfigurator | (() => ChipConfigurator), options: StadlsBackendOptions = {}): void {
  setConnectionBackendFactory((connection) => new StadlsBackend(connection, typeof configurator === 'function' ? configurator() : configurator, options));
}

setDefaultConnectionBackendFactory((connection) => new StadlsBackend(connection, createLolaChipConfigurator()));
