/**
 * The Omnibus address space the simulator backs with state: for every mapped word its implemented-bit mask,
 * reset value and access kind (haldls.md section 2, section 3 container tables).
 *
 * The authoritative per-register table is haldls' `lookupRegister(address)`. This module asks haldls first
 * (resolved at run time, so the simulator keeps working while haldls grows) and falls back to the block map
 * below, which covers every block of haldls.md section 2 with its word layout. Unknown addresses return
 * `undefined`: the executor answers those with a TimeoutNotification, as the Omnibus tree never acknowledges them.
 */
import * as haldls from '@bss2/haldls';

export type RegisterAccess = 'rw' | 'ro' | 'wo';

export interface RegisterInfo {
  /** Block or register name (diagnostics only). */
  readonly name: string;
  /** Implemented bits: writes keep only these, reads return only these. */
  readonly mask: number;
  /** Value after chip/FPGA reset. */
  readonly reset: number;
  readonly access: RegisterAccess;
}

/** One block of the built-in map: `span` word addresses from `base`, optionally with unused words. */
export interface RegisterBlock {
  readonly name: string;
  readonly base: number;
  /** Number of word addresses spanned (not all need to be mapped, see `valid`). */
  readonly span: number;
  readonly access: RegisterAccess;
  readonly mask: number;
  readonly reset: number;
  /** Offsets inside the span that exist (layouts with unused words). Default: all. */
  readonly valid?: (offset: number) => boolean;
  /**
   * Per-word layout of blocks whose words differ (haldls default words as reset values, implemented bits):
   * word `(offset - layoutStart) % layout.stride` uses `layout.masks[i]` / `layout.resets[i]`.
   */
  readonly layout?: WordLayout;
}

export interface WordLayout {
  readonly stride: number;
  /** Offset of word 0 of the first record (e.g. 2 for NeuronConfig, whose words 0 and 1 are unused). */
  readonly start: number;
  readonly masks: readonly number[];
  readonly resets: readonly number[];
}

function withLayout(block: RegisterBlock, stride: number, masks: readonly number[], resets: readonly number[], start = 0): RegisterBlock {
  return { ...block, layout: { stride, start, masks, resets } };
}

/** SRAM controller timing words (read_delay, setup/width): haldls default 0xFF, 0xFF unless stated. */
function sramTiming(name: string, base: number, resets: readonly number[] = [0xff, 0xff]): RegisterBlock {
  return withLayout(region(name, base, 2), 2, [0xff, 0xff], resets);
}

const FULL = 0xffffffff;

function region(
  name: string,
  base: number,
  span: number,
  access: RegisterAccess = 'rw',
  mask = FULL,
  reset = 0,
  valid?: (offset: number) => boolean,
): RegisterBlock {
  return valid ? { name, base, span, access, mask, reset, valid } : { name, base, span, access, mask, reset };
}

function chipRegions(): RegisterBlock[] {
  const r: RegisterBlock[] = [
    region('SystimeSyncBase.low', 0x0000_0000, 1),
    region('SystimeSyncBase.high', 0x0000_0001, 1, 'rw', 0x7ff),
    region('CommonPhyConfigChip', 0x0004_0000, 1),
    region('ADPLL/PLLClockOutputBlock/PLLSelfTest', 0x0008_0000, 6),
    region('PLLSelfTestStatus', 0x0008_0007, 1, 'ro'),
    region('MADCControl', 0x000c_0000, 1, 'wo'),
    region('MADCConfig/CurrentDAC/ReadoutSourceSelection/PadMux', 0x000c_0001, 17),
    withLayout(
      region('ReferenceGeneratorConfig', 0x000c_0012, 9),
      9,
      [0xf000, 0xfc0, 0x3f, 0xfff, 0xfff, 0xfff, 0xfff, 0xfff, 0xfff],
      [0x1000, 0x280, 0x28, 0xa28, 0xa28, 0x41, 0x41, 0x2cb, 0x2cb],
    ),
    region('SynapseBiasSelection', 0x0010_0000, 1, 'rw', 0xffff, 0xffff),
  ];
  for (const [side, base] of [['top', 0x0011_0000], ['bottom', 0x0011_8000]] as const) {
    r.push(region(`PADIEvent.${side}`, base, 1, 'wo'));
    r.push(region(`CommonPADIBusConfig.${side}`, base + 1, 1, 'rw', 0xffff_00ff));
    r.push(region(`CommonSTPConfig.${side}`, base + 2, 1, 'rw', 0x1f));
    // driver d at base + 4d + {0,1,2}; the fourth word of each driver is not implemented
    r.push(
      withLayout(
        region(`SynapseDriverConfig.${side}`, base + 0x400, 128 * 4, 'rw', FULL, 0, (o) => (o & 3) !== 3),
        4,
        [0xffff, 0x3fff, 0xdf, 0],
        [0x3e00, 0x3f00, 0x40, 0],
      ),
    );
    r.push(sramTiming(`SynapseDriverSRAMTimingConfig.${side}`, base + 0x602, [0xc0, 0xff]));
  }
  for (const [side, base] of [['left', 0x0012_0000], ['right', 0x0012_8000]] as const) {
    const every4 = (o: number): boolean => (o & 3) === 0;
    r.push(region(`NeuronReset.${side}`, base + 0x2000, 256 * 4, 'wo', FULL, 0, every4));
    r.push(region(`BlockPostPulse.${side}`, base + 0x2400, 1, 'wo'));
    r.push(region(`SpikeCounterRead.${side}`, base + 0x2800, 256 * 4, 'ro', 0x1ff, 0, every4));
    r.push(region(`SpikeCounterReset.${side}`, base + 0x2c00, 256 * 4, 'wo', FULL, 0, every4));
  }
  r.push(region('CrossbarOutputConfig', 0x0013_0000, 1, 'rw', 0xffff));
  r.push(withLayout(region('BackgroundSpikeSource', 0x0013_0001, 24), 3, [0xffff_0003, FULL, 0x3fff_ffff], [0, 0, 0]));
  r.push(region('CrossbarNode', 0x0013_0019, 76, 'rw', 0xbfff_3fff));
  r.push(region('CrossbarInputDropCounter', 0x0013_0065, 20, 'ro', 0xffff));
  r.push(region('CrossbarOutputEventCounter', 0x0013_0079, 12, 'ro', 0xff_ffff));
  for (const [q, base] of [['NW', 0x0014_0000], ['NE', 0x0014_8000], ['SW', 0x0015_0000], ['SE', 0x0015_8000]] as const) {
    // 128 neuron columns + 1 shared column, 24 rows used of a 32-word column stride; 10-bit cells
    r.push(region(`CapMemCell.${q}`, base, 129 * 32, 'rw', 0x3ff, 0, (o) => (o & 31) < 24));
    r.push(sramTiming(`CapMemSRAMTimingConfig.${q}`, base | 0x2800, [0x0f, 0x1e]));
    r.push(
      withLayout(
        region(`CapMemBlockConfig.${q}`, base | 0x4000, 10),
        10,
        [0xff_ffff, FULL, 0x3, 0xffff, 0x3f, 0x3, 0xfff7_ffff, FULL, FULL, FULL],
        [0, 0, 0, 0x7337, 0x8, 0, 0x0331_0010, 0x0004_0007, 0, 0x1fa0],
      ),
    );
  }
  for (const [q, base] of [['NW', 0x0016_0000], ['NE', 0x0016_8000], ['SW', 0x0017_0000], ['SE', 0x0017_8000]] as const) {
    // neuron n: words 8n+2 .. 8n+7; offsets 0 and 1 are never accessed
    r.push(region(`NeuronConfig.${q}`, base, 128 * 8, 'rw', 0xff, 0, (o) => (o & 7) >= 2));
    r.push(sramTiming(`NeuronSRAMTimingConfig.${q}`, base | 0x402));
  }
  for (const [side, base] of [['west', 0x001a_1000], ['east', 0x001a_9000]] as const) {
    // address_out and refractory_time are stored inverted, hence the 0xFF reset words
    r.push(withLayout(region(`NeuronBackendConfig.${side}`, base, 256 * 4), 4, [0xff, 0xff, 0xff, 0xff], [0xff, 0xff, 0xbc, 0x00]));
    r.push(sramTiming(`NeuronBackendSRAMTimingConfig.${side}`, base + 0x402));
    r.push(withLayout(region(`CommonNeuronBackendConfig.${side}`, base + 0x800, 2), 2, [0x00ff_fff7, FULL], [0x0000_f005, 0x0470_0401]));
  }
  for (const [side, h] of [['top', 0x0200_0000], ['bottom', 0x0300_0000]] as const) {
    r.push(withLayout(region(`CommonSynramConfig.${side}`, h, 3), 3, [0xff, 0xffff, 0x7], [0x88, 0x303, 0x4]));
    r.push(region(`CommonCorrelationConfig.${side}`, h + 0x20_0000, 4));
    r.push(region(`CADCChannelConfig.east.${side}`, h + 0x40_0000, 256, 'rw', 0xff));
    r.push(sramTiming(`CADCSRAMTiming.east.${side}`, h + 0x40_0102));
    r.push(region(`CADCChannelConfig.west.${side}`, h + 0x40_0800, 256, 'rw', 0xff));
    r.push(sramTiming(`CADCSRAMTiming.west.${side}`, h + 0x40_0902));
    r.push(region(`CADCConfig.${side}`, h + 0x40_1000, 1, 'rw', 0xf_fff1, 0x1_4640));
    r.push(region(`PPUMemory.${side}`, h + 0x80_0000, 4096));
    r.push(region(`PPUControlRegister.${side}`, h + 0xa0_0000, 1));
    r.push(region(`PPUStatusRegister.${side}`, h + 0xa0_0001, 1, 'ro'));
    // synapse views: rows 0..255 plus the column-switch row 256 (64 quads per row)
    // split views expose 6-bit (weight/label) or 2-bit (calibration MSBs) fields per entry byte
    r.push(region(`SynapseWeightQuad.${side}`, h + 0xc0_0000, 257 * 64, 'rw', 0x3f3f_3f3f));
    r.push(region(`SynapseCorrelationCalibQuad.even.${side}`, h + 0xc1_0000, 257 * 64, 'rw', 0x0303_0303));
    r.push(region(`SynapseCorrelationCalibQuad.odd.${side}`, h + 0xc2_0000, 257 * 64, 'rw', 0x0303_0303));
    r.push(region(`SynapseLabelQuad.${side}`, h + 0xc4_0000, 257 * 64, 'rw', 0x3f3f_3f3f));
    r.push(region(`CADCSampleQuad.causal.${side}`, h + 0xc8_0000, 256 * 64, 'ro'));
    r.push(region(`CorrelationReset/NeuronResetQuad.${side}`, h + 0xc9_0000, 257 * 64, 'wo'));
    r.push(region(`CADCSampleQuad.acausal.${side}`, h + 0xcc_0000, 256 * 64, 'ro'));
    // raw view: row*128 (+64 for word 1); rows 0..257 (256/257 hold the column switches)
    r.push(region(`SynapseQuad.raw.${side}`, h + 0xcf_0000, 258 * 128));
    r.push(region(`CADCSampleQuad.causal.buffered.${side}`, h + 0xe8_0000, 256 * 64, 'ro'));
    r.push(region(`CADCSampleQuad.acausal.buffered.${side}`, h + 0xec_0000, 256 * 64, 'ro'));
  }
  return r;
}

function fpgaRegions(): RegisterBlock[] {
  return [
    region('ExternalPPUMemory', 0x8000_0000, 0x8000),
    region('ExternalPPUDRAM', 0x8400_0000, 1 << 26),
    region('OmnibusWriteResponseFilter', 0x8800_0000, 1, 'rw', 1, 1),
    region('FPGADeviceDNA', 0x8800_0003, 2, 'ro'),
    region('EventRecordingConfig', 0x8800_0005, 1, 'rw', 1, 0),
    region('PollingOmnibusBlockConfig', 0x8800_0006, 3),
    region('InstructionTimeoutConfig', 0x8800_0009, 1, 'rw', FULL, 125 * 10000),
    region('SystimeCorrectionBarrierConfig', 0x8800_000b, 1, 'rw', 1, 0),
    region('Timer', 0x8800_000c, 1, 'ro'),
    region('FPGASystimeSyncNumRetries', 0x8800_2000, 1, 'rw', 0xf, 3),
    region('FPGASystimeSyncLastRTT/LastAsicSystime/ActiveState', 0x8800_2001, 5, 'ro'),
    region('CommonPhyConfigFPGA', 0x8800_4000, 1),
    region('PhyStatus', 0x8800_4004, 24, 'ro'),
    region('PhyConfigFPGA', 0x8800_6000, 8),
    region('SPIMaster', 0x8800_7000, 8, 'wo'),
    // I2C device bytes 0x00..0x7F with the STOP (0x80) and repeated-START (0x100) flags, prescaler at +0x200
    region('I2CMaster', 0x8800_7800, 0x201),
    region('EventSwitch', 0x8800_7c00, 9),
    region('PerfTest', 0x8800_8000, 1),
    region('PerfTestStatus', 0x8800_8001, 4, 'ro'),
    region('PhyStatus.counts', 0x8800_c000, 16, 'ro'),
    region('HicannARQStatus', 0x8800_c010, 4, 'ro'),
    region('SpikeIOOutputRoute', 0x8802_0000, 0x10000, 'rw', 0xff, 0xff),
    region('SpikeIOInputRoute', 0x8803_0000, 0x100, 'rw', 0xffff, 0xffff),
    region('SpikeIOConfig', 0x8803_8000, 1, 'rw', 0x7_ffff, 1),
    region('InputRoutingTableEntry', 0x880c_0000, 0x8000, 'rw', 0x1_ffff),
    region('OutputRoutingTableEntry', 0x880d_0000, 0x10000, 'rw', 0xffff),
    region('ExternalOmnibus', 0x8c00_0000, 1),
    region('PulseCommunicationConfig', 0x8d00_0000, 1),
  ];
}

/** Regions sorted by base for binary search. */
const REGIONS: readonly RegisterBlock[] = [...chipRegions(), ...fpgaRegions()].sort((a, b) => a.base - b.base);
const BASES = Float64Array.from(REGIONS, (r) => r.base);

/** Every block of the built-in map, sorted by base address (for tools and tests). */
export function builtinRegisterBlocks(): readonly RegisterBlock[] {
  return REGIONS;
}

/** Per-word register descriptions of each block (shared objects: lookups never allocate). */
const BLOCK_INFOS: readonly (readonly RegisterInfo[])[] = REGIONS.map((reg) =>
  reg.layout
    ? reg.layout.masks.map((mask, i) => ({ name: reg.name, access: reg.access, mask, reset: reg.layout!.resets[i]! }))
    : [{ name: reg.name, access: reg.access, mask: reg.mask, reset: reg.reset }],
);

/** Index of the built-in block holding `address` (a mapped word), or -1. */
export function builtinBlockIndex(address: number): number {
  let lo = 0;
  let hi = BASES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (BASES[mid]! <= address) lo = mid + 1;
    else hi = mid - 1;
  }
  const reg = REGIONS[hi];
  if (!reg) return -1;
  const offset = address - reg.base;
  if (offset >= reg.span) return -1;
  if (reg.valid && !reg.valid(offset)) return -1;
  return hi;
}

/** Register description of word `offset` of built-in block `index`. */
export function builtinWordInfo(index: number, offset: number): RegisterInfo {
  const reg = REGIONS[index]!;
  const infos = BLOCK_INFOS[index]!;
  return reg.layout ? infos[(offset - reg.layout.start) % reg.layout.stride]! : infos[0]!;
}

/** Looks an address up in the built-in block map (no haldls involvement). */
export function lookupBuiltinRegister(address: number): RegisterInfo | undefined {
  const index = builtinBlockIndex(address);
  return index < 0 ? undefined : builtinWordInfo(index, address - REGIONS[index]!.base);
}

type HaldlsLookup = (address: number) => unknown;

/** haldls' published `lookupRegister`, if this build of haldls has it (adapter; see module comment). */
const haldlsLookup: HaldlsLookup | undefined = (() => {
  const fn = (haldls as unknown as Record<string, unknown>)['lookupRegister'];
  return typeof fn === 'function' ? (fn as HaldlsLookup) : undefined;
})();

/** Normalises haldls' register description (field names tolerated: mask/implementedMask, reset/resetValue, access). */
export function normaliseRegisterInfo(raw: unknown, fallbackName: string): RegisterInfo | undefined {
  if (raw === undefined || raw === null || typeof raw !== 'object') return undefined;
  const o = raw as Record<string, unknown>;
  const num = (...keys: string[]): number | undefined => {
    for (const k of keys) if (typeof o[k] === 'number') return (o[k] as number) >>> 0;
    return undefined;
  };
  const mask = num('mask', 'implementedMask', 'implementedBits');
  if (mask === undefined) return undefined;
  const reset = (num('reset', 'resetValue', 'defaultValue') ?? 0) & mask;
  let access: RegisterAccess = 'rw';
  const a = o['access'];
  if (typeof a === 'string') {
    const s = a.toLowerCase();
    if (s === 'ro' || s === 'r' || s === 'read' || s === 'read-only' || s === 'readonly') access = 'ro';
    else if (s === 'wo' || s === 'w' || s === 'write' || s === 'write-only' || s === 'writeonly') access = 'wo';
  } else if (typeof o['readable'] === 'boolean' || typeof o['writable'] === 'boolean') {
    if (o['readable'] === false) access = 'wo';
    else if (o['writable'] === false) access = 'ro';
  }
  const name = typeof o['name'] === 'string' ? (o['name'] as string) : fallbackName;
  return { name, mask: mask >>> 0, reset: reset >>> 0, access };
}

/**
 * Register description of an Omnibus word address (chip: bit 31 clear; FPGA: bit 31 set), or `undefined`
 * if no register exists there. haldls' table wins where it knows the address.
 */
export function lookupOmnibusRegister(address: number): RegisterInfo | undefined {
  if (haldlsLookup) {
    let raw: unknown;
    try {
      raw = haldlsLookup(address);
    } catch {
      raw = undefined; // haldls throws for addresses it does not know: fall back to the block map
    }
    if (raw !== undefined && raw !== null) {
      const direct = haldlsShapedInfo(raw);
      if (direct) return direct;
      const builtin = lookupBuiltinRegister(address);
      return normaliseRegisterInfo(raw, builtin?.name ?? 'haldls') ?? builtin;
    }
  }
  return lookupBuiltinRegister(address);
}

/**
 * haldls' own description shape ({ name, mask, reset, access: 'rw' | 'ro' | 'wo' }) turned into a
 * RegisterInfo without the general normalisation (same result as `normaliseRegisterInfo` for that shape;
 * the table is consulted once per address, ~200k times when a program configures a whole chip).
 */
function haldlsShapedInfo(raw: unknown): RegisterInfo | undefined {
  const o = raw as { name?: unknown; mask?: unknown; reset?: unknown; access?: unknown };
  const access = o.access;
  if (typeof o.name !== 'string' || typeof o.mask !== 'number' || typeof o.reset !== 'number') return undefined;
  if (access !== 'rw' && access !== 'ro' && access !== 'wo') return undefined;
  const mask = o.mask >>> 0;
  return { name: o.name, mask, reset: ((o.reset >>> 0) & mask) >>> 0, access };
}

/** True if haldls' register table is in use (reported by the connection for diagnostics). */
export const usesHaldlsRegisterTable: boolean = haldlsLookup !== undefined;
