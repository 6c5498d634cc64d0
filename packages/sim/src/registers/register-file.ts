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
    this.values.set(address, next);
    return next;
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
