/**
 * Backing store of the whole Omnibus address space: every mapped word holds its written value masked to the
 * implemented bits; unwritten words read their reset value. Chip words (bit 31 clear) return to reset on a
 * chip reset; FPGA words (bit 31 set) survive it, as on hardware where only the ASIC's reset line toggles.
 */
import type { RegisterView } from '../physics/interface.js';
import { lookupOmnibusRegister, type RegisterInfo } from './address-map.js';

/** Marks an address known to be unmapped in the lookup cache. */
const UNMAPPED = null;

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

interface SynapseAlias {
  /** Raw word the address maps onto. */
  readonly raw: number;
  /** View kind: 0 weight, 1 even MSBs (time calib), 2 odd MSBs (amp calib), 4 label, 0xF raw. */
  readonly view: number;
  /** Raw word 0 address of the quad (word 1 is +64). */
  readonly raw0: number;
}

export function synapseAlias(address: number): SynapseAlias | undefined {
  if (address < 0x0200_0000 || address >= 0x0400_0000) return undefined;
  const h = address & 0x0300_0000;
  const off = address - h - SYNAPSE_VIEW_OFFSET;
  if (off < 0 || off >= 0x10_0000) return undefined;
  const view = off >>> 16;
  const idx = off & 0xffff;
  const base = h + SYNAPSE_VIEW_OFFSET + (RAW_VIEW << 16);
  if (view === RAW_VIEW) {
    const row = idx >>> 7;
    if (row >= 256) return undefined;
    const raw0 = base + row * 128 + (idx & 63);
    return { raw: address, view, raw0 };
  }
  if (view !== 0 && view !== 1 && view !== 2 && view !== 4) return undefined;
  const row = idx >>> 6;
  if (row >= 256) return undefined;
  const raw0 = base + row * 128 + (idx & 63);
  return { raw: view === 0 || view === 1 ? raw0 : raw0 + 64, view, raw0 };
}

function viewOfRaw(view: number, raw: number): number {
  return (view === 0 || view === 4 ? raw & LOW6 : (raw >>> 6) & LOW2) >>> 0;
}

function rawWithView(view: number, raw: number, value: number): number {
  return view === 0 || view === 4 ? ((raw & ~LOW6) | (value & LOW6)) >>> 0 : ((raw & ~(LOW2 << 6)) | ((value & LOW2) << 6)) >>> 0;
}

export class OmnibusRegisterFile implements RegisterView {
  private readonly values = new Map<number, number>();
  private readonly infoCache = new Map<number, RegisterInfo | typeof UNMAPPED>();

  /** Register description, or undefined for an unmapped address (cached: lookups are on the hot path). */
  info(address: number): RegisterInfo | undefined {
    let info = this.infoCache.get(address);
    if (info === undefined) {
      info = lookupOmnibusRegister(address) ?? UNMAPPED;
      this.infoCache.set(address, info);
    }
    return info ?? undefined;
  }

  /** Stored value (reset value if never written), masked to the implemented bits; 0 for unmapped words. */
  read(address: number): number {
    const alias = synapseAlias(address);
    if (alias && alias.view !== RAW_VIEW) return viewOfRaw(alias.view, this.values.get(alias.raw) ?? 0);
    const v = this.values.get(address);
    if (v !== undefined) return v;
    return this.info(address)?.reset ?? 0;
  }

  /**
   * Stores `value` under the byte enables, masked to the implemented bits, and returns the new word.
   * The caller has checked that the address is mapped and writable.
   */
  store(address: number, info: RegisterInfo, value: number, byteEnables = 0xf): number {
    const be = byteEnables === 0xf ? 0xffff_ffff : byteEnableMask(byteEnables);
    const old = this.read(address);
    const next = (((old & ~be) | (value & be)) & info.mask) >>> 0;
    const alias = synapseAlias(address);
    if (alias && alias.view !== RAW_VIEW) {
      this.values.set(alias.raw, rawWithView(alias.view, this.values.get(alias.raw) ?? 0, next));
    } else {
      this.values.set(address, next);
    }
    return next;
  }

  /**
   * Other addresses whose read value changed with a write to `address` (aliased synapse views), so the
   * chip model can be told about every view it may be watching. Empty for ordinary registers.
   */
  aliasesOf(address: number): number[] {
    const alias = synapseAlias(address);
    if (!alias) return [];
    const h = alias.raw0 - (alias.raw0 & 0xffff) - (RAW_VIEW << 16); // hemisphere base + view offset
    const q = alias.raw0 & 63;
    const row = ((alias.raw0 & 0xffff) - q) / 128;
    const viewAddr = (view: number): number => h + (view << 16) + row * 64 + q;
    const word1 = alias.raw !== alias.raw0;
    const group = word1 ? [alias.raw0 + 64, viewAddr(4), viewAddr(2)] : [alias.raw0, viewAddr(0), viewAddr(1)];
    return group.filter((a) => a !== address);
  }

  /** Sets a word directly (device models updating read-only status registers). */
  set(address: number, value: number): void {
    this.values.set(address, value >>> 0);
  }

  /** Chip reset: every chip word returns to its reset value. */
  resetChip(): void {
    for (const address of [...this.values.keys()]) if (!isFpgaAddress(address)) this.values.delete(address);
  }

  /** Number of words currently holding a written value (diagnostics). */
  get writtenWords(): number {
    return this.values.size;
  }
}
