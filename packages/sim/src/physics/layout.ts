/**
 * ADAPTER (clearly marked, owned by sim/physics): Omnibus addresses and word layouts of the chip blocks the
 * behaviour model interprets, per haldls.md sections 1-4.
 *
 * Why it exists: the brief asks the model to decode registers with `@bss2/haldls` containers, but haldls had
 * published only its container contract (no coordinates, containers or `lookupRegister`) while this model was
 * written. These pure functions follow the same encodings bit for bit, so replacing a decoder by
 * `SomeContainer.decode(coord, words)` later changes no behaviour. Encoders exist for the fixed-layout blocks so
 * that tests and the benchmark can fill a fake register file the same way a real program would.
 *
 * Hot paths never call these per event: the model caches decoded values and refreshes them on `registerWritten`.
 */
import { checkInt } from '@bss2/fisch';

// ---- geometry -------------------------------------------------------------------------------------------

export const NEURONS = 512;
export const COLUMNS = 256;
export const ROWS = 256;
export const DRIVERS_PER_HEMISPHERE = 128;

/** Neuron index (AtomicNeuronOnDLS enum) = row * 256 + column. */
export function neuronIndex(row: number, column: number): number {
  return checkInt('neuron.row', row, 0, 1) * 256 + checkInt('neuron.column', column, 0, 255);
}

/** Quadrant (NeuronConfigBlock = CapMemBlock) of a neuron: row*2 + column/128. */
export function quadrantOf(neuron: number): number {
  return ((neuron >> 8) << 1) | ((neuron & 255) >> 7);
}

/** Interleaved quad mapping (haldls.md 1.4): quad column and entry of a neuron/synapse column. */
export function quadColumnOf(column: number): number {
  return (column % 2) * 32 + (column >> 3);
}
export function quadEntryOf(column: number): number {
  return (column >> 1) % 4;
}
export function columnOfQuad(quad: number, entry: number): number {
  return ((quad % 32) * 4 + entry) * 2 + (quad >> 5);
}

/** The 6-bit weight permutation between software and SRAM (its own inverse). */
export function permuteWeight(v: number): number {
  return (v & 0x20) | ((v & 1) << 4) | ((v & 2) << 2) | (v & 4) | ((v & 8) >> 2) | ((v & 16) >> 4);
}

// ---- CapMem -------------------------------------------------------------------------------------------

const CAPMEM_BASE = [0x0014_0000, 0x0014_8000, 0x0015_0000, 0x0015_8000] as const;

export enum NeuronCell {
  v_leak = 0,
  v_reset = 1,
  v_threshold = 2,
  e_synin_exc_rev = 3,
  e_synin_inh_rev = 4,
  v_adapt_leak = 5,
  v_exp = 6,
  v_adapt_ref = 7,
  i_bias_leak = 8,
  i_bias_reset = 9,
  i_bias_synin_exc_tau = 10,
  i_bias_synin_exc_coba = 11,
  i_bias_synin_exc_shift = 12,
  i_bias_synin_exc_gm = 13,
  i_bias_synin_inh_tau = 14,
  i_bias_synin_inh_coba = 15,
  i_bias_synin_inh_shift = 16,
  i_bias_synin_inh_gm = 17,
  i_bias_adapt_tau = 18,
  i_bias_adapt_a = 19,
  i_bias_adapt_b = 20,
  i_bias_exp = 21,
  i_mem_offset = 22,
  i_bias_nmda = 23,
}

/** Shared column-128 cells the model uses (haldls.md 4.2). */
export const SharedCell = { syn_i_bias_dac: 8 } as const;

export function capmemCellAddress(block: number, column: number, row: number): number {
  checkInt('capmem.block', block, 0, 3);
  checkInt('capmem.column', column, 0, 129);
  checkInt('capmem.row', row, 0, 23);
  return CAPMEM_BASE[block]! + column * 32 + row;
}

/** Address of a per-neuron CapMem cell. */
export function neuronCellAddress(neuron: number, cell: NeuronCell): number {
  return capmemCellAddress(quadrantOf(neuron), neuron & 127, cell);
}

/** Decodes a cell word: the DAC value 0..1022, or 1023 meaning "refresh disabled" (kept as 1023). */
export function decodeCapMemCell(word: number): number {
  return word & 1023;
}

/** Inverse of `capmemCellAddress` for the cell range; undefined outside it. */
export function capmemCellAt(address: number): { block: number; column: number; row: number } | undefined {
  for (let b = 0; b < 4; b++) {
    const off = address - CAPMEM_BASE[b]!;
    if (off >= 0 && off < 130 * 32) {
      const row = off & 31;
      if (row >= 24) return undefined;
      return { block: b, column: off >> 5, row };
    }
  }
  return undefined;
}

// ---- NeuronConfig (6 words at quadrant base + 8n + 2) --------------------------------------------------

const NEURON_CONFIG_BASE = [0x0016_0000, 0x0016_8000, 0x0017_0000, 0x0017_8000] as const;

export interface NeuronConfigBits {
  enableResetDivision: boolean;
  enableResetMultiplication: boolean;
  enableLeakDivision: boolean;
  enableLeakMultiplication: boolean;
  enableLeakDegeneration: boolean;
  readoutSource: number;
  enableReadout: boolean;
  invertAdaptationA: boolean;
  invertAdaptationB: boolean;
  enableAdaptation: boolean;
  enableExponential: boolean;
  inhSmallCapacitance: boolean;
  excSmallCapacitance: boolean;
  inhHighResistance: boolean;
  excHighResistance: boolean;
  enableMembraneOffset: boolean;
  membraneCapacitorSize: number;
  invertMembraneOffset: boolean;
  enableFire: boolean;
  enableThresholdComparator: boolean;
  enableSynapticInputInhibitory: boolean;
  enableSynapticInputExcitatory: boolean;
  enablePause: boolean;
}

export function neuronConfigAddress(neuron: number, word: number): number {
  checkInt('neuron', neuron, 0, NEURONS - 1);
  return NEURON_CONFIG_BASE[quadrantOf(neuron)]! + 8 * (neuron & 127) + 2 + checkInt('word', word, 0, 5);
}

export function decodeNeuronConfig(w: ArrayLike<number>): NeuronConfigBits {
  const b = (i: number, bit: number): boolean => ((w[i]! >>> bit) & 1) === 1;
  return {
    enableResetDivision: b(0, 1),
    enableResetMultiplication: b(0, 2),
    enableLeakDegeneration: b(0, 3),
    enableLeakDivision: b(0, 4),
    enableLeakMultiplication: b(0, 5),
    readoutSource: (w[1]! >>> 5) & 3,
    enableReadout: b(1, 7),
    invertAdaptationB: b(2, 0),
    invertAdaptationA: b(2, 1),
    enableAdaptation: b(2, 2),
    enableExponential: b(2, 3),
    inhSmallCapacitance: b(2, 4),
    excSmallCapacitance: b(2, 5),
    inhHighResistance: b(2, 6),
    excHighResistance: b(2, 7),
    enableMembraneOffset: b(3, 0),
    membraneCapacitorSize: (w[3]! >>> 2) & 63,
    invertMembraneOffset: b(4, 0),
    enableFire: b(4, 2),
    enableThresholdComparator: b(4, 3),
    enableSynapticInputInhibitory: b(4, 4),
    enableSynapticInputExcitatory: b(4, 5),
    enablePause: b(5, 7),
  };
}

export function encodeNeuronConfig(c: Partial<NeuronConfigBits>): number[] {
  const f = (v: boolean | undefined, bit: number): number => (v ? 1 << bit : 0);
  const cap = checkInt('membraneCapacitorSize', c.membraneCapacitorSize ?? 0, 0, 63);
  const src = checkInt('readoutSource', c.readoutSource ?? 0, 0, 3);
  return [
    f(c.enableResetDivision, 1) | f(c.enableResetMultiplication, 2) | f(c.enableLeakDegeneration, 3) |
      f(c.enableLeakDivision, 4) | f(c.enableLeakMultiplication, 5),
    (src << 5) | f(c.enableReadout, 7),
    f(c.invertAdaptationB, 0) | f(c.invertAdaptationA, 1) | f(c.enableAdaptation, 2) | f(c.enableExponential, 3) |
      f(c.inhSmallCapacitance, 4) | f(c.excSmallCapacitance, 5) | f(c.inhHighResistance, 6) | f(c.excHighResistance, 7),
    f(c.enableMembraneOffset, 0) | (cap << 2),
    f(c.invertMembraneOffset, 0) | f(c.enableFire, 2) | f(c.enableThresholdComparator, 3) |
      f(c.enableSynapticInputInhibitory, 4) | f(c.enableSynapticInputExcitatory, 5),
    f(c.enablePause, 7),
  ];
}

/** Which neuron a NeuronConfig word address belongs to (undefined if none). */
export function neuronConfigAt(address: number): number | undefined {
  for (let q = 0; q < 4; q++) {
    const off = address - NEURON_CONFIG_BASE[q]!;
    if (off >= 0 && off < 1024 && (off & 7) >= 2) return ((q >> 1) << 8) | ((q & 1) << 7) | (off >> 3);
  }
  return undefined;
}

// ---- NeuronBackendConfig (4 words at backend base + 4*local) ------------------------------------------

const BACKEND_BASE = [0x001a_1000, 0x001a_9000] as const;
const COMMON_BACKEND_BASE = [0x001a_1800, 0x001a_9800] as const;

/** Backend block (west 0 / east 1) and local index of a neuron. */
export function backendBlockOf(neuron: number): number {
  return (neuron & 255) >> 7;
}
export function backendLocalOf(neuron: number): number {
  return (neuron >> 8) * 128 + (neuron & 127);
}
function neuronOfBackend(block: number, local: number): number {
  return ((local >> 7) << 8) | (block << 7) | (local & 127);
}

export interface NeuronBackendBits {
  addressOut: number;
  resetHoldoff: number;
  refractoryTime: number;
  postOverwrite: boolean;
  selectInputClock: number;
  enableAdaptationPulse: boolean;
  enableSpikeOut: boolean;
}

export function neuronBackendAddress(neuron: number, word: number): number {
  checkInt('neuron', neuron, 0, NEURONS - 1);
  return BACKEND_BASE[backendBlockOf(neuron)]! + 4 * backendLocalOf(neuron) + checkInt('word', word, 0, 3);
}

export function decodeNeuronBackend(w: ArrayLike<number>): NeuronBackendBits {
  const a = (~(((w[0]! & 0x3f) << 2) | ((w[1]! >>> 4) & 3))) & 0xff;
  const r = (~(((w[1]! & 0xf) << 4) | ((w[2]! >>> 2) & 0xf))) & 0xff;
  return {
    addressOut: a,
    refractoryTime: r,
    resetHoldoff: ((w[0]! >>> 6) & 3) | (((w[1]! >>> 6) & 3) << 2),
    postOverwrite: (w[2]! & 1) === 1,
    selectInputClock: (w[2]! >>> 1) & 1,
    enableAdaptationPulse: ((w[2]! >>> 6) & 1) === 1,
    enableSpikeOut: ((w[3]! >>> 4) & 1) === 1,
  };
}

export function encodeNeuronBackend(c: Partial<NeuronBackendBits>): number[] {
  const a = ~checkInt('addressOut', c.addressOut ?? 0, 0, 255) & 0xff;
  const r = ~checkInt('refractoryTime', c.refractoryTime ?? 0, 0, 255) & 0xff;
  const h = checkInt('resetHoldoff', c.resetHoldoff ?? 15, 0, 15);
  const clk = checkInt('selectInputClock', c.selectInputClock ?? 0, 0, 1);
  return [
    (a >> 2) | ((h & 3) << 6),
    (r >> 4) | ((a & 3) << 4) | ((h >> 2) << 6),
    (c.postOverwrite ? 1 : 0) | (clk << 1) | ((r & 0xf) << 2) | (c.enableAdaptationPulse ? 0x40 : 0) | 0x80,
    c.enableSpikeOut ? 0x10 : 0,
  ];
}

export function neuronBackendAt(address: number): number | undefined {
  for (let b = 0; b < 2; b++) {
    const off = address - BACKEND_BASE[b]!;
    if (off >= 0 && off < 1024) return neuronOfBackend(b, off >> 2);
  }
  return undefined;
}

export interface CommonBackendBits {
  enableClocks: boolean;
  clockScaleSlow: number;
  clockScaleFast: number;
}
export function commonBackendAddress(block: number): number {
  return COMMON_BACKEND_BASE[checkInt('backendBlock', block, 0, 1)]!;
}
export function decodeCommonBackend(word0: number): CommonBackendBits {
  return { enableClocks: ((word0 >>> 2) & 1) === 1, clockScaleSlow: (word0 >>> 4) & 15, clockScaleFast: (word0 >>> 8) & 15 };
}
export function encodeCommonBackend(c: Partial<CommonBackendBits>): number {
  const slow = checkInt('clockScaleSlow', c.clockScaleSlow ?? 0, 0, 15);
  const fast = checkInt('clockScaleFast', c.clockScaleFast ?? 0, 0, 15);
  return 0x0000_f001 | ((c.enableClocks ?? true) ? 4 : 0) | (slow << 4) | (fast << 8);
}

// ---- neuron reset and spike counters ---------------------------------------------------------------------

const RESET_BLOCK_BASE = [0x0012_0000, 0x0012_8000] as const;
export type CounterOp = 'reset' | 'counterRead' | 'counterReset';
export function neuronTriggerAddress(op: CounterOp, neuron: number): number {
  checkInt('neuron', neuron, 0, NEURONS - 1);
  const off = op === 'reset' ? 0x2000 : op === 'counterRead' ? 0x2800 : 0x2c00;
  return RESET_BLOCK_BASE[backendBlockOf(neuron)]! + off + 4 * backendLocalOf(neuron);
}
/** NeuronResetQuad (haldls.md 3.4): a write to 0x02C9_4000 / 0x03C9_4000 + quad column resets that quad's 4 neurons. */
const NEURON_RESET_QUAD_BASE = [0x02c9_4000, 0x03c9_4000] as const;
export function neuronResetQuadAddress(hemisphere: number, quad: number): number {
  return NEURON_RESET_QUAD_BASE[checkInt('hemisphere', hemisphere, 0, 1)]! + checkInt('quad', quad, 0, 63);
}
/** The neurons (row*256 + column) a NeuronResetQuad write at `address` resets, or undefined. */
export function neuronResetQuadAt(address: number): number[] | undefined {
  for (let h = 0; h < 2; h++) {
    const q = address - NEURON_RESET_QUAD_BASE[h]!;
    if (q >= 0 && q < 64) return [0, 1, 2, 3].map((e) => h * 256 + columnOfQuad(q, e));
  }
  return undefined;
}
export function neuronTriggerAt(address: number): { op: CounterOp; neuron: number } | undefined {
  for (let b = 0; b < 2; b++) {
    const off = address - RESET_BLOCK_BASE[b]!;
    if ((off & 3) !== 0) continue;
    const kind = off >= 0x2000 && off < 0x2400 ? 'reset' : off >= 0x2800 && off < 0x2c00 ? 'counterRead' : off >= 0x2c00 && off < 0x3000 ? 'counterReset' : undefined;
    if (kind) return { op: kind, neuron: neuronOfBackend(b, (off & 0x3ff) >> 2) };
  }
  return undefined;
}
