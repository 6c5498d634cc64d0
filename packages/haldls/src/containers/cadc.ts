/**
 * Columnar ADC (CADC) and correlation-sensor configuration, per-channel offsets and sample readout
 * (haldls.md 1.8, 2.2, 3.11). Everything lives in the hemisphere's PPU subtree.
 */
import { getBit, getBits, putBit, putBits } from '../bits.js';
import { CADCChannelConfigOnDLS, CADCConfigOnDLS, CADCSampleQuadOnDLS, CommonCorrelationConfigOnDLS } from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { ppuSubtreeBase, QUAD_ENTRY_STRIDE } from './bases.js';
import { bool, enumeration, int, intArray, uint } from '../fields.js';

const CADC_CONFIG = 0x0040_1000;
/** Offset SRAMs: the east half (columns 128..255) sits below the west half (columns 0..127). */
const CADC_OFFSET_EAST = 0x0040_0000;
const CADC_OFFSET_WEST = 0x0040_0800;
const CADC_SAMPLES_CAUSAL = 0x00c8_0000;
const CADC_SAMPLES_ACAUSAL = 0x00cc_0000;
/** Added to a sample address to read the buffered (previously triggered) conversion. */
const CADC_BUFFERED = 0x0020_0000;
const CORRELATION_CONFIG = 0x0020_0000;

/** Ramp enable and timing of one hemisphere's CADC. */
export const CADCConfig = defineContainer({
  name: 'CADCConfig',
  coordinate: CADCConfigOnDLS,
  fields: [bool('enable'), uint('resetWait', 8, 100), uint('deadTime', 8, 20)],
  addresses: (c) => [ppuSubtreeBase(c.toEnum()) + CADC_CONFIG],
  layout: { enable: at(0, 0), resetWait: at(0, 4), deadTime: at(0, 12) },
});
export type CADCConfig = InstanceType<typeof CADCConfig>;

/** Signed offset range of a CADC channel; stored with a +128 bias. */
const OFFSET_MIN = -128;
const OFFSET_MAX = 127;
const OFFSET_BIAS = 128;

/** CADCChannelConfigOnDLS enum -> address: enum = synram*512 + type*256 + column. */
function channelConfigAddress(e: number): number {
  const synram = Math.floor(e / 512);
  const type = Math.floor(e / 256) % 2;
  const column = e % 256;
  const half = column >= 128 ? CADC_OFFSET_EAST : CADC_OFFSET_WEST;
  return ppuSubtreeBase(synram) + half + 2 * (column % 128) + type;
}

/** Digital offset added to one CADC channel's samples. */
export const CADCChannelConfig = defineContainer({
  name: 'CADCChannelConfig',
  coordinate: CADCChannelConfigOnDLS,
  unsupportedReadTargets: ['hardware'],
  fields: [int('offset', OFFSET_MIN, OFFSET_MAX, 0)],
  addresses: (c) => [channelConfigAddress(c.toEnum())],
  encode: (v) => [v.offset + OFFSET_BIAS],
  decode: ([w = 0]) => ({ offset: getBits(w, 0, 8) - OFFSET_BIAS }),
});
export type CADCChannelConfig = InstanceType<typeof CADCChannelConfig>;

/**
 * CADCSampleQuadOnDLS enum -> address. enum = synram*65536 + readout*32768 + type*16384 + row*64 + quad
 * (readout 0 trigger_read / 1 buffered, type 0 causal / 1 acausal).
 */
function sampleQuadAddress(e: number): number {
  const synram = Math.floor(e / 65536);
  const buffered = Math.floor(e / 32768) % 2 === 1;
  const acausal = Math.floor(e / 16384) % 2 === 1;
  const quad = e % 16384; // row*64 + quad column
  return ppuSubtreeBase(synram) + (acausal ? CADC_SAMPLES_ACAUSAL : CADC_SAMPLES_CAUSAL) + (buffered ? CADC_BUFFERED : 0) + quad;
}

/**
 * Four 8-bit CADC samples of one quad (entry 0 in the most significant byte). Read-only; a trigger_read
 * address starts a conversion, a buffered address returns the last one. Only the fast Omnibus path can read
 * it (not Omnibus-over-JTAG, quirk 7.12).
 */
export const CADCSampleQuad = defineContainer({
  name: 'CADCSampleQuad',
  coordinate: CADCSampleQuadOnDLS,
  omnibusOnly: true,
  fields: [intArray('samples', 4, 0, 255)],
  readAddresses: (c) => [sampleQuadAddress(c.toEnum())],
  layout: { samples: at(0, 24, { stride: QUAD_ENTRY_STRIDE }) },
});
export type CADCSampleQuad = InstanceType<typeof CADCSampleQuad>;

/** How the correlation sensors are reset: plainly, or calibrating themselves (a CADC read then never returns). */
export const CORRELATION_RESET_MODES = ['normal', 'auto_calibrating'] as const;

/**
 * Correlation sensor timing and reset mode of one hemisphere, plus which CapMem block (0 left, 1 right)
 * supplies the CADC v_offset of each half (`cadcVOffsetAssignment[half]`, identity by default).
 */
export const CommonCorrelationConfig = defineContainer({
  name: 'CommonCorrelationConfig',
  coordinate: CommonCorrelationConfigOnDLS,
  fields: [
    uint('senseDelay', 12, 1),
    uint('resetDuration', 12, 200),
    uint('resetFallTime', 12, 5),
    enumeration('resetMode', CORRELATION_RESET_MODES),
    intArray('cadcVOffsetAssignment', 2, 0, 1, [0, 1]),
  ],
  addresses: (c) => {
    const base = ppuSubtreeBase(c.toEnum()) + CORRELATION_CONFIG;
    return [base, base + 1, base + 2, base + 3];
  },
  encode: (v) => [
    putBits(v.senseDelay, 0),
    putBits(v.resetDuration, 0),
    putBits(v.resetFallTime, 0),
    // bit 1 is set when the right half takes the left block; bit 2 when the left half takes the right block
    putBits(CORRELATION_RESET_MODES.indexOf(v.resetMode), 0) | putBit(v.cadcVOffsetAssignment[1] === 0, 1) | putBits(v.cadcVOffsetAssignment[0]!, 2),
  ],
  decode: ([w0 = 0, w1 = 0, w2 = 0, w3 = 0]) => ({
    senseDelay: getBits(w0, 0, 12),
    resetDuration: getBits(w1, 0, 12),
    resetFallTime: getBits(w2, 0, 12),
    resetMode: CORRELATION_RESET_MODES[getBits(w3, 0, 1)]!,
    cadcVOffsetAssignment: [getBits(w3, 2, 1), getBit(w3, 1) ? 0 : 1],
  }),
});
export type CommonCorrelationConfig = InstanceType<typeof CommonCorrelationConfig>;
