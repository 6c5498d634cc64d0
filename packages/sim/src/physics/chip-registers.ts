/**
 * Where the chip model finds the registers it interprets. Addresses, coordinates and bit layouts all come
 * from `@bss2/haldls`: forward addresses from the containers (`writeAddresses` / `readAddresses`), words to
 * values with the containers' `decodeValues`, and the inverse (which container, coordinate and word a
 * written address is) from the containers' write addresses, equal to `lookupRegister`'s answers (checked by
 * packages/sim/test/chip-registers.test.ts). What lives here is only the model's caching of those answers:
 * address tables per neuron, driver, quad, ... and the inverse, built once per process, so the model reads
 * and follows registers without building coordinates or RegisterInfo objects per access.
 */
// containers
import {
  BackgroundSpikeSource, CADCChannelConfig, CADCConfig, CADCSampleQuad, CapMemCell, ColumnCorrelationQuad, ColumnCurrentQuad,
  CommonCorrelationConfig, CommonNeuronBackendConfig, CommonPADIBusConfig, CommonSTPConfig, CrossbarInputDropCounter, CrossbarNode,
  CrossbarOutputConfig, CrossbarOutputEventCounter, MADCConfig, MADCControl, NeuronBackendConfig, NeuronConfig, NeuronReset,
  NeuronResetQuad, PADIEvent, ReadoutSourceSelection, SpikeCounterRead, SpikeCounterReset, SynapseDriverConfig, SynapseLabelQuad,
  SynapseQuad, SynapseWeightQuad,
} from '@bss2/haldls';
// their coordinates
import {
  BackgroundSpikeSourceOnDLS, CADCChannelConfigOnDLS, CADCConfigOnDLS, CADCSampleQuadOnDLS, CapMemCellOnDLS, ColumnCorrelationQuadOnDLS,
  ColumnCurrentQuadOnDLS, CommonCorrelationConfigOnDLS, CommonNeuronBackendConfigOnDLS, CommonPADIBusConfigOnDLS, CommonSTPConfigOnDLS,
  CrossbarInputOnDLS, CrossbarNodeOnDLS, CrossbarOutputConfigOnDLS, CrossbarOutputOnDLS, MADCConfigOnDLS, NeuronBackendConfigOnDLS,
  NeuronConfigOnDLS, ReadoutSourceSelectionOnDLS, SpikeCounterReadOnDLS, SynapseDriverOnDLS, SynapseLabelQuadOnDLS, SynapseQuadOnDLS,
  SynapseWeightQuadOnDLS,
} from '@bss2/haldls';
// geometry and layout tools
import { atomicToBackendEnum, capMemCellEnum, compileLayout, splitNeuronConfigEnum } from '@bss2/haldls';
import type { CoordinateBase, DefinedContainerType, FieldSpec, Placement } from '@bss2/haldls';
import type { RegisterView } from './interface.js';
import { NEURONS } from './layout.js';

/** Reads the words of a container at `coord` from the register view, in the container's word order. */
export function readWords(regs: RegisterView, addresses: ArrayLike<number>, offset: number, count: number): number[] {
  const words = new Array<number>(count);
  for (let w = 0; w < count; w++) words[w] = regs.read(addresses[offset + w]!);
  return words;
}

/** Coordinates by enum, constructed once (decodeValues checks the coordinate type; the hot paths reuse them). */
class CoordCache<K extends CoordinateBase> {
  private readonly items: (K | undefined)[];
  constructor(private readonly cls: { fromEnum(e: number): K; readonly size: number }) {
    this.items = new Array(cls.size);
  }
  get(e: number): K {
    return (this.items[e] ??= this.cls.fromEnum(e));
  }
}

/** `words` addresses per coordinate enum 0..n-1 of a container, flattened (built once, on first use). */
function addressTable<K extends CoordinateBase>(
  type: DefinedContainerType<never, K> | { writeAddresses(c: K): readonly number[] },
  coords: CoordCache<K>,
  n: number,
  words: number,
): Uint32Array {
  const table = new Uint32Array(n * words);
  for (let e = 0; e < n; e++) {
    const a = type.writeAddresses(coords.get(e));
    for (let w = 0; w < words; w++) table[e * words + w] = a[w]!;
  }
  return table;
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

// ---- coordinates ------------------------------------------------------------------------------------------

export const coords = {
  capmemCell: new CoordCache(CapMemCellOnDLS),
  neuronConfig: new CoordCache(NeuronConfigOnDLS),
  neuronBackend: new CoordCache(NeuronBackendConfigOnDLS),
  commonBackend: new CoordCache(CommonNeuronBackendConfigOnDLS),
  driver: new CoordCache(SynapseDriverOnDLS),
  quad: new CoordCache(SynapseQuadOnDLS),
  weightQuad: new CoordCache(SynapseWeightQuadOnDLS),
  labelQuad: new CoordCache(SynapseLabelQuadOnDLS),
  columnCurrent: new CoordCache(ColumnCurrentQuadOnDLS),
  columnCorrelation: new CoordCache(ColumnCorrelationQuadOnDLS),
  padiBus: new CoordCache(CommonPADIBusConfigOnDLS),
  stp: new CoordCache(CommonSTPConfigOnDLS),
  cadcConfig: new CoordCache(CADCConfigOnDLS),
  cadcChannel: new CoordCache(CADCChannelConfigOnDLS),
  correlation: new CoordCache(CommonCorrelationConfigOnDLS),
  crossbarNode: new CoordCache(CrossbarNodeOnDLS),
  crossbarOutputConfig: new CoordCache(CrossbarOutputConfigOnDLS),
  background: new CoordCache(BackgroundSpikeSourceOnDLS),
  madcConfig: new CoordCache(MADCConfigOnDLS),
  readoutSelection: new CoordCache(ReadoutSourceSelectionOnDLS),
} as const;

// ---- address tables (from the containers) -----------------------------------------------------------------

/** CapMem rows of the per-neuron cells, per neuron: index neuron * 24 + row. */
export const neuronCellAddresses = lazy(() => {
  const t = new Uint32Array(NEURONS * 24);
  for (let i = 0; i < NEURONS; i++) {
    for (let row = 0; row < 24; row++) t[i * 24 + row] = CapMemCell.writeAddresses(neuronCellCoord(i, row))[0]!;
  }
  return t;
});
/** Coordinate of CapMem cell (block, column, row). */
function capmemCellCoord(block: number, column: number, row: number): CoordinateBase {
  return coords.capmemCell.get(capMemCellEnum(block, column, row));
}
/** Coordinate of a neuron's CapMem cell in `row`. */
function neuronCellCoord(neuron: number, row: number): CoordinateBase {
  const { block, local } = splitNeuronConfigEnum(neuron);
  return capmemCellCoord(block, local, row);
}
/** Address of CapMem cell (block, column, row), e.g. a shared cell in columns 128/129. */
export function capmemCellAddress(block: number, column: number, row: number): number {
  return CapMemCell.writeAddresses(capmemCellCoord(block, column, row))[0]!;
}
/** NeuronConfig words per neuron (NeuronConfigOnDLS enum = AtomicNeuronOnDLS enum). */
export const neuronConfigAddresses = lazy(() => addressTable(NeuronConfig, coords.neuronConfig, NEURONS, 6));
/** NeuronBackendConfig words per atomic neuron. */
export const neuronBackendAddresses = lazy(() => {
  const t = new Uint32Array(NEURONS * 4);
  for (let i = 0; i < NEURONS; i++) NeuronBackendConfig.writeAddresses(coords.neuronBackend.get(atomicToBackendEnum(i))).forEach((a, w) => (t[i * 4 + w] = a));
  return t;
});
export const commonBackendAddresses = lazy(() => addressTable(CommonNeuronBackendConfig, coords.commonBackend, 2, 2));
export const driverAddresses = lazy(() => addressTable(SynapseDriverConfig, coords.driver, 256, 3));
/** Per SynapseQuadOnDLS enum: raw word 0, raw word 1, weight view, label view. */
export const quadAddresses = lazy(() => {
  const t = new Uint32Array(32768 * 4);
  for (let e = 0; e < 32768; e++) {
    const raw = SynapseQuad.writeAddresses(SynapseQuadOnDLS.fromEnum(e));
    t[e * 4] = raw[0]!;
    t[e * 4 + 1] = raw[1]!;
    t[e * 4 + 2] = SynapseWeightQuad.writeAddresses(SynapseWeightQuadOnDLS.fromEnum(e))[0]!;
    t[e * 4 + 3] = SynapseLabelQuad.writeAddresses(SynapseLabelQuadOnDLS.fromEnum(e))[0]!;
  }
  return t;
});
export const columnCurrentAddresses = lazy(() => addressTable(ColumnCurrentQuad, coords.columnCurrent, 128, 2));
export const columnCorrelationAddresses = lazy(() => addressTable(ColumnCorrelationQuad, coords.columnCorrelation, 128, 4));
export const padiBusAddresses = lazy(() => addressTable(CommonPADIBusConfig, coords.padiBus, 2, 1));
export const stpAddresses = lazy(() => addressTable(CommonSTPConfig, coords.stp, 2, 1));
export const cadcConfigAddresses = lazy(() => addressTable(CADCConfig, coords.cadcConfig, 2, 1));
export const correlationAddresses = lazy(() => addressTable(CommonCorrelationConfig, coords.correlation, 2, 4));
/** CADCChannelConfigOnDLS enum = synram * 512 + (acausal ? 256 : 0) + column. */
export const cadcChannelAddresses = lazy(() => addressTable(CADCChannelConfig, coords.cadcChannel, 1024, 1));
export const crossbarNodeAddresses = lazy(() => addressTable(CrossbarNode, coords.crossbarNode, 76, 1));
export const crossbarOutputConfigAddress = lazy(() => CrossbarOutputConfig.writeAddresses(coords.crossbarOutputConfig.get(0))[0]!);
/** BackgroundSpikeSource words per source, in the container's word order (seed, mask/rate/label, enable). */
export const backgroundAddresses = lazy(() => addressTable(BackgroundSpikeSource, coords.background, 8, 3));
export const madcConfigAddresses = lazy(() => MADCConfig.writeAddresses(coords.madcConfig.get(0)));
export const readoutSelectionAddresses = lazy(() => ReadoutSourceSelection.writeAddresses(coords.readoutSelection.get(0)));

// ---- the inverse: which followed register a write goes to -------------------------------------------------

/**
 * Containers whose writes the model follows (every other write only lands in the register file); where two
 * write the same address, the first listed wins.
 */
const FOLLOWED_CONTAINERS = {
  SynapseQuad,
  SynapseWeightQuad,
  SynapseLabelQuad,
  ColumnCurrentQuad,
  ColumnCorrelationQuad,
  CapMemCell,
  NeuronConfig,
  NeuronBackendConfig,
  CommonNeuronBackendConfig,
  NeuronResetQuad,
  NeuronReset,
  SpikeCounterReset,
  PADIEvent,
  BackgroundSpikeSource,
  MADCControl,
  CommonCorrelationConfig,
  SynapseDriverConfig,
  CADCChannelConfig,
  CADCConfig,
  CommonPADIBusConfig,
  CommonSTPConfig,
  CrossbarNode,
  CrossbarOutputConfig,
} as const;
/** The container types in that order: the index is the container's `Followed` code. */
export const FOLLOWED_TYPES = Object.values(FOLLOWED_CONTAINERS);
/** `Followed` code of each followed container, by name. */
export const Followed = Object.fromEntries(Object.keys(FOLLOWED_CONTAINERS).map((name, kind) => [name, kind])) as {
  readonly [K in keyof typeof FOLLOWED_CONTAINERS]: number;
};

/** Packing of (Followed code, coordinate enum, word) into one small integer. */
const WORD_BITS = 16;
const COORD_BITS = 2 ** 17;
export function followedKind(code: number): number {
  return Math.floor(code / (COORD_BITS * WORD_BITS));
}
export function followedCoordinate(code: number): number {
  return Math.floor(code / WORD_BITS) % COORD_BITS;
}
export function followedWord(code: number): number {
  return code % WORD_BITS;
}

const PAGE_BITS = 12;
/**
 * Address -> packed (container, coordinate enum, word) + 1 of every word the followed containers write, in
 * pages of 4096 words (0: no followed container), built once from the containers' write addresses (the
 * synapse-quad tables are shared with `quadAddresses`). It answers what `lookupRegister` answers for these
 * words (packages/sim/test/chip-registers.test.ts checks every entry), without building a RegisterInfo per
 * write: the model consults it on every register write (65 k synapse words for a full array).
 */
const followedPages = lazy(() => {
  const pages = new Map<number, Int32Array>();
  let pageKey = -1;
  let page: Int32Array = new Int32Array(0);
  const put = (address: number, kind: number, e: number, w: number): void => {
    const key = address >>> PAGE_BITS;
    if (key !== pageKey) {
      pageKey = key;
      const p = pages.get(key);
      if (p === undefined) pages.set(key, (page = new Int32Array(1 << PAGE_BITS)));
      else page = p;
    }
    const slot = address & ((1 << PAGE_BITS) - 1);
    if (page[slot] === 0) page[slot] = (kind * COORD_BITS + e) * WORD_BITS + w + 1; // the first container listed wins
  };
  const quads = quadAddresses();
  const columns = [
    [Followed.SynapseQuad, 0],
    [Followed.SynapseQuad, 1],
    [Followed.SynapseWeightQuad, 0],
    [Followed.SynapseLabelQuad, 0],
  ] as const;
  columns.forEach(([kind, w], c) => {
    for (let e = 0; e < 32768; e++) put(quads[e * 4 + c]!, kind, e, w);
  });
  FOLLOWED_TYPES.forEach((type, kind) => {
    if (kind <= Followed.SynapseLabelQuad) return; // from the quad tables above
    const cls = type.definition.coordinate as unknown as { fromEnum(e: number): CoordinateBase; readonly size: number };
    const cache = kind === Followed.CapMemCell ? coords.capmemCell : undefined; // shared with neuronCellAddresses
    const t = type as unknown as { writeAddresses(c: CoordinateBase): readonly number[] };
    for (let e = 0; e < cls.size; e++) {
      const addresses = t.writeAddresses(cache ? cache.get(e) : cls.fromEnum(e));
      for (let w = 0; w < addresses.length; w++) put(addresses[w]!, kind, e, w);
    }
  });
  return pages;
});
/** The followed register a write to `address` goes to (packed, see `followedKind` ...), or -1. */
export function followedAt(address: number): number {
  const page = followedPages().get(address >>> PAGE_BITS);
  return page === undefined ? -1 : page[address & ((1 << PAGE_BITS) - 1)]! - 1;
}

// ---- decode caches --------------------------------------------------------------------------------------

/**
 * Decoded values of a one-word container by word value, for words below `limit`: a container with a
 * declarative layout decodes the same words to the same values at every coordinate, so each word is
 * decoded once. The values are shared: read them, do not change them.
 */
export function wordDecoder<V>(type: { decodeValues(coord: never, words: ArrayLike<number>): V; readonly definition: { readonly layout?: object; readonly coordinate: { fromEnum(e: number): unknown } } }, limit: number): (word: number) => V {
  if (type.definition.layout === undefined) throw new TypeError('wordDecoder needs a container with a declarative layout');
  const coord = type.definition.coordinate.fromEnum(0) as never;
  const table: (V | undefined)[] = new Array(limit);
  return (word) => (word < limit ? (table[word] ??= type.decodeValues(coord, [word])) : type.decodeValues(coord, [word]));
}

// ---- read-only registers the model answers ----------------------------------------------------------------

/** Read-only containers the model produces values for (lookupRegister covers writable words only). */
export const enum ReadOnly {
  spikeCounter = 0,
  dropCounter = 1,
  eventCounter = 2,
  cadcSample = 3,
}
const READ_ONLY_SHIFT = 2 ** 20;
/**
 * Address -> ReadOnly kind * 2^20 + coordinate enum, from the containers' read addresses (built once, on
 * the first model read; the CADC sample memory makes it 131 k entries).
 */
const readOnlyMap = lazy(() => {
  const m = new Map<number, number>();
  const add = <K extends CoordinateBase>(kind: ReadOnly, type: { readAddresses(c: K): readonly number[] }, cls: { fromEnum(e: number): K; readonly size: number }): void => {
    for (let e = 0; e < cls.size; e++) m.set(type.readAddresses(cls.fromEnum(e))[0]!, kind * READ_ONLY_SHIFT + e);
  };
  add(ReadOnly.spikeCounter, SpikeCounterRead, SpikeCounterReadOnDLS);
  add(ReadOnly.dropCounter, CrossbarInputDropCounter, CrossbarInputOnDLS);
  add(ReadOnly.eventCounter, CrossbarOutputEventCounter, CrossbarOutputOnDLS);
  add(ReadOnly.cadcSample, CADCSampleQuad, CADCSampleQuadOnDLS);
  return m;
});
/** The read-only register at `address` as { kind, coordinate enum }, or undefined. */
export function readOnlyAt(address: number): { kind: ReadOnly; coordinate: number } | undefined {
  const v = readOnlyMap().get(address);
  return v === undefined ? undefined : { kind: Math.floor(v / READ_ONLY_SHIFT) as ReadOnly, coordinate: v % READ_ONLY_SHIFT };
}

/**
 * Words of the read-only registers the model produces. haldls only decodes them (a chip produces them), so
 * the encoders are compiled here from the containers' own layout declarations.
 */
function readOnlyEncoder(type: { readonly typeName: string; readonly fields: readonly FieldSpec[]; readonly definition: { readonly layout?: object } }): (v: object) => number {
  const layout = type.definition.layout;
  if (layout === undefined) throw new TypeError(`${type.typeName} states no layout`);
  const compiled = compileLayout(type.typeName, type.fields, layout as Record<string, Placement>);
  return (v) => compiled.encode(v)[0]!;
}
/** Largest value of an integer field (counters wrap there). */
function fieldMax(type: { readonly fields: readonly FieldSpec[] }, name: string): number {
  const s = type.fields.find((f) => f.name === name)?.scalar;
  if (s?.kind !== 'int') throw new TypeError(`no integer field ${name}`);
  return s.max;
}
const encodeSpikeCounter = lazy(() => readOnlyEncoder(SpikeCounterRead));
const encodeDropCounter = lazy(() => readOnlyEncoder(CrossbarInputDropCounter));
const encodeEventCounter = lazy(() => readOnlyEncoder(CrossbarOutputEventCounter));
const encodeCadcSamples = lazy(() => readOnlyEncoder(CADCSampleQuad));
const SPIKE_COUNT_MAX = fieldMax(SpikeCounterRead, 'count');
const DROP_COUNTER_MAX = fieldMax(CrossbarInputDropCounter, 'value');
const EVENT_COUNTER_MAX = fieldMax(CrossbarOutputEventCounter, 'value');

/** SpikeCounterRead word of a count (above the 8-bit range: 255 with the overflow flag). */
export function spikeCounterWord(count: number): number {
  return encodeSpikeCounter()(count > SPIKE_COUNT_MAX ? { count: SPIKE_COUNT_MAX, overflow: true } : { count, overflow: false });
}
/** CrossbarInputDropCounter word of a running count (the 16-bit counter wraps). */
export function dropCounterWord(count: number): number {
  return encodeDropCounter()({ value: count % (DROP_COUNTER_MAX + 1) });
}
/** CrossbarOutputEventCounter word of a running count (the 24-bit counter wraps). */
export function eventCounterWord(count: number): number {
  return encodeEventCounter()({ value: count % (EVENT_COUNTER_MAX + 1) });
}
/** CADCSampleQuad word of four samples (entry order). */
export function cadcSampleWord(samples: readonly number[]): number {
  return encodeCadcSamples()({ samples });
}

/** CADCSampleQuadOnDLS enum -> its parts (the coordinate's own decomposition). */
export function cadcSampleOf(e: number): { hemisphere: number; row: number; quad: number; acausal: boolean; buffered: boolean } {
  const c = CADCSampleQuadOnDLS.fromEnum(e);
  return {
    hemisphere: c.synram.toEnum(),
    row: c.row.toEnum(),
    quad: c.quadColumn.toEnum(),
    acausal: c.channelType.toEnum() === 1,
    buffered: c.readoutType.toEnum() === 1,
  };
}

