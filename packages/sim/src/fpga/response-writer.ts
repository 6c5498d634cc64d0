/**
 * Produces the from-FPGA byte stream: read data, JTAG data, loopbacks, timeout notifications and event packs,
 * with the Systime/Sysdelta annotations fisch's decoder needs to reconstruct FPGATime and ChipTime.
 *
 * The writer mirrors the decoder's clock (`decoderTime`): every message advances it by 1, Systime sets it,
 * Sysdelta adds its payload on top. An event with 8-bit timestamp ts (half cycles) decoded while the decoder
 * clock reads F gets ChipTime = F with its low 7 bits replaced by ts/2, minus 128 if that lies after F. So an
 * event at cycle c is reconstructed exactly iff c <= F <= c + 127; the writer emits a time update in front of
 * an event pack whenever that window would be missed (after a burst of messages the decoder clock can run
 * ahead of real time, hence the absolute Systime path).
 */
import { FromFpgaEncoder, FromFpgaOpcode } from '@bss2/fisch';

const MAX_SYSTIME = 2 ** 43 - 1;
/** Events at most this many cycles apart may share a pack (they must fit one 128-cycle window). */
const PACK_WINDOW = 127;

export class ResponseWriter {
  private readonly enc: FromFpgaEncoder;
  private readonly scratch = new Uint8Array(10);
  /** Decoder clock mirror (meaningful once `annotate` is on). */
  private decoderTime = 0;
  /** Emit time annotations (after a SystimeInit). */
  annotate = false;
  // pending event pack
  private pendingKind = -1; // FromFpgaOpcode.SpikePack1 or MadcSamplePack1
  private pendingCount = 0;
  private readonly pendingCycle = [0, 0, 0];
  private readonly pendingValue = [0, 0, 0];
  /** Statistics. */
  spikePacks = 0;
  madcPacks = 0;
  timeUpdates = 0;

  constructor(initialBytes = 4096) {
    this.enc = new FromFpgaEncoder(initialBytes);
  }

  /** A Systime message carrying `cycle` (absolute FPGA time); the decoder clock becomes `cycle`. */
  systime(cycle: number): void {
    this.flushEvents();
    this.writeSystime(cycle);
  }

  /** Omnibus read data at `cycle`. */
  omnibusData(value: number, cycle: number): void {
    this.beforeMessage(cycle);
    this.enc.pushOmnibusData(value >>> 0);
  }

  /** JTAG TDO data (up to 33 bits) at `cycle`. */
  jtagData(value: number, cycle: number): void {
    this.beforeMessage(cycle);
    const b = this.scratch;
    b.fill(0, 0, 8);
    b[0] = FromFpgaOpcode.JtagData;
    b[3] = Math.floor(value / 2 ** 32) & 1;
    b[4] = (value >>> 24) & 0xff;
    b[5] = (value >>> 16) & 0xff;
    b[6] = (value >>> 8) & 0xff;
    b[7] = value & 0xff;
    this.enc.pushRaw(b, 0, 8);
  }

  /** Loopback response (tick = true, halt = false). */
  loopback(tick: boolean, cycle: number): void {
    this.beforeMessage(cycle);
    const b = this.scratch;
    b.fill(0, 0, 8);
    b[0] = FromFpgaOpcode.Loopback;
    b[7] = tick ? 1 : 0;
    this.enc.pushRaw(b, 0, 8);
  }

  /** Playback-instruction timeout notification. */
  timeout(instructionIndex: number, traceStallCount: number, omnibusReadsInFlight: number, cycle: number): void {
    this.beforeMessage(cycle);
    const b = this.scratch;
    b.fill(0, 0, 8);
    b[0] = FromFpgaOpcode.TimeoutNotification;
    // bits 0-31 index, 32-38 trace stalls, 39-44 reads in flight
    const hiPart = ((omnibusReadsInFlight & 0x3f) << 7) | (traceStallCount & 0x7f);
    b[2] = (hiPart >>> 8) & 0xff;
    b[3] = hiPart & 0xff;
    b[4] = (instructionIndex >>> 24) & 0xff;
    b[5] = (instructionIndex >>> 16) & 0xff;
    b[6] = (instructionIndex >>> 8) & 0xff;
    b[7] = instructionIndex & 0xff;
    this.enc.pushRaw(b, 0, 8);
  }

  /** A spike (16-bit label) recorded at `cycle`. Time order is expected; unordered events still decode exactly. */
  spike(label: number, cycle: number): void {
    this.event(FromFpgaOpcode.SpikePack1, label & 0xffff, cycle);
  }

  /** An MADC sample (10-bit value, channel 0/1) at `cycle`. */
  madcSample(value: number, channel: number, cycle: number): void {
    this.event(FromFpgaOpcode.MadcSamplePack1, (value & 0x3ff) | ((channel & 1) << 10), cycle);
  }

  /** Flushes pending events and returns the complete comma-padded stream; the writer is left empty. */
  take(): Uint8Array {
    this.flushEvents();
    return this.enc.take();
  }

  private event(kind: number, value: number, cycle: number): void {
    // a pack shares one decoder time, so all its events must fit one window (robust to unordered input)
    if (
      this.pendingCount > 0 &&
      (this.pendingKind !== kind ||
        this.pendingCount === 3 ||
        Math.abs(cycle - this.pendingCycle[0]!) > PACK_WINDOW ||
        Math.abs(cycle - this.pendingCycle[this.pendingCount - 1]!) > PACK_WINDOW)
    ) {
      this.flushEvents();
    }
    this.pendingKind = kind;
    this.pendingCycle[this.pendingCount] = cycle;
    this.pendingValue[this.pendingCount] = value;
    this.pendingCount++;
  }

  /** Writes the pending pack (1..3 events), preceded by a time update if its window needs one. */
  flushEvents(): void {
    const n = this.pendingCount;
    if (n === 0) return;
    this.pendingCount = 0;
    if (this.annotate) {
      let first = this.pendingCycle[0]!;
      let last = first;
      for (let i = 1; i < n; i++) {
        const c = this.pendingCycle[i]!;
        if (c < first) first = c;
        if (c > last) last = c;
      }
      const f = this.decoderTime + 1; // decoder clock while decoding the pack
      if (f < last) {
        const delta = last - this.decoderTime - 2; // Sysdelta adds 1 + delta, the pack another 1
        if (delta >= 0 && delta <= 255) this.writeSysdelta(delta);
        else this.writeSystime(last - 1);
      } else if (f > first + PACK_WINDOW) {
        this.writeSystime(Math.max(0, last - 1));
      }
      this.decoderTime++;
    }
    const len = n === 3 ? 10 : 8;
    const b = this.scratch;
    b.fill(0, 0, len);
    b[0] = this.pendingKind + n - 1;
    let p = len - 3 * n;
    for (let i = 0; i < n; i++) {
      const v = this.pendingValue[i]!;
      b[p++] = (this.pendingCycle[i]! * 2) & 0xff; // half-cycle timestamp
      b[p++] = (v >>> 8) & 0xff;
      b[p++] = v & 0xff;
    }
    if (this.pendingKind === FromFpgaOpcode.SpikePack1) this.spikePacks++;
    else this.madcPacks++;
    this.enc.pushRaw(b, 0, len);
  }

  /** Before a non-event message: flush events, then bring a lagging decoder clock up to `cycle`. */
  private beforeMessage(cycle: number): void {
    this.flushEvents();
    if (!this.annotate) return;
    const f = this.decoderTime + 1;
    if (f < cycle) {
      const delta = cycle - this.decoderTime - 2;
      if (delta >= 0 && delta <= 255) this.writeSysdelta(delta);
      else this.writeSystime(cycle - 1);
    }
    this.decoderTime++;
  }

  private writeSystime(cycle: number): void {
    const v = Math.min(MAX_SYSTIME, Math.max(0, cycle));
    const b = this.scratch;
    b.fill(0, 0, 8);
    b[0] = FromFpgaOpcode.Systime;
    // 43-bit value right-aligned in bytes 2..7
    const hi = Math.floor(v / 2 ** 32);
    b[2] = (hi >>> 8) & 0x07;
    b[3] = hi & 0xff;
    b[4] = (v >>> 24) & 0xff;
    b[5] = (v >>> 16) & 0xff;
    b[6] = (v >>> 8) & 0xff;
    b[7] = v & 0xff;
    this.enc.pushRaw(b, 0, 8);
    this.decoderTime = v;
    this.timeUpdates++;
  }

  private writeSysdelta(delta: number): void {
    const b = this.scratch;
    b.fill(0, 0, 8);
    b[0] = FromFpgaOpcode.Sysdelta;
    b[7] = delta;
    this.enc.pushRaw(b, 0, 8);
    this.decoderTime += 1 + delta;
    this.timeUpdates++;
  }
}
