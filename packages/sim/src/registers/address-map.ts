/**
 * The Omnibus address space the simulator backs with state: for every mapped word its implemented-bit mask,
 * reset value and access kind (haldls.md section 2, section 3 container tables).
 *
 * haldls' `lookupRegister(address)` is the one home of the mask and reset of every word a haldls container
 * writes (derived from the container definitions, so it cannot drift from the encoders). The block map below
 * says which addresses exist at all and their access kind; it gives masks and resets only for the words
 * haldls does not describe (read-only counters and sample memories, external memories, board devices, ...).
 * Unknown addresses return `undefined`: the executor answers those with a TimeoutNotification, as the Omnibus
 * tree never acknowledges them.
 */
import { lookupRegister } from '@bss2/haldls';

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
  /** Offsets inside the span that exist (layouts with unused words). Default: all. */
  readonly valid?: (offset: number) => boolean;
  /**
   * Mask and reset of the block's words haldls' register table does not describe. Absent for blocks whose
   * every word haldls describes: haldls owns those facts (a word it stops describing then reads as unmapped
   * instead of silently taking a guessed mask).
   */
  readonly words?: { readonly mask: number; readonly reset: number };
}

const FULL = 0xffffffff;

/** A block haldls' register table describes word by word: the map records only existence and access. */
function described(name: string, base: number, span: number, access: RegisterAccess = 'rw', valid?: (offset: number) => boolean): RegisterBlock {
  return valid ? { name, base, span, access, valid } : { name, base, span, access };
}

/** A block (or the part of one) haldls does not describe: the map gives the mask and reset of its words. */
function own(name: string, base: number, span: number, access: RegisterAccess = 'rw', mask = FULL, reset = 0, valid?: (offset: number) => boolean): RegisterBlock {
  const words = { mask, reset };
  return valid ? { name, base, span, access, valid, words } : { name, base, span, access, words };
}

function chipRegions(): RegisterBlock[] {
  const r: RegisterBlock[] = [
    described('SystimeSyncBase.low', 0x0000_0000, 1),
    described('SystimeSyncBase.high', 0x0000_0001, 1),
    own('CommonPhyConfigChip', 0x0004_0000, 1),
    own('ADPLL/PLLClockOutputBlock/PLLSelfTest', 0x0008_0000, 6),
    own('PLLSelfTestStatus', 0x0008_0007, 1, 'ro'),
    described('MADCControl', 0x000c_0000, 1, 'wo'),
    described('MADCConfig/CurrentDAC/ReadoutSourceSelection/PadMux', 0x000c_0001, 17),
    described('ReferenceGeneratorConfig', 0x000c_0012, 9),
    described('SynapseBiasSelection', 0x0010_0000, 1),
  ];
  for (const [side, base] of [['top', 0x0011_0000], ['bottom', 0x0011_8000]] as const) {
    r.push(described(`PADIEvent.${side}`, base, 1, 'wo'));
    r.push(described(`CommonPADIBusConfig.${side}`, base + 1, 1));
    r.push(described(`CommonSTPConfig.${side}`, base + 2, 1));
    // driver d at base + 4d + {0,1,2}; the fourth word of each driver is not implemented
    r.push(described(`SynapseDriverConfig.${side}`, base + 0x400, 128 * 4, 'rw', (o) => (o & 3) !== 3));
    r.push(described(`SynapseDriverSRAMTimingConfig.${side}`, base + 0x602, 2));
  }
  for (const [side, base] of [['left', 0x0012_0000], ['right', 0x0012_8000]] as const) {
    const every4 = (o: number): boolean => (o & 3) === 0;
    r.push(described(`NeuronReset.${side}`, base + 0x2000, 256 * 4, 'wo', every4));
    r.push(described(`BlockPostPulse.${side}`, base + 0x2400, 1, 'wo'));
    r.push(own(`SpikeCounterRead.${side}`, base + 0x2800, 256 * 4, 'ro', 0x1ff, 0, every4));
    r.push(described(`SpikeCounterReset.${side}`, base + 0x2c00, 256 * 4, 'wo', every4));
  }
  r.push(described('CrossbarOutputConfig', 0x0013_0000, 1));
  r.push(described('BackgroundSpikeSource', 0x0013_0001, 24));
  r.push(described('CrossbarNode', 0x0013_0019, 76));
  r.push(own('CrossbarInputDropCounter', 0x0013_0065, 20, 'ro', 0xffff));
  r.push(own('CrossbarOutputEventCounter', 0x0013_0079, 12, 'ro', 0xff_ffff));
  for (const [q, base] of [['NW', 0x0014_0000], ['NE', 0x0014_8000], ['SW', 0x0015_0000], ['SE', 0x0015_8000]] as const) {
    // 128 neuron columns + 1 shared column, 24 rows used of a 32-word column stride
    r.push(described(`CapMemCell.${q}`, base, 129 * 32, 'rw', (o) => (o & 31) < 24));
    r.push(described(`CapMemSRAMTimingConfig.${q}`, base | 0x2800, 2));
    r.push(described(`CapMemBlockConfig.${q}`, base | 0x4000, 10));
  }
  for (const [q, base] of [['NW', 0x0016_0000], ['NE', 0x0016_8000], ['SW', 0x0017_0000], ['SE', 0x0017_8000]] as const) {
    // neuron n: words 8n+2 .. 8n+7; offsets 0 and 1 are never accessed
    r.push(described(`NeuronConfig.${q}`, base, 128 * 8, 'rw', (o) => (o & 7) >= 2));
    r.push(described(`NeuronSRAMTimingConfig.${q}`, base | 0x402, 2));
  }
  for (const [side, base] of [['west', 0x001a_1000], ['east', 0x001a_9000]] as const) {
    r.push(described(`NeuronBackendConfig.${side}`, base, 256 * 4));
    r.push(described(`NeuronBackendSRAMTimingConfig.${side}`, base + 0x402, 2));
    r.push(described(`CommonNeuronBackendConfig.${side}`, base + 0x800, 2));
  }
  for (const [side, h] of [['top', 0x0200_0000], ['bottom', 0x0300_0000]] as const) {
    r.push(described(`CommonSynramConfig.${side}`, h, 3));
    r.push(described(`CommonCorrelationConfig.${side}`, h + 0x20_0000, 4));
    r.push(described(`CADCChannelConfig.east.${side}`, h + 0x40_0000, 256));
    r.push(described(`CADCSRAMTiming.east.${side}`, h + 0x40_0102, 2));
    r.push(described(`CADCChannelConfig.west.${side}`, h + 0x40_0800, 256));
    r.push(described(`CADCSRAMTiming.west.${side}`, h + 0x40_0902, 2));
    r.push(described(`CADCConfig.${side}`, h + 0x40_1000, 1));
    r.push(described(`PPUMemory.${side}`, h + 0x80_0000, 4096));
    r.push(described(`PPUControlRegister.${side}`, h + 0xa0_0000, 1));
    r.push(own(`PPUStatusRegister.${side}`, h + 0xa0_0001, 1, 'ro'));
    // synapse views: rows 0..255 plus the column-switch row 256 (64 quads per row)
    r.push(described(`SynapseWeightQuad.${side}`, h + 0xc0_0000, 257 * 64));
    r.push(described(`SynapseCorrelationCalibQuad.even.${side}`, h + 0xc1_0000, 257 * 64));
    r.push(described(`SynapseCorrelationCalibQuad.odd.${side}`, h + 0xc2_0000, 257 * 64));
    r.push(described(`SynapseLabelQuad.${side}`, h + 0xc4_0000, 257 * 64));
    r.push(own(`CADCSampleQuad.causal.${side}`, h + 0xc8_0000, 256 * 64, 'ro'));
    r.push(described(`CorrelationReset/NeuronResetQuad.${side}`, h + 0xc9_0000, 257 * 64, 'wo'));
    r.push(own(`CADCSampleQuad.acausal.${side}`, h + 0xcc_0000, 256 * 64, 'ro'));
    // raw view: row*128 (+64 for word 1); rows 0..257 (256/257 hold the column switches). haldls describes
    // every row but 256: these full-width words are for that row.
    r.push(own(`SynapseQuad.raw.${side}`, h + 0xcf_0000, 258 * 128));
    r.push(own(`CADCSampleQuad.causal.buffered.${side}`, h + 0xe8_0000, 256 * 64, 'ro'));
    r.push(own(`CADCSampleQuad.acausal.buffered.${side}`, h + 0xec_0000, 256 * 64, 'ro'));
  }
  return r;
}

function fpgaRegions(): RegisterBlock[] {
  return [
    own('ExternalPPUMemory', 0x8000_0000, 0x8000),
    own('ExternalPPUDRAM', 0x8400_0000, 1 << 26),
    own('OmnibusWriteResponseFilter', 0x8800_0000, 1, 'rw', 1, 1),
    own('FPGADeviceDNA', 0x8800_0003, 2, 'ro'),
    described('EventRecordingConfig', 0x8800_0005, 1),
    described('PollingOmnibusBlockConfig', 0x8800_0006, 3),
    described('InstructionTimeoutConfig', 0x8800_0009, 1),
    described('SystimeCorrectionBarrierConfig', 0x8800_000b, 1),
    own('Timer', 0x8800_000c, 1, 'ro'),
    described('FPGASystimeSyncNumRetries', 0x8800_2000, 1),
    own('FPGASystimeSyncLastRTT/LastAsicSystime/ActiveState', 0x8800_2001, 5, 'ro'),
    described('CommonPhyConfigFPGA', 0x8800_4000, 1),
    own('PhyStatus', 0x8800_4004, 24, 'ro'),
    described('PhyConfigFPGA', 0x8800_6000, 8),
    own('SPIMaster', 0x8800_7000, 8, 'wo'),
    // I2C device bytes 0x00..0x7F with the STOP (0x80) and repeated-START (0x100) flags, prescaler at +0x200
    own('I2CMaster', 0x8800_7800, 0x201),
    own('EventSwitch', 0x8800_7c00, 9),
    described('PerfTest', 0x8800_8000, 1),
    own('PerfTestStatus', 0x8800_8001, 4, 'ro'),
    own('PhyStatus.counts', 0x8800_c000, 16, 'ro'),
    own('HicannARQStatus', 0x8800_c010, 4, 'ro'),
    described('SpikeIOOutputRoute', 0x8802_0000, 0x10000),
    described('SpikeIOInputRoute', 0x8803_0000, 0x100),
    described('SpikeIOConfig', 0x8803_8000, 1),
    described('InputRoutingTableEntry', 0x880c_0000, 0x8000),
    described('OutputRoutingTableEntry', 0x880d_0000, 0x10000),
    own('ExternalOmnibus', 0x8c00_0000, 1),
    own('PulseCommunicationConfig', 0x8d00_0000, 1),
  ];
}

/** Regions sorted by base for binary search. */
const REGIONS: readonly RegisterBlock[] = [...chipRegions(), ...fpgaRegions()].sort((a, b) => a.base - b.base);
const BASES = Float64Array.from(REGIONS, (r) => r.base);

/** Every block of the built-in map, sorted by base address (for tools and tests). */
export function builtinRegisterBlocks(): readonly RegisterBlock[] {
  return REGIONS;
}

/** Description of the words of each block haldls does not describe (shared objects: lookups never allocate). */
const BLOCK_INFOS: readonly (RegisterInfo | undefined)[] = REGIONS.map((reg) =>
  reg.words ? { name: reg.name, access: reg.access, mask: reg.words.mask, reset: reg.words.reset } : undefined,
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

/**
 * Register description of an Omnibus word address (chip: bit 31 clear; FPGA: bit 31 set), or `undefined`
 * if no register exists there. haldls' answer wins; the block map answers where haldls has none (haldls
 * describes only containers it writes, so read-only words, access 'ro', always come from the map). Every call
 * for a haldls word returns a new object: callers on hot paths cache per address (OmnibusRegisterFile).
 */
export function lookupOmnibusRegister(address: number): RegisterInfo | undefined {
  const info = lookupRegister(address);
  if (info) return info;
  const index = builtinBlockIndex(address);
  return index < 0 ? undefined : BLOCK_INFOS[index];
}
