/**
 * PlaybackProgram: an immutable to-FPGA instruction stream plus, after `run()`, the decoded responses
 * (Omnibus/JTAG read data, loopback ticks, spikes, MADC samples, link and timeout notifications).
 *
 * Response decoding follows fisch's PlaybackDecoder (spec fisch.md §4.3): every message advances the FPGA
 * time by one, Systime sets it absolutely, Sysdelta adds to it, and event timestamps (8 bit, half FPGA
 * cycles) are extended to chip time with the current FPGA time.
 */
import {
  decodeFromFpga,
  FromFpgaDecoder,
  moduleLogger,
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

/** Growable (value, fpgaTime) queue without per-entry allocation. */
export class ResponseQueue {
  private values = new Uint32Array(64);
  private times = new Float64Array(64);
  length = 0;
  push(value: number, time: number): void {
    if (this.length === this.values.length) {
      const v = new Uint32Array(this.length * 2);
      v.set(this.values);
      const t = new Float64Array(this.length * 2);
      t.set(this.times);
      this.values = v;
      this.times = t;
    }
    this.values[this.length] = value;
    this.times[this.length++] = time;
  }
  slice(pos: number, count: number): Uint32Array {
    return this.values.slice(pos, pos + count);
  }
  timeAt(pos: number): number {
    return this.times[pos]!;
  }
  clear(): void {
    this.length = 0;
  }
}

const TIME_MASK_43 = 2 ** 43;

function chipTimeOf(fpgaTime: number, ts: number): number {
  // Replace the low 7 bits of the FPGA time by ts/2; if that lies in the future, the event is from the
  // previous 128-cycle window.
  const base = fpgaTime - (fpgaTime % 128);
  let t = base + (ts >>> 1);
  if (t > fpgaTime) t = (t - 128 + TIME_MASK_43) % TIME_MASK_43;
  return t;
}

export class PlaybackProgram {
  /** To-FPGA words (without the final halt). */
  readonly instructions: WordBuffer;
  readonly expected: Readonly<ExpectedResponses>;
  /** Targets this program must not run on (e.g. reads of containers a simulator cannot read back). */
  readonly unsupportedTargets: ReadonlySet<ConnectionTarget>;

  readonly omnibus = new ResponseQueue();
  readonly jtag = new ResponseQueue();
  readonly loopback = new ResponseQueue();
  spikes: SpikeFromChip[] = [];
  madcSamples: MadcSampleFromChip[] = [];
  /** How often 1/2/3 events were packed into one message (index = pack size; index 0 unused). */
  spikesPackCounts: [number, number, number, number] = [0, 0, 0, 0];
  madcSamplesPackCounts: [number, number, number, number] = [0, 0, 0, 0];
  highspeedLinkNotifications: HighspeedLinkNotification[] = [];
  timeoutNotifications: TimeoutNotification[] = [];
  /** Set by `run()`: responses were pushed at least once. */
  hasRun = false;
  /** Durations of the last `run()` of this program (connection encode/decode/commit/execution, decode). */
  runTimeInfo: { readonly connection: ConnectionTimeInfo; readonly playbackDecodeNs: number } | null = null;
  private time = 0;

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

  /**
   * Forgets all responses (queues, events, pack counts, time) so the program can be run again and tickets
   * become invalid until then. Link and timeout notifications are cleared too (fisch keeps them; we do not,
   * because stale timeouts would make a successful re-run look failed).
   */
  clearResponses(): void {
    this.omnibus.clear();
    this.jtag.clear();
    this.loopback.clear();
    this.spikes = [];
    this.madcSamples = [];
    this.spikesPackCounts = [0, 0, 0, 0];
    this.madcSamplesPackCounts = [0, 0, 0, 0];
    this.highspeedLinkNotifications = [];
    this.timeoutNotifications = [];
    this.time = 0;
  }

  /** Decodes a from-FPGA byte stream into this program's response storage. */
  pushResponses(bytes: Uint8Array): void {
    const dec = new FromFpgaDecoder((_op, b, off) => this.pushMessage(b, off));
    dec.push(bytes);
    dec.end();
    this.hasRun = true;
  }

  private pushMessage(bytes: Uint8Array, off: number): void {
    const msg = decodeFromFpga(bytes, off);
    this.time += 1;
    switch (msg.type) {
      case 'omnibus.Data':
        return this.omnibus.push(msg.value, this.time);
      case 'jtag.Data':
        return this.jtag.push(msg.value >>> 0, this.time);
      case 'system.Loopback':
        if (msg.tick) this.loopback.push(1, this.time);
        return; // halt acknowledges the end of the program
      case 'timing.Systime':
        this.time = msg.value;
        return;
      case 'timing.Sysdelta':
        this.time += msg.value;
        return;
      case 'event.SpikePack':
        this.spikesPackCounts[msg.spikes.length]! += 1;
        for (const e of msg.spikes) this.spikes.push({ label: e.value, fpgaTime: this.time, chipTime: chipTimeOf(this.time, e.timestamp) });
        return;
      case 'event.MADCSamplePack':
        this.madcSamplesPackCounts[msg.samples.length]! += 1;
        for (const e of msg.samples) {
          this.madcSamples.push({ value: e.value & 0x3ff, channel: (e.value >>> 10) & 1, fpgaTime: this.time, chipTime: chipTimeOf(this.time, e.timestamp) });
        }
        return;
      case 'system.HighspeedLinkNotification':
        this.highspeedLinkNotifications.push({ value: msg.value, fpgaTime: this.time });
        return;
      case 'system.TimeoutNotification':
        this.timeoutNotifications.push({ ...msg, fpgaTime: this.time });
        return;
    }
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
