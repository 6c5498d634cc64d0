/**
 * Every haldls coordinate type with its size (halco naming, haldls.md section 1), and the views and
 * conversions the spec lists. Constructors always take the linear enum; richer construction goes through
 * static factories (`from({ x, y })`, `fromBlockLocal(local, block)`, ...). Numeric geometry used on hot
 * encode paths lives in `geometry.ts` as free functions over enums; the methods here are built on them.
 *
 * Types are declared parts-first because mixins and grids take their part classes at definition time.
 */
import { InvalidArgumentError, ValueRangeError } from '@bss2/fisch';
import {
  declareFamily,
  defineCoordinate,
  defineGrid,
  defineMixin,
  familyOf,
  partEnum,
  type EnumClass,
  type EnumLike,
} from './base.js';
import {
  CROSSBAR_NODES,
  UNUSED_CAPMEM_CELLS,
  atomicToBackendEnum,
  backendToAtomicEnum,
  capMemCellEnum,
  columnEntry,
  columnQuad,
  crossbarNodeEnum,
  quadEntryColumn,
} from './geometry.js';

const TOP = 0;
const BOTTOM = 1;

// ---- Hemisphere family (top = 0, bottom = 1; all interconvert by enum, haldls.md 1.1)

function defineHemisphere(typeName: string) {
  class Hemisphere extends defineCoordinate(typeName, 2) {
    static top<T>(this: new (e: number) => T): T {
      return new this(TOP);
    }
    static bottom<T>(this: new (e: number) => T): T {
      return new this(BOTTOM);
    }
    isTop(): boolean {
      return this.toEnum() === TOP;
    }
    isBottom(): boolean {
      return this.toEnum() === BOTTOM;
    }
    /** Any other hemisphere-family type with the same enum (throws for non-members). */
    toHemisphereFamily<T>(cls: EnumClass<T>): T {
      if (familyOf(cls.typeName) !== 'hemisphere') {
        throw new InvalidArgumentError(`${cls.typeName} is not a hemisphere coordinate (top = 0, bottom = 1)`);
      }
      return this.to(cls);
    }
    toHemisphereOnDLS(): HemisphereOnDLS {
      return new HemisphereOnDLS(this.toEnum());
    }
    toSynramOnDLS(): SynramOnDLS {
      return new SynramOnDLS(this.toEnum());
    }
    toPPUOnDLS(): PPUOnDLS {
      return new PPUOnDLS(this.toEnum());
    }
    toNeuronRowOnDLS(): NeuronRowOnDLS {
      return new NeuronRowOnDLS(this.toEnum());
    }
    toPADIBusBlockOnDLS(): PADIBusBlockOnDLS {
      return new PADIBusBlockOnDLS(this.toEnum());
    }
    toSynapseDriverBlockOnDLS(): SynapseDriverBlockOnDLS {
      return new SynapseDriverBlockOnDLS(this.toEnum());
    }
    toCADCOnDLS(): CADCOnDLS {
      return new CADCOnDLS(this.toEnum());
    }
  }
  return Hemisphere;
}

export class HemisphereOnDLS extends defineHemisphere('HemisphereOnDLS') {}
export class SynramOnDLS extends defineHemisphere('SynramOnDLS') {}
export class PPUOnDLS extends defineHemisphere('PPUOnDLS') {}
export class NeuronRowOnDLS extends defineHemisphere('NeuronRowOnDLS') {}
export class CADCOnDLS extends defineHemisphere('CADCOnDLS') {}
export class CADCConfigOnDLS extends defineHemisphere('CADCConfigOnDLS') {}
export class PADIEventOnDLS extends defineHemisphere('PADIEventOnDLS') {}
export class CommonSynramConfigOnDLS extends defineHemisphere('CommonSynramConfigOnDLS') {}
export class PADIBusBlockOnDLS extends defineHemisphere('PADIBusBlockOnDLS') {}
export class CommonPADIBusConfigOnDLS extends defineHemisphere('CommonPADIBusConfigOnDLS') {}
export class CommonSTPConfigOnDLS extends defineHemisphere('CommonSTPConfigOnDLS') {}
export class PPUMemoryOnDLS extends defineHemisphere('PPUMemoryOnDLS') {}
export class PPUControlRegisterOnDLS extends defineHemisphere('PPUControlRegisterOnDLS') {}
export class PPUStatusRegisterOnDLS extends defineHemisphere('PPUStatusRegisterOnDLS') {}
export class SynapseDriverBlockOnDLS extends defineHemisphere('SynapseDriverBlockOnDLS') {}
export class SynapseDriverSRAMTimingConfigOnDLS extends defineHemisphere('SynapseDriverSRAMTimingConfigOnDLS') {}
export class CommonCorrelationConfigOnDLS extends defineHemisphere('CommonCorrelationConfigOnDLS') {}
export class CommonSynapseDriverConfigOnDLS extends defineHemisphere('CommonSynapseDriverConfigOnDLS') {}
export class SynapseBlockOnDLS extends defineHemisphere('SynapseBlockOnDLS') {}
export class SynapseWeightMatrixOnDLS extends defineHemisphere('SynapseWeightMatrixOnDLS') {}
export class SynapseLabelMatrixOnDLS extends defineHemisphere('SynapseLabelMatrixOnDLS') {}
export class SynapseCorrelationCalibMatrixOnDLS extends defineHemisphere('SynapseCorrelationCalibMatrixOnDLS') {}
export class ColumnCorrelationRowOnDLS extends defineHemisphere('ColumnCorrelationRowOnDLS') {}
export class ColumnCurrentRowOnDLS extends defineHemisphere('ColumnCurrentRowOnDLS') {}
/** Per-hemisphere CADC sample set (lola); also a hemisphere coordinate. */
export class CADCSamplesOnDLS extends defineHemisphere('CADCSamplesOnDLS') {}

/** The hemisphere family in spec order (haldls.md 1.1), plus CADCOnDLS and CADCSamplesOnDLS. */
export const HEMISPHERE_FAMILY = [
  HemisphereOnDLS,
  SynramOnDLS,
  PPUOnDLS,
  NeuronRowOnDLS,
  CADCConfigOnDLS,
  PADIEventOnDLS,
  CommonSynramConfigOnDLS,
  PADIBusBlockOnDLS,
  CommonPADIBusConfigOnDLS,
  CommonSTPConfigOnDLS,
  PPUMemoryOnDLS,
  PPUControlRegisterOnDLS,
  PPUStatusRegisterOnDLS,
  SynapseDriverBlockOnDLS,
  SynapseDriverSRAMTimingConfigOnDLS,
  CommonCorrelationConfigOnDLS,
  CommonSynapseDriverConfigOnDLS,
  SynapseBlockOnDLS,
  SynapseWeightMatrixOnDLS,
  SynapseLabelMatrixOnDLS,
  SynapseCorrelationCalibMatrixOnDLS,
  ColumnCorrelationRowOnDLS,
  ColumnCurrentRowOnDLS,
  CADCOnDLS,
  CADCSamplesOnDLS,
] as const;
declareFamily('hemisphere', HEMISPHERE_FAMILY);

// ---- Quadrants: 0 NW (top, columns 0-127), 1 NE, 2 SW, 3 SE (haldls.md 1.3, 1.7, 1.8)

function defineQuadrant(typeName: string) {
  class Quadrant extends defineCoordinate(typeName, 4) {
    toHemisphereOnDLS(): HemisphereOnDLS {
      return new HemisphereOnDLS(this.toEnum() >> 1);
    }
    toNeuronRowOnDLS(): NeuronRowOnDLS {
      return new NeuronRowOnDLS(this.toEnum() >> 1);
    }
    toSynramOnDLS(): SynramOnDLS {
      return new SynramOnDLS(this.toEnum() >> 1);
    }
    /** West (columns 0-127) = 0, east = 1. */
    toNeuronBackendConfigBlockOnDLS(): NeuronBackendConfigBlockOnDLS {
      return new NeuronBackendConfigBlockOnDLS(this.toEnum() & 1);
    }
    toCapMemBlockOnHemisphere(): CapMemBlockOnHemisphere {
      return new CapMemBlockOnHemisphere(this.toEnum() & 1);
    }
    toNeuronConfigBlockOnDLS(): NeuronConfigBlockOnDLS {
      return new NeuronConfigBlockOnDLS(this.toEnum());
    }
    toCapMemBlockOnDLS(): CapMemBlockOnDLS {
      return new CapMemBlockOnDLS(this.toEnum());
    }
  }
  return Quadrant;
}

export class NeuronConfigBlockOnDLS extends defineQuadrant('NeuronConfigBlockOnDLS') {}
export class NeuronSRAMTimingConfigOnDLS extends defineQuadrant('NeuronSRAMTimingConfigOnDLS') {}
export class CapMemBlockConfigOnDLS extends defineQuadrant('CapMemBlockConfigOnDLS') {}
export class CapMemSRAMTimingConfigOnDLS extends defineQuadrant('CapMemSRAMTimingConfigOnDLS') {}
/** [top-west, top-east, bottom-west, bottom-east]: the quadrant order. */
export class CADCOffsetSRAMTimingConfigOnDLS extends defineQuadrant('CADCOffsetSRAMTimingConfigOnDLS') {}

// ---- Neuron backend blocks: 0 = west (columns 0-127, both rows), 1 = east (haldls.md 1.3)

function defineBackendBlock(typeName: string) {
  class BackendBlock extends defineCoordinate(typeName, 2) {
    static west<T>(this: new (e: number) => T): T {
      return new this(0);
    }
    static east<T>(this: new (e: number) => T): T {
      return new this(1);
    }
    toNeuronBackendConfigBlockOnDLS(): NeuronBackendConfigBlockOnDLS {
      return new NeuronBackendConfigBlockOnDLS(this.toEnum());
    }
    toCommonNeuronBackendConfigOnDLS(): CommonNeuronBackendConfigOnDLS {
      return new CommonNeuronBackendConfigOnDLS(this.toEnum());
    }
    toNeuronResetBlockOnDLS(): NeuronResetBlockOnDLS {
      return new NeuronResetBlockOnDLS(this.toEnum());
    }
  }
  return BackendBlock;
}

export class NeuronBackendConfigBlockOnDLS extends defineBackendBlock('NeuronBackendConfigBlockOnDLS') {}
export class NeuronResetBlockOnDLS extends defineBackendBlock('NeuronResetBlockOnDLS') {}
export class SpikeCounterReadBlockOnDLS extends defineBackendBlock('SpikeCounterReadBlockOnDLS') {}
export class SpikeCounterResetBlockOnDLS extends defineBackendBlock('SpikeCounterResetBlockOnDLS') {}
export class CommonNeuronBackendConfigOnDLS extends defineBackendBlock('CommonNeuronBackendConfigOnDLS') {}
export class BlockPostPulseOnDLS extends defineBackendBlock('BlockPostPulseOnDLS') {}
export class NeuronBackendSRAMTimingConfigOnDLS extends defineBackendBlock('NeuronBackendSRAMTimingConfigOnDLS') {}

// ---- Columns (haldls.md 1.3, 1.4, 1.8)

/** Quad column (interleaved, haldls.md 1.4): quads 0..31 hold even, 32..63 odd neuron columns. */
function defineQuadColumn(typeName: string) {
  class QuadColumn extends defineCoordinate(typeName, 64) {
    /** Neuron/synapse column of entry `entry` (0..3) of this quad. */
    toNeuronColumnOnDLS(entry: EnumLike): NeuronColumnOnDLS {
      return new NeuronColumnOnDLS(quadEntryColumn(this.toEnum(), partEnum(typeName, 'entry', entry, 4)));
    }
    /** The four columns of this quad in entry order. */
    toNeuronColumnsOnDLS(): NeuronColumnOnDLS[] {
      return [0, 1, 2, 3].map((e) => new NeuronColumnOnDLS(quadEntryColumn(this.toEnum(), e)));
    }
    /** West (0) or east (1) neuron half: quads 16..31 and 48..63 cover columns 128..255. */
    toNeuronBackendConfigBlockOnDLS(): NeuronBackendConfigBlockOnDLS {
      return new NeuronBackendConfigBlockOnDLS(this.toEnum() % 32 >= 16 ? 1 : 0);
    }
    toCapMemBlockOnHemisphere(): CapMemBlockOnHemisphere {
      return new CapMemBlockOnHemisphere(this.toEnum() % 32 >= 16 ? 1 : 0);
    }
  }
  return QuadColumn;
}

export class SynapseQuadColumnOnDLS extends defineQuadColumn('SynapseQuadColumnOnDLS') {}
export class ColumnCorrelationQuadOnSynram extends defineQuadColumn('ColumnCorrelationQuadOnSynram') {}
export class ColumnCurrentQuadOnSynram extends defineQuadColumn('ColumnCurrentQuadOnSynram') {}
export class EntryOnQuad extends defineCoordinate('EntryOnQuad', 4) {}

function defineColumn(typeName: string) {
  class Column extends defineCoordinate(typeName, 256) {
    toSynapseQuadColumnOnDLS(): SynapseQuadColumnOnDLS {
      return new SynapseQuadColumnOnDLS(columnQuad(this.toEnum()));
    }
    toEntryOnQuad(): EntryOnQuad {
      return new EntryOnQuad(columnEntry(this.toEnum()));
    }
    toNeuronConfigOnNeuronConfigBlock(): NeuronConfigOnNeuronConfigBlock {
      return new NeuronConfigOnNeuronConfigBlock(this.toEnum() % 128);
    }
    toCapMemColumnOnCapMemBlock(): CapMemColumnOnCapMemBlock {
      return new CapMemColumnOnCapMemBlock(this.toEnum() % 128);
    }
    toNeuronBackendConfigBlockOnDLS(): NeuronBackendConfigBlockOnDLS {
      return new NeuronBackendConfigBlockOnDLS(this.toEnum() >> 7);
    }
    toCapMemBlockOnHemisphere(): CapMemBlockOnHemisphere {
      return new CapMemBlockOnHemisphere(this.toEnum() >> 7);
    }
    /** Event output = column / 32 (haldls.md 1.3). */
    toNeuronEventOutputOnDLS(): NeuronEventOutputOnDLS {
      return new NeuronEventOutputOnDLS(this.toEnum() >> 5);
    }
    toNeuronColumnOnDLS(): NeuronColumnOnDLS {
      return new NeuronColumnOnDLS(this.toEnum());
    }
    toSynapseOnSynapseRow(): SynapseOnSynapseRow {
      return new SynapseOnSynapseRow(this.toEnum());
    }
    toCADCChannelColumnOnSynram(): CADCChannelColumnOnSynram {
      return new CADCChannelColumnOnSynram(this.toEnum());
    }
  }
  return Column;
}

/** Neuron column x (0..255); identical to SynapseOnSynapseRow and CADCChannelColumnOnSynram. */
export class NeuronColumnOnDLS extends defineColumn('NeuronColumnOnDLS') {}
export class SynapseOnSynapseRow extends defineColumn('SynapseOnSynapseRow') {}
export class CADCChannelColumnOnSynram extends defineColumn('CADCChannelColumnOnSynram') {}

// ---- Neurons (haldls.md 1.3)

/** Grid: x = NeuronColumnOnDLS, y = NeuronRowOnDLS, enum = row*256 + column. */
export class AtomicNeuronOnDLS extends defineGrid('AtomicNeuronOnDLS', NeuronColumnOnDLS, NeuronRowOnDLS) {
  toNeuronColumnOnDLS(): NeuronColumnOnDLS {
    return this.x;
  }
  toNeuronRowOnDLS(): NeuronRowOnDLS {
    return this.y;
  }
  toHemisphereOnDLS(): HemisphereOnDLS {
    return new HemisphereOnDLS(this.toEnum() >> 8);
  }
  toSynramOnDLS(): SynramOnDLS {
    return new SynramOnDLS(this.toEnum() >> 8);
  }
  /** Same enum (haldls.md 1.3). */
  toNeuronConfigOnDLS(): NeuronConfigOnDLS {
    return new NeuronConfigOnDLS(this.toEnum());
  }
  toNeuronConfigBlockOnDLS(): NeuronConfigBlockOnDLS {
    return new NeuronConfigBlockOnDLS(this.toEnum() >> 7);
  }
  toNeuronBackendConfigOnDLS(): NeuronBackendConfigOnDLS {
    return new NeuronBackendConfigOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toNeuronResetOnDLS(): NeuronResetOnDLS {
    return new NeuronResetOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toSpikeCounterReadOnDLS(): SpikeCounterReadOnDLS {
    return new SpikeCounterReadOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toSpikeCounterResetOnDLS(): SpikeCounterResetOnDLS {
    return new SpikeCounterResetOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toNeuronEventOutputOnDLS(): NeuronEventOutputOnDLS {
    return this.x.toNeuronEventOutputOnDLS();
  }
  /** CapMem block of this neuron = its quadrant (haldls.md 1.7). */
  toCapMemBlockOnDLS(): CapMemBlockOnDLS {
    return new CapMemBlockOnDLS(this.toEnum() >> 7);
  }
  /** CapMem column of this neuron = column % 128. */
  toCapMemColumnOnCapMemBlock(): CapMemColumnOnCapMemBlock {
    return new CapMemColumnOnCapMemBlock(this.toEnum() % 128);
  }
  /** The CapMem cell holding per-neuron parameter `row` (haldls.md 4.1) of this neuron. */
  toCapMemCellOnDLS(row: EnumLike): CapMemCellOnDLS {
    return new CapMemCellOnDLS(capMemCellEnum(this.toEnum() >> 7, this.toEnum() % 128, partEnum('AtomicNeuronOnDLS', 'capmem row', row, 24)));
  }
  /** Reset quad of this neuron: synram*64 + quad column. */
  toNeuronResetQuadOnDLS(): NeuronResetQuadOnDLS {
    return new NeuronResetQuadOnDLS((this.toEnum() >> 8) * 64 + columnQuad(this.toEnum() % 256));
  }
  toEntryOnQuad(): EntryOnQuad {
    return this.x.toEntryOnQuad();
  }
}

/** column % 128 within a quadrant; equals CapMemColumnOnCapMemBlock 0..127. */
export class NeuronConfigOnNeuronConfigBlock extends defineCoordinate('NeuronConfigOnNeuronConfigBlock', 128) {
  toCapMemColumnOnCapMemBlock(): CapMemColumnOnCapMemBlock {
    return new CapMemColumnOnCapMemBlock(this.toEnum());
  }
}

/** Mixin: block = quadrant, local = column % 128; numerically equal to the AtomicNeuronOnDLS enum. */
export class NeuronConfigOnDLS extends defineMixin('NeuronConfigOnDLS', NeuronConfigOnNeuronConfigBlock, NeuronConfigBlockOnDLS) {
  toAtomicNeuronOnDLS(): AtomicNeuronOnDLS {
    return new AtomicNeuronOnDLS(this.toEnum());
  }
  toNeuronBackendConfigOnDLS(): NeuronBackendConfigOnDLS {
    return new NeuronBackendConfigOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toNeuronResetOnDLS(): NeuronResetOnDLS {
    return new NeuronResetOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toSpikeCounterReadOnDLS(): SpikeCounterReadOnDLS {
    return new SpikeCounterReadOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toSpikeCounterResetOnDLS(): SpikeCounterResetOnDLS {
    return new SpikeCounterResetOnDLS(atomicToBackendEnum(this.toEnum()));
  }
  toCapMemBlockOnDLS(): CapMemBlockOnDLS {
    return new CapMemBlockOnDLS(this.toEnum() >> 7);
  }
  toCapMemColumnOnCapMemBlock(): CapMemColumnOnCapMemBlock {
    return new CapMemColumnOnCapMemBlock(this.toEnum() % 128);
  }
}

export class NeuronEventOutputOnNeuronBackendBlock extends defineCoordinate('NeuronEventOutputOnNeuronBackendBlock', 4) {}

/** Backend-block local `row*128 + column%128` (shared by the reset and spike-counter locals). */
function defineBackendLocal(typeName: string) {
  class BackendLocal extends defineCoordinate(typeName, 256) {
    toNeuronRowOnDLS(): NeuronRowOnDLS {
      return new NeuronRowOnDLS(this.toEnum() >> 7);
    }
    toNeuronConfigOnNeuronConfigBlock(): NeuronConfigOnNeuronConfigBlock {
      return new NeuronConfigOnNeuronConfigBlock(this.toEnum() % 128);
    }
    /** (local % 128) / 32: each event output serves 32 columns of both rows. */
    toNeuronEventOutputOnNeuronBackendBlock(): NeuronEventOutputOnNeuronBackendBlock {
      return new NeuronEventOutputOnNeuronBackendBlock((this.toEnum() % 128) >> 5);
    }
  }
  return BackendLocal;
}

export class NeuronBackendConfigOnNeuronBackendConfigBlock extends defineBackendLocal('NeuronBackendConfigOnNeuronBackendConfigBlock') {}
export class NeuronResetOnNeuronResetBlock extends defineBackendLocal('NeuronResetOnNeuronResetBlock') {}
export class SpikeCounterReadOnSpikeCounterReadBlock extends defineBackendLocal('SpikeCounterReadOnSpikeCounterReadBlock') {}
export class SpikeCounterResetOnSpikeCounterResetBlock extends defineBackendLocal('SpikeCounterResetOnSpikeCounterResetBlock') {}

/** `block*256 + local` types sharing the backend enum (backend config, reset, spike counters). */
function defineBackendNeuron<L, B>(typeName: string, Local: EnumClass<L>, Block: EnumClass<B>) {
  class BackendNeuron extends defineMixin(typeName, Local, Block) {
    toAtomicNeuronOnDLS(): AtomicNeuronOnDLS {
      return new AtomicNeuronOnDLS(backendToAtomicEnum(this.toEnum()));
    }
    /** Config block = 2*row + block; config local = column % 128 (haldls.md 1.3). */
    toNeuronConfigOnDLS(): NeuronConfigOnDLS {
      return new NeuronConfigOnDLS(backendToAtomicEnum(this.toEnum()));
    }
    toNeuronColumnOnDLS(): NeuronColumnOnDLS {
      return new NeuronColumnOnDLS(backendToAtomicEnum(this.toEnum()) % 256);
    }
    toNeuronRowOnDLS(): NeuronRowOnDLS {
      return new NeuronRowOnDLS((this.toEnum() % 256) >> 7);
    }
    toNeuronBackendConfigOnDLS(): NeuronBackendConfigOnDLS {
      return new NeuronBackendConfigOnDLS(this.toEnum());
    }
    toNeuronResetOnDLS(): NeuronResetOnDLS {
      return new NeuronResetOnDLS(this.toEnum());
    }
    toSpikeCounterReadOnDLS(): SpikeCounterReadOnDLS {
      return new SpikeCounterReadOnDLS(this.toEnum());
    }
    toSpikeCounterResetOnDLS(): SpikeCounterResetOnDLS {
      return new SpikeCounterResetOnDLS(this.toEnum());
    }
    /** block*4 + (local % 128)/32, which equals column / 32. */
    toNeuronEventOutputOnDLS(): NeuronEventOutputOnDLS {
      return new NeuronEventOutputOnDLS((this.toEnum() >> 8) * 4 + ((this.toEnum() % 128) >> 5));
    }
  }
  return BackendNeuron;
}

export class NeuronBackendConfigOnDLS extends defineBackendNeuron('NeuronBackendConfigOnDLS', NeuronBackendConfigOnNeuronBackendConfigBlock, NeuronBackendConfigBlockOnDLS) {}
export class NeuronResetOnDLS extends defineBackendNeuron('NeuronResetOnDLS', NeuronResetOnNeuronResetBlock, NeuronResetBlockOnDLS) {}
export class SpikeCounterReadOnDLS extends defineBackendNeuron('SpikeCounterReadOnDLS', SpikeCounterReadOnSpikeCounterReadBlock, SpikeCounterReadBlockOnDLS) {}
export class SpikeCounterResetOnDLS extends defineBackendNeuron('SpikeCounterResetOnDLS', SpikeCounterResetOnSpikeCounterResetBlock, SpikeCounterResetBlockOnDLS) {}

/** block*4 + local = column/32; converts 1:1 to crossbar inputs 0..7. */
export class NeuronEventOutputOnDLS extends defineMixin('NeuronEventOutputOnDLS', NeuronEventOutputOnNeuronBackendBlock, NeuronBackendConfigBlockOnDLS) {
  toCrossbarInputOnDLS(): CrossbarInputOnDLS {
    return new CrossbarInputOnDLS(this.toEnum());
  }
  /** The 32 neuron columns served by this output (both rows). */
  toNeuronColumnsOnDLS(): NeuronColumnOnDLS[] {
    return Array.from({ length: 32 }, (_, i) => new NeuronColumnOnDLS(this.toEnum() * 32 + i));
  }
}

/** synram*64 + quad column. */
export class NeuronResetQuadOnDLS extends defineMixin('NeuronResetQuadOnDLS', SynapseQuadColumnOnDLS, SynramOnDLS) {}
/** 8-bit label a neuron emits (NeuronBackendConfig.address_out). */
export class NeuronBackendAddressOut extends defineCoordinate('NeuronBackendAddressOut', 256) {}
export class NeuronColumnOnLogicalNeuron extends defineCoordinate('NeuronColumnOnLogicalNeuron', 128) {}
export class NeuronRowOnLogicalNeuron extends defineCoordinate('NeuronRowOnLogicalNeuron', 2) {}
export class CompartmentOnLogicalNeuron extends defineCoordinate('CompartmentOnLogicalNeuron', 255) {}
export class NeuronBlockOnDLS extends defineCoordinate('NeuronBlockOnDLS', 1) {}

// ---- Synapses and synram (haldls.md 1.4)

/** Synram row; rows 2d+1 ("top") and 2d ("bottom") belong to synapse driver d. */
export class SynapseRowOnSynram extends defineCoordinate('SynapseRowOnSynram', 256) {
  toSynapseDriverOnSynapseDriverBlock(): SynapseDriverOnSynapseDriverBlock {
    return new SynapseDriverOnSynapseDriverBlock(this.toEnum() >> 1);
  }
  /** Odd rows are "top" (0), even rows "bottom" (1) — haldls.md 1.5 / quirk 7.4. */
  toSynapseRowOnSynapseDriver(): SynapseRowOnSynapseDriver {
    return new SynapseRowOnSynapseDriver(this.toEnum() % 2 === 1 ? TOP : BOTTOM);
  }
}

function defineSynapseRowLike(typeName: string) {
  class SynapseRowLike extends defineMixin(typeName, SynapseRowOnSynram, SynramOnDLS) {
    get synram(): SynramOnDLS {
      return this.block;
    }
    get row(): SynapseRowOnSynram {
      return this.local;
    }
    toSynapseDriverOnDLS(): SynapseDriverOnDLS {
      return new SynapseDriverOnDLS(this.toEnum() >> 1);
    }
    toSynapseRowOnSynapseDriver(): SynapseRowOnSynapseDriver {
      return this.local.toSynapseRowOnSynapseDriver();
    }
  }
  return SynapseRowLike;
}

export class SynapseRowOnDLS extends defineSynapseRowLike('SynapseRowOnDLS') {}
export class SynapseWeightRowOnDLS extends defineSynapseRowLike('SynapseWeightRowOnDLS') {}
export class SynapseLabelRowOnDLS extends defineSynapseRowLike('SynapseLabelRowOnDLS') {}
export class SynapseCorrelationCalibRowOnDLS extends defineSynapseRowLike('SynapseCorrelationCalibRowOnDLS') {}
export class CorrelationResetRowOnDLS extends defineSynapseRowLike('CorrelationResetRowOnDLS') {}
export class CADCSampleRowOnDLS extends defineSynapseRowLike('CADCSampleRowOnDLS') {}

/** Grid: x = quad column (interleaved), y = row; enum = row*64 + quad column. */
export class SynapseQuadOnSynram extends defineGrid('SynapseQuadOnSynram', SynapseQuadColumnOnDLS, SynapseRowOnSynram) {}

function defineSynapseQuadLike(typeName: string) {
  class SynapseQuadLike extends defineMixin(typeName, SynapseQuadOnSynram, SynramOnDLS) {
    get synram(): SynramOnDLS {
      return this.block;
    }
    get row(): SynapseRowOnSynram {
      return new SynapseRowOnSynram((this.toEnum() % 16384) >> 6);
    }
    get quadColumn(): SynapseQuadColumnOnDLS {
      return new SynapseQuadColumnOnDLS(this.toEnum() % 64);
    }
    /** (quad column, row, synram) -> quad; each part range-checked. */
    static from<T>(this: new (e: number) => T, p: { quadColumn: EnumLike; row: EnumLike; synram: EnumLike }): T {
      return new this(
        partEnum(typeName, 'synram', p.synram, 2) * 16384 + partEnum(typeName, 'row', p.row, 256) * 64 + partEnum(typeName, 'quadColumn', p.quadColumn, 64),
      );
    }
    /** synram*2 + ((q % 32) >= 16), haldls.md 1.4. */
    toNeuronConfigBlockOnDLS(): NeuronConfigBlockOnDLS {
      return new NeuronConfigBlockOnDLS((this.toEnum() >> 14) * 2 + (this.toEnum() % 32 >= 16 ? 1 : 0));
    }
    toSynapseRowOnDLS(): SynapseRowOnDLS {
      return new SynapseRowOnDLS(this.toEnum() >> 6);
    }
    toNeuronResetQuadOnDLS(): NeuronResetQuadOnDLS {
      return new NeuronResetQuadOnDLS((this.toEnum() >> 14) * 64 + (this.toEnum() % 64));
    }
    /** Synapse of entry `entry` of this quad. */
    toSynapseOnDLS(entry: EnumLike): SynapseOnDLS {
      const col = quadEntryColumn(this.toEnum() % 64, partEnum(typeName, 'entry', entry, 4));
      return new SynapseOnDLS((this.toEnum() >> 6) * 256 + col);
    }
  }
  return SynapseQuadLike;
}

export class SynapseQuadOnDLS extends defineSynapseQuadLike('SynapseQuadOnDLS') {}
export class SynapseWeightQuadOnDLS extends defineSynapseQuadLike('SynapseWeightQuadOnDLS') {}
export class SynapseLabelQuadOnDLS extends defineSynapseQuadLike('SynapseLabelQuadOnDLS') {}
export class SynapseCorrelationCalibQuadOnDLS extends defineSynapseQuadLike('SynapseCorrelationCalibQuadOnDLS') {}
export class CorrelationResetOnDLS extends defineSynapseQuadLike('CorrelationResetOnDLS') {}

/** Grid: x = column, y = row (row*256 + column). */
export class SynapseOnSynram extends defineGrid('SynapseOnSynram', SynapseOnSynapseRow, SynapseRowOnSynram) {
  toSynapseQuadOnSynram(): SynapseQuadOnSynram {
    return new SynapseQuadOnSynram((this.toEnum() >> 8) * 64 + columnQuad(this.toEnum() % 256));
  }
  toEntryOnQuad(): EntryOnQuad {
    return new EntryOnQuad(columnEntry(this.toEnum() % 256));
  }
}

export class SynapseOnDLS extends defineMixin('SynapseOnDLS', SynapseOnSynram, SynramOnDLS) {
  get synram(): SynramOnDLS {
    return this.block;
  }
  get row(): SynapseRowOnSynram {
    return new SynapseRowOnSynram((this.toEnum() % 65536) >> 8);
  }
  get column(): SynapseOnSynapseRow {
    return new SynapseOnSynapseRow(this.toEnum() % 256);
  }
  toSynapseQuadOnDLS(): SynapseQuadOnDLS {
    return new SynapseQuadOnDLS((this.toEnum() >> 8) * 64 + columnQuad(this.toEnum() % 256));
  }
  toEntryOnQuad(): EntryOnQuad {
    return new EntryOnQuad(columnEntry(this.toEnum() % 256));
  }
}

/** 6-bit synapse address (label) stored per synapse; 0..63. */
export class SynapseLabel extends defineCoordinate('SynapseLabel', 64) {}
/** excitatory = 0, inhibitory = 1. */
export class SynapticInputOnNeuron extends defineCoordinate('SynapticInputOnNeuron', 2) {
  static excitatory(): SynapticInputOnNeuron {
    return new SynapticInputOnNeuron(0);
  }
  static inhibitory(): SynapticInputOnNeuron {
    return new SynapticInputOnNeuron(1);
  }
}
export class ColumnCorrelationQuadOnDLS extends defineMixin('ColumnCorrelationQuadOnDLS', ColumnCorrelationQuadOnSynram, SynramOnDLS) {}
export class ColumnCurrentQuadOnDLS extends defineMixin('ColumnCurrentQuadOnDLS', ColumnCurrentQuadOnSynram, SynramOnDLS) {}
export class SynapseBiasSelectionOnDLS extends defineCoordinate('SynapseBiasSelectionOnDLS', 1) {}

// ---- Synapse drivers and PADI (haldls.md 1.5)

/** top = 0 (the odd synram row), bottom = 1 (the even row). */
export class SynapseRowOnSynapseDriver extends defineCoordinate('SynapseRowOnSynapseDriver', 2) {
  static top(): SynapseRowOnSynapseDriver {
    return new SynapseRowOnSynapseDriver(TOP);
  }
  static bottom(): SynapseRowOnSynapseDriver {
    return new SynapseRowOnSynapseDriver(BOTTOM);
  }
  isTop(): boolean {
    return this.toEnum() === TOP;
  }
  isBottom(): boolean {
    return this.toEnum() === BOTTOM;
  }
}

export class PADIBusOnPADIBusBlock extends defineCoordinate('PADIBusOnPADIBusBlock', 4) {}
/** Position of a driver on its PADI bus (driver / 4). */
export class SynapseDriverOnPADIBus extends defineCoordinate('SynapseDriverOnPADIBus', 32) {
  /** The driver at this position of `bus`: position*4 + bus. */
  toSynapseDriverOnSynapseDriverBlock(bus: EnumLike): SynapseDriverOnSynapseDriverBlock {
    return new SynapseDriverOnSynapseDriverBlock(this.toEnum() * 4 + partEnum('SynapseDriverOnPADIBus', 'bus', bus, 4));
  }
  /** The four drivers (one per bus) at this position. */
  toSynapseDriversOnSynapseDriverBlock(): SynapseDriverOnSynapseDriverBlock[] {
    return [0, 1, 2, 3].map((b) => new SynapseDriverOnSynapseDriverBlock(this.toEnum() * 4 + b));
  }
}

export class SynapseDriverOnSynapseDriverBlock extends defineCoordinate('SynapseDriverOnSynapseDriverBlock', 128) {
  /** Driver d listens to PADI bus d % 4. */
  toPADIBusOnPADIBusBlock(): PADIBusOnPADIBusBlock {
    return new PADIBusOnPADIBusBlock(this.toEnum() % 4);
  }
  /** ... at position d / 4 on that bus. */
  toSynapseDriverOnPADIBus(): SynapseDriverOnPADIBus {
    return new SynapseDriverOnPADIBus(this.toEnum() >> 2);
  }
  static fromPADIBusPosition(position: EnumLike, bus: EnumLike): SynapseDriverOnSynapseDriverBlock {
    return new SynapseDriverOnSynapseDriverBlock(
      partEnum('SynapseDriverOnSynapseDriverBlock', 'position', position, 32) * 4 + partEnum('SynapseDriverOnSynapseDriverBlock', 'bus', bus, 4),
    );
  }
  /** Row 2d+1 for top, 2d for bottom (odd = top). */
  toSynapseRowOnSynram(position: EnumLike): SynapseRowOnSynram {
    const p = partEnum('SynapseDriverOnSynapseDriverBlock', 'row', position, 2);
    return new SynapseRowOnSynram(this.toEnum() * 2 + (p === TOP ? 1 : 0));
  }
  toSynapseRowsOnSynram(): { top: SynapseRowOnSynram; bottom: SynapseRowOnSynram } {
    return { top: new SynapseRowOnSynram(this.toEnum() * 2 + 1), bottom: new SynapseRowOnSynram(this.toEnum() * 2) };
  }
  /** Even drivers take analog parameters from the left CapMem block, odd ones from the right. */
  toCapMemBlockOnHemisphere(): CapMemBlockOnHemisphere {
    return new CapMemBlockOnHemisphere(this.toEnum() % 2);
  }
}

export class SynapseDriverOnDLS extends defineMixin('SynapseDriverOnDLS', SynapseDriverOnSynapseDriverBlock, SynapseDriverBlockOnDLS) {
  toPADIBusOnDLS(): PADIBusOnDLS {
    return new PADIBusOnDLS((this.toEnum() >> 7) * 4 + (this.toEnum() % 4));
  }
  toSynapseDriverOnPADIBus(): SynapseDriverOnPADIBus {
    return this.local.toSynapseDriverOnPADIBus();
  }
  toSynapseRowOnDLS(position: EnumLike): SynapseRowOnDLS {
    return new SynapseRowOnDLS((this.toEnum() >> 7) * 256 + this.local.toSynapseRowOnSynram(position).toEnum());
  }
  toSynapseRowsOnDLS(): { top: SynapseRowOnDLS; bottom: SynapseRowOnDLS } {
    return { top: this.toSynapseRowOnDLS(TOP), bottom: this.toSynapseRowOnDLS(BOTTOM) };
  }
  /** 2*hemisphere + (d odd ? 1 : 0), haldls.md 1.5. */
  toCapMemBlockOnDLS(): CapMemBlockOnDLS {
    return new CapMemBlockOnDLS((this.toEnum() >> 7) * 2 + (this.toEnum() % 2));
  }
}

/** block*4 + bus; converts 1:1 to CrossbarOutputOnDLS 0..7. */
export class PADIBusOnDLS extends defineMixin('PADIBusOnDLS', PADIBusOnPADIBusBlock, PADIBusBlockOnDLS) {
  toCrossbarOutputOnDLS(): CrossbarOutputOnDLS {
    return new CrossbarOutputOnDLS(this.toEnum());
  }
}
/** 5-bit row-select address carried on a PADI bus. */
export class PADIRowSelectAddress extends defineCoordinate('PADIRowSelectAddress', 32) {}

// ---- Event routing (haldls.md 1.6)

/** 0..7 neuron event outputs, 8..11 SPL1 (L2) inputs, 12..19 background sources. */
export class CrossbarInputOnDLS extends defineCoordinate('CrossbarInputOnDLS', 20) {
  toNeuronEventOutputOnDLS(): NeuronEventOutputOnDLS | undefined {
    return this.toEnum() < 8 ? new NeuronEventOutputOnDLS(this.toEnum()) : undefined;
  }
  toSPL1Address(): SPL1Address | undefined {
    const e = this.toEnum();
    return e >= 8 && e < 12 ? new SPL1Address(e - 8) : undefined;
  }
  toBackgroundSpikeSourceOnDLS(): BackgroundSpikeSourceOnDLS | undefined {
    return this.toEnum() >= 12 ? new BackgroundSpikeSourceOnDLS(this.toEnum() - 12) : undefined;
  }
}

/** 0..7 PADI buses (0..3 top, 4..7 bottom), 8..11 L2 outputs. */
export class CrossbarOutputOnDLS extends defineCoordinate('CrossbarOutputOnDLS', 12) {
  toPADIBusOnDLS(): PADIBusOnDLS | undefined {
    return this.toEnum() < 8 ? new PADIBusOnDLS(this.toEnum()) : undefined;
  }
  toCrossbarL2OutputOnDLS(): CrossbarL2OutputOnDLS | undefined {
    return this.toEnum() >= 8 ? new CrossbarL2OutputOnDLS(this.toEnum() - 8) : undefined;
  }
}

/**
 * Sparse grid x = output, y = input (76 nodes, table in haldls.md 1.6). `from({ output, input })`
 * throws `InvalidArgumentError` for a pair without a node.
 */
export class CrossbarNodeOnDLS extends defineCoordinate('CrossbarNodeOnDLS', 76) {
  get x(): CrossbarOutputOnDLS {
    return new CrossbarOutputOnDLS(CROSSBAR_NODES[this.toEnum()]![0]);
  }
  get y(): CrossbarInputOnDLS {
    return new CrossbarInputOnDLS(CROSSBAR_NODES[this.toEnum()]![1]);
  }
  get output(): CrossbarOutputOnDLS {
    return this.x;
  }
  get input(): CrossbarInputOnDLS {
    return this.y;
  }
  /** Whether (output, input) has a crossbar node (parts range-checked). */
  static exists(output: EnumLike, input: EnumLike): boolean {
    return crossbarNodeEnum(partEnum('CrossbarNodeOnDLS', 'output', output, 12), partEnum('CrossbarNodeOnDLS', 'input', input, 20)) !== undefined;
  }
  static from(p: { output: EnumLike; input: EnumLike }): CrossbarNodeOnDLS {
    const o = partEnum('CrossbarNodeOnDLS', 'output', p.output, 12);
    const i = partEnum('CrossbarNodeOnDLS', 'input', p.input, 20);
    const e = crossbarNodeEnum(o, i);
    if (e === undefined) throw new InvalidArgumentError(`CrossbarNodeOnDLS: there is no crossbar node at (output ${o}, input ${i})`);
    return new CrossbarNodeOnDLS(e);
  }
}

/** Source i feeds crossbar input 12+i, L2 output i%4 and PADIBusOnDLS(i). */
export class BackgroundSpikeSourceOnDLS extends defineCoordinate('BackgroundSpikeSourceOnDLS', 8) {
  toCrossbarInputOnDLS(): CrossbarInputOnDLS {
    return new CrossbarInputOnDLS(12 + this.toEnum());
  }
  toCrossbarL2OutputOnDLS(): CrossbarL2OutputOnDLS {
    return new CrossbarL2OutputOnDLS(this.toEnum() % 4);
  }
  toPADIBusOnDLS(): PADIBusOnDLS {
    return new PADIBusOnDLS(this.toEnum());
  }
  toPADIBusBlockOnDLS(): PADIBusBlockOnDLS {
    return new PADIBusBlockOnDLS(this.toEnum() >> 2);
  }
}

export class CrossbarL2OutputOnDLS extends defineCoordinate('CrossbarL2OutputOnDLS', 4) {
  toCrossbarOutputOnDLS(): CrossbarOutputOnDLS {
    return new CrossbarOutputOnDLS(8 + this.toEnum());
  }
}

/** L2 (FPGA -> chip) input channel; crossbar input 8 + address. */
export class SPL1Address extends defineCoordinate('SPL1Address', 4) {
  toCrossbarInputOnDLS(): CrossbarInputOnDLS {
    return new CrossbarInputOnDLS(8 + this.toEnum());
  }
}
export class CrossbarOutputConfigOnDLS extends defineCoordinate('CrossbarOutputConfigOnDLS', 1) {}
export class CrossbarOnDLS extends defineCoordinate('CrossbarOnDLS', 1) {}

/** 14-bit neuron label: bits 10..8 event output, 7..0 backend address out. */
export class NeuronLabel extends defineCoordinate('NeuronLabel', 0x4000) {
  get neuronEventOutput(): NeuronEventOutputOnDLS {
    return new NeuronEventOutputOnDLS((this.toEnum() >> 8) & 0x7);
  }
  get neuronBackendAddressOut(): NeuronBackendAddressOut {
    return new NeuronBackendAddressOut(this.toEnum() & 0xff);
  }
}

function replaceBits(typeName: string, field: string, word: number, lsb: number, width: number, v: EnumLike): number {
  const mask = (1 << width) - 1;
  const x = partEnum(typeName, field, v, mask + 1);
  return (word & ~(mask << lsb) & 0xffff) | (x << lsb);
}

/**
 * 16-bit event label (halco's unranged SpikeLabel, here checked to 16 bits so nothing is silently
 * truncated). Overlapping views (haldls.md 1.6): spl1Address 15..14, neuronLabel 13..0,
 * neuronEventOutput 10..8, neuronBackendAddressOut 7..0, rowSelectAddress 10..6, synapseLabel 5..0,
 * padiLabel 9..0. `with...` returns a new label with only that view replaced (range-checked).
 */
export class SpikeLabel extends defineCoordinate('SpikeLabel', 0x10000) {
  /**
   * PADI label mask. The documentation says bits 0-10, but halco masks with 0x3ff (10 bits);
   * we reproduce the code (quirk 7.13), so bit 10 is only visible through rowSelectAddress.
   */
  static readonly PADI_LABEL_MASK = 0x3ff;
  get spl1Address(): SPL1Address {
    return new SPL1Address(this.toEnum() >> 14);
  }
  get neuronLabel(): NeuronLabel {
    return new NeuronLabel(this.toEnum() & 0x3fff);
  }
  get neuronEventOutput(): NeuronEventOutputOnDLS {
    return new NeuronEventOutputOnDLS((this.toEnum() >> 8) & 0x7);
  }
  get neuronBackendAddressOut(): NeuronBackendAddressOut {
    return new NeuronBackendAddressOut(this.toEnum() & 0xff);
  }
  get rowSelectAddress(): PADIRowSelectAddress {
    return new PADIRowSelectAddress((this.toEnum() >> 6) & 0x1f);
  }
  get synapseLabel(): SynapseLabel {
    return new SynapseLabel(this.toEnum() & 0x3f);
  }
  get padiLabel(): number {
    return this.toEnum() & SpikeLabel.PADI_LABEL_MASK;
  }
  withSpl1Address(v: EnumLike): SpikeLabel {
    return new SpikeLabel(replaceBits('SpikeLabel', 'spl1Address', this.toEnum(), 14, 2, v));
  }
  withNeuronLabel(v: EnumLike): SpikeLabel {
    return new SpikeLabel(replaceBits('SpikeLabel', 'neuronLabel', this.toEnum(), 0, 14, v));
  }
  withNeuronEventOutput(v: EnumLike): SpikeLabel {
    return new SpikeLabel(replaceBits('SpikeLabel', 'neuronEventOutput', this.toEnum(), 8, 3, v));
  }
  withNeuronBackendAddressOut(v: EnumLike): SpikeLabel {
    return new SpikeLabel(replaceBits('SpikeLabel', 'neuronBackendAddressOut', this.toEnum(), 0, 8, v));
  }
  withRowSelectAddress(v: EnumLike): SpikeLabel {
    return new SpikeLabel(replaceBits('SpikeLabel', 'rowSelectAddress', this.toEnum(), 6, 5, v));
  }
  withSynapseLabel(v: EnumLike): SpikeLabel {
    return new SpikeLabel(replaceBits('SpikeLabel', 'synapseLabel', this.toEnum(), 0, 6, v));
  }
  /** Replaces bits 9..0; values above 0x3ff are rejected (see PADI_LABEL_MASK). */
  withPadiLabel(v: EnumLike): SpikeLabel {
    return new SpikeLabel(replaceBits('SpikeLabel', 'padiLabel', this.toEnum(), 0, 10, v));
  }
  toSpikeIOOutputRouteOnFPGA(): SpikeIOOutputRouteOnFPGA {
    return new SpikeIOOutputRouteOnFPGA(this.toEnum());
  }
  static from(p: {
    spl1Address?: EnumLike;
    neuronLabel?: EnumLike;
    neuronEventOutput?: EnumLike;
    neuronBackendAddressOut?: EnumLike;
    rowSelectAddress?: EnumLike;
    synapseLabel?: EnumLike;
  }): SpikeLabel {
    let l = new SpikeLabel(0);
    if (p.neuronLabel !== undefined) l = l.withNeuronLabel(p.neuronLabel);
    if (p.spl1Address !== undefined) l = l.withSpl1Address(p.spl1Address);
    if (p.neuronEventOutput !== undefined) l = l.withNeuronEventOutput(p.neuronEventOutput);
    if (p.neuronBackendAddressOut !== undefined) l = l.withNeuronBackendAddressOut(p.neuronBackendAddressOut);
    if (p.rowSelectAddress !== undefined) l = l.withRowSelectAddress(p.rowSelectAddress);
    if (p.synapseLabel !== undefined) l = l.withSynapseLabel(p.synapseLabel);
    return l;
  }
}

// ---- CapMem (haldls.md 1.7)

/** 0..127 per-neuron columns, 128 and 129 shared ("global") columns. */
export class CapMemColumnOnCapMemBlock extends defineCoordinate('CapMemColumnOnCapMemBlock', 130) {
  isShared(): boolean {
    return this.toEnum() > 127;
  }
  /** The neuron column-in-quadrant of a per-neuron column (undefined for the shared columns). */
  toNeuronConfigOnNeuronConfigBlock(): NeuronConfigOnNeuronConfigBlock | undefined {
    return this.isShared() ? undefined : new NeuronConfigOnNeuronConfigBlock(this.toEnum());
  }
}
/** Parameter index (haldls.md 4.1). */
export class CapMemRowOnCapMemBlock extends defineCoordinate('CapMemRowOnCapMemBlock', 24) {}

/** Grid: x = column (130), y = row (24); enum = row*130 + column. */
export class CapMemCellOnCapMemBlock extends defineGrid('CapMemCellOnCapMemBlock', CapMemColumnOnCapMemBlock, CapMemRowOnCapMemBlock) {
  get column(): CapMemColumnOnCapMemBlock {
    return this.x;
  }
  get row(): CapMemRowOnCapMemBlock {
    return this.y;
  }
  isShared(): boolean {
    return this.x.isShared();
  }
}

/** left = 0, right = 1. */
export class CapMemBlockOnHemisphere extends defineCoordinate('CapMemBlockOnHemisphere', 2) {
  static left(): CapMemBlockOnHemisphere {
    return new CapMemBlockOnHemisphere(0);
  }
  static right(): CapMemBlockOnHemisphere {
    return new CapMemBlockOnHemisphere(1);
  }
}

/** hemisphere*2 + left/right (0 NW, 1 NE, 2 SW, 3 SE); equals NeuronConfigBlockOnDLS. */
export class CapMemBlockOnDLS extends defineMixin('CapMemBlockOnDLS', CapMemBlockOnHemisphere, HemisphereOnDLS) {
  get hemisphere(): HemisphereOnDLS {
    return this.block;
  }
  toHemisphereOnDLS(): HemisphereOnDLS {
    return this.block;
  }
  toCapMemBlockOnHemisphere(): CapMemBlockOnHemisphere {
    return this.local;
  }
  toNeuronConfigBlockOnDLS(): NeuronConfigBlockOnDLS {
    return new NeuronConfigBlockOnDLS(this.toEnum());
  }
  toCapMemBlockConfigOnDLS(): CapMemBlockConfigOnDLS {
    return new CapMemBlockConfigOnDLS(this.toEnum());
  }
  toCapMemSRAMTimingConfigOnDLS(): CapMemSRAMTimingConfigOnDLS {
    return new CapMemSRAMTimingConfigOnDLS(this.toEnum());
  }
}

export class CapMemCellOnDLS extends defineMixin('CapMemCellOnDLS', CapMemCellOnCapMemBlock, CapMemBlockOnDLS) {
  get column(): CapMemColumnOnCapMemBlock {
    return this.local.column;
  }
  get row(): CapMemRowOnCapMemBlock {
    return this.local.row;
  }
  isShared(): boolean {
    return this.local.isShared();
  }
  /** (block, column, row) -> cell, each part range-checked. */
  static from(p: { block: EnumLike; column: EnumLike; row: EnumLike }): CapMemCellOnDLS {
    return new CapMemCellOnDLS(
      capMemCellEnum(
        partEnum('CapMemCellOnDLS', 'block', p.block, 4),
        partEnum('CapMemCellOnDLS', 'column', p.column, 130),
        partEnum('CapMemCellOnDLS', 'row', p.row, 24),
      ),
    );
  }
  /** The unused shared cell this is, if any (haldls.md 4.3). */
  toUnusedCapMemCellOnDLS(): UnusedCapMemCellOnDLS | undefined {
    const i = UNUSED_CAPMEM_CELLS.findIndex(([b, c, r]) => capMemCellEnum(b, c, r) === this.toEnum());
    return i < 0 ? undefined : new UnusedCapMemCellOnDLS(i);
  }
}

export class ReferenceGeneratorConfigOnDLS extends defineCoordinate('ReferenceGeneratorConfigOnDLS', 1) {}
export class CapMemOnDLS extends defineCoordinate('CapMemOnDLS', 1) {}
/** The 90 unused shared cells, in the order of haldls.md 4.3. */
export class UnusedCapMemCellOnDLS extends defineCoordinate('UnusedCapMemCellOnDLS', 90) {
  toCapMemCellOnDLS(): CapMemCellOnDLS {
    const [b, c, r] = UNUSED_CAPMEM_CELLS[this.toEnum()]!;
    return new CapMemCellOnDLS(capMemCellEnum(b, c, r));
  }
}

// ---- CADC (haldls.md 1.8)

/** causal = 0, acausal = 1. */
export class CADCChannelType extends defineCoordinate('CADCChannelType', 2) {
  static causal(): CADCChannelType {
    return new CADCChannelType(0);
  }
  static acausal(): CADCChannelType {
    return new CADCChannelType(1);
  }
}
/** trigger_read = 0, buffered = 1. */
export class CADCReadoutType extends defineCoordinate('CADCReadoutType', 2) {
  static triggerRead(): CADCReadoutType {
    return new CADCReadoutType(0);
  }
  static buffered(): CADCReadoutType {
    return new CADCReadoutType(1);
  }
}

/** type*256 + column. */
export class CADCChannelConfigOnSynram extends defineMixin('CADCChannelConfigOnSynram', CADCChannelColumnOnSynram, CADCChannelType) {
  get column(): CADCChannelColumnOnSynram {
    return this.local;
  }
  get channelType(): CADCChannelType {
    return this.block;
  }
}

/** synram*512 + type*256 + column. */
export class CADCChannelConfigOnDLS extends defineMixin('CADCChannelConfigOnDLS', CADCChannelConfigOnSynram, SynramOnDLS) {
  get synram(): SynramOnDLS {
    return this.block;
  }
  get channelType(): CADCChannelType {
    return this.local.channelType;
  }
  get column(): CADCChannelColumnOnSynram {
    return this.local.column;
  }
  static from(p: { column: EnumLike; channelType: EnumLike; synram: EnumLike }): CADCChannelConfigOnDLS {
    return new CADCChannelConfigOnDLS(
      partEnum('CADCChannelConfigOnDLS', 'synram', p.synram, 2) * 512 +
        partEnum('CADCChannelConfigOnDLS', 'channelType', p.channelType, 2) * 256 +
        partEnum('CADCChannelConfigOnDLS', 'column', p.column, 256),
    );
  }
  /** 2*synram + column/128, haldls.md 1.8. */
  toNeuronConfigBlockOnDLS(): NeuronConfigBlockOnDLS {
    return new NeuronConfigBlockOnDLS((this.toEnum() >> 9) * 2 + ((this.toEnum() % 256) >> 7));
  }
}

/** type*16384 + SynapseQuadOnSynram. */
export class CADCSampleQuadUnspecifiedReadoutOnSynram extends defineMixin('CADCSampleQuadUnspecifiedReadoutOnSynram', SynapseQuadOnSynram, CADCChannelType) {}
/** readout*32768 + ... */
export class CADCSampleQuadOnSynram extends defineMixin('CADCSampleQuadOnSynram', CADCSampleQuadUnspecifiedReadoutOnSynram, CADCReadoutType) {}

/** synram*65536 + readout*32768 + type*16384 + row*64 + quad column. */
export class CADCSampleQuadOnDLS extends defineMixin('CADCSampleQuadOnDLS', CADCSampleQuadOnSynram, SynramOnDLS) {
  get synram(): SynramOnDLS {
    return this.block;
  }
  get readoutType(): CADCReadoutType {
    return new CADCReadoutType((this.toEnum() >> 15) & 1);
  }
  get channelType(): CADCChannelType {
    return new CADCChannelType((this.toEnum() >> 14) & 1);
  }
  get row(): SynapseRowOnSynram {
    return new SynapseRowOnSynram((this.toEnum() >> 6) & 0xff);
  }
  get quadColumn(): SynapseQuadColumnOnDLS {
    return new SynapseQuadColumnOnDLS(this.toEnum() % 64);
  }
  static from(p: { quadColumn: EnumLike; row: EnumLike; channelType: EnumLike; readoutType: EnumLike; synram: EnumLike }): CADCSampleQuadOnDLS {
    const n = 'CADCSampleQuadOnDLS';
    return new CADCSampleQuadOnDLS(
      partEnum(n, 'synram', p.synram, 2) * 65536 +
        partEnum(n, 'readoutType', p.readoutType, 2) * 32768 +
        partEnum(n, 'channelType', p.channelType, 2) * 16384 +
        partEnum(n, 'row', p.row, 256) * 64 +
        partEnum(n, 'quadColumn', p.quadColumn, 64),
    );
  }
  /** The synapse quad with the same synram, row and quad column. */
  toSynapseQuadOnDLS(): SynapseQuadOnDLS {
    return new SynapseQuadOnDLS((this.toEnum() >> 16) * 16384 + (this.toEnum() % 16384));
  }
}

// ---- PPU, FPGA, PLL, readout, timing (haldls.md 1.9)

/** 4096 32-bit words (16 KiB) per PPU. */
export class PPUMemoryWordOnPPU extends defineCoordinate('PPUMemoryWordOnPPU', 4096) {
  /** Named location `return_code` (haldls.md 1.9). */
  static readonly returnCode: PPUMemoryWordOnPPU = new PPUMemoryWordOnPPU(3071);
}
/** ppu*4096 + word. */
export class PPUMemoryWordOnDLS extends defineMixin('PPUMemoryWordOnDLS', PPUMemoryWordOnPPU, PPUOnDLS) {
  get word(): PPUMemoryWordOnPPU {
    return this.local;
  }
  get ppu(): PPUOnDLS {
    return this.block;
  }
}

export class ExternalPPUMemoryByteOnFPGA extends defineCoordinate('ExternalPPUMemoryByteOnFPGA', 131072) {
  toExternalPPUMemoryQuadOnFPGA(): ExternalPPUMemoryQuadOnFPGA {
    return new ExternalPPUMemoryQuadOnFPGA(this.toEnum() >> 2);
  }
  toEntryOnQuad(): EntryOnQuad {
    return new EntryOnQuad(this.toEnum() % 4);
  }
}
export class ExternalPPUMemoryQuadOnFPGA extends defineCoordinate('ExternalPPUMemoryQuadOnFPGA', 32768) {
  toExternalPPUMemoryByteOnFPGA(entry: EnumLike): ExternalPPUMemoryByteOnFPGA {
    return new ExternalPPUMemoryByteOnFPGA(this.toEnum() * 4 + partEnum('ExternalPPUMemoryQuadOnFPGA', 'entry', entry, 4));
  }
}
export class ExternalPPUDRAMMemoryByteOnFPGA extends defineCoordinate('ExternalPPUDRAMMemoryByteOnFPGA', 268435456) {
  toExternalPPUDRAMMemoryQuadOnFPGA(): ExternalPPUDRAMMemoryQuadOnFPGA {
    return new ExternalPPUDRAMMemoryQuadOnFPGA(Math.floor(this.toEnum() / 4));
  }
  toEntryOnQuad(): EntryOnQuad {
    return new EntryOnQuad(this.toEnum() % 4);
  }
}
export class ExternalPPUDRAMMemoryQuadOnFPGA extends defineCoordinate('ExternalPPUDRAMMemoryQuadOnFPGA', 67108864) {
  toExternalPPUDRAMMemoryByteOnFPGA(entry: EnumLike): ExternalPPUDRAMMemoryByteOnFPGA {
    return new ExternalPPUDRAMMemoryByteOnFPGA(this.toEnum() * 4 + partEnum('ExternalPPUDRAMMemoryQuadOnFPGA', 'entry', entry, 4));
  }
}
export class ExternalPPUMemoryOnFPGA extends defineCoordinate('ExternalPPUMemoryOnFPGA', 1) {}
/** 8-bit address of a spike on the FPGA spike IO. */
export class SpikeIOAddress extends defineCoordinate('SpikeIOAddress', 256) {}
/** Indexed by SpikeIOAddress. */
export class SpikeIOInputRouteOnFPGA extends defineCoordinate('SpikeIOInputRouteOnFPGA', 256) {
  toSpikeIOAddress(): SpikeIOAddress {
    return new SpikeIOAddress(this.toEnum());
  }
}
/** Indexed by SpikeLabel. */
export class SpikeIOOutputRouteOnFPGA extends defineCoordinate('SpikeIOOutputRouteOnFPGA', 65536) {
  toSpikeLabel(): SpikeLabel {
    return new SpikeLabel(this.toEnum());
  }
}
export class SpikeIOConfigOnFPGA extends defineCoordinate('SpikeIOConfigOnFPGA', 1) {}
export class OutputRoutingTableEntryOnFPGA extends defineCoordinate('OutputRoutingTableEntryOnFPGA', 65536) {}
export class InputRoutingTableEntryOnFPGA extends defineCoordinate('InputRoutingTableEntryOnFPGA', 32768) {}
export class OutputRoutingTableOnFPGA extends defineCoordinate('OutputRoutingTableOnFPGA', 1) {}
export class InputRoutingTableOnFPGA extends defineCoordinate('InputRoutingTableOnFPGA', 1) {}

/** The JTAG PHY registers are numbered in reverse: PhyConfigChip(i) is JTAG PHY register 7-i. */
export class JTAGPhyRegisterOnDLS extends defineCoordinate('JTAGPhyRegisterOnDLS', 8) {
  toPhyConfigChipOnDLS(): PhyConfigChipOnDLS {
    return new PhyConfigChipOnDLS(7 - this.toEnum());
  }
}
export class PhyConfigFPGAOnDLS extends defineCoordinate('PhyConfigFPGAOnDLS', 8) {}
export class PhyConfigChipOnDLS extends defineCoordinate('PhyConfigChipOnDLS', 8) {
  toJTAGPhyRegisterOnDLS(): JTAGPhyRegisterOnDLS {
    return new JTAGPhyRegisterOnDLS(7 - this.toEnum());
  }
}
export class PhyStatusOnFPGA extends defineCoordinate('PhyStatusOnFPGA', 8) {}
export class CommonPhyConfigFPGAOnDLS extends defineCoordinate('CommonPhyConfigFPGAOnDLS', 1) {}
export class CommonPhyConfigChipOnDLS extends defineCoordinate('CommonPhyConfigChipOnDLS', 1) {}
export class ADPLLOnDLS extends defineCoordinate('ADPLLOnDLS', 2) {}

const PLL_CLOCK_OUTPUT_NAMES = ['serdes_ser_send_clk', 'phy_ref_clk', 'ppu_clk', 'madc_clk'] as const;
/** serdes_ser_send_clk = 0, phy_ref_clk = 1, ppu_clk = 2, madc_clk = 3. */
export class PLLClockOutputOnDLS extends defineCoordinate('PLLClockOutputOnDLS', 4) {
  static readonly names = PLL_CLOCK_OUTPUT_NAMES;
  get name(): (typeof PLL_CLOCK_OUTPUT_NAMES)[number] {
    return PLL_CLOCK_OUTPUT_NAMES[this.toEnum()]!;
  }
  static fromName(name: string): PLLClockOutputOnDLS {
    const e = (PLL_CLOCK_OUTPUT_NAMES as readonly string[]).indexOf(name);
    if (e < 0) throw new InvalidArgumentError(`PLLClockOutputOnDLS: unknown clock output "${name}" (allowed: ${PLL_CLOCK_OUTPUT_NAMES.join(', ')})`);
    return new PLLClockOutputOnDLS(e);
  }
}
export class PLLClockOutputBlockOnDLS extends defineCoordinate('PLLClockOutputBlockOnDLS', 1) {}
export class PLLSelfTestOnDLS extends defineCoordinate('PLLSelfTestOnDLS', 1) {}
export class PLLSelfTestStatusOnDLS extends defineCoordinate('PLLSelfTestStatusOnDLS', 1) {}
export class JTAGPLLRegisterOnDLS extends defineCoordinate('JTAGPLLRegisterOnDLS', 8) {}
export class SourceMultiplexerOnReadoutSourceSelection extends defineCoordinate('SourceMultiplexerOnReadoutSourceSelection', 2) {}
export class PadMultiplexerConfigOnDLS extends defineCoordinate('PadMultiplexerConfigOnDLS', 2) {}
export class PadOnDLS extends defineCoordinate('PadOnDLS', 2) {}
export class TimerOnDLS extends defineCoordinate('TimerOnDLS', 1) {}
export class MADCConfigOnDLS extends defineCoordinate('MADCConfigOnDLS', 1) {}
export class MADCControlOnDLS extends defineCoordinate('MADCControlOnDLS', 1) {}
export class ReadoutSourceSelectionOnDLS extends defineCoordinate('ReadoutSourceSelectionOnDLS', 1) {}
export class CurrentDACOnDLS extends defineCoordinate('CurrentDACOnDLS', 1) {}
export class ReadoutChainOnDLS extends defineCoordinate('ReadoutChainOnDLS', 1) {}
export class MemoryTimingOnDLS extends defineCoordinate('MemoryTimingOnDLS', 1) {}
export class ChipOnDLS extends defineCoordinate('ChipOnDLS', 1) {}
export class SystimeSyncBaseOnDLS extends defineCoordinate('SystimeSyncBaseOnDLS', 1) {}
export class SystimeSyncOnFPGA extends defineCoordinate('SystimeSyncOnFPGA', 1) {}
export class BarrierOnFPGA extends defineCoordinate('BarrierOnFPGA', 1) {}
export class PollingOmnibusBlockOnFPGA extends defineCoordinate('PollingOmnibusBlockOnFPGA', 1) {}
export class PollingOmnibusBlockConfigOnFPGA extends defineCoordinate('PollingOmnibusBlockConfigOnFPGA', 1) {}
export class ResetChipOnDLS extends defineCoordinate('ResetChipOnDLS', 1) {}
export class EventRecordingConfigOnFPGA extends defineCoordinate('EventRecordingConfigOnFPGA', 1) {}
export class InstructionTimeoutConfigOnFPGA extends defineCoordinate('InstructionTimeoutConfigOnFPGA', 1) {}
export class SystimeCorrectionBarrierConfigOnFPGA extends defineCoordinate('SystimeCorrectionBarrierConfigOnFPGA', 1) {}
export class FPGADeviceDNAOnFPGA extends defineCoordinate('FPGADeviceDNAOnFPGA', 1) {}
export class FPGASystimeSyncNumRetriesOnFPGA extends defineCoordinate('FPGASystimeSyncNumRetriesOnFPGA', 1) {}
export class FPGASystimeSyncLastRTTOnFPGA extends defineCoordinate('FPGASystimeSyncLastRTTOnFPGA', 1) {}
export class FPGASystimeSyncLastAsicSystimeOnFPGA extends defineCoordinate('FPGASystimeSyncLastAsicSystimeOnFPGA', 1) {}
export class FPGASystimeSyncActiveStateOnFPGA extends defineCoordinate('FPGASystimeSyncActiveStateOnFPGA', 1) {}
export class HicannARQStatusOnFPGA extends defineCoordinate('HicannARQStatusOnFPGA', 1) {}
export class PerfTestOnFPGA extends defineCoordinate('PerfTestOnFPGA', 1) {}
export class PerfTestStatusOnFPGA extends defineCoordinate('PerfTestStatusOnFPGA', 1) {}
export class JTAGIdCodeOnDLS extends defineCoordinate('JTAGIdCodeOnDLS', 1) {}
export class JTAGClockScalerOnDLS extends defineCoordinate('JTAGClockScalerOnDLS', 1) {}
export class ResetJTAGTapOnDLS extends defineCoordinate('ResetJTAGTapOnDLS', 1) {}
export class NullPayloadReadableOnFPGA extends defineCoordinate('NullPayloadReadableOnFPGA', 1) {}
export class SpikePack1ToChipOnDLS extends defineCoordinate('SpikePack1ToChipOnDLS', 1) {}
export class SpikePack2ToChipOnDLS extends defineCoordinate('SpikePack2ToChipOnDLS', 1) {}
export class SpikePack3ToChipOnDLS extends defineCoordinate('SpikePack3ToChipOnDLS', 1) {}

/** Packs of 1..3 events from the FPGA: enum 0..2 stands for pack size 1..3 (halco range min 1). */
function definePackSize(typeName: string) {
  class PackSize extends defineCoordinate(typeName, 3) {
    /** Number of events in the pack (1..3). */
    get count(): number {
      return this.toEnum() + 1;
    }
    static fromCount<T>(this: new (e: number) => T, count: number): T {
      if (!Number.isInteger(count) || count < 1 || count > 3) throw new ValueRangeError(`${typeName}.count`, count, 1, 3);
      return new this(count - 1);
    }
  }
  return PackSize;
}
export class SpikePackFromFPGAOnDLS extends definePackSize('SpikePackFromFPGAOnDLS') {}
export class MADCSamplePackFromFPGAOnDLS extends definePackSize('MADCSamplePackFromFPGAOnDLS') {}

// ---- Board (SPI DACs and shift register; haldls.md 3.15 / lola DACs)
export class ShiftRegisterOnBoard extends defineCoordinate('ShiftRegisterOnBoard', 1) {}
export class DACOnBoard extends defineCoordinate('DACOnBoard', 2) {}
export class DACChannelOnDAC extends defineCoordinate('DACChannelOnDAC', 8) {}
/** dac*8 + channel. */
export class DACChannelOnBoard extends defineMixin('DACChannelOnBoard', DACChannelOnDAC, DACOnBoard) {}
export class DACChannelBlockOnBoard extends defineCoordinate('DACChannelBlockOnBoard', 1) {}
export class DACControlBlockOnBoard extends defineCoordinate('DACControlBlockOnBoard', 1) {}

// ---- Families converting by equal enum (`coord.to(OtherType)`)
declareFamily('quadrant', [NeuronConfigBlockOnDLS, CapMemBlockOnDLS, CapMemBlockConfigOnDLS, CapMemSRAMTimingConfigOnDLS, NeuronSRAMTimingConfigOnDLS, CADCOffsetSRAMTimingConfigOnDLS]);
declareFamily('backend block', [
  NeuronBackendConfigBlockOnDLS,
  NeuronResetBlockOnDLS,
  SpikeCounterReadBlockOnDLS,
  SpikeCounterResetBlockOnDLS,
  CommonNeuronBackendConfigOnDLS,
  BlockPostPulseOnDLS,
  NeuronBackendSRAMTimingConfigOnDLS,
]);
declareFamily('backend local', [
  NeuronBackendConfigOnNeuronBackendConfigBlock,
  NeuronResetOnNeuronResetBlock,
  SpikeCounterReadOnSpikeCounterReadBlock,
  SpikeCounterResetOnSpikeCounterResetBlock,
]);
declareFamily('backend neuron', [NeuronBackendConfigOnDLS, NeuronResetOnDLS, SpikeCounterReadOnDLS, SpikeCounterResetOnDLS]);
declareFamily('atomic neuron', [AtomicNeuronOnDLS, NeuronConfigOnDLS]);
declareFamily('column', [NeuronColumnOnDLS, SynapseOnSynapseRow, CADCChannelColumnOnSynram]);
declareFamily('quad column', [SynapseQuadColumnOnDLS, ColumnCorrelationQuadOnSynram, ColumnCurrentQuadOnSynram]);
declareFamily('quad column on DLS', [ColumnCorrelationQuadOnDLS, ColumnCurrentQuadOnDLS, NeuronResetQuadOnDLS]);
declareFamily('synapse row', [SynapseRowOnDLS, SynapseWeightRowOnDLS, SynapseLabelRowOnDLS, SynapseCorrelationCalibRowOnDLS, CorrelationResetRowOnDLS, CADCSampleRowOnDLS]);
declareFamily('synapse quad', [SynapseQuadOnDLS, SynapseWeightQuadOnDLS, SynapseLabelQuadOnDLS, SynapseCorrelationCalibQuadOnDLS, CorrelationResetOnDLS]);
declareFamily('phy', [PhyConfigFPGAOnDLS, PhyConfigChipOnDLS, PhyStatusOnFPGA]);
