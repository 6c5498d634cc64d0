/**
 * SimConnection: the register-accurate simulator behind fisch's `Connection` interface. A program that runs on
 * hardware runs unchanged here: the to-FPGA word stream is decoded (idle words dropped), executed by the
 * simulated FPGA executor against the register file and the chip model, and answered with the from-FPGA
 * stream ending in the halt acknowledgement.
 *
 * Time accounting follows hxcomm's Sim connection: encode = preparing the word stream (halt appended),
 * commit = handing the words to the simulator (parsing + validation), execution = running until the halt,
 * decode = producing the response stream.
 */
import {
  addTimeInfo,
  ConnectionError,
  nowNs,
  WordBuffer,
  withHalt,
  ZERO_TIME_INFO,
  type Connection,
  type ConnectionTarget,
  type ConnectionTimeInfo,
  type ExecuteOptions,
  type ExecuteResult,
  type Logger,
  SerialQueue,
} from '@bss2/fisch';
import type { ChipModel } from '../physics/interface.js';
import { OmnibusRegisterFile } from '../registers/register-file.js';
import { FpgaExecutor, validateProgram, type ProgramStats } from '../fpga/executor.js';
import { NS_PER_CYCLE } from '../fpga/costs.js';
import { resolveSimOptions, type ResolvedSimOptions, type SimConnectionOptions } from './options.js';
import { defaultChipModelFactory } from './default-model.js';

export interface SimExecuteResult extends ExecuteResult {
  /** Simulator-side statistics of this program (instructions, FPGA cycles, events, timeout). */
  readonly stats: ProgramStats;
}

export class SimConnection implements Connection {
  readonly name = 'sim';
  readonly supportedTargets: readonly ConnectionTarget[] = ['simulation'];
  readonly options: ResolvedSimOptions;
  private readonly registers = new OmnibusRegisterFile();
  private readonly model: ChipModel;
  private readonly executor: FpgaExecutor;
  private readonly queue = new SerialQueue();
  private readonly log: Logger;
  private total: ConnectionTimeInfo = ZERO_TIME_INFO;
  private isClosed = false;
  private lastStats: ProgramStats | undefined;

  constructor(options: SimConnectionOptions = {}) {
    this.options = resolveSimOptions(options, defaultChipModelFactory);
    this.log = this.options.logger;
    this.model = this.options.chipModel(this.registers, {
      seed: this.options.seed,
      fixedPatternNoise: this.options.fixedPatternNoise,
      trialNoise: this.options.trialNoise,
    });
    this.executor = new FpgaExecutor(this.registers, this.model, this.log);
    this.log.debug(`sim connection opened (seed ${this.options.seed})`);
  }

  get closed(): boolean {
    return this.isClosed;
  }

  uniqueIdentifier(): string {
    return 'simulation';
  }

  bitfileInfo(): string {
    return 'simulation';
  }

  timeInfo(): ConnectionTimeInfo {
    return this.total;
  }

  /** Simulated FPGA time in cycles since the connection was opened (8 ns each). */
  get fpgaCycle(): number {
    return this.executor.cycle;
  }

  /** Simulated FPGA time in nanoseconds. */
  get fpgaTimeNs(): number {
    return this.executor.cycle * NS_PER_CYCLE;
  }

  /** Statistics of the most recent program, if any. */
  get lastProgramStats(): ProgramStats | undefined {
    return this.lastStats;
  }

  /** Current register state (read-only view, e.g. for inspection in tests and tools). */
  get registerView(): { read(address: number): number } {
    return this.registers;
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    // let executions that were already submitted finish; new ones are refused
    await this.queue.run(async () => undefined);
  }

  execute(program: Uint8Array, options: ExecuteOptions = {}): Promise<SimExecuteResult> {
    if (this.isClosed) return Promise.reject(new ConnectionError('sim connection is closed', 'E_CLOSED'));
    if (!(program instanceof Uint8Array)) {
      return Promise.reject(new ConnectionError(`program must be a Uint8Array, got ${typeof program}`, 'E_ARGUMENT'));
    }
    return this.queue.run(() => this.run(program, options.signal));
  }

  private async run(program: Uint8Array, signal: AbortSignal | undefined): Promise<SimExecuteResult> {
    throwIfAborted(signal);
    const t0 = nowNs();
    const bytes = withHalt(program);
    const t1 = nowNs();
    const words = WordBuffer.fromBytes(bytes).view();
    validateProgram(words);
    const t2 = nowNs();
    const run = this.executor.begin(words);
    const slice = this.options.sliceInstructions;
    let executionNs = 0;
    let sliceStart = t2;
    while (!this.executor.step(run, slice)) {
      executionNs += nowNs() - sliceStart;
      // yield so an abort (or other work on the event loop) can get in between slices
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal?.aborted) {
        this.log.warn(`sim execution aborted after ${run.instruction} instructions; chip state reflects the executed part`);
        throw new ConnectionError('execution aborted', 'E_ABORTED');
      }
      sliceStart = nowNs();
    }
    const t3 = nowNs();
    executionNs += t3 - sliceStart;
    const responses = run.writer.take();
    const t4 = nowNs();
    const timeInfo: ConnectionTimeInfo = { encodeNs: t1 - t0, commitNs: t2 - t1, executionNs, decodeNs: t4 - t3 };
    this.total = addTimeInfo(this.total, timeInfo);
    const stats = this.executor.stats(run);
    this.lastStats = stats;
    this.log.debug(
      `sim executed ${stats.instructions} instructions, ${stats.endCycle - stats.startCycle} cycles, ` +
        `${stats.spikesIn} spikes in, ${stats.spikesOut} out, ${responses.length} response bytes (${stats.stopReason})`,
    );
    return { responses, timeInfo, stats };
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ConnectionError('execution aborted', 'E_ABORTED');
}
