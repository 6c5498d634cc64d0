/**
 * PlaybackProgram: an immutable to-FPGA instruction stream plus, after `run()`, the decoded responses
 * (Omnibus/JTAG read data, loopback ticks, spikes, MADC samples, link and timeout notifications).
 *
 * Responses are decoded by fisch's PlaybackDecoder (spec fisch.md §4.3; `fisch.PlaybackProgram.pushResponses`,
 * which stores straight from the bytes into typed arrays): every message advances the FPGA time by one,
 * Systime sets it absolutely, Sysdelta adds to it, and event timestamps (8 bit, half FPGA cycles) are
 * extended to chip time with the current FPGA time. This class keeps one such decoder as its response store
 * and presents its queues to the stadls tickets.
 */
import {
  InvalidArgumentError,
  moduleLogger,
  PlaybackProgram as ResponseDecoder,
  ResponseQueueKind,
  type ConnectionTarget,
  type ConnectionTimeInfo,
  type WordBuffer,
} from '@bss2/fisch';
import { describeInstruction } from './instructions.js';

const log = moduleLogger('stadls.program');

/** FPGA clock: 125 MHz, one timer tick = 8 ns. */
export const FPGA_CLOCK_CYCLES_PER_US = 125;
/** Playback instruction memory of the FPGA in UT messages; bigger programs lose timing guarantees. */
export const PLAYBACK_MEMORY_MESSAGES = 4_194_304;

export interface SpikeFromChip {
  /** 16-bit spike label. */
  readonly label: number;
  /** FPGA time of arrival (125 MHz cycles). */
  readonly fpgaTime: number;
  /** Chip time stamp extended to 43 bits (125 MHz cycles). */
  readonly chipTime: number;
}

export interface MadcSampleFromChip {
  /** 10-bit sample value. */
  readonly value: number;
  /** MADC channel 0..1. */
  readonly channel: number;
  readonly fpgaTime: number;
  readonly chipTime: number;
}

export interface TimeoutNotification {
  readonly instructionIndex: number;
  readonly traceStallCount: number;
  readonly omnibusReadsInFlight: number;
  readonly fpgaTime: number;
}

export interface HighspeedLinkNotification {
  readonly value: number;
  readonly fpgaTime: number;
}

/** Per-queue expected response counts of a program (what its tickets wait for). */
export interface ExpectedResponses {
  omnibus: number;
  jtag: number;
  loopback: number;
}

/** One response queue (Omnibus, JTAG or loopback) of a program's decoded responses: (value, FPGA time) pairs. */
export class ResponseQueue {
  constructor(
    private readonly decoder: ResponseDecoder,
    private readonly kind: ResponseQueueKind,
  ) {}
  get length(): number {
    return this.decoder.queueLength(this.kind);
  }
  /** Values `pos .. pos + count - 1` (a copy). Exact for every queue: JTAG values are 33 bits wide. */
  slice(pos: number, count: number): Float64Array {
    return this.decoder.queueValues(this.kind).slice(pos, pos + count);
  }
  /**
   * 32-bit words `pos .. pos + count - 1` (a copy), for the Omnibus queue whose values are 32-bit words.
   * Throws on the JTAG queue rather than dropping bit 32.
   */
  words(pos: number, count: number): Uint32Array {
    if (this.kind === ResponseQueueKind.Jtag) throw new InvalidArgumentError('JTAG responses are 33 bits wide: use slice(), not words()');
    return Uint32Array.from(this.decoder.queueValues(this.kind).subarray(pos, pos + count));
  }
  timeAt(pos: number): number {
    return this.decoder.queueTimes(this.kind)[pos]!;
  }
}

export class PlaybackProgram {
  /** To-FPGA words (without the final halt). */
  readonly instructions: WordBuffer;
  readonly expected: Readonly<ExpectedResponses>;
  /** Targets this program must not run on (e.g. reads of containers a simulator cannot read back). */
  readonly unsupportedTargets: ReadonlySet<ConnectionTarget>;

  /** The decoded responses (fisch's PlaybackDecoder; its own instruction buffer stays empty). */
  private readonly responses = new ResponseDecoder();
  readonly omnibus = new ResponseQueue(this.responses, ResponseQueueKind.Omnibus);
  readonly jtag = new ResponseQueue(this.responses, ResponseQueueKind.Jtag);
  readonly loopback = new ResponseQueue(this.responses, ResponseQueueKind.Loopback);
  /** Set by `run()`: responses were pushed at least once. */
  hasRun = false;
  /** Durations of the last `run()` of this program (connection encode/decode/commit/execution, decode). */
  runTimeInfo: { readonly connection: ConnectionTimeInfo; readonly playbackDecodeNs: number } | null = null;

  constructor(instructions: WordBuffer, expected: ExpectedResponses, unsupportedTargets: Iterable<ConnectionTarget> = []) {
    this.instructions = instructions;
    this.expected = { ...expected };
    this.unsupportedTargets = new Set(unsupportedTargets);
  }

  /** Number of to-FPGA UT messages. */
  get sizeToFpga(): number {
    return this.instructions.length;
  }

  /** Sum of expected response messages. */
  get sizeFromFpga(): number {
    return this.expected.omnibus + this.expected.jtag + this.expected.loopback;
  }

  empty(): boolean {
    return this.instructions.length === 0;
  }

  /** Big-endian to-FPGA byte stream (without halt), as `Connection.execute` expects. */
  toBytes(): Uint8Array {
    return this.instructions.toBytes();
  }

  /** Spikes received, in arrival order (objects built on first access after a run). */
  get spikes(): readonly SpikeFromChip[] {
    return this.responses.spikes;
  }

  /** MADC samples received, in arrival order (objects built on first access after a run). */
  get madcSamples(): readonly MadcSampleFromChip[] {
    return this.responses.madcSamples;
  }

  /**
   * Spikes as columns (labels, chip times, FPGA times), without an object per spike; the views are valid
   * until the program runs again.
   */
  spikeColumns(): { labels: Uint16Array; chipTimes: Float64Array; fpgaTimes: Float64Array } {
    return this.responses.spikeColumns();
  }

  /** How often 1/2/3 spikes were packed into one message (index = pack size; index 0 unused). */
  get spikesPackCounts(): readonly number[] {
    return this.responses.spikePackCounts;
  }

  /** How often 1/2/3 MADC samples were packed into one message (index = pack size; index 0 unused). */
  get madcSamplesPackCounts(): readonly number[] {
    return this.responses.madcSamplePackCounts;
  }

  get highspeedLinkNotifications(): readonly HighspeedLinkNotification[] {
    return this.responses.highspeedLinkNotifications;
  }

  get timeoutNotifications(): readonly TimeoutNotification[] {
    return this.responses.timeoutNotifications;
  }

  /**
   * Forgets all responses (queues, events, pack counts, time) so the program can be run again and tickets
   * become invalid until then. Link and timeout notifications are cleared too, so that stale timeouts do not
   * make a successful re-run look failed.
   */
  clearResponses(): void {
    this.responses.clearResponses();
  }

  /** Decodes a from-FPGA byte stream into this program's response storage. */
  pushResponses(bytes: Uint8Array): void {
    this.responses.pushResponses(bytes);
    this.hasRun = true;
  }

  /** False if the FPGA reported an instruction timeout. */
  runOk(): boolean {
    return this.timeoutNotifications.length === 0;
  }

  /** True if every response queue holds exactly the expected number of responses. */
  ticketsValid(): boolean {
    return (
      this.omnibus.length === this.expected.omnibus &&
      this.jtag.length === this.expected.jtag &&
      this.loopback.length === this.expected.loopback
    );
  }

  /** Human-readable context of a timeout: the failing instruction and the 10 before it. */
  describeTimeout(t: TimeoutNotification): string {
    const n = this.instructions.length;
    if (t.instructionIndex >= n) return `timeout at invalid instruction index ${t.instructionIndex} (program has ${n})`;
    const lines = [
      `FPGA instruction timeout at instruction ${t.instructionIndex} of ${n} (fpga time ${t.fpgaTime}, ` +
        `trace stalls ${t.traceStallCount}/96, Omnibus reads in flight ${t.omnibusReadsInFlight}/52); preceding instructions:`,
    ];
    for (let i = Math.max(0, t.instructionIndex - 10); i <= t.instructionIndex; i++) {
      lines.push(`${i === t.instructionIndex ? '>' : ' '} ${i}: ${describeInstruction(this.instructions.hi(i), this.instructions.lo(i))}`);
    }
    return lines.join('\n');
  }

  /** Equality of instructions and expected counts (responses are not compared). */
  equals(o: PlaybackProgram): boolean {
    if (o.instructions.length !== this.instructions.length) return false;
    for (let i = 0; i < this.instructions.length; i++) {
      if (o.instructions.hi(i) !== this.instructions.hi(i) || o.instructions.lo(i) !== this.instructions.lo(i)) return false;
    }
    const e = this.expected;
    return o.expected.omnibus === e.omnibus && o.expected.jtag === e.jtag && o.expected.loopback === e.loopback;
  }

  /** One line per instruction. */
  toString(): string {
    const lines: string[] = [];
    for (let i = 0; i < this.instructions.length; i++) lines.push(describeInstruction(this.instructions.hi(i), this.instructions.lo(i)));
    return `PlaybackProgram(${this.instructions.length} instructions)\n${lines.join('\n')}`;
  }

  /** Logs a warning if the program exceeds the FPGA playback memory (no error, as upstream). */
  warnIfOversized(): void {
    if (this.instructions.length > PLAYBACK_MEMORY_MESSAGES) {
      log.warn(`program has ${this.instructions.length} instructions > ${PLAYBACK_MEMORY_MESSAGES}: no timing guarantees`);
    }
  }
}
