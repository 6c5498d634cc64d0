/**
 * Program generation and execution on a fisch `Connection` through stadls: the JIT executor of one
 * execution instance.
 *
 * Program layout (one or more playback programs, split so none exceeds half the playback memory):
 *   systime synchronisation (time-annotated responses), static chip configuration (via the `ChipConfigurator`), Omnibus barrier, settling wait,
 *   event recording on, then per batch entry:
 *     neuron reset asserted for `TIMELINE.resetPulse` (plus `firstEntryDelay` before the first entry),
 *     reset released, settle, begin marker (loopback tick) + timer reset,
 *     input spikes at their times (block until timer, then spike packs of up to 3 labels with equal time),
 *     block until the entry's duration, end marker (loopback tick), settle (+ optional inter-batch wait);
 *   event recording off, barrier.
 * Recorded spikes are cut per batch entry by the FPGA times of the two markers and made relative to the
 * begin marker, so output times line up with input times.
 *
 * Writing chip containers needs the haldls/lola encodings; that part is delegated to a `ChipConfigurator`
 * (the lola Chip adapter), so this module never duplicates a register encoding.
 */
import { checkInt, InvalidArgumentError, moduleLogger, type Connection } from '@bss2/fisch';
import { Barrier, PLAYBACK_MEMORY_MESSAGES, PlaybackProgramBuilder, run as runPrograms, type PlaybackProgram } from '@bss2/stadls';
import { buildChipConfigPlan, type ChipConfigPlan } from './config-plan.js';
import { setConnectionBackendFactory, TIMELINE, type ExecutionBackend, type InstanceRawOutput, type InstanceRunRequest, type RawSpike } from './execution.js';

const log = moduleLogger('grenade.stadls');

/** Writes the chip-specific parts of a program (implemented on top of lola/haldls containers). */
export interface ChipConfigurator {
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
  /** Settling wait after a configuration with changed analog values (default 100 ms, CapMem). */
  readonly analogSettleCycles?: number;
  /** Settling wait after a purely digital configuration change (default 1 µs). */
  readonly digitalSettleCycles?: number;
  /** Split programs when they exceed this many to-FPGA messages (default half the playback memory). */
  readonly maxProgramMessages?: number;
}

export class StadlsBackend implements ExecutionBackend {
  readonly name: string;
  private readonly states = new Map<number, unknown>();
  private readonly analogSettle: number;
  private readonly digitalSettle: number;
  private readonly maxMessages: number;

  constructor(
    readonly connection: Connection,
    readonly configurator: ChipConfigurator,
    options: StadlsBackendOptions = {},
  ) {
    this.name = `stadls(${connection.name})`;
    this.analogSettle = checkInt('StadlsBackendOptions.analogSettleCycles', options.analogSettleCycles ?? 100_000 * 125, 0, TIMELINE.maxTime);
    this.digitalSettle = checkInt('StadlsBackendOptions.digitalSettleCycles', options.digitalSettleCycles ?? TIMELINE.settle, 0, TIMELINE.maxTime);
    this.maxMessages = checkInt('StadlsBackendOptions.maxProgramMessages', options.maxProgramMessages ?? PLAYBACK_MEMORY_MESSAGES / 2, 1, PLAYBACK_MEMORY_MESSAGES);
  }

  /**
   * Generates the playback programs of one instance run without executing them (e.g. to dump or inspect
   * them). `count` batch entries are delimited by markers in each program, starting at entry `first`.
   */
  buildPrograms(request: InstanceRunRequest): { readonly programs: InstanceProgram[]; readonly state: unknown } {
    if (request.batches.length === 0) throw new InvalidArgumentError('a run needs at least one batch entry');
    const programs: InstanceProgram[] = [];
    let builder = new PlaybackProgramBuilder();
    // Systime synchronisation: the FPGA only annotates responses (spikes, markers) with their FPGA time after
    // it, and output times are computed from those annotations.
    builder.message({ type: 'timing.SystimeInit', value: true });
    builder.blockUntilBarrier(Barrier.systime);
    const plan = buildChipConfigPlan(request.instance, request.routing);
    const { state, analogChanged } = this.configurator.writeConfig(builder, plan, request, this.states.get(request.instance.id));
    builder.blockUntilBarrier();
    builder.wait(analogChanged ? this.analogSettle : this.digitalSettle);
    this.configurator.setEventRecording(builder, true);
    let first = 0;
    request.batches.forEach((batch, b) => {
      this.configurator.setNeuronReset(builder, true);
      builder.wait(TIMELINE.resetPulse + (b === 0 ? TIMELINE.firstEntryDelay : 0));
      this.configurator.setNeuronReset(builder, false);
      builder.wait(TIMELINE.settle);
      builder.message({ type: 'system.Loopback', tick: true });
      builder.resetTimer();
      let i = 0;
      const events = batch.events;
      while (i < events.length) {
        const time = events[i]!.time;
        const labels: number[] = [];
        while (i < events.length && events[i]!.time === time) labels.push(events[i++]!.label);
        // The timer counts from the reset right after the begin marker; the block returns at `time`.
        if (time > 0) builder.blockUntilTimer(time);
        builder.spikes(labels);
      }
      builder.blockUntilTimer(batch.duration);
      builder.message({ type: 'system.Loopback', tick: true });
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
    return { programs, state };
  }

  async runInstance(request: InstanceRunRequest): Promise<InstanceRawOutput> {
    const { programs, state } = this.buildPrograms(request);
    for (const { program } of programs) await runPrograms(this.connection, program);
    this.states.set(request.instance.id, state);
    log.debug(`instance ${request.instance.id}: ${programs.length} program(s), ${request.batches.length} batch entries`);

    const spikes: RawSpike[][] = [];
    for (const { program, count } of programs) {
      if (program.loopback.length !== 2 * count) {
        throw new InvalidArgumentError(`program returned ${program.loopback.length} batch markers, expected ${2 * count}`);
      }
      const sorted = [...program.spikes].sort((a, b) => a.fpgaTime - b.fpgaTime);
      let next = 0;
      for (let k = 0; k < count; k++) {
        const begin = program.loopback.timeAt(2 * k);
        const end = program.loopback.timeAt(2 * k + 1);
        while (next < sorted.length && sorted[next]!.fpgaTime < begin) next++;
        const entry: RawSpike[] = [];
        for (; next < sorted.length && sorted[next]!.fpgaTime < end; next++) entry.push({ label: sorted[next]!.label, time: sorted[next]!.fpgaTime - begin });
        spikes.push(entry);
      }
    }
    // MADC/CADC readout programming needs the lola readout chain; no samples are produced yet.
    return { spikes, madc: spikes.map(() => []), cadc: spikes.map(() => []) };
  }
}

/**
 * Makes `run(connection, ...)` work on plain fisch connections by generating programs with `configurator`
 * (call once at start-up, e.g. with the lola Chip configurator).
 */
export function useChipConfigurator(configurator: ChipConfigurator, options: StadlsBackendOptions = {}): void {
  setConnectionBackendFactory((connection) => new StadlsBackend(connection, configurator, options));
}
