/**
 * The translation between an AtomicNeuron and its three haldls parts, as plain field records keyed by the
 * haldls field names of haldls.md §3.1/§3.2 (snake_case, as in the spec tables). Keeping this pure (no haldls
 * objects) lets the adapter in `hal.ts` be the only place that knows how haldls constructs containers.
 */
import {
  AtomicNeuron,
  ATOMIC_NEURON_FIELDS,
  BAYESIAN_BITS,
  NEURON_CAPMEM_ROW_ORDER,
  READOUT_SOURCE_CODES,
  type BayesianOperation,
} from './atomic-neuron.js';
import type { Container, Coordinate, EncodeSink } from '@bss2/haldls';
import { checkWordsLeft, decodeLeaf, defineComposite, pushAll, sliceOf, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { NeuronPosition } from './logical-coordinates.js';
import { ANALOG_DISABLE_REFRESH } from './analog.js';

export type HalFields = Record<string, boolean | number | string>;

type Group = Record<string, boolean | number | string>;
const groups = (n: AtomicNeuron): Record<string, Group> => n as unknown as Record<string, Group>;

/** NeuronConfig fields of this neuron (booleans, membrane_capacitor_size, readout_source code). */
export function toNeuronConfigFields(n: AtomicNeuron): HalFields {
  const out: HalFields = {};
  const g = groups(n);
  for (const f of ATOMIC_NEURON_FIELDS) if (f.target.to === 'nc') out[f.target.name] = g[f.group]![f.field] as boolean | number;
  out['invert_membrane_offset'] = n.constantCurrent.type === 'sink';
  out['enable_fire'] = n.eventRouting.analogOutput !== 'off';
  out['enable_strong_fire'] = n.eventRouting.analogOutput === 'strong';
  out['readout_source'] = READOUT_SOURCE_CODES.indexOf(n.readout.source);
  return out;
}

/** NeuronBackendConfig fields of this neuron. */
export function toNeuronBackendConfigFields(n: AtomicNeuron): HalFields {
  const out: HalFields = {};
  const g = groups(n);
  for (const f of ATOMIC_NEURON_FIELDS) if (f.target.to === 'nbc') out[f.target.name] = g[f.group]![f.field] as boolean | number;
  const [b0, b1] = BAYESIAN_BITS[n.bayesian.operation];
  out['enable_bayesian_0'] = b0;
  out['enable_bayesian_1'] = b1;
  return out;
}

/** The 24 CapMem values in write order (`NEURON_CAPMEM_ROW_ORDER`). */
export function toCapMemValues(n: AtomicNeuron): number[] {
  return fillCapMemValues(n, new Array<number>(24).fill(0));
}

let capmemFields: readonly (readonly [group: string, field: string, index: number])[] | undefined;
/** Writes the 24 CapMem values of `n` in write order into `out`. */
function fillCapMemValues(n: AtomicNeuron, out: number[]): number[] {
  capmemFields ??= ATOMIC_NEURON_FIELDS.flatMap((f) => (f.target.to === 'capmem' ? [[f.group, f.field, NEURON_CAPMEM_ROW_ORDER.indexOf(f.target.row)] as const] : []));
  const g = groups(n);
  for (const [group, field, i] of capmemFields) out[i] = g[group]![field] as number;
  return out;
}

/** Rebuilds an AtomicNeuron from its three parts (the inverse of the three functions above). */
export function fromHalFields(ncFields: HalFields, nbcFields: HalFields, capmemInWriteOrder: ArrayLike<number>): AtomicNeuron {
  const n = new AtomicNeuron();
  const g = groups(n);
  const byRow = new Array<number>(24).fill(0);
  NEURON_CAPMEM_ROW_ORDER.forEach((row, i) => (byRow[row] = capmemInWriteOrder[i]!));
  for (const f of ATOMIC_NEURON_FIELDS) {
    const t = f.target;
    if (t.to === 'nc') g[f.group]![f.field] = coerce(ncFields[t.name], f.default);
    else if (t.to === 'nbc') g[f.group]![f.field] = coerce(nbcFields[t.name], f.default);
    else if (t.to === 'capmem') g[f.group]![f.field] = byRow[t.row]!;
  }
  n.constantCurrent.type = ncFields['invert_membrane_offset'] ? 'sink' : 'source';
  n.eventRouting.analogOutput = !ncFields['enable_fire'] ? 'off' : ncFields['enable_strong_fire'] ? 'strong' : 'normal';
  // haldls gives the enumeration's value name; a numeric code (older haldls builds, fakes) is accepted too
  const source = ncFields['readout_source'] ?? 0;
  n.readout.source = (typeof source === 'string' ? READOUT_SOURCE_CODES.find((c) => c === source) : READOUT_SOURCE_CODES[Number(source)]) ?? 'membrane';
  const b0 = Boolean(nbcFields['enable_bayesian_0']);
  const b1 = Boolean(nbcFields['enable_bayesian_1']);
  n.bayesian.operation = bayesianOperation((b0 ? 1 : 0) + (b1 ? 2 : 0));
  return n;
}

let bayesianByBits: BayesianOperation[] | undefined;
/** Bayesian operation by `enable_bayesian_0 + 2 * enable_bayesian_1` (the inverse of BAYESIAN_BITS; lazy: see below). */
function bayesianOperation(index: number): BayesianOperation {
  if (bayesianByBits === undefined) {
    bayesianByBits = [];
    for (const [op, [b0, b1]] of Object.entries(BAYESIAN_BITS) as [BayesianOperation, readonly [boolean, boolean]][]) bayesianByBits[(b0 ? 1 : 0) + (b1 ? 2 : 0)] = op;
  }
  return bayesianByBits[index]!;
}

function coerce(v: boolean | number | string | undefined, def: boolean | number | string): boolean | number {
  if (v === undefined) return def as boolean | number;
  return typeof def === 'boolean' ? Boolean(v) : Number(v);
}

// ---------------------------------------------------------------------------------------------------------
// AtomicNeuron as a container (coordinate AtomicNeuronOnDLS, enum = row*256 + column)

// Computed lazily: this module and atomic-neuron.ts import each other, so nothing here may touch the field
// table while the modules initialise.
let ncNames: readonly string[] | undefined;
let nbcNames: readonly string[] | undefined;
/** Names of the NeuronConfig fields lola reads back. */
export function neuronConfigFieldNames(): readonly string[] {
  return (ncNames ??= [
    ...ATOMIC_NEURON_FIELDS.flatMap((f) => (f.target.to === 'nc' ? [f.target.name] : [])),
    'invert_membrane_offset', 'enable_fire', 'enable_strong_fire', 'readout_source',
  ]);
}
/** Names of the NeuronBackendConfig fields lola reads back. */
export function neuronBackendConfigFieldNames(): readonly string[] {
  return (nbcNames ??= [
    ...ATOMIC_NEURON_FIELDS.flatMap((f) => (f.target.to === 'nbc' ? [f.target.name] : [])),
    'enable_bayesian_0', 'enable_bayesian_1',
  ]);
}

/** CapMemCellOnDLS enum of (column, row) in CapMem block `block` (block*3120 + row*130 + column). */
export function capmemCellEnum(block: number, column: number, row: number): number {
  return block * 3120 + row * 130 + column;
}

/** CapMem block (= quadrant) of a neuron: 0 NW, 1 NE, 2 SW, 3 SE. */
export function neuronQuadrant(x: number, y: number): number {
  return y * 2 + (x >= 128 ? 1 : 0);
}

function neuronSlots(coord: Coordinate): LeafSlot[] {
  const p = NeuronPosition.fromEnum(coord.toEnum());
  const e = p.toEnum();
  const block = neuronQuadrant(p.x, p.y);
  const cell = hal.containerType('CapMemCell');
  return [
    { coord: hal.coordinate('NeuronConfigOnDLS', e), type: hal.containerType('NeuronConfig') },
    ...NEURON_CAPMEM_ROW_ORDER.map((row) => ({ coord: hal.coordinate('CapMemCellOnDLS', capmemCellEnum(block, p.x % 128, row)), type: cell })),
    {
      coord: hal.coordinate('NeuronBackendConfigOnDLS', (p.x >= 128 ? 256 : 0) + p.y * 128 + (p.x % 128)),
      type: hal.containerType('NeuronBackendConfig'),
    },
  ];
}

/** Leaves of `n` written at AtomicNeuronOnDLS `coord` (NeuronConfig, 24 CapMem cells, NeuronBackendConfig). */
export function atomicNeuronLeaves(n: AtomicNeuron, coord: Coordinate): Leaf[] {
  const slots = neuronSlots(coord);
  const values = toCapMemValues(n);
  const leaves: Leaf[] = [{ coord: slots[0]!.coord, container: hal.make('NeuronConfig', toNeuronConfigFields(n)) }];
  values.forEach((v, i) => leaves.push({ coord: slots[i + 1]!.coord, container: hal.makeCamel('CapMemCell', { value: v }) }));
  leaves.push({ coord: slots[25]!.coord, container: hal.make('NeuronBackendConfig', toNeuronBackendConfigFields(n)) });
  return leaves;
}

/** Encodes `n` at AtomicNeuronOnDLS `coord` straight into `sink` (same order as `atomicNeuronLeaves`). */
export function encodeAtomicNeuron(n: AtomicNeuron, coord: Coordinate, sink: EncodeSink): void {
  encodeAtomicNeuronAt(n, coord.toEnum(), sink);
}

const cellScratch = { value: 0 };

const CELL_SLOTS: readonly hal.TableSlot<{ value: number }>[] = [
  {
    keys: ANALOG_DISABLE_REFRESH + 1,
    set: (v, k) => {
      v.value = k;
    },
    get: (v) => v.value,
  },
];

/** CapMemCell word tables (one word per cell, keyed by the validated value 0..1023). */
export function capMemCellTables(): hal.WordTables<{ value: number }> | undefined {
  const t = hal.wordTables('CapMemCell', 'CapMemCellOnDLS', 'value', () => ({ value: 0 }), CELL_SLOTS, 4 * 3120);
  return t !== undefined && t.words === 1 ? t : undefined;
}
const capmemValues = new Array<number>(24).fill(0);

/**
 * A haldls container built from a value list, reused while consecutive neurons ask for the same values
 * (neighbouring neurons mostly share their digital configuration): skips re-validating unchanged state.
 */
class ContainerMemo {
  private last: unknown[] | undefined;
  private container: Container | undefined;
  constructor(readonly typeName: string) {}
  get(camelNames: readonly string[], values: readonly unknown[]): Container {
    const last = this.last;
    const c = this.container;
    if (last !== undefined && c !== undefined && c.containerType === hal.containerType(this.typeName)) {
      let same = true;
      for (let i = 0; i < values.length; i++) {
        if (last[i] !== values[i]) {
          same = false;
          break;
        }
      }
      if (same) return c;
    }
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < camelNames.length; i++) fields[camelNames[i]!] = values[i];
    const made = hal.makeCamel(this.typeName, fields);
    this.last = values.slice();
    this.container = made;
    return made;
  }
}

/** Where each NeuronConfig / NeuronBackendConfig value comes from: (group, field) of the neuron, in order. */
interface HalPlan {
  readonly camel: readonly string[];
  readonly source: readonly (readonly [group: string, field: string])[];
  readonly values: unknown[];
}

function plan(to: 'nc' | 'nbc', derived: readonly string[]): HalPlan {
  const direct = ATOMIC_NEURON_FIELDS.filter((f) => f.target.to === to);
  return {
    camel: [...direct.map((f) => hal.camel((f.target as { name: string }).name)), ...derived.map(hal.camel)],
    source: direct.map((f) => [f.group, f.field] as const),
    values: new Array<unknown>(direct.length + derived.length).fill(0),
  };
}

let ncPlan: HalPlan | undefined;
let nbcPlan: HalPlan | undefined;
const ncMemo = new ContainerMemo('NeuronConfig');
const nbcMemo = new ContainerMemo('NeuronBackendConfig');

/** The neuron's NeuronConfig (same fields as `toNeuronConfigFields`). */
function neuronConfigOf(n: AtomicNeuron): Container {
  const p = (ncPlan ??= plan('nc', ['invert_membrane_offset', 'enable_fire', 'enable_strong_fire', 'readout_source']));
  const g = groups(n);
  const v = p.values;
  const k = p.source.length;
  for (let i = 0; i < k; i++) v[i] = g[p.source[i]![0]]![p.source[i]![1]];
  v[k] = n.constantCurrent.type === 'sink';
  v[k + 1] = n.eventRouting.analogOutput !== 'off';
  v[k + 2] = n.eventRouting.analogOutput === 'strong';
  v[k + 3] = READOUT_SOURCE_CODES.indexOf(n.readout.source);
  return ncMemo.get(p.camel, v);
}

/** The neuron's NeuronBackendConfig (same fields as `toNeuronBackendConfigFields`). */
function neuronBackendConfigOf(n: AtomicNeuron): Container {
  const p = (nbcPlan ??= plan('nbc', ['enable_bayesian_0', 'enable_bayesian_1']));
  const g = groups(n);
  const v = p.values;
  const k = p.source.length;
  for (let i = 0; i < k; i++) v[i] = g[p.source[i]![0]]![p.source[i]![1]];
  const [b0, b1] = BAYESIAN_BITS[n.bayesian.operation];
  v[k] = b0;
  v[k + 1] = b1;
  return nbcMemo.get(p.camel, v);
}

/**
 * `encodeAtomicNeuron` at AtomicNeuronOnDLS enum `e`, for an already validated neuron: the 24 CapMem cells
 * go through the CapMemCell LeafWriter without container objects, and the NeuronConfig/NeuronBackendConfig
 * are rebuilt (and validated by haldls) only when they differ from the previous neuron's.
 */
export function encodeAtomicNeuronAt(n: AtomicNeuron, e: number, sink: EncodeSink): void {
  const x = e % 256;
  const y = (e - x) / 256;
  const block = neuronQuadrant(x, y);
  neuronConfigOf(n).encode(hal.coordinate('NeuronConfigOnDLS', e), sink);
  const values = fillCapMemValues(n, capmemValues);
  const cellBase = capmemCellEnum(block, x % 128, 0);
  const tables = capMemCellTables();
  if (tables !== undefined) {
    const table = tables.tables[0]!;
    const base = tables.base[0]!;
    const writer = tables.writer;
    for (let i = 0; i < 24; i++) sink.omnibusWrite(writer.addresses(cellBase + NEURON_CAPMEM_ROW_ORDER[i]! * 130)[0]!, (base ^ table[values[i]!]!) >>> 0);
  } else {
    const cell = hal.leafWriter<{ value: number }>('CapMemCell', 'CapMemCellOnDLS');
    for (let i = 0; i < 24; i++) {
      cellScratch.value = values[i]!;
      cell.write(sink, cellBase + NEURON_CAPMEM_ROW_ORDER[i]! * 130, cellScratch);
    }
  }
  neuronBackendConfigOf(n).encode(hal.coordinate('NeuronBackendConfigOnDLS', (x >= 128 ? 256 : 0) + y * 128 + (x % 128)), sink);
}

/** Appends the read addresses of the AtomicNeuron at enum `e` (as `neuronSlots`). */
export function pushAtomicNeuronReadAddresses(e: number, out: number[]): void {
  const x = e % 256;
  const y = (e - x) / 256;
  pushAll(out, hal.leafWriter('NeuronConfig', 'NeuronConfigOnDLS').readAddresses(e));
  const cell = hal.leafWriter('CapMemCell', 'CapMemCellOnDLS');
  const cellBase = capmemCellEnum(neuronQuadrant(x, y), x % 128, 0);
  for (let i = 0; i < 24; i++) pushAll(out, cell.readAddresses(cellBase + NEURON_CAPMEM_ROW_ORDER[i]! * 130));
  pushAll(out, hal.leafWriter('NeuronBackendConfig', 'NeuronBackendConfigOnDLS').readAddresses((x >= 128 ? 256 : 0) + y * 128 + (x % 128)));
}

/** Decodes one CapMem cell value at cell enum `e` from `words[pos]` (tables, else haldls). */
export function decodeCellValue(t: hal.WordTables<{ value: number }> | undefined, e: number, words: ArrayLike<number>, pos: number, keys: Int32Array): number {
  if (t?.decoders !== undefined && hal.decodeKeys(t, words, pos, keys)) return keys[0]!;
  const type = hal.containerType('CapMemCell');
  return hal.field<number>(type.decode(hal.coordinate('CapMemCellOnDLS', e), sliceOf(words, pos, 1)), 'value');
}

/**
 * Decodes the AtomicNeuron at enum `e` from its read-back words at `pos` (NeuronConfig, 24 CapMem cells,
 * NeuronBackendConfig, as `neuronSlots`); the cells go through the CapMemCell decode tables.
 */
export function decodeAtomicNeuronFrom(e: number, words: ArrayLike<number>, pos: number, owner: string): { value: AtomicNeuron; end: number } {
  const x = e % 256;
  const y = (e - x) / 256;
  const nc = decodeLeaf(owner, hal.containerType('NeuronConfig'), hal.coordinate('NeuronConfigOnDLS', e), words, pos);
  pos = nc.end;
  checkWordsLeft(owner, words, pos, 24);
  const t = capMemCellTables();
  const keys = new Int32Array(1);
  const cellBase = capmemCellEnum(neuronQuadrant(x, y), x % 128, 0);
  const cm = new Array<number>(24);
  for (let i = 0; i < 24; i++, pos++) cm[i] = decodeCellValue(t, cellBase + NEURON_CAPMEM_ROW_ORDER[i]! * 130, words, pos, keys);
  const nbc = decodeLeaf(owner, hal.containerType('NeuronBackendConfig'), hal.coordinate('NeuronBackendConfigOnDLS', (x >= 128 ? 256 : 0) + y * 128 + (x % 128)), words, pos);
  const value = fromHalFields(hal.fieldsOf(nc.value, neuronConfigFieldNames()), hal.fieldsOf(nbc.value, neuronBackendConfigFieldNames()), cm);
  return { value, end: nbc.end };
}

/** Rebuilds an AtomicNeuron from its 26 decoded leaves. */
export function atomicNeuronFromLeaves(leaves: readonly Container[]): AtomicNeuron {
  const nc = hal.fieldsOf(leaves[0]!, neuronConfigFieldNames());
  const nbc = hal.fieldsOf(leaves[25]!, neuronBackendConfigFieldNames());
  const cm = leaves.slice(1, 25).map((c) => hal.field<number>(c, 'value'));
  return fromHalFields(nc, nbc, cm);
}

export const AtomicNeuronType: CompositeType<AtomicNeuron> = defineComposite<AtomicNeuron>({
  typeName: 'AtomicNeuron',
  coordinateTypeName: 'AtomicNeuronOnDLS',
  create: () => new AtomicNeuron(),
  slots: neuronSlots,
  fromLeaves: (_coord, leaves) => atomicNeuronFromLeaves(leaves),
  pushReadAddresses: (coord, out) => pushAtomicNeuronReadAddresses(coord.toEnum(), out),
  decodeFrom: (coord, words, pos) => {
    return decodeAtomicNeuronFrom(coord.toEnum(), words, pos, 'AtomicNeuron');
  },
});
