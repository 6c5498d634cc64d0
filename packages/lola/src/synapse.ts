/**
 * Synapse-array containers. All are indexed by neuron column (SynapseOnSynapseRow, 0..255); the expansion
 * hides haldls' quad interleaving: quad column q holds columns `((q % 32) * 4 + e) * 2 + (q / 32)`.
 *
 * Values live in flat typed arrays (row-major `row * 256 + column`) so a full matrix (65,536 synapses) is
 * cheap to build, compare and encode. Arrays are public for speed; every value is range-checked before it is
 * encoded, so an out-of-range entry throws a typed error naming it instead of being truncated.
 */
import { checkInt, ValueRangeError } from '@bss2/fisch';
import type { Container, Coordinate, EncodeSink } from '@bss2/haldls';
import { checkAnalog, type AnalogValue } from './analog.js';
import { checkCoordinate, checkWordsLeft, Composite, decodeLeaf, defineComposite, pushAll, LolaCoordinate, sliceOf, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { capmemCellEnum } from './neuron-mapping.js';

export const SYNAPSE_ROWS = 256;
export const SYNAPSE_COLUMNS = 256;
export const QUAD_COLUMNS = 64;
export const WEIGHT_MAX = 63;
export const LABEL_MAX = 63;
export const CALIB_MAX = 3;

/** Neuron column of entry `e` of quad column `q`. */
export function quadColumn(q: number, e: number): number {
  return ((q % 32) * 4 + e) * 2 + Math.floor(q / 32);
}

/** `quadColumn(q, e)` for index `q * 4 + e`. */
const QUAD_COLUMN_OF = Uint16Array.from({ length: QUAD_COLUMNS * 4 }, (_, i) => quadColumn(i >> 2, i & 3));

/** Field values of one haldls SynapseQuad (reused as scratch by the encoders). */
interface QuadFields {
  weights: number[];
  labels: number[];
  timeCalibs: number[];
  ampCalibs: number[];
}

function quadScratch(): QuadFields {
  return { weights: [0, 0, 0, 0], labels: [0, 0, 0, 0], timeCalibs: [0, 0, 0, 0], ampCalibs: [0, 0, 0, 0] };
}

/** Table slots of a SynapseQuad: per entry, `weight | timeCalib << 6`, then per entry `label | ampCalib << 6`. */
const QUAD_SLOTS: readonly hal.TableSlot<QuadFields>[] = [
  ...[0, 1, 2, 3].map((e) => ({
    keys: 256,
    set: (v: QuadFields, k: number) => {
      v.weights[e] = k & 63;
      v.timeCalibs[e] = k >> 6;
    },
    get: (v: QuadFields) => v.weights[e]! | (v.timeCalibs[e]! << 6),
  })),
  ...[0, 1, 2, 3].map((e) => ({
    keys: 256,
    set: (v: QuadFields, k: number) => {
      v.labels[e] = k & 63;
      v.ampCalibs[e] = k >> 6;
    },
    get: (v: QuadFields) => v.labels[e]! | (v.ampCalibs[e]! << 6),
  })),
];

/** SynapseQuad word tables (undefined with stand-ins or a non-separable haldls encoding). */
function quadTables(): hal.WordTables<QuadFields> | undefined {
  const t = hal.wordTables('SynapseQuad', 'SynapseQuadOnDLS', 'entry-bytes', quadScratch, QUAD_SLOTS, 2 * SYNAPSE_ROWS * QUAD_COLUMNS);
  return t !== undefined && t.words === 2 ? t : undefined;
}

/** Hemisphere coordinates (top = 0, bottom = 1). */
export const SynramOnDLS = { top: new LolaCoordinate('SynramOnDLS', 2, 0), bottom: new LolaCoordinate('SynramOnDLS', 2, 1) };
export const SynapseBlockOnDLS = { top: new LolaCoordinate('SynapseBlockOnDLS', 2, 0), bottom: new LolaCoordinate('SynapseBlockOnDLS', 2, 1) };
/** Synapse row `row` (0..255) of `synram` (0 top, 1 bottom): enum = synram*256 + row. */
export function synapseRowOnDLS(row: number, synram: number): LolaCoordinate {
  checkInt('SynapseRowOnDLS.row', row, 0, SYNAPSE_ROWS - 1);
  checkInt('SynapseRowOnDLS.synram', synram, 0, 1);
  return new LolaCoordinate('SynapseRowOnDLS', 512, synram * 256 + row);
}

function checkArray(field: string, a: Uint8Array, max: number, columns: number): void {
  // max is 2^k - 1: OR-reduce four bytes at a time and look for a bit above it (the common, valid case)
  if (a.byteOffset % 4 === 0 && a.length % 4 === 0) {
    const w = new Uint32Array(a.buffer, a.byteOffset, a.length / 4);
    let or = 0;
    for (let i = 0; i < w.length; i++) or |= w[i]!;
    if ((or & ~(max * 0x01010101)) === 0) return;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i]! > max) {
      const where = columns === a.length ? `[${i}]` : `[${Math.floor(i / columns)}][${i % columns}]`;
      throw new ValueRangeError(`${field}${where}`, a[i], 0, max);
    }
  }
}

function checkLength(field: string, a: ArrayLike<number>, n: number): void {
  if (a.length !== n) throw new ValueRangeError(`${field}.length`, a.length, n, n);
}

/** Weights/labels/calibs of `rows` synapse rows (flat, row-major). */
class SynapseValues {
  readonly weights: Uint8Array;
  readonly labels: Uint8Array;
  readonly timeCalibs: Uint8Array;
  readonly ampCalibs: Uint8Array;
  constructor(readonly rows: number) {
    const n = rows * SYNAPSE_COLUMNS;
    this.weights = new Uint8Array(n);
    this.labels = new Uint8Array(n);
    this.timeCalibs = new Uint8Array(n);
    this.ampCalibs = new Uint8Array(n);
  }
  validate(path: string): void {
    checkArray(`${path}.weights`, this.weights, WEIGHT_MAX, SYNAPSE_COLUMNS);
    checkArray(`${path}.labels`, this.labels, LABEL_MAX, SYNAPSE_COLUMNS);
    checkArray(`${path}.timeCalibs`, this.timeCalibs, CALIB_MAX, SYNAPSE_COLUMNS);
    checkArray(`${path}.ampCalibs`, this.ampCalibs, CALIB_MAX, SYNAPSE_COLUMNS);
  }
  equals(o: SynapseValues): boolean {
    return eq(this.weights, o.weights) && eq(this.labels, o.labels) && eq(this.timeCalibs, o.timeCalibs) && eq(this.ampCalibs, o.ampCalibs);
  }
  /** Quad leaves of row `r` (local) written at global quad enum base `quadBase`. */
  pushRowLeaves(out: Leaf[], r: number, quadEnumBase: number): void {
    const o = r * SYNAPSE_COLUMNS;
    for (let q = 0; q < QUAD_COLUMNS; q++) {
      const w = [0, 0, 0, 0];
      const l = [0, 0, 0, 0];
      const tc = [0, 0, 0, 0];
      const ac = [0, 0, 0, 0];
      for (let e = 0; e < 4; e++) {
        const c = o + quadColumn(q, e);
        w[e] = this.weights[c]!;
        l[e] = this.labels[c]!;
        tc[e] = this.timeCalibs[c]!;
        ac[e] = this.ampCalibs[c]!;
      }
      out.push({
        coord: hal.coordinate('SynapseQuadOnDLS', quadEnumBase + q),
        container: hal.makeCamel('SynapseQuad', { weights: w, labels: l, timeCalibs: tc, ampCalibs: ac }),
      });
    }
  }
  /** Encodes row `r` straight into `sink` (same order as `pushRowLeaves`, without leaf objects). */
  encodeRow(sink: EncodeSink, r: number, quadEnumBase: number, writer: hal.LeafWriter<QuadFields>, scratch: QuadFields): void {
    const o = r * SYNAPSE_COLUMNS;
    const W = this.weights;
    const L = this.labels;
    const T = this.timeCalibs;
    const A = this.ampCalibs;
    const { weights: w, labels: l, timeCalibs: tc, ampCalibs: ac } = scratch;
    for (let q = 0; q < QUAD_COLUMNS; q++) {
      for (let e = 0; e < 4; e++) {
        const c = o + QUAD_COLUMN_OF[q * 4 + e]!;
        w[e] = W[c]!;
        l[e] = L[c]!;
        tc[e] = T[c]!;
        ac[e] = A[c]!;
      }
      writer.write(sink, quadEnumBase + q, scratch);
    }
  }
  /**
   * `encodeRow` through the SynapseQuad word tables (validated values only): per quad, two words as XORs
   * of per-synapse table entries keyed by `weight | timeCalib << 6` and `label | ampCalib << 6`.
   */
  encodeRowTables(sink: EncodeSink, r: number, quadEnumBase: number, t: hal.WordTables<QuadFields>): void {
    const o = r * SYNAPSE_COLUMNS;
    const W = this.weights;
    const L = this.labels;
    const T = this.timeCalibs;
    const A = this.ampCalibs;
    const [x0, x1, x2, x3, y0, y1, y2, y3] = t.tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
    const b0 = t.base[0]!;
    const b1 = t.base[1]!;
    const at = t.allAddresses();
    for (let q = 0; q < QUAD_COLUMNS; q++) {
      const c0 = o + QUAD_COLUMN_OF[q * 4]!;
      const c1 = o + QUAD_COLUMN_OF[q * 4 + 1]!;
      const c2 = o + QUAD_COLUMN_OF[q * 4 + 2]!;
      const c3 = o + QUAD_COLUMN_OF[q * 4 + 3]!;
      const k0 = (W[c0]! | (T[c0]! << 6)) << 1;
      const k1 = (W[c1]! | (T[c1]! << 6)) << 1;
      const k2 = (W[c2]! | (T[c2]! << 6)) << 1;
      const k3 = (W[c3]! | (T[c3]! << 6)) << 1;
      const m0 = (L[c0]! | (A[c0]! << 6)) << 1;
      const m1 = (L[c1]! | (A[c1]! << 6)) << 1;
      const m2 = (L[c2]! | (A[c2]! << 6)) << 1;
      const m3 = (L[c3]! | (A[c3]! << 6)) << 1;
      const ai = 2 * (quadEnumBase + q);
      sink.omnibusWrite(at[ai]!, (b0 ^ x0[k0]! ^ x1[k1]! ^ x2[k2]! ^ x3[k3]! ^ y0[m0]! ^ y1[m1]! ^ y2[m2]! ^ y3[m3]!) >>> 0);
      sink.omnibusWrite(at[ai + 1]!, (b1 ^ x0[k0 + 1]! ^ x1[k1 + 1]! ^ x2[k2 + 1]! ^ x3[k3 + 1]! ^ y0[m0 + 1]! ^ y1[m1 + 1]! ^ y2[m2 + 1]! ^ y3[m3 + 1]!) >>> 0);
    }
  }
  /**
   * Fills `rows` rows (local 0..rows-1) from read-back words at `pos` (two per quad, quad enum base
   * `quadEnumBase + r * 64`) through the SynapseQuad decode tables; returns the position after them.
   */
  decodeRowsTables(words: ArrayLike<number>, pos: number, quadEnumBase: number, t: hal.WordTables<QuadFields>): number {
    const keys = new Int32Array(8);
    const W = this.weights;
    const L = this.labels;
    const T = this.timeCalibs;
    const A = this.ampCalibs;
    for (let r = 0; r < this.rows; r++) {
      const o = r * SYNAPSE_COLUMNS;
      for (let q = 0; q < QUAD_COLUMNS; q++, pos += 2) {
        if (!hal.decodeKeys(t, words, pos, keys)) {
          const e = quadEnumBase + r * QUAD_COLUMNS + q;
          const quad = t.writer.type.decode(t.writer.coordinate(e), sliceOf(words, pos, 2)) as unknown as QuadFields;
          for (let i = 0; i < 4; i++) {
            keys[i] = QUAD_SLOTS[i]!.get!(quad);
            keys[4 + i] = QUAD_SLOTS[4 + i]!.get!(quad);
          }
        }
        for (let i = 0; i < 4; i++) {
          const c = o + QUAD_COLUMN_OF[q * 4 + i]!;
          const k = keys[i]!;
          const m = keys[4 + i]!;
          W[c] = k & 63;
          T[c] = k >> 6;
          L[c] = m & 63;
          A[c] = m >> 6;
        }
      }
    }
    return pos;
  }
  /** Fills row `r` from 64 decoded SynapseQuads. */
  setRowFromQuads(r: number, quads: readonly Container[]): void {
    const o = r * SYNAPSE_COLUMNS;
    quads.forEach((quad, q) => {
      const w = hal.field<ArrayLike<number>>(quad, 'weights');
      const l = hal.field<ArrayLike<number>>(quad, 'labels');
      const tc = hal.field<ArrayLike<number>>(quad, 'time_calibs');
      const ac = hal.field<ArrayLike<number>>(quad, 'amp_calibs');
      for (let e = 0; e < 4; e++) {
        const c = o + quadColumn(q, e);
        this.weights[c] = w[e]!;
        this.labels[c] = l[e]!;
        this.timeCalibs[c] = tc[e]!;
        this.ampCalibs[c] = ac[e]!;
      }
    });
  }
  json(): Record<string, number[]> {
    return { weights: [...this.weights], labels: [...this.labels], timeCalibs: [...this.timeCalibs], ampCalibs: [...this.ampCalibs] };
  }
  load(j: { weights?: ArrayLike<number>; labels?: ArrayLike<number>; timeCalibs?: ArrayLike<number>; ampCalibs?: ArrayLike<number> }, path: string): void {
    const n = this.rows * SYNAPSE_COLUMNS;
    for (const [k, max] of [['weights', WEIGHT_MAX], ['labels', LABEL_MAX], ['timeCalibs', CALIB_MAX], ['ampCalibs', CALIB_MAX]] as const) {
      const src = j[k];
      if (!src) continue;
      checkLength(`${path}.${k}`, src, n);
      for (let i = 0; i < n; i++) this[k][i] = checkInt(`${path}.${k}[${i}]`, src[i], 0, max);
    }
  }
}

function eq(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function quadSlots(synram: number, rows: readonly number[]): LeafSlot[] {
  const type = hal.containerType('SynapseQuad');
  const out: LeafSlot[] = [];
  for (const r of rows) for (let q = 0; q < QUAD_COLUMNS; q++) out.push({ coord: hal.coordinate('SynapseQuadOnDLS', synram * 16384 + r * 64 + q), type });
  return out;
}

/** Appends the read addresses of `count` SynapseQuads from enum `first` on. */
function pushQuadReadAddresses(first: number, count: number, out: number[]): void {
  const writer = hal.leafWriter('SynapseQuad', 'SynapseQuadOnDLS');
  for (let e = first; e < first + count; e++) pushAll(out, writer.readAddresses(e));
}

const ALL_ROWS = Array.from({ length: SYNAPSE_ROWS }, (_, i) => i);

/** One synram's synapses (coordinate SynramOnDLS): 256 x 256 weights, labels, time and amp calibs. */
export class SynapseMatrix extends Composite {
  private readonly v = new SynapseValues(SYNAPSE_ROWS);
  get containerType(): CompositeType<SynapseMatrix> {
    return SynapseMatrixType;
  }
  /** Weights 0..63, index `row * 256 + column`. */
  get weights(): Uint8Array {
    return this.v.weights;
  }
  /** Synapse labels 0..63 (matched against the low 6 bits of incoming events). */
  get labels(): Uint8Array {
    return this.v.labels;
  }
  get timeCalibs(): Uint8Array {
    return this.v.timeCalibs;
  }
  get ampCalibs(): Uint8Array {
    return this.v.ampCalibs;
  }
  /** Sets one synapse (validated). */
  set(row: number, column: number, s: { weight?: number; label?: number; timeCalib?: number; ampCalib?: number }): this {
    checkInt('SynapseMatrix.row', row, 0, SYNAPSE_ROWS - 1);
    checkInt('SynapseMatrix.column', column, 0, SYNAPSE_COLUMNS - 1);
    const i = row * SYNAPSE_COLUMNS + column;
    if (s.weight !== undefined) this.v.weights[i] = checkInt('SynapseMatrix.weight', s.weight, 0, WEIGHT_MAX);
    if (s.label !== undefined) this.v.labels[i] = checkInt('SynapseMatrix.label', s.label, 0, LABEL_MAX);
    if (s.timeCalib !== undefined) this.v.timeCalibs[i] = checkInt('SynapseMatrix.timeCalib', s.timeCalib, 0, CALIB_MAX);
    if (s.ampCalib !== undefined) this.v.ampCalibs[i] = checkInt('SynapseMatrix.ampCalib', s.ampCalib, 0, CALIB_MAX);
    return this;
  }
  validate(path = 'SynapseMatrix'): void {
    this.v.validate(path);
  }
  leaves(coord: Coordinate): Leaf[] {
    this.validate();
    const synram = coord.toEnum();
    const out: Leaf[] = [];
    for (let r = 0; r < SYNAPSE_ROWS; r++) this.v.pushRowLeaves(out, r, synram * 16384 + r * 64);
    return out;
  }
  /** Streams the quads into `sink` (no intermediate leaf list: 16,384 quads per synram). */
  override encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(SynapseMatrixType, coord);
    this.validate();
    const synram = coord.toEnum();
    const tables = quadTables();
    if (tables !== undefined) {
      for (let r = 0; r < SYNAPSE_ROWS; r++) this.v.encodeRowTables(sink, r, synram * 16384 + r * 64, tables);
      return;
    }
    const writer = hal.leafWriter<QuadFields>('SynapseQuad', 'SynapseQuadOnDLS');
    const scratch = quadScratch();
    for (let r = 0; r < SYNAPSE_ROWS; r++) this.v.encodeRow(sink, r, synram * 16384 + r * 64, writer, scratch);
  }
  /** @internal */ get values(): SynapseValues {
    return this.v;
  }
  /** @internal */ setFromQuads(quads: readonly Container[]): void {
    for (let r = 0; r < SYNAPSE_ROWS; r++) this.v.setRowFromQuads(r, quads.slice(r * QUAD_COLUMNS, (r + 1) * QUAD_COLUMNS));
  }
  equals(o: Container): boolean {
    return o instanceof SynapseMatrix && this.v.equals(o.v);
  }
  clone(): SynapseMatrix {
    return SynapseMatrix.fromJSON(this.toJSON());
  }
  toJSON(): Record<string, number[]> {
    return this.v.json();
  }
  static fromJSON(j: Parameters<SynapseValues['load']>[0]): SynapseMatrix {
    const m = new SynapseMatrix();
    m.v.load(j, 'SynapseMatrix');
    return m;
  }
  /** Gray-scale weight overview: one glyph per quad average (8 levels). */
  override toString(): string {
    const glyphs = '·▁▂▃▄▅▆▇';
    const lines: string[] = [];
    for (let r = 0; r < SYNAPSE_ROWS; r++) {
      let s = '';
      for (let q = 0; q < QUAD_COLUMNS; q++) {
        let sum = 0;
        for (let e = 0; e < 4; e++) sum += this.v.weights[r * SYNAPSE_COLUMNS + q * 4 + e]!;
        s += glyphs[Math.min(7, Math.floor((sum / (4 * (WEIGHT_MAX + 1))) * 8))];
      }
      lines.push(s);
    }
    return `SynapseMatrix(\n${lines.join('\n')}\n)`;
  }
}

export const SynapseMatrixType: CompositeType<SynapseMatrix> = defineComposite<SynapseMatrix>({
  typeName: 'SynapseMatrix',
  coordinateTypeName: 'SynramOnDLS',
  differentialWrite: true,
  create: () => new SynapseMatrix(),
  slots: (coord) => quadSlots(coord.toEnum(), ALL_ROWS),
  fromLeaves: (_c, leaves) => {
    const m = new SynapseMatrix();
    m.setFromQuads(leaves);
    return m;
  },
  pushReadAddresses: (coord, out) => pushQuadReadAddresses(coord.toEnum() * 16384, SYNAPSE_ROWS * QUAD_COLUMNS, out),
  decodeFrom: (coord, words, pos) => {
    const t = quadTables();
    if (t?.decoders === undefined) return undefined;
    checkWordsLeft('SynapseMatrix', words, pos, SYNAPSE_ROWS * QUAD_COLUMNS * 2);
    const m = new SynapseMatrix();
    const end = m.values.decodeRowsTables(words, pos, coord.toEnum() * 16384, t);
    return { value: m, end };
  },
});

/** One synapse row (coordinate SynapseRowOnDLS = synram*256 + row). */
export class SynapseRow extends Composite {
  private readonly v = new SynapseValues(1);
  get containerType(): CompositeType<SynapseRow> {
    return SynapseRowType;
  }
  get weights(): Uint8Array {
    return this.v.weights;
  }
  get labels(): Uint8Array {
    return this.v.labels;
  }
  get timeCalibs(): Uint8Array {
    return this.v.timeCalibs;
  }
  get ampCalibs(): Uint8Array {
    return this.v.ampCalibs;
  }
  leaves(coord: Coordinate): Leaf[] {
    this.v.validate('SynapseRow');
    const e = coord.toEnum();
    const out: Leaf[] = [];
    this.v.pushRowLeaves(out, 0, Math.floor(e / 256) * 16384 + (e % 256) * 64);
    return out;
  }
  /** @internal */ get values(): SynapseValues {
    return this.v;
  }
  /** @internal */ setFromQuads(quads: readonly Container[]): void {
    this.v.setRowFromQuads(0, quads);
  }
  equals(o: Container): boolean {
    return o instanceof SynapseRow && this.v.equals(o.v);
  }
  toJSON(): Record<string, number[]> {
    return this.v.json();
  }
  static fromJSON(j: Parameters<SynapseValues['load']>[0]): SynapseRow {
    const m = new SynapseRow();
    m.v.load(j, 'SynapseRow');
    return m;
  }
}

export const SynapseRowType: CompositeType<SynapseRow> = defineComposite<SynapseRow>({
  typeName: 'SynapseRow',
  coordinateTypeName: 'SynapseRowOnDLS',
  differentialWrite: true,
  create: () => new SynapseRow(),
  slots: (coord) => quadSlots(Math.floor(coord.toEnum() / 256), [coord.toEnum() % 256]),
  fromLeaves: (_c, leaves) => {
    const r = new SynapseRow();
    r.setFromQuads(leaves);
    return r;
  },
  pushReadAddresses: (coord, out) => pushQuadReadAddresses(Math.floor(coord.toEnum() / 256) * 16384 + (coord.toEnum() % 256) * 64, QUAD_COLUMNS, out),
  decodeFrom: (coord, words, pos) => {
    const t = quadTables();
    if (t?.decoders === undefined) return undefined;
    checkWordsLeft('SynapseRow', words, pos, QUAD_COLUMNS * 2);
    const e = coord.toEnum();
    const r = new SynapseRow();
    const end = r.values.decodeRowsTables(words, pos, Math.floor(e / 256) * 16384 + (e % 256) * 64, t);
    return { value: r, end };
  },
});

/** CapMemCellOnDLS of the shared cell (column, row) in block `block`. */
export function sharedCell(block: number, column: number, row: number): Coordinate {
  return hal.coordinate('CapMemCellOnDLS', capmemCellEnum(block, column, row));
}

/** A CapMem cell leaf. */
export function cellLeaf(coord: Coordinate, value: AnalogValue, path: string): Leaf {
  return { coord, container: hal.makeCamel('CapMemCell', { value: checkAnalog(path, value) }) };
}

/** Value of a decoded CapMem cell. */
export function cellValue(c: Container): number {
  return hal.field<number>(c, 'value');
}

/** A synram's synapses plus its synaptic-strength DAC biases (coordinate SynapseBlockOnDLS). */
export class SynapseBlock extends Composite {
  matrix = new SynapseMatrix();
  /** CapMem syn_i_bias_dac of the left and right block of the hemisphere; default 1022. */
  iBiasDac: [AnalogValue, AnalogValue] = [1022, 1022];
  get containerType(): CompositeType<SynapseBlock> {
    return SynapseBlockType;
  }
  leaves(coord: Coordinate): Leaf[] {
    const h = coord.toEnum();
    const out = this.matrix.leaves(SynramOnDLS[h === 0 ? 'top' : 'bottom']);
    for (let side = 0; side < 2; side++) out.push(cellLeaf(sharedCell(side + 2 * h, 128, 8), this.iBiasDac[side]!, `SynapseBlock.iBiasDac[${side}]`));
    return out;
  }
  override encode(coord: Coordinate, sink: EncodeSink): void {
    checkCoordinate(SynapseBlockType, coord);
    const h = coord.toEnum();
    this.matrix.encode(SynramOnDLS[h === 0 ? 'top' : 'bottom'], sink);
    for (let side = 0; side < 2; side++) {
      const l = cellLeaf(sharedCell(side + 2 * h, 128, 8), this.iBiasDac[side]!, `SynapseBlock.iBiasDac[${side}]`);
      l.container.encode(l.coord, sink);
    }
  }
  equals(o: Container): boolean {
    return o instanceof SynapseBlock && this.matrix.equals(o.matrix) && this.iBiasDac.every((v, i) => v === o.iBiasDac[i]);
  }
  toJSON(): { matrix: Record<string, number[]>; iBiasDac: number[] } {
    return { matrix: this.matrix.toJSON(), iBiasDac: [...this.iBiasDac] };
  }
}

export const SynapseBlockType: CompositeType<SynapseBlock> = defineComposite<SynapseBlock>({
  typeName: 'SynapseBlock',
  coordinateTypeName: 'SynapseBlockOnDLS',
  create: () => new SynapseBlock(),
  slots: (coord) => {
    const h = coord.toEnum();
    const cell = hal.containerType('CapMemCell');
    return [...quadSlots(h, ALL_ROWS), { coord: sharedCell(2 * h, 128, 8), type: cell }, { coord: sharedCell(1 + 2 * h, 128, 8), type: cell }];
  },
  fromLeaves: (_c, leaves) => {
    const b = new SynapseBlock();
    b.matrix.setFromQuads(leaves.slice(0, SYNAPSE_ROWS * QUAD_COLUMNS));
    b.iBiasDac = [cellValue(leaves[leaves.length - 2]!), cellValue(leaves[leaves.length - 1]!)];
    return b;
  },
  pushReadAddresses: (coord, out) => {
    const h = coord.toEnum();
    pushQuadReadAddresses(h * 16384, SYNAPSE_ROWS * QUAD_COLUMNS, out);
    const cell = hal.containerType('CapMemCell');
    pushAll(out, hal.readAddresses(cell, sharedCell(2 * h, 128, 8)));
    pushAll(out, hal.readAddresses(cell, sharedCell(1 + 2 * h, 128, 8)));
  },
  decodeFrom: (coord, words, pos) => {
    const h = coord.toEnum();
    const b = new SynapseBlock();
    const m = SynapseMatrixType.decodeFrom(SynramOnDLS[h === 0 ? 'top' : 'bottom'], words, pos);
    b.matrix = m.value;
    const cell = hal.containerType('CapMemCell');
    const left = decodeLeaf('SynapseBlock', cell, sharedCell(2 * h, 128, 8), words, m.end);
    const right = decodeLeaf('SynapseBlock', cell, sharedCell(1 + 2 * h, 128, 8), words, left.end);
    b.iBiasDac = [cellValue(left.value), cellValue(right.value)];
    return { value: b, end: right.end };
  },
});
