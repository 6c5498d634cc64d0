/**
 * CapMem containers and the named CapMem cells (haldls.md 3.8, 4). The CapMem is the analog parameter
 * storage: 4 blocks (quadrants NW, NE, SW, SE) of 130 columns x 24 rows of 10-bit DAC cells, refreshed
 * periodically by a per-block controller (CapMemBlockConfig). The reference generator (ReferenceGeneratorConfig)
 * provides their reference currents.
 */
import { ValueRangeError } from '@bss2/fisch';
import { getBit, getBits, putBit, putBits } from '../bits.js';
import {
  CapMemBlockConfigOnDLS,
  CapMemBlockOnDLS,
  CapMemCellOnCapMemBlock,
  CapMemCellOnDLS,
  CapMemColumnOnCapMemBlock,
  CapMemRowOnCapMemBlock,
  ReferenceGeneratorConfigOnDLS,
} from '../coordinates/catalog.js';
import { UNUSED_CAPMEM_CELLS, splitCapMemCellEnum } from '../coordinates/geometry.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { bool, enumeration, int, intArray, uint } from '../fields.js';

// ------------------------------------------------------------------------------------------------ values

/** Largest refreshable CapMem value. */
export const CAPMEM_MAX_VALUE = 1022;
/** The reserved cell value that disables the refresh of a cell (it keeps its last charge; haldls.md 7.8). */
export const CAPMEM_DISABLE_REFRESH = 1023;
/** Mask of the 10 value bits of a cell word. */
const CAPMEM_VALUE_MASK = 0x3ff;

const CAPMEM_COLUMNS = CapMemColumnOnCapMemBlock.size;
const CAPMEM_ROWS = CapMemRowOnCapMemBlock.size;
const CAPMEM_CELLS_PER_BLOCK = CapMemCellOnCapMemBlock.size;

/** CapMem cell base per block (NW, NE, SW, SE). */
const CAPMEM_BASE = [0x0014_0000, 0x0014_8000, 0x0015_0000, 0x0015_8000] as const;
/** Cells are addressed column-major with a column stride of 32 words, of which the 24 rows are used. */
const CAPMEM_COLUMN_STRIDE = 32;

function cellOffset(column: number, row: number): number {
  return column * CAPMEM_COLUMN_STRIDE + row;
}

/** Address offsets of the cells of one block in CapMemCellOnCapMemBlock enum order (row-major). */
const BLOCK_CELL_OFFSETS: readonly number[] = Object.freeze(
  Array.from({ length: CAPMEM_CELLS_PER_BLOCK }, (_, cell) => cellOffset(cell % CAPMEM_COLUMNS, Math.floor(cell / CAPMEM_COLUMNS))),
);

// ------------------------------------------------------------------------------------------------ CapMemCell

/**
 * One CapMem cell. `value` is 0..1022, or CAPMEM_DISABLE_REFRESH (1023) to stop refreshing the cell; upstream
 * models this as a variant, here it is the single 10-bit code.
 */
export const CapMemCell = defineContainer({
  name: 'CapMemCell',
  coordinate: CapMemCellOnDLS,
  differentialWrite: true,
  fields: [int('value', 0, CAPMEM_DISABLE_REFRESH)],
  addresses: (c) => {
    const { block, row, column } = splitCapMemCellEnum(c.toEnum());
    return [CAPMEM_BASE[block]! + cellOffset(column, row)];
  },
  layout: { value: at(0, 0) },
  print: (v) => `CapMemCell(${v.value === CAPMEM_DISABLE_REFRESH ? 'DisableRefresh' : `Value(${v.value})`})`,
});
export type CapMemCell = InstanceType<typeof CapMemCell>;

// ------------------------------------------------------------------------------------------------ CapMemBlock

/**
 * All 3120 cells of one block, `cells[i]` being the cell with CapMemCellOnCapMemBlock enum i
 * (row * 130 + column). Encodes as the 3120 cell writes in that order.
 */
export const CapMemBlock = defineContainer({
  name: 'CapMemBlock',
  coordinate: CapMemBlockOnDLS,
  differentialWrite: true,
  // Same registers as the CapMemCell leaves it aggregates.
  excludeFromRegisterTable: true,
  fields: [intArray('cells', CAPMEM_CELLS_PER_BLOCK, 0, CAPMEM_DISABLE_REFRESH)],
  addresses: (c) => {
    const base = CAPMEM_BASE[c.toEnum()]!;
    return BLOCK_CELL_OFFSETS.map((o) => base + o);
  },
  encode: (v) => v.cells,
  decode: (words) => ({ cells: words.slice(0, CAPMEM_CELLS_PER_BLOCK).map((w) => w & CAPMEM_VALUE_MASK) }),
  // 3120 values are unreadable in one line: list only the cells that differ from 0.
  print: (v) => {
    const set: string[] = [];
    v.cells.forEach((x, i) => {
      if (x !== 0) set.push(`(${i % CAPMEM_COLUMNS}, ${Math.floor(i / CAPMEM_COLUMNS)}): ${x}`);
    });
    return `CapMemBlock(${set.length === 0 ? 'all cells 0' : `non-zero cells (column, row): ${set.join(', ')}`})`;
  },
});
export type CapMemBlock = InstanceType<typeof CapMemBlock>;

// ------------------------------------------------------------------------------------------------ CapMemBlockConfig

export const CAPMEM_V_REF_SELECTS = ['disabled', 'v_ref_v', 'v_ref_i'] as const;
export const CAPMEM_I_OUT_SELECTS = ['disabled', 'i_out_mux', 'i_out_ramp'] as const;

const CAPMEM_BLOCK_CONFIG_BASE = [0x0014_4000, 0x0014_c000, 0x0015_4000, 0x0015_c000] as const;
const CAPMEM_BLOCK_CONFIG_WORDS = 10;
/** Largest prescaler setting (the field is 4 bits wide, but only 0..6 are valid). */
const CAPMEM_PRESCALE_MAX = 6;

/** Enumeration name of a decoded code, or a typed error naming the field (codes past the list are invalid). */
function enumFromCode<const V extends string>(field: string, values: readonly V[], c: number): V {
  const name = values[c];
  if (name === undefined) throw new ValueRangeError(field, c, 0, values.length - 1, `enum code of ${values.join('|')}`);
  return name;
}

/** Row whose one-hot debug bit is the highest set bit of `word` (bit 23 is row 0). */
function debugRowOfOneHot(word: number): number {
  const highest = 31 - Math.clz32(word);
  if (highest >= CAPMEM_ROWS) throw new ValueRangeError('CapMemBlockConfig.debug row bit', highest, 0, CAPMEM_ROWS - 1, 'one-hot debug row word');
  return CAPMEM_ROWS - 1 - highest;
}

export const CapMemBlockConfig = defineContainer({
  name: 'CapMemBlockConfig',
  coordinate: CapMemBlockConfigOnDLS,
  differentialWrite: true,
  unsupportedReadTargets: ['hardware'],
  noRoundTrip: 'debug_capmem_coord is not encoded while debug_readout_enable is false (decode yields cell 0)',
  fields: [
    bool('enableCapmem', true),
    bool('debugReadoutEnable'),
    int('debugCapmemCoord', 0, CAPMEM_CELLS_PER_BLOCK - 1),
    enumeration('debugVRefSelect', CAPMEM_V_REF_SELECTS),
    enumeration('debugIOutSelect', CAPMEM_I_OUT_SELECTS),
    uint('debugOutAmpBias', 4, 7),
    uint('debugSourceFollowerBias', 4, 3),
    uint('debugLevelShifterBias', 4, 3),
    uint('vGlobalBias', 4, 7),
    uint('currentCellRes', 6, 8),
    uint('boostFactor', 4, 0),
    bool('enableBoost'),
    bool('enableAutoboost'),
    int('prescalePause', 0, CAPMEM_PRESCALE_MAX, 3),
    int('prescaleRamp', 0, CAPMEM_PRESCALE_MAX, 3),
    uint('subCounter', 16, 16),
    uint('pauseCounter', 32, 8096),
    uint('pulseA', 16, 4),
    uint('pulseB', 16, 7),
    uint('boostA', 16, 0),
    uint('boostB', 16, 0),
  ],
  addresses: (c) => {
    const base = CAPMEM_BLOCK_CONFIG_BASE[c.toEnum()]!;
    return Array.from({ length: CAPMEM_BLOCK_CONFIG_WORDS }, (_, i) => base + i);
  },
  encode: (v) => {
    const debugRow = Math.floor(v.debugCapmemCoord / CAPMEM_COLUMNS);
    const debugColumn = v.debugCapmemCoord % CAPMEM_COLUMNS;
    return [
      v.debugReadoutEnable ? putBit(true, CAPMEM_ROWS - 1 - debugRow) : 0,
      v.debugReadoutEnable ? debugColumn : 0,
      CAPMEM_V_REF_SELECTS.indexOf(v.debugVRefSelect),
      putBits(v.vGlobalBias, 0) | putBits(v.debugLevelShifterBias, 4) | putBits(v.debugSourceFollowerBias, 8) | putBits(v.debugOutAmpBias, 12),
      v.currentCellRes,
      CAPMEM_I_OUT_SELECTS.indexOf(v.debugIOutSelect),
      putBits(v.subCounter, 0) |
        putBit(v.enableCapmem, 16) |
        putBit(v.enableBoost, 17) |
        putBit(v.enableAutoboost, 18) |
        putBits(v.prescaleRamp, 20) |
        putBits(v.prescalePause, 24) |
        putBits(v.boostFactor, 28),
      putBits(v.pulseB, 0) | putBits(v.pulseA, 16),
      putBits(v.boostB, 0) | putBits(v.boostA, 16),
      v.pauseCounter,
    ];
  },
  decode: ([w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0, w8 = 0, w9 = 0]) => {
    const debugReadoutEnable = w0 !== 0;
    let debugCapmemCoord = 0;
    if (debugReadoutEnable) {
      if (w1 >>> 0 >= CAPMEM_COLUMNS) throw new ValueRangeError('CapMemBlockConfig.debug column', w1 >>> 0, 0, CAPMEM_COLUMNS - 1);
      debugCapmemCoord = debugRowOfOneHot(w0) * CAPMEM_COLUMNS + (w1 >>> 0);
    }
    return {
      enableCapmem: getBit(w6, 16),
      debugReadoutEnable,
      debugCapmemCoord,
      debugVRefSelect: enumFromCode('CapMemBlockConfig.debugVRefSelect', CAPMEM_V_REF_SELECTS, getBits(w2, 0, 2)),
      debugIOutSelect: enumFromCode('CapMemBlockConfig.debugIOutSelect', CAPMEM_I_OUT_SELECTS, getBits(w5, 0, 2)),
      debugOutAmpBias: getBits(w3, 12, 4),
      debugSourceFollowerBias: getBits(w3, 8, 4),
      debugLevelShifterBias: getBits(w3, 4, 4),
      vGlobalBias: getBits(w3, 0, 4),
      currentCellRes: getBits(w4, 0, 6),
      boostFactor: getBits(w6, 28, 4),
      enableBoost: getBit(w6, 17),
      enableAutoboost: getBit(w6, 18),
      // 7..15 do not exist; the field check rejects them with a typed error.
      prescalePause: getBits(w6, 24, 4),
      prescaleRamp: getBits(w6, 20, 4),
      subCounter: getBits(w6, 0, 16),
      pauseCounter: w9 >>> 0,
      pulseA: getBits(w7, 16, 16),
      pulseB: getBits(w7, 0, 16),
      boostA: getBits(w8, 16, 16),
      boostB: getBits(w8, 0, 16),
    };
  },
});
export type CapMemBlockConfig = InstanceType<typeof CapMemBlockConfig>;

// ------------------------------------------------------------------------------------------------ ReferenceGeneratorConfig

const REFERENCE_GENERATOR_BASE = 0x000c_0012;
const REFERENCE_GENERATOR_WORDS = 9;
const CAPMEM_BLOCKS = CapMemBlockOnDLS.size;

/** Two 6-bit per-block values per word: block 2k in bits 0-5, block 2k+1 in bits 6-11. */
function packPerBlock(values: readonly number[]): [number, number] {
  return [putBits(values[0]!, 0) | putBits(values[1]!, 6), putBits(values[2]!, 0) | putBits(values[3]!, 6)];
}

function unpackPerBlock(lo: number, hi: number): number[] {
  return [getBits(lo, 0, 6), getBits(lo, 6, 6), getBits(hi, 0, 6), getBits(hi, 6, 6)];
}

export const ReferenceGeneratorConfig = defineContainer({
  name: 'ReferenceGeneratorConfig',
  coordinate: ReferenceGeneratorConfigOnDLS,
  fields: [
    bool('enableInternalReference', true),
    bool('enableReferenceOutput'),
    bool('enableReferenceInput'),
    bool('enableReset'),
    uint('referenceControl', 6, 10),
    uint('resistorControl', 6, 40),
    intArray('capmemAmplifier', CAPMEM_BLOCKS, 0, 63, 40),
    intArray('capmemOffset', CAPMEM_BLOCKS, 0, 63, 1),
    intArray('capmemSlope', CAPMEM_BLOCKS, 0, 63, 11),
  ],
  addresses: () => Array.from({ length: REFERENCE_GENERATOR_WORDS }, (_, i) => REFERENCE_GENERATOR_BASE + i),
  encode: (v) => [
    putBit(v.enableInternalReference, 12) | putBit(v.enableReferenceOutput, 13) | putBit(v.enableReferenceInput, 14) | putBit(v.enableReset, 15),
    putBits(v.referenceControl, 6),
    putBits(v.resistorControl, 0),
    ...packPerBlock(v.capmemAmplifier),
    ...packPerBlock(v.capmemOffset),
    ...packPerBlock(v.capmemSlope),
  ],
  decode: ([w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0, w8 = 0]) => ({
    enableInternalReference: getBit(w0, 12),
    enableReferenceOutput: getBit(w0, 13),
    enableReferenceInput: getBit(w0, 14),
    enableReset: getBit(w0, 15),
    referenceControl: getBits(w1, 6, 6),
    resistorControl: getBits(w2, 0, 6),
    capmemAmplifier: unpackPerBlock(w3, w4),
    capmemOffset: unpackPerBlock(w5, w6),
    capmemSlope: unpackPerBlock(w7, w8),
  }),
});
export type ReferenceGeneratorConfig = InstanceType<typeof ReferenceGeneratorConfig>;

// ------------------------------------------------------------------------------------------------ named cells (section 4)

/** Names of the 24 per-neuron rows, index = CapMemRowOnCapMemBlock (haldls.md 4.1). */
export const NEURON_CAPMEM_ROW_NAMES = [
  'v_leak',
  'v_reset',
  'v_threshold',
  'e_synin_exc_rev',
  'e_synin_inh_rev',
  'v_adapt_leak',
  'v_exp',
  'v_adapt_ref',
  'i_bias_leak',
  'i_bias_reset',
  'i_bias_synin_exc_tau',
  'i_bias_synin_exc_coba',
  'i_bias_synin_exc_shift',
  'i_bias_synin_exc_gm',
  'i_bias_synin_inh_tau',
  'i_bias_synin_inh_coba',
  'i_bias_synin_inh_shift',
  'i_bias_synin_inh_gm',
  'i_bias_adapt_tau',
  'i_bias_adapt_a',
  'i_bias_adapt_b',
  'i_bias_exp',
  'i_mem_offset',
  'i_bias_nmda',
] as const;
export type NeuronCapMemRowName = (typeof NEURON_CAPMEM_ROW_NAMES)[number];

/** Per-neuron parameter name -> CapMem row. A neuron uses column `column % 128` of its quadrant's block. */
export const NEURON_CAPMEM_ROWS: Readonly<Record<NeuronCapMemRowName, number>> = Object.freeze(
  Object.fromEntries(NEURON_CAPMEM_ROW_NAMES.map((name, row) => [name, row])) as Record<NeuronCapMemRowName, number>,
);

/** Shared cells with the same meaning in every block: name -> [column, row] (haldls.md 4.2). */
export const SHARED_CAPMEM_CELLS = Object.freeze({
  stp_v_charge_0: [128, 0],
  stp_v_charge_1: [128, 1],
  stp_v_recover_0: [128, 2],
  stp_v_recover_1: [128, 3],
  cadc_v_ramp_offset: [128, 4],
  cadc_v_bias_ramp_buf: [128, 5],
  neuron_v_bias_casc_n: [128, 7],
  syn_i_bias_dac: [128, 8],
  syn_i_bias_ramp: [128, 9],
  syn_i_bias_store: [128, 10],
  syn_i_bias_corout: [128, 11],
  stp_i_bias_comparator: [128, 12],
  stp_i_ramp: [128, 13],
  stp_i_calib: [128, 14],
  cadc_i_ramp_slope: [128, 15],
  cadc_i_bias_comp: [128, 16],
  cadc_i_bias_vreset_buf: [128, 17],
  neuron_i_bias_readout_amp: [128, 18],
  neuron_i_bias_leak_source_follower: [128, 19],
  neuron_i_bias_spike_comparator: [128, 20],
  neuron_i_bias_synin_drop: [129, 23],
} as const satisfies Record<string, readonly [column: number, row: number]>);
export type SharedCapMemCellName = keyof typeof SHARED_CAPMEM_CELLS;

/** Cells owned by one block only: name -> [block, column, row] (haldls.md 4.3, unused cells left out). */
export const BLOCK_CAPMEM_CELLS = Object.freeze({
  readout_sc_amp_v_ref: [0, 128, 6],
  readout_pseudo_diff_v_ref: [1, 128, 6],
  readout_iconv_test_voltage: [2, 128, 6],
  readout_iconv_sc_amp_v_ref: [3, 128, 6],
  readout_iconv_sc_amp_i_bias: [0, 128, 21],
  stp_ibias_readout_top: [1, 128, 21],
  stp_ibias_readout_bottom: [3, 128, 21],
  readout_pseudo_diff_buffer_bias: [0, 128, 22],
  hagen_ibias_dac_top: [1, 128, 22],
  hagen_ibias_dac_bottom: [3, 128, 22],
  readout_out_amp_i_bias_0: [0, 128, 23],
  readout_out_amp_i_bias_1: [0, 129, 8],
  readout_idac_i_bias: [0, 129, 9],
  readout_idac_i_bias_casc: [0, 129, 10],
  readout_iconv_i_bias_buffer: [0, 129, 11],
  readout_ac_mux_i_bias: [0, 129, 12],
  readout_madc_in_500na: [0, 129, 13],
  readout_sc_amp_i_bias: [0, 129, 14],
} as const satisfies Record<string, readonly [block: number, column: number, row: number]>);
export type BlockCapMemCellName = keyof typeof BLOCK_CAPMEM_CELLS;

export interface CapMemCellPosition {
  readonly block: number;
  readonly column: number;
  readonly row: number;
}

/** The 90 cells no container uses, in UnusedCapMemCellOnDLS enum order (haldls.md 4.3). */
export function unusedCapMemCells(): CapMemCellPosition[] {
  return UNUSED_CAPMEM_CELLS.map(([block, column, row]) => ({ block, column, row }));
}
