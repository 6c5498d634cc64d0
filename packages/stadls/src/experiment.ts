/**
 * The common experiment path in one call: (init) -> write a lola Chip -> wait for the CapMem -> record
 * events (and the MADC) for a fixed time while injecting timed spikes -> run -> spikes and MADC samples.
 *
 * ```ts
 * const chip = new Chip();
 * chip.neuronBlock.neuron(0, 0).set({ leak: { vLeak: 1000, iBias: 150 }, threshold: { enable: true, vThreshold: 300 } });
 * const result = await runExperiment(connection, chip, { durationUs: 200, madc: true });
 * console.log(result.spikes.length, result.madcSamples.length);
 * ```
 */
import { checkNumber, checkUint, type Connection } from '@bss2/fisch';
import { ChipOnDLS, halAdapter as hal, type Chip } from '@bss2/lola';
import { AbsoluteTimePlaybackProgramBuilder } from './absolute-time.js';
import { Barrier, PlaybackProgramBuilder } from './builder.js';
import { CAPMEM_SETTLING_US, SystemInit, type PlaybackGenerator } from './init.js';
import { FPGA_CLOCK_CYCLES_PER_US, type MadcSampleFromChip, type PlaybackProgram, type SpikeFromChip } from './program.js';
import { run, type RunTimeInfo } from './run.js';

export interface InputSpike {
  /** Time after the start of the recording, in µs. */
  readonly timeUs: number;
  /** 16-bit spike label (L2 channel, row select, synapse label; see haldls SpikeLabel). */
  readonly label: number;
}

export interface ExperimentOptions {
  /** Recording duration in µs (after the CapMem settled). */
  readonly durationUs: number;
  /** Init generator run first; `false` skips it (chip already initialised). Default: `SystemInit`. */
  readonly init?: PlaybackGenerator | false;
  /** CapMem settling time after the Chip write, in µs (default 100 ms). */
  readonly capmemSettlingUs?: number;
  /** Record the MADC (configure `chip.readoutChain` first). */
  readonly madc?: boolean;
  /** Spikes injected at absolute times within the recording window. */
  readonly spikes?: readonly InputSpike[];
}

export interface ExperimentResult {
  readonly program: PlaybackProgram;
  readonly spikes: readonly SpikeFromChip[];
  /** MADC samples sorted by chip time, zero-value samples dropped. */
  readonly madcSamples: readonly MadcSampleFromChip[];
  readonly runTimeInfo: RunTimeInfo;
}

/** Builds the experiment program (without running it). */
export function buildExperiment(chip: Chip, options: ExperimentOptions): PlaybackProgramBuilder {
  const duration = Math.round(checkNumber('ExperimentOptions.durationUs', options.durationUs, 0, 34e6) * FPGA_CLOCK_CYCLES_PER_US);
  const init = options.init === undefined ? new SystemInit() : options.init;
  const b = init ? init.generate(new PlaybackProgramBuilder()) : new PlaybackProgramBuilder();
  b.write(ChipOnDLS, chip);
  b.blockUntilBarrier(Barrier.omnibus);
  b.waitUs(options.capmemSettlingUs ?? CAPMEM_SETTLING_US);
  const madcControl = hal.coordinate('MADCControlOnDLS', 0);
  if (options.madc) b.write(madcControl, hal.make('MADCControl', { wake_up: true, enable_pre_amplifier: true }));
  const recording = hal.coordinate('EventRecordingConfigOnFPGA', 0);
  b.write(recording, hal.make('EventRecordingConfig', { enable_event_recording: true }));
  const realtime = new AbsoluteTimePlaybackProgramBuilder();
  if (options.madc) {
    realtime.write(0, madcControl, hal.make('MADCControl', { start_recording: true, enable_power_down_after_sampling: true, enable_pre_amplifier: true }));
    realtime.write(1, madcControl, hal.make('MADCControl', { enable_power_down_after_sampling: true, enable_pre_amplifier: true }));
  }
  (options.spikes ?? []).forEach((s, i) => {
    const t = Math.round(checkNumber(`ExperimentOptions.spikes[${i}].timeUs`, s.timeUs, 0, options.durationUs) * FPGA_CLOCK_CYCLES_PER_US);
    realtime.spikes(t, [checkUint(`ExperimentOptions.spikes[${i}].label`, s.label, 16)]);
  });
  const rt = realtime.done();
  rt.blockUntilTimer(duration);
  b.mergeBack(rt);
  b.write(recording, hal.make('EventRecordingConfig', { enable_event_recording: false }));
  b.blockUntilBarrier(Barrier.omnibus);
  return b;
}

/** Builds, runs and evaluates an experiment (see module docs). */
export async function runExperiment(connection: Connection, chip: Chip, options: ExperimentOptions): Promise<ExperimentResult> {
  const program = buildExperiment(chip, options).done();
  const runTimeInfo = await run(connection, program);
  const madcSamples = program.madcSamples.filter((s) => s.value !== 0).sort((a, b) => a.chipTime - b.chipTime);
  return { program, spikes: program.spikes, madcSamples, runTimeInfo };
}
