/**
 * Backing store of the whole Omnibus address space: every mapped word holds its written value masked to the
 * implemented bits; unwritten words read their reset value. Chip words (bit 31 clear) return to reset on a
 * chip reset; FPGA words (bit 31 set) survive it, as on hardware where only the ASIC's reset line toggles.
 *
 * Storage is one lazily allocated Uint32Array per block of the built-in map (filled with the reset words), so
 * full-array configurations (131 072 synapses, 3 120 CapMem cells per block) cost an index, not a hash
 * lookup. Huge sparse blocks (external DRAM) and addresses only haldls' table knows live in a Map.
 */
import type { RegisterView } from '../physics/interface.js';
import { builtinBlockIndex, builtinRegisterBlocks, lookupOmnibusRegister, type RegisterInfo } from './address-map.js';

/** Blocks larger than this many words are stored sparsely. */
const DENSE_LIMIT = 1 << 17;

/** Expands 4 byte-enable bits (bit i = byte i) into a 32-bit mask. */
export function byteEnableMask(byteEnables: number): number {
  return (
    ((byteEnables & 1 ? 0xff : 0) | (byteEnables & 2 ? 0xff00 : 0) | (byteEnables & 4 ? 0xff_0000 : 0) | (byteEnables & 8 ? 0xff00_0000 : 0)) >>> 0
  );
}

export function isFpgaAddress(address: number): boolean {
  return address >= 0x8000_0000;
}

/**
 * Synapse SRAM views (haldls.md 2.2). The weight, label and calibration-MSB views expose bit fields of the
 * same SRAM cells as the raw view (inferred aliasing, which the spec allows): raw word 0 holds per entry byte
 * [time_calib:2 | weight:6], raw word 1 [amp_calib:2 | label:6]. The simulator stores only the raw words of
 * rows 0..255 and derives the views, so whichever container a program uses, all views and the chip model
 * agree. The column-switch rows (256/257) have no such overlap and are stored per address.
 */
const SYNAPSE_VIEW_OFFSET = 0xc0_0000;
const RAW_VIEW = 0xf;
const LOW6 = 0x3f3f_3f3f;
const LOW2 = 0x0303_0303;

/** View kind of a synapse-array address (0 weight, 1 time-calib MSBs, 2 amp-calib MSBs, 4 label, 15 raw), or -1. */
export function synapseViewOf(address: number): number {
  if (address < 0x02c0_0000 || address >= 0x03d0_0000) return -1;
  const off = (address & 0x00ff_ffff) - SYNAPSE_VIEW_OFFSET;
  if (off < 0 || off >= 0x10_0000 || (address & 0xfc00_0000) !== 0) return -1;
  const view = off >>> 16;
  const idx = off & 0xffff;
  if (view === RAW_VIEW) return idx >>> 7 < 256 ? view : -1;
  return (view === 0 || view === 1 || view === 2 || view === 4) && idx >>> 6 < 256 ? view : -1;
}

/** Raw word backing a view address (view as returned by `synapseViewOf`, not raw). */
function rawOfView(address: number, view: number): number {
  const h = address & 0x0300_0000;
  const idx = (address - h - SYNAPSE_VIEW_OFFSET) & 0xffff;
  const raw0 = h + SYNAPSE_VIEW_OFFSET + (RAW_VIEW << 16) + (idx >>> 6) * 128 + (idx & 63);
  return view === 0 || view === 1 ? raw0 : raw0 + 64;
}

function viewOfRaw(view: number, raw: number): number {
  return (view === 0 || view === 4 ? raw & LOW6 : (raw >>> 6) & LOW2) >>> 0;
}

function rawWithView(view: number, raw: number, value: number): number {
  return view === 0 || view === 4 ? ((raw & ~LOW6) | (value & LOW6)) >>> 0 : ((raw & ~(LOW2 << 6)) | ((value & LOW2) << 6)) >>> 0;
}

/**
 * Register descriptions and reset words of the dense blocks, shared by every register file of the process
 * (`lookupOmnibusRegister` is a pure function of the address): filling a block or reading an unwritten word
 * then costs an index, and each address is looked up once per process, not once per connection.
 */
const denseInfos: ((RegisterInfo | null | undefined)[] | undefined)[] = [];
const denseResets: (Uint32Array | undefined)[] = [];

function resetWords(index: number): Uint32Array {
  let words = denseResets[index];
  if (!words) {
    const block = builtinRegisterBlocks()[index]!;
    words = new Uint32Array(block.span);
    for (let o = 0; o < block.span; o++) words[o] = lookupOmnibusRegister(block.base + o)?.reset ?? 0;
    denseResets[index] = words;
  }
  return words;
}

export class OmnibusRegisterFile implements RegisterView {
  private readonly dense: (Uint32Array | undefined)[] = [];
  private readonly sparse = new Map<number, number>();
  /** Register descriptions of addresses outside the dense blocks (null = unmapped). */
  private readonly sparseInfo = new Map<number, RegisterInfo | null>();

  /** Register description, or undefined for an unmapped address. */
  info(address: number): RegisterInfo | undefined {
    const index = builtinBlockIndex(address);
    if (index >= 0) {
      const block = builtinRegisterBlocks()[index]!;
      if (block.span <= DENSE_LIMIT) {
        let infos = denseInfos[index];
        if (!infos) denseInfos[index] = infos = new Array<RegisterInfo | null | undefined>(block.span);
        const offset = address - block.base;
        let cached = infos[offset];
        if (cached === undefined) infos[offset] = cached = lookupOmnibusRegister(address) ?? null;
        return cached ?? undefined;
      }
    }
    let info = this.sparseInfo.get(address);
    if (info === undefined) {
      info = lookupOmnibusRegister(address) ?? null;
      this.sparseInfo.set(address, info);
    }
    return info ?? undefined;
  }

  /** Stored value (reset value if never written), masked to the implemented bits; 0 for unmapped words. */
  read(address: number): number {
    const view = synapseViewOf(address);
    if (view >= 0 && view !== RAW_VIEW) return viewOfRaw(view, this.readWord(rawOfView(address, view)));
    return this.readWord(address);
  }

  /**
   * Stores `value` under the byte enables, masked to the implemented bits, and returns the new word.
   * The caller has checked that the address is mapped and writable.
   */
  store(address: number, info: RegisterInfo, value: number, byteEnables = 0xf): number {
    const be = byteEnables === 0xf ? 0xffff_ffff : byteEnableMask(byteEnables);
    const old = this.read(address);
    const next = (((old & ~be) | (value & be)) & info.mask) >>> 0;
    const view = synapseViewOf(address);
    if (view >= 0 && view !== RAW_VIEW) {
      const raw = rawOfView(address, view);
      this.writeWord(raw, rawWithView(view, this.readWord(raw), next));
    } else {
      this.writeWord(address, next);
    }
    return next;
  }

  /**
   * Calls `fn` for every other address whose read value changed with a write to `address` (the aliased
   * synapse views), so the chip model can be told about every view it may be watching.
   */
  forEachAlias(address: number, fn: (alias: number) => void): void {
    const view = synapseViewOf(address);
    if (view < 0) return;
    const word1 = view === RAW_VIEW ? (address & 64) !== 0 : view === 2 || view === 4;
    const raw = view === RAW_VIEW ? address : rawOfView(address, view);
    const raw0 = word1 ? raw - 64 : raw;
    const h = raw0 & 0x0300_0000;
    const idx = raw0 & 0xffff;
    const viewBase = h + SYNAPSE_VIEW_OFFSET + (idx >>> 7) * 64 + (idx & 63);
    if (address !== raw) fn(raw);
    // word 1 backs the label (4) and amp-calib (2) views, word 0 the weight (0) and time-calib (1) views
    const a0 = viewBase + ((word1 ? 4 : 0) << 16);
    const a1 = viewBase + ((word1 ? 2 : 1) << 16);
    if (a0 !== address) fn(a0);
    if (a1 !== address) fn(a1);
  }

  /** Sets a word directly (device models updating read-only status registers). */
  set(address: number, value: number): void {
    this.writeWord(address, value >>> 0);
  }

  /** Chip reset: every chip word returns to its reset value. */
  resetChip(): void {
    const blocks = builtinRegisterBlocks();
    for (let i = 0; i < this.dense.length; i++) if (this.dense[i] && !isFpgaAddress(blocks[i]!.base)) this.dense[i] = undefined;
    for (const address of [...this.sparse.keys()]) if (!isFpgaAddress(address)) this.sparse.delete(address);
  }

  /** Number of words currently holding a written value (diagnostics; dense blocks count whole). */
  get writtenWords(): number {
    let n = this.sparse.size;
    for (const d of this.dense) if (d) n += d.length;
    return n;
  }

  private readWord(address: number): number {
    const index = builtinBlockIndex(address);
    if (index >= 0) {
      const block = builtinRegisterBlocks()[index]!;
      if (block.span <= DENSE_LIMIT) {
        const words = this.dense[index];
        return (words ?? resetWords(index))[address - block.base]!;
      }
    }
    const v = this.sparse.get(address);
    if (v !== undefined) return v;
    return this.info(address)?.reset ?? 0;
  }

  private writeWord(address: number, value: number): void {
    const index = builtinBlockIndex(address);
    if (index >= 0) {
      const block = builtinRegisterBlocks()[index]!;
      if (block.span <= DENSE_LIMIT) {
        let words = this.dense[index];
        if (!words) this.dense[index] = words = Uint32Array.from(resetWords(index));
        words[address - block.base] = value;
        return;
      }
    }
    this.sparse.set(address, value);
  }
}
