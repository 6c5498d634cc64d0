/**
 * Synapse-array containers, the per-column switch quads, correlation reset and the synram-wide configs
 * (haldls.md 2.2, 3.6).
 *
 * Every quad container stores one byte per entry, entry 0 in the most significant byte (quirk 7.3). The
 * synapse SRAM is reachable through several views of the same cells: the raw view (two full words per quad)
 * and the split weight / label / "2-MSB" views (one word each). The column switch quads live in the extra
 * rows past row 255 of those views.
 */
import { getBit } from '../bits.js';
import {
  ColumnCorrelationQuadOnDLS,
  ColumnCurrentQuadOnDLS,
  CommonSynramConfigOnDLS,
  CorrelationResetOnDLS,
  SynapseBiasSelectionOnDLS,
  SynapseCorrelationCalibQuadOnDLS,
  SynapseLabelQuadOnDLS,
  SynapseQuadOnDLS,
  SynapseWeightQuadOnDLS,
} from '../coordinates/catalog.js';
import { splitQuadEnum } from '../coordinates/geometry.js';
import { defineContainer } from '../define.js';
import { at, scatteredAt } from '../layout.js';
import { ppuSubtreeBase, QUAD_ENTRY_STRIDE } from './bases.js';
import { boolArray, intArray, uint } from '../fields.js';

/** Offsets of the synapse SRAM views inside the PPU subtree (haldls.md 2.2). */
const WEIGHT_VIEW = 0x00c0_0000;
const EVEN_MSB_VIEW = 0x00c1_0000;
const ODD_MSB_VIEW = 0x00c2_0000;
const LABEL_VIEW = 0x00c4_0000;
const CORRELATION_RESET = 0x00c9_0000;
const RAW_VIEW = 0x00cf_0000;

/** Quad offset of the column switches in the one-word views ("row 256") and in the raw view ("row 257"). */
const SWITCH_ROW_SPLIT_VIEW = 256 * 64;
const SWITCH_ROW_RAW_VIEW = 256 * 128;

/** Address of quad `e` (SynapseQuadOnDLS-style enum) in a one-word-per-quad view. */
function splitViewAddress(view: number, e: number): number {
  const { synram, row, quad } = splitQuadEnum(e);
  return ppuSubtreeBase(synram) + view + row * 64 + quad;
}

/**
 * Where a weight's code bits lie in entry 0's byte (bits 24-31): bit 5 stays, bits 4..0 are stored reversed
 * (the weight permutation, `permuteWeight`).
 */
const WEIGHT_BITS = [4, 3, 2, 1, 0, 5].map((b) => 24 + b);

/** Weights, labels and correlation calibration of four synapses through the raw (full-width) view. */
export const SynapseQuad = defineContainer({
  name: 'SynapseQuad',
  coordinate: SynapseQuadOnDLS,
  differentialWrite: true,
  fields: [intArray('weights', 4, 0, 63), intArray('labels', 4, 0, 63), intArray('timeCalibs', 4, 0, 3), intArray('ampCalibs', 4, 0, 3)],
  addresses: (c) => {
    const { synram, row, quad } = splitQuadEnum(c.toEnum());
    const base = ppuSubtreeBase(synram) + RAW_VIEW + row * 128 + quad;
    return [base, base + 64];
  },
  layout: {
    weights: scatteredAt(0, WEIGHT_BITS, { stride: QUAD_ENTRY_STRIDE }),
    timeCalibs: at(0, 24 + 6, { stride: QUAD_ENTRY_STRIDE }),
    labels: at(1, 24, { stride: QUAD_ENTRY_STRIDE }),
    ampCalibs: at(1, 24 + 6, { stride: QUAD_ENTRY_STRIDE }),
  },
});
export type SynapseQuad = InstanceType<typeof SynapseQuad>;

/** The four weights of a quad through the weight view (bits 6-7 of each byte are written 0). */
export const SynapseWeightQuad = defineContainer({
  name: 'SynapseWeightQuad',
  coordinate: SynapseWeightQuadOnDLS,
  differentialWrite: true,
  fields: [intArray('values', 4, 0, 63)],
  addresses: (c) => [splitViewAddress(WEIGHT_VIEW, c.toEnum())],
  layout: { values: scatteredAt(0, WEIGHT_BITS, { stride: QUAD_ENTRY_STRIDE }) },
});
export type SynapseWeightQuad = InstanceType<typeof SynapseWeightQuad>;

/** The four synapse labels of a quad through the label view. */
export const SynapseLabelQuad = defineContainer({
  name: 'SynapseLabelQuad',
  coordinate: SynapseLabelQuadOnDLS,
  differentialWrite: true,
  fields: [intArray('values', 4, 0, 63)],
  addresses: (c) => [splitViewAddress(LABEL_VIEW, c.toEnum())],
  layout: { values: at(0, 24, { stride: QUAD_ENTRY_STRIDE }) },
});
export type SynapseLabelQuad = InstanceType<typeof SynapseLabelQuad>;

/** Time and amplitude correlation calibration of a quad through the even/odd 2-MSB views (bits 1..0). */
export const SynapseCorrelationCalibQuad = defineContainer({
  name: 'SynapseCorrelationCalibQuad',
  coordinate: SynapseCorrelationCalibQuadOnDLS,
  differentialWrite: true,
  fields: [intArray('timeCalibs', 4, 0, 3), intArray('ampCalibs', 4, 0, 3)],
  addresses: (c) => [splitViewAddress(EVEN_MSB_VIEW, c.toEnum()), splitViewAddress(ODD_MSB_VIEW, c.toEnum())],
  layout: { timeCalibs: at(0, 24, { stride: QUAD_ENTRY_STRIDE }), ampCalibs: at(1, 24, { stride: QUAD_ENTRY_STRIDE }) },
});
export type SynapseCorrelationCalibQuad = InstanceType<typeof SynapseCorrelationCalibQuad>;

/**
 * Per-column switches connecting the correlation sensors to the CADC, the debug lines and the neurons.
 * Spread over four words in the switch rows of the raw, weight and label views.
 */
export const ColumnCorrelationQuad = defineContainer({
  name: 'ColumnCorrelationQuad',
  coordinate: ColumnCorrelationQuadOnDLS,
  differentialWrite: true,
  fields: [
    boolArray('enableInternalCausal', 4),
    boolArray('enableInternalAcausal', 4),
    boolArray('enableDebugCausal', 4),
    boolArray('enableDebugAcausal', 4),
    boolArray('enableCadcNeuronReadoutCausal', 4),
    boolArray('enableCadcNeuronReadoutAcausal', 4),
  ],
  addresses: (c) => {
    const synram = Math.floor(c.toEnum() / 64);
    const q = c.toEnum() % 64;
    const base = ppuSubtreeBase(synram);
    return [
      base + RAW_VIEW + SWITCH_ROW_RAW_VIEW + 128 + q,
      base + RAW_VIEW + SWITCH_ROW_RAW_VIEW + 192 + q,
      base + WEIGHT_VIEW + SWITCH_ROW_SPLIT_VIEW + q,
      base + LABEL_VIEW + SWITCH_ROW_SPLIT_VIEW + q,
    ];
  },
  layout: {
    enableInternalCausal: at(0, 24 + 6, { stride: QUAD_ENTRY_STRIDE }),
    enableInternalAcausal: at(0, 24 + 7, { stride: QUAD_ENTRY_STRIDE }),
    enableDebugCausal: at(1, 24 + 6, { stride: QUAD_ENTRY_STRIDE }),
    enableDebugAcausal: at(1, 24 + 7, { stride: QUAD_ENTRY_STRIDE }),
    enableCadcNeuronReadoutCausal: at(2, 24 + 5, { stride: QUAD_ENTRY_STRIDE }),
    enableCadcNeuronReadoutAcausal: at(3, 24 + 5, { stride: QUAD_ENTRY_STRIDE }),
  },
});
export type ColumnCorrelationQuad = InstanceType<typeof ColumnCorrelationQuad>;

/** Per-column switches connecting the synaptic currents and the debug lines to the neurons (switch row of the 2-MSB views). */
export const ColumnCurrentQuad = defineContainer({
  name: 'ColumnCurrentQuad',
  coordinate: ColumnCurrentQuadOnDLS,
  differentialWrite: true,
  fields: [
    boolArray('enableSynapticCurrentExcitatory', 4),
    boolArray('enableSynapticCurrentInhibitory', 4),
    boolArray('enableDebugExcitatory', 4),
    boolArray('enableDebugInhibitory', 4),
  ],
  addresses: (c) => {
    const synram = Math.floor(c.toEnum() / 64);
    const q = c.toEnum() % 64;
    const base = ppuSubtreeBase(synram);
    return [base + EVEN_MSB_VIEW + SWITCH_ROW_SPLIT_VIEW + q, base + ODD_MSB_VIEW + SWITCH_ROW_SPLIT_VIEW + q];
  },
  layout: {
    enableSynapticCurrentExcitatory: at(0, 24, { stride: QUAD_ENTRY_STRIDE }),
    enableSynapticCurrentInhibitory: at(0, 24 + 1, { stride: QUAD_ENTRY_STRIDE }),
    enableDebugExcitatory: at(1, 24, { stride: QUAD_ENTRY_STRIDE }),
    enableDebugInhibitory: at(1, 24 + 1, { stride: QUAD_ENTRY_STRIDE }),
  },
});
export type ColumnCurrentQuad = InstanceType<typeof ColumnCurrentQuad>;

/** Resets the correlation accumulators of one synapse quad (write-only trigger; writes 0). */
export const CorrelationReset = defineContainer({
  name: 'CorrelationReset',
  coordinate: CorrelationResetOnDLS,
  fields: [],
  writeAddresses: (c) => [splitViewAddress(CORRELATION_RESET, c.toEnum())],
  print: () => 'CorrelationReset()',
});
export type CorrelationReset = InstanceType<typeof CorrelationReset>;

/** Synram SRAM controller settings of one hemisphere (precharge, write timing, clear wait). */
export const CommonSynramConfig = defineContainer({
  name: 'CommonSynramConfig',
  coordinate: CommonSynramConfigOnDLS,
  differentialWrite: true,
  fields: [uint('pcConfWest', 4, 8), uint('pcConfEast', 4, 8), uint('wConfWest', 8, 3), uint('wConfEast', 8, 3), uint('waitCtrClear', 3, 4)],
  addresses: (c) => {
    const base = ppuSubtreeBase(c.toEnum());
    return [base, base + 1, base + 2];
  },
  layout: { pcConfWest: at(0, 0), pcConfEast: at(0, 4), wConfWest: at(1, 0), wConfEast: at(1, 8), waitCtrClear: at(2, 0) },
});
export type CommonSynramConfig = InstanceType<typeof CommonSynramConfig>;

/**
 * Lowest bit of each CapMem block's nibble in the SynapseBiasSelection word: the blocks are stored in the
 * odd order 1, 0, 3, 2 from bit 0 upwards.
 */
const BIAS_NIBBLE_LO = [4, 0, 12, 8] as const;
/** Bit within a block's nibble, in nibble order output, store, ramp, dac. */
const BIAS_OUTPUT = 0;
const BIAS_STORE = 1;
const BIAS_RAMP = 2;
const BIAS_DAC = 3;

function packBiasFlags(flags: readonly boolean[], bit: number): number {
  let w = 0;
  for (let b = 0; b < 4; b++) if (flags[b]) w |= 1 << (BIAS_NIBBLE_LO[b]! + bit);
  return w;
}

function unpackBiasFlags(word: number, bit: number): boolean[] {
  return BIAS_NIBBLE_LO.map((lo) => getBit(word, lo + bit));
}

/** Selects internal (CapMem) or external synapse biases per CapMem block (indexed by CapMemBlockOnDLS). */
export const SynapseBiasSelection = defineContainer({
  name: 'SynapseBiasSelection',
  coordinate: SynapseBiasSelectionOnDLS,
  unsupportedReadTargets: ['hardware', 'simulation'],
  fields: [
    boolArray('enableInternalDacBias', 4, true),
    boolArray('enableInternalRampBias', 4, true),
    boolArray('enableInternalStoreBias', 4, true),
    boolArray('enableInternalOutputBias', 4, true),
  ],
  addresses: () => [0x0010_0000],
  encode: (v) => [
    packBiasFlags(v.enableInternalOutputBias, BIAS_OUTPUT) |
      packBiasFlags(v.enableInternalStoreBias, BIAS_STORE) |
      packBiasFlags(v.enableInternalRampBias, BIAS_RAMP) |
      packBiasFlags(v.enableInternalDacBias, BIAS_DAC),
  ],
  decode: ([w = 0]) => ({
    enableInternalDacBias: unpackBiasFlags(w, BIAS_DAC),
    enableInternalRampBias: unpackBiasFlags(w, BIAS_RAMP),
    enableInternalStoreBias: unpackBiasFlags(w, BIAS_STORE),
    enableInternalOutputBias: unpackBiasFlags(w, BIAS_OUTPUT),
  }),
});
export type SynapseBiasSelection = InstanceType<typeof SynapseBiasSelection>;
