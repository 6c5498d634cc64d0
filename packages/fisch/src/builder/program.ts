/**
 * PlaybackProgram (spec 4.2/4.3): the to-FPGA instruction words of one program plus everything decoded from
 * its responses: the three typed response queues that tickets read, spikes, MADC samples, link and timeout
 * notifications. `pushResponses` is the PlaybackDecoder: it runs the from-FPGA byte stream through the
 * streaming `FromFpgaDecoder` and dispatches each message straight from the bytes (no message objects).
 */
import { checkInt, checkUint } from '../check.js';
import { InvalidArgumentError, ValueTypeError } from '../errors.js';
import { FromFpgaDecoder, type FromFpgaMessageHandler } from '../framing/from-fpga-stream.js';
import { WordBuffer } from '../framing/word-buffer.js';
import { encodeFromFpgaInto, FromFpgaOpcode, type FromFpgaMessage } from '../ut/from-fpga.js';
import { formatToFpgaMessage } from '../ut/print.js';
import { decodeToFpga } from '../ut/to-fpga.js';
import {
  HighspeedLinkNotification,
  MADCSampleFromChip,
  SpikeFromChip,
  TimeoutNotification,
  TIME_MODULUS,
  CHIP_TIME_WINDOW,
} from './events.js';
import { EventStore, ResponseQueue, type ResponseQueueKind } from './response-queue.js';

/** FPGA playback memory: 32 MiB at 8 bytes per instruction. Longer programs only warn (timing not guaranteed). */
export const PLAYBACK_MEMORY_INSTRUCTIONS = 4_194_304;

export class PlaybackProgram implements FromFpgaMessageHandler {
  /** @internal instruction words; owned by the builder until `done()`. */
  readonly instructions: WordBuffer;
  /** @internal expected number of responses per queue (JTAG, Omnibus, Loopback). */
  readonly expected: [number, number, number] = [0, 0, 0];
  private readonly queues: [ResponseQueue, ResponseQueue, ResponseQueue] = [
    new ResponseQueue(),
    new ResponseQueue(),
    new ResponseQueue(),
  ];
  /** Same object as queues[1], as a direct field for the decoder fast path. */
  private readonly omnibusQueue: ResponseQueue = this.queues[1];
  private readonly spikeStore = new EventStore();
  private readonly madcStore = new EventStore();
  private readonly linkNotifications: HighspeedLinkNotification[] = [];
  private readonly timeouts: TimeoutNotification[] = [];
  private readonly spikeCounts: [number, number, number, number] = [0, 0, 0, 0];
  private readonly madcCounts: [number, number, number, number] = [0, 0, 0, 0];
  private time = 0;
  private spikeCache: SpikeFromChip[] | undefined;
  private madcCache: MADCSampleFromChip[] | undefined;
  private readonly decoder: FromFpgaDecoder;

  constructor(instructions: WordBuffer = new WordBuffer()) {
    this.instructions = instructions;
    this.decoder = new FromFpgaDecoder(this);
  }

  // ---- program side -------------------------------------------------------------------------------------

  /** Big-endian program words, WITHOUT the halt (the connection appends it). */
  toBytes(): Uint8Array {
    return this.instructions.toBytes();
  }

  /** Number of to-FPGA instructions. */
  get size(): number {
    return this.instructions.length;
  }

  empty(): boolean {
    return this.instructions.length === 0;
  }

  /** Expected number of responses per queue (JTAG, Omnibus, Loopback). */
  expectedResponseCounts(): readonly number[] {
    return [...this.expected];
  }

  // ---- response side ------------------------------------------------------------------------------------

  /** Current FPGA time of the decoder (FPGA cycles; message count before a systime sync). */
  get fpgaTime(): number {
    return this.time;
  }

  /** @internal */
  queueLength(q: ResponseQueueKind): number {
    return this.queues[q].length;
  }
  /** @internal */
  queueValues(q: ResponseQueueKind): Float64Array {
    return this.queues[q].values;
  }
  /** @internal */
  queueTimes(q: ResponseQueueKind): Float64Array {
    return this.queues[q].times;
  }

  /**
   * Decodes a complete from-FPGA byte stream (as returned by `Connection.execute`) into the queues and event
   * lists. Throws `UnknownOpcodeError` / `TruncatedStreamError` on a malformed stream.
   */
  pushResponses(bytes: Uint8Array): void {
    this.spikeCache = undefined;
    this.madcCache = undefined;
    this.decoder.reset();
    this.decoder.push(bytes);
    this.decoder.end();
  }

  /** Feeds one decoded message (object form; the byte path `pushResponses` is the fast one). */
  pushMessage(msg: FromFpgaMessage): void {
    const buf = new Uint8Array(10);
    encodeFromFpgaInto(msg, buf, 0);
    this.spikeCache = undefined;
    this.madcCache = undefined;
    this.onMessage(buf[0]!, buf, 0);
  }

  /**
   * Empties the response queues, spikes, MADC samples, pack counters, and resets the time to 0, so tickets
   * become invalid and the program can run again. Deviation from upstream (spec 4.3 / 8.9): upstream leaves
   * the link and timeout notification lists untouched, which would make every rerun after one timeout fail
   * `runOk()`; the intended behaviour, clearing them too, is implemented.
   */
  clearResponses(): void {
    for (const q of this.queues) q.clear();
    this.spikeStore.clear();
    this.madcStore.clear();
    this.linkNotifications.length = 0;
    this.timeouts.length = 0;
    this.spikeCounts.fill(0);
    this.madcCounts.fill(0);
    this.time = 0;
    this.spikeCache = undefined;
    this.madcCache = undefined;
  }

  /** Every queue holds exactly the expected number of responses. */
  ticketsValid(): boolean {
    return (
      this.queues[0].length === this.expected[0] &&
      this.queues[1].length === this.expected[1] &&
      this.queues[2].length === this.expected[2]
    );
  }

  /** False if the FPGA reported any instruction timeout. */
  runOk(): boolean {
    return this.timeouts.length === 0;
  }

  get spikes(): readonly SpikeFromChip[] {
    if (!this.spikeCache) {
      const s = this.spikeStore;
      const out: SpikeFromChip[] = new Array(s.length);
      for (let i = 0; i < s.length; i++) out[i] = new SpikeFromChip(s.raw[i]!, s.chipTimes[i]!, s.fpgaTimes[i]!);
      this.spikeCache = out;
    }
    return this.spikeCache;
  }

  /** Raw spike columns (labels, chip times, FPGA times); views valid until the next push/clear. */
  spikeColumns(): { labels: Uint16Array; chipTimes: Float64Array; fpgaTimes: Float64Array } {
    const s = this.spikeStore;
    return {
      labels: s.raw.subarray(0, s.length),
      chipTimes: s.chipTimes.subarray(0, s.length),
      fpgaTimes: s.fpgaTimes.subarray(0, s.length),
    };
  }

  get madcSamples(): readonly MADCSampleFromChip[] {
    if (!this.madcCache) {
      const s = this.madcStore;
      const out: MADCSampleFromChip[] = new Array(s.length);
      for (let i = 0; i < s.length; i++) {
        const raw = s.raw[i]!;
        out[i] = new MADCSampleFromChip(raw & 0x3ff, (raw >>> 10) & 1, s.chipTimes[i]!, s.fpgaTimes[i]!);
      }
      this.madcCache = out;
    }
    return this.madcCache;
  }

  get highspeedLinkNotifications(): readonly HighspeedLinkNotification[] {
    return this.linkNotifications;
  }

  get timeoutNotifications(): readonly TimeoutNotification[] {
    return this.timeouts;
  }

  /** Number of received spike packs indexed by pack size (index 0 unused, always 0). */
  get spikePackCounts(): readonly number[] {
    return this.spikeCounts;
  }

  /** Number of received MADC sample packs indexed by pack size (index 0 unused, always 0). */
  get madcSamplePackCounts(): readonly number[] {
    return this.madcCounts;
  }

  /** Instructions + queues + expected sizes (spec 4.3 program equality). */
  equals(other: PlaybackProgram): boolean {
    return (
      this.instructions.equals(other.instructions) &&
      this.expected.every((e, i) => e === other.expected[i]) &&
      this.queues.every((q, i) => q.equals(other.queues[i]!)) &&
      this.spikeStore.equals(other.spikeStore) &&
      this.madcStore.equals(other.madcStore) &&
      this.time === other.time
    );
  }

  /** One instruction per line in `UTMessage(...)` form. */
  toString(): string {
    const lines: string[] = [];
    for (let i = 0; i < this.instructions.length; i++) lines.push(this.formatInstruction(i));
    return `PlaybackProgram(\n${lines.map((l) => `  ${l}\n`).join('')})`;
  }

  /** Print of instruction `index` (idle words print as such). */
  formatInstruction(index: number): string {
    const hi = this.instructions.hi(index);
    const lo = this.instructions.lo(index);
    if (hi & 0x80000000) return `idle(0x${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')})`;
    try {
      return formatToFpgaMessage(decodeToFpga(hi, lo));
    } catch {
      return `invalid(0x${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')})`;
    }
  }

  toJSON(): PlaybackProgramJSON {
    const words: string[] = [];
    for (let i = 0; i < this.instructions.length; i++) {
      words.push(this.instructions.word(i).toString(16).padStart(16, '0'));
    }
    return {
      instructions: words,
      expected: [...this.expected],
      queues: this.queues.map((q) => q.toJSON()),
      spikes: this.spikes.map((s) => s.toJSON()),
      madcSamples: this.madcSamples.map((s) => s.toJSON()),
      highspeedLinkNotifications: this.linkNotifications.map((n) => n.toJSON()),
      timeoutNotifications: this.timeouts.map((n) => n.toJSON()),
      spikePackCounts: [...this.spikeCounts],
      madcSamplePackCounts: [...this.madcCounts],
      fpgaTime: this.time,
    };
  }

  static fromJSON(json: unknown): PlaybackProgram {
    if (typeof json !== 'object' || json === null) throw new ValueTypeError('PlaybackProgram', json, 'object');
    const j = json as Partial<PlaybackProgramJSON>;
    if (!Array.isArray(j.instructions)) throw new ValueTypeError('PlaybackProgram.instructions', j.instructions, 'array of hex words');
    const words = new WordBuffer(j.instructions.length);
    j.instructions.forEach((w, i) => {
      if (typeof w !== 'string' || !/^[0-9a-fA-F]{16}$/.test(w)) {
        throw new ValueTypeError(`PlaybackProgram.instructions[${i}]`, w, '16 hex digits');
      }
      words.push(parseInt(w.slice(0, 8), 16), parseInt(w.slice(8), 16));
    });
    const p = new PlaybackProgram(words);
    const expected = j.expected ?? [0, 0, 0];
    for (let i = 0; i < 3; i++) p.expected[i] = checkInt(`PlaybackProgram.expected[${i}]`, expected[i], 0, Number.MAX_SAFE_INTEGER);
    (j.queues ?? []).forEach((q, qi) => {
      if (qi > 2) throw new InvalidArgumentError('PlaybackProgram.queues: at most 3 queues');
      q.values.forEach((v, i) => p.queues[qi]!.push(checkUint(`PlaybackProgram.queues[${qi}].values[${i}]`, v, 33), q.times[i] ?? 0));
    });
    for (const s of j.spikes ?? []) {
      const sp = SpikeFromChip.fromJSON(s);
      p.spikeStore.push(sp.label, sp.chipTime, sp.fpgaTime);
    }
    for (const s of j.madcSamples ?? []) {
      const m = MADCSampleFromChip.fromJSON(s);
      p.madcStore.push(m.value | (m.channel << 10), m.chipTime, m.fpgaTime);
    }
    for (const n of j.highspeedLinkNotifications ?? []) p.linkNotifications.push(new HighspeedLinkNotification(n.value, n.fpgaTime));
    for (const n of j.timeoutNotifications ?? []) {
      p.timeouts.push(new TimeoutNotification(n.instructionIndex, n.traceStallCount, n.omnibusReadsInFlight, n.fpgaTime));
    }
    (j.spikePackCounts ?? []).forEach((c, i) => (p.spikeCounts[i] = c));
    (j.madcSamplePackCounts ?? []).forEach((c, i) => (p.madcCounts[i] = c));
    p.time = j.fpgaTime ?? 0;
    return p;
  }

  // ---- decoder ------------------------------------------------------------------------------------------

  /**
   * PlaybackDecoder dispatch (spec 4.3). FPGATime advances by 1 for every message first (Sysdelta adds its
   * payload on top, Systime overwrites it); the halt Loopback is dropped. Time wraps within 43 bits.
   * @internal called by the framing decoder.
   */
  onMessage(op: number, b: Uint8Array, o: number): void {
    let t = this.time + 1;
    if (t === TIME_MODULUS) t = 0;
    // fast path for the dominant response type (Omnibus read data)
    if (op === FromFpgaOpcode.OmnibusData) {
      this.omnibusQueue.push(((b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!) >>> 0, t);
      this.time = t;
      return;
    }
    switch (op) {
      case FromFpgaOpcode.JtagData:
        this.queues[0].push(
          (b[o + 3]! & 1) * 0x1_0000_0000 + (((b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!) >>> 0),
          t,
        );
        break;
      case FromFpgaOpcode.Loopback:
        if (b[o + 7]! & 1) this.queues[2].push(1, t);
        break;
      case FromFpgaOpcode.HighspeedLinkNotification:
        this.linkNotifications.push(new HighspeedLinkNotification(b[o + 7]!, t));
        break;
      case FromFpgaOpcode.TimeoutNotification: {
        const hi = ((b[o + 2]! << 8) | b[o + 3]!) & 0x1fff;
        const idx = ((b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!) >>> 0;
        this.timeouts.push(new TimeoutNotification(idx, hi & 0x7f, hi >>> 7, t));
        break;
      }
      case FromFpgaOpcode.Systime:
        t = (((b[o + 2]! << 8) | b[o + 3]!) & 0x7ff) * 0x1_0000_0000 +
          (((b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!) >>> 0);
        break;
      case FromFpgaOpcode.Sysdelta:
        t = (t + b[o + 7]!) % TIME_MODULUS;
        break;
      case FromFpgaOpcode.MadcSamplePack1:
      case FromFpgaOpcode.MadcSamplePack2:
      case FromFpgaOpcode.MadcSamplePack3: {
        // Only value (bits 0-9) and channel (bit 10) are meaningful; the rest of the 14 transported bits is
        // dropped so that a sample's stored form equals its JSON form.
        const n = op - FromFpgaOpcode.MadcSamplePack1 + 1;
        this.pushEvents(this.madcStore, b, o + (n === 3 ? 10 : 8) - 3 * n, n, t, 0x7ff);
        this.madcCounts[n]!++;
        this.madcCache = undefined;
        break;
      }
      default: {
        // SpikePack1..3 (the framing decoder only delivers dictionary opcodes)
        const n = op - FromFpgaOpcode.SpikePack1 + 1;
        this.pushEvents(this.spikeStore, b, o + (n === 3 ? 10 : 8) - 3 * n, n, t, 0xffff);
        this.spikeCounts[n]!++;
        this.spikeCache = undefined;
      }
    }
    this.time = t;
  }

  private pushEvents(store: EventStore, b: Uint8Array, p: number, n: number, t: number, mask: number): void {
    const base = t - (t % CHIP_TIME_WINDOW);
    for (let i = 0; i < n; i++, p += 3) {
      let chip = base + (b[p]! >>> 1);
      if (chip > t) {
        chip -= CHIP_TIME_WINDOW;
        if (chip < 0) chip += TIME_MODULUS;
      }
      store.push(((b[p + 1]! << 8) | b[p + 2]!) & mask, chip, t);
    }
  }
}

export interface PlaybackProgramJSON {
  instructions: string[];
  expected: number[];
  queues: { values: number[]; times: number[] }[];
  spikes: { label: number; chipTime: number; fpgaTime: number }[];
  madcSamples: { value: number; channel: number; chipTime: number; fpgaTime: number }[];
  highspeedLinkNotifications: { value: number; fpgaTime: number }[];
  timeoutNotifications: { instructionIndex: number; traceStallCount: number; omnibusReadsInFlight: number; fpgaTime: number }[];
  spikePackCounts: number[];
  madcSamplePackCounts: number[];
  fpgaTime: number;
}
