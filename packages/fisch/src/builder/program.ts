/**
 * PlaybackProgram (spec 4.2/4.3): the to-FPGA instruction words of one program plus everything decoded from
 * its responses: the three typed response queues that tickets read, spikes, MADC samples, link and timeout
 * notifications. `pushResponses` is the PlaybackDecoder: framing and dispatch fused in one loop over the
 * from-FPGA byte stream, storing straight from the bytes into typed arrays (no message objects, no call and
 * no allocation per message; spike/MADC objects are only built when `spikes`/`madcSamples` is read).
 */
import { checkInt, checkUint } from '../check.js';
import { InvalidArgumentError, UnknownOpcodeError, ValueTypeError } from '../errors.js';
import { checkStreamEnd, type FromFpgaMessageHandler } from '../framing/from-fpga-stream.js';
import { WordBuffer } from '../framing/word-buffer.js';
import {
  encodeFromFpgaInto,
  FROM_FPGA_DICTIONARY,
  FROM_FPGA_MESSAGE_BYTES,
  FromFpgaOpcode,
  type FromFpgaMessage,
} from '../ut/from-fpga.js';
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
  /** Received packs by from-FPGA header (only the 6 event-pack headers are counted). */
  private readonly packCounts = new Float64Array(16);
  private time = 0;
  private spikeCache: SpikeFromChip[] | undefined;
  private madcCache: MADCSampleFromChip[] | undefined;

  constructor(instructions: WordBuffer = new WordBuffer()) {
    this.instructions = instructions;
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
    checkStreamEnd(bytes, this.decodeRange(bytes, 0, bytes.length));
  }

  /** Feeds one decoded message (object form; the byte path `pushResponses` is the fast one). */
  pushMessage(msg: FromFpgaMessage): void {
    const buf = new Uint8Array(10);
    const len = encodeFromFpgaInto(msg, buf, 0);
    this.spikeCache = undefined;
    this.madcCache = undefined;
    this.decodeRange(buf, 0, len);
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
    this.packCounts.fill(0);
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
    return this.packCountsFrom(FromFpgaOpcode.SpikePack1);
  }

  /** Number of received MADC sample packs indexed by pack size (index 0 unused, always 0). */
  get madcSamplePackCounts(): readonly number[] {
    return this.packCountsFrom(FromFpgaOpcode.MadcSamplePack1);
  }

  /** [0, packs of 1, of 2, of 3 events] for the pack kind whose 1-event header is `first`. */
  private packCountsFrom(first: number): number[] {
    const c = this.packCounts;
    return [0, c[first]!, c[first + 1]!, c[first + 2]!];
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
      spikePackCounts: this.spikePackCounts.slice(),
      madcSamplePackCounts: this.madcSamplePackCounts.slice(),
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
    for (let k = 1; k <= 3; k++) {
      const count = (name: string, counts: number[] | undefined) =>
        checkInt(`PlaybackProgram.${name}[${k}]`, counts?.[k] ?? 0, 0, Number.MAX_SAFE_INTEGER);
      p.packCounts[FromFpgaOpcode.SpikePack1 + k - 1] = count('spikePackCounts', j.spikePackCounts);
      p.packCounts[FromFpgaOpcode.MadcSamplePack1 + k - 1] = count('madcSamplePackCounts', j.madcSamplePackCounts);
    }
    p.time = j.fpgaTime ?? 0;
    return p;
  }

  // ---- decoder ------------------------------------------------------------------------------------------

  /**
   * PlaybackDecoder dispatch of one message (spec 4.3), for callers that run their own framing decoder.
   * `pushResponses` does the same without a call per message.
   * @internal
   */
  onMessage(op: number, b: Uint8Array, o: number): void {
    this.spikeCache = undefined;
    this.madcCache = undefined;
    const len = FROM_FPGA_MESSAGE_BYTES[op]!;
    if (len === 0 || o + len > b.length) {
      throw new InvalidArgumentError(`onMessage: no complete from-FPGA message with header ${op} at offset ${o}`);
    }
    this.decodeRange(b, o, o + len);
  }

  /**
   * Framing and PlaybackDecoder dispatch fused into one loop over `b[start, end)` (`start` on a 64-bit word
   * boundary of the stream). FPGATime advances by 1 for every message first (Sysdelta adds its payload on top,
   * Systime overwrites it); the halt Loopback is dropped; time wraps within 43 bits. A header byte with the MSB
   * set is a comma (the rest of its word is padding); any other header outside the dictionary throws
   * `UnknownOpcodeError` after the messages before it were stored.
   *
   * The loop is shaped for event recording and register read-back, the two kinds of long response streams:
   * - Hot state (time, Omnibus queue, spike and MADC stores) lives in locals, written back at the end, before
   *   growing a store and before throwing; no allocation and no call per event or Omnibus word. The rare
   *   messages go through `decodeRareMessage`, which keeps this loop small enough for V8 to optimise as a
   *   whole.
   * - The six event-pack kinds share one branch-free path: a pack always stores 3 events (4-byte loads; the
   *   slots past its event count are overwritten by the next pack or lie past the store's length) and
   *   advances the store by its count, so the only data-dependent branch per pack is spike-or-MADC. Within
   *   16 bytes of `end`, where those loads could run past the stream, packs store exactly their own events.
   * - ChipTime (as `reconstructChipTime`): the event happened `(t - ts/2) mod 128` cycles before the FPGA
   *   time t, so it is `t - ((t mod 128 - ts/2) & 127)`, wrapping within 43 bits. `t mod 128` is kept
   *   incrementally in an int (`low`), which saves a float floor per pack.
   *
   * Returns where decoding stopped: `end` if the range held whole messages, the start of an incomplete last
   * message (< end), or the end of a comma-skipped word that runs past `end` (> end).
   */
  private decodeRange(b: Uint8Array, start: number, end: number): number {
    const lens = FROM_FPGA_MESSAGE_BYTES;
    // big-endian word reads: one load + byte swap each once optimised
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const packs = this.packCounts;
    let t = this.time;
    let low = t % CHIP_TIME_WINDOW;
    const jtag = this.queues[0];
    const loopback = this.queues[2];
    const omni = this.omnibusQueue;
    let ov = omni.values;
    let ot = omni.times;
    let on = omni.length;
    const spikes = this.spikeStore;
    let sr = spikes.raw;
    let sc = spikes.chipTimes;
    let sf = spikes.fpgaTimes;
    let sn = spikes.length;
    const madc = this.madcStore;
    let mr = madc.raw;
    let mc = madc.chipTimes;
    let mf = madc.fpgaTimes;
    let mn = madc.length;
    const fastEnd = end - 16;
    let i = start;
    while (i < end) {
      const op = b[i]!;
      const len = lens[op]!;
      if (len === 0) {
        if (op & 0x80) {
          // comma: drop the rest of this word
          i = start + (((i - start) | 7) + 1);
          continue;
        }
        this.writeBack(t, on, sn, mn);
        throw new UnknownOpcodeError('from_fpga', op, FROM_FPGA_DICTIONARY.length);
      }
      if (i + len > end) break; // incomplete last message
      t += 1;
      if (t === TIME_MODULUS) t = 0;
      low = (low + 1) & WINDOW_MASK;
      const n = PACK_EVENTS[op]!;
      if (n !== 0) {
        let raw: Uint16Array;
        let chip: Float64Array;
        let fpga: Float64Array;
        let k: number;
        if (op >= FIRST_SPIKE_PACK) {
          if (sn + 3 > sr.length) {
            spikes.length = sn;
            spikes.grow(sn + 3);
            sr = spikes.raw;
            sc = spikes.chipTimes;
            sf = spikes.fpgaTimes;
          }
          raw = sr;
          chip = sc;
          fpga = sf;
          k = sn;
          sn += n;
        } else {
          if (mn + 3 > mr.length) {
            madc.length = mn;
            madc.grow(mn + 3);
            mr = madc.raw;
            mc = madc.chipTimes;
            mf = madc.fpgaTimes;
          }
          raw = mr;
          chip = mc;
          fpga = mf;
          k = mn;
          mn += n;
        }
        packs[op]!++;
        const mask = EVENT_FIELD_MASK[op]!;
        // events are right-aligned in the message (the last 3n bytes), event 0 first
        const p = i + len - 3 * n;
        if (i <= fastEnd) {
          const w0 = dv.getUint32(p);
          const w1 = dv.getUint32(p + 3);
          const w2 = dv.getUint32(p + 6);
          let c0 = t - ((low - (w0 >>> 25)) & WINDOW_MASK);
          let c1 = t - ((low - (w1 >>> 25)) & WINDOW_MASK);
          let c2 = t - ((low - (w2 >>> 25)) & WINDOW_MASK);
          if (c0 < 0) c0 += TIME_MODULUS;
          if (c1 < 0) c1 += TIME_MODULUS;
          if (c2 < 0) c2 += TIME_MODULUS;
          raw[k] = (w0 >>> 8) & mask;
          raw[k + 1] = (w1 >>> 8) & mask;
          raw[k + 2] = (w2 >>> 8) & mask;
          chip[k] = c0;
          chip[k + 1] = c1;
          chip[k + 2] = c2;
          fpga[k] = t;
          fpga[k + 1] = t;
          fpga[k + 2] = t;
        } else {
          for (let e = 0; e < n; e++) {
            const q = p + 3 * e;
            let c = t - ((low - (b[q]! >>> 1)) & WINDOW_MASK);
            if (c < 0) c += TIME_MODULUS;
            raw[k + e] = ((b[q + 1]! << 8) | b[q + 2]!) & mask;
            chip[k + e] = c;
            fpga[k + e] = t;
          }
        }
      } else if (op === OMNIBUS_DATA) {
        // read-back: the whole run of Omnibus data in a tight inner loop
        for (;;) {
          if (on === ov.length) {
            omni.length = on;
            omni.grow(on + 1);
            ov = omni.values;
            ot = omni.times;
          }
          ov[on] = dv.getUint32(i + 4);
          ot[on] = t;
          on++;
          if (i + 16 > end || b[i + 8] !== OMNIBUS_DATA) break;
          i += 8;
          t += 1;
          if (t === TIME_MODULUS) t = 0;
        }
        low = t % CHIP_TIME_WINDOW;
      } else if (op === SYSDELTA) {
        const d = b[i + 7]!;
        t += d;
        if (t >= TIME_MODULUS) t -= TIME_MODULUS;
        low = (low + d) & WINDOW_MASK;
      } else if (op === JTAG_DATA) {
        jtag.push((b[i + 3]! & 1) * 0x1_0000_0000 + dv.getUint32(i + 4), t);
      } else if (op === LOOPBACK) {
        if (b[i + 7]! & 1) loopback.push(1, t);
      } else {
        t = this.decodeRareMessage(op, b, i, t);
        low = t % CHIP_TIME_WINDOW;
      }
      i += len;
    }
    this.writeBack(t, on, sn, mn);
    return i;
  }

  /**
   * Systime, link and timeout notifications at FPGA time `t`: pushes them to their queue
   * or list and returns the FPGA time after the message (changed only by Systime).
   */
  private decodeRareMessage(op: number, b: Uint8Array, i: number, t: number): number {
    const word32 = ((b[i + 4]! << 24) | (b[i + 5]! << 16) | (b[i + 6]! << 8) | b[i + 7]!) >>> 0;
    switch (op) {
      case FromFpgaOpcode.Systime:
        return (((b[i + 2]! << 8) | b[i + 3]!) & 0x7ff) * 0x1_0000_0000 + word32;
      case FromFpgaOpcode.HighspeedLinkNotification:
        this.linkNotifications.push(new HighspeedLinkNotification(b[i + 7]!, t));
        return t;
      default: {
        // TimeoutNotification: the only header left
        const hi = ((b[i + 2]! << 8) | b[i + 3]!) & 0x1fff;
        this.timeouts.push(new TimeoutNotification(word32, hi & 0x7f, hi >>> 7, t));
        return t;
      }
    }
  }

  private writeBack(t: number, on: number, sn: number, mn: number): void {
    this.time = t;
    this.omnibusQueue.length = on;
    this.spikeStore.length = sn;
    this.madcStore.length = mn;
  }
}

const WINDOW_MASK = CHIP_TIME_WINDOW - 1;
const FIRST_SPIKE_PACK = FromFpgaOpcode.SpikePack1;
const OMNIBUS_DATA = FromFpgaOpcode.OmnibusData;
const SYSDELTA = FromFpgaOpcode.Sysdelta;
const JTAG_DATA = FromFpgaOpcode.JtagData;
const LOOPBACK = FromFpgaOpcode.Loopback;

/** Events per message by from-FPGA header: MADC sample packs 1-3 and spike packs 1-3; 0 for the rest. */
const PACK_EVENTS = new Uint8Array(256);
/**
 * Bits of an event's 16-bit field that are stored: a spike's whole label; a MADC sample's value (bits 0-9)
 * and channel (bit 10). The rest of a sample's transported bits is dropped so that its stored form equals its
 * JSON form.
 */
const EVENT_FIELD_MASK = new Uint16Array(256);
for (let k = 0; k < 3; k++) {
  PACK_EVENTS[FromFpgaOpcode.SpikePack1 + k] = k + 1;
  PACK_EVENTS[FromFpgaOpcode.MadcSamplePack1 + k] = k + 1;
  EVENT_FIELD_MASK[FromFpgaOpcode.SpikePack1 + k] = 0xffff;
  EVENT_FIELD_MASK[FromFpgaOpcode.MadcSamplePack1 + k] = 0x7ff;
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
