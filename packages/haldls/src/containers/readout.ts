/**
 * Analog readout block at Omnibus 0x000C_0000 (haldls.md 2.1, 3.12): MADC control and configuration, the
 * readout source multiplexers, the pad multiplexers and the current DAC.
 */
import { moduleLogger } from '@bss2/fisch';
import { getBit, getBits, packBools, putBit, putBits, thermometer, unpackBools } from '../bits.js';
import {
  CurrentDACOnDLS,
  MADCConfigOnDLS,
  MADCControlOnDLS,
  PadMultiplexerConfigOnDLS,
  ReadoutSourceSelectionOnDLS,
} from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { bool, boolArray, enumeration, uint } from '../fields.js';

const MADC_BASE = 0x000c_0000;
const MADC_CONTROL_ADDRESS = MADC_BASE;
const MADC_CONFIG_ADDRESS = MADC_BASE + 1;
const MADC_CONFIG_WORDS = 10;
const CURRENT_DAC_ADDRESS = MADC_BASE + 11;
const READOUT_SOURCE_SELECTION_ADDRESS = MADC_BASE + 12;
const PAD_MUX_ADDRESS = MADC_BASE + 14;

/** Bits 0..3 of a pad-mux word hold a per-block flag array in reverse block order (block 3 at bit 0). */
function packReversed(flags: readonly boolean[], lo: number): number {
  return packBools([...flags].reverse(), lo);
}

function unpackReversed(word: number, lo: number, n: number): boolean[] {
  return unpackBools(word, lo, n).reverse();
}

// ---------------------------------------------------------------------------------------------------------
// MADCControl

/** MADC state machine triggers (write-only; every write is a command, nothing to read back). */
export const MADCControl = defineContainer({
  name: 'MADCControl',
  coordinate: MADCControlOnDLS,
  fields: [
    bool('wakeUp'),
    bool('startRecording'),
    bool('stopRecording'),
    bool('enablePowerDownAfterSampling'),
    bool('enableContinuousSampling'),
    bool('enablePreAmplifier'),
    bool('enableIconvAmplifier'),
  ],
  writeAddresses: () => [MADC_CONTROL_ADDRESS],
  encode: (v) => [
    putBit(v.wakeUp, 0) |
      putBit(v.startRecording, 1) |
      putBit(v.stopRecording, 2) |
      putBit(v.enablePowerDownAfterSampling, 3) |
      putBit(v.enableContinuousSampling, 4) |
      putBit(v.enablePreAmplifier, 5) |
      putBit(v.enableIconvAmplifier, 6),
  ],
});
export type MADCControl = InstanceType<typeof MADCControl>;

// ---------------------------------------------------------------------------------------------------------
// MADCConfig

/** Upstream warns (and still writes) when the active mux dwells more than one sample per input. */
function warnOnLongInputSelect(length: number): void {
  if (length > 1) {
    moduleLogger('haldls.MADCConfig').warn(
      `activeMuxInputSelectLength = ${length} > 1: the channel assignment lags one sample and events may be lost`,
    );
  }
}

const MADC_CONFIG_ADDRESSES = Object.freeze(Array.from({ length: MADC_CONFIG_WORDS }, (_, i) => MADC_CONFIG_ADDRESS + i));

/**
 * MADC configuration. Per-hemisphere arrays are [top, bottom]; `connectIconvSynapse` is indexed by
 * SynapticInputOnNeuron ([excitatory, inhibitory]): inhibitory is bit 10, excitatory bit 11.
 */
export const MADCConfig = defineContainer({
  name: 'MADCConfig',
  coordinate: MADCConfigOnDLS,
  fields: [
    // word 0
    uint('activeMuxInitiallySelectedInput', 1),
    uint('activeMuxInputSelectLength', 4),
    uint('sampleDurationAdjust', 3, 5),
    bool('enableSarResetOnFall'),
    uint('sarResetWait', 2, 3),
    uint('sarResetLength', 2),
    // word 1
    uint('powerupWaitValue', 10, 96),
    uint('conversionCyclesOffset', 4, 12),
    // word 2
    uint('calibrationWaitValue', 10),
    bool('enableCalibration'),
    // word 3
    uint('numberOfSamples', 16),
    // words 4, 5
    uint('preampSamplingWindowStart', 5, 3),
    uint('preampSamplingWindowEnd', 5, 8),
    uint('iconvSamplingWindowStart', 5, 9),
    uint('iconvSamplingWindowEnd', 5, 14),
    // word 6
    bool('sampleOnPositiveEdge', true),
    bool('enableDummyData'),
    // word 7
    bool('connectPreampToMadc', true),
    bool('connectPadsToMadc'),
    bool('connectPreampToPads'),
    uint('preampGainCapacitorSize', 5, 31),
    // word 8
    bool('enableMadcClockScaling'),
    uint('madcClockScaleValue', 12),
    // word 9
    bool('enableActiveMuxAmplifiers', true),
    boolArray('enablePseudoDifferentialReference', 2),
    bool('signalSelectionConnectCurrentMeter'),
    bool('signalSelectionConnectActiveMux', true),
    bool('signalSelectionConnectDebug'),
    bool('signalSelectionConnectPreamp', true),
    bool('enableIconvAmplifier'),
    boolArray('connectIconvNeuron', 2),
    boolArray('connectIconvSynapse', 2),
  ],
  addresses: () => MADC_CONFIG_ADDRESSES,
  onWrite: (v) => warnOnLongInputSelect(v.activeMuxInputSelectLength),
  encode: (v) => {
    return [
      putBits(v.activeMuxInitiallySelectedInput, 3) |
        putBits(v.activeMuxInputSelectLength, 4) |
        putBits(v.sampleDurationAdjust, 8) |
        putBit(v.enableSarResetOnFall, 11) |
        putBits(v.sarResetWait, 12) |
        putBits(v.sarResetLength, 14),
      putBits(v.powerupWaitValue, 0) | putBits(v.conversionCyclesOffset, 12),
      putBits(v.calibrationWaitValue, 0) | putBit(v.enableCalibration, 15),
      putBits(v.numberOfSamples, 0),
      putBits(v.preampSamplingWindowStart, 0) | putBits(v.preampSamplingWindowEnd, 5),
      putBits(v.iconvSamplingWindowStart, 0) | putBits(v.iconvSamplingWindowEnd, 5),
      putBit(v.sampleOnPositiveEdge, 0) | putBit(v.enableDummyData, 1),
      putBit(v.connectPreampToMadc, 0) | putBit(v.connectPadsToMadc, 1) | putBit(v.connectPreampToPads, 2) | putBits(v.preampGainCapacitorSize, 3),
      putBit(v.enableMadcClockScaling, 0) | putBits(v.madcClockScaleValue, 1),
      putBit(v.enableActiveMuxAmplifiers, 0) |
        packBools(v.enablePseudoDifferentialReference, 1) |
        putBit(v.signalSelectionConnectCurrentMeter, 3) |
        putBit(v.signalSelectionConnectActiveMux, 4) |
        putBit(v.signalSelectionConnectDebug, 5) |
        putBit(v.signalSelectionConnectPreamp, 6) |
        putBit(v.enableIconvAmplifier, 7) |
        packBools(v.connectIconvNeuron, 8) |
        putBit(v.connectIconvSynapse[1]!, 10) |
        putBit(v.connectIconvSynapse[0]!, 11),
    ];
  },
  decode: ([w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0, w8 = 0, w9 = 0]) => ({
    activeMuxInitiallySelectedInput: getBits(w0, 3, 1),
    activeMuxInputSelectLength: getBits(w0, 4, 4),
    sampleDurationAdjust: getBits(w0, 8, 3),
    enableSarResetOnFall: getBit(w0, 11),
    sarResetWait: getBits(w0, 12, 2),
    sarResetLength: getBits(w0, 14, 2),
    powerupWaitValue: getBits(w1, 0, 10),
    conversionCyclesOffset: getBits(w1, 12, 4),
    calibrationWaitValue: getBits(w2, 0, 10),
    enableCalibration: getBit(w2, 15),
    numberOfSamples: getBits(w3, 0, 16),
    preampSamplingWindowStart: getBits(w4, 0, 5),
    preampSamplingWindowEnd: getBits(w4, 5, 5),
    iconvSamplingWindowStart: getBits(w5, 0, 5),
    iconvSamplingWindowEnd: getBits(w5, 5, 5),
    sampleOnPositiveEdge: getBit(w6, 0),
    enableDummyData: getBit(w6, 1),
    connectPreampToMadc: getBit(w7, 0),
    connectPadsToMadc: getBit(w7, 1),
    connectPreampToPads: getBit(w7, 2),
    preampGainCapacitorSize: getBits(w7, 3, 5),
    enableMadcClockScaling: getBit(w8, 0),
    madcClockScaleValue: getBits(w8, 1, 12),
    enableActiveMuxAmplifiers: getBit(w9, 0),
    enablePseudoDifferentialReference: unpackBools(w9, 1, 2),
    signalSelectionConnectCurrentMeter: getBit(w9, 3),
    signalSelectionConnectActiveMux: getBit(w9, 4),
    signalSelectionConnectDebug: getBit(w9, 5),
    signalSelectionConnectPreamp: getBit(w9, 6),
    enableIconvAmplifier: getBit(w9, 7),
    connectIconvNeuron: unpackBools(w9, 8, 2),
    connectIconvSynapse: [getBit(w9, 11), getBit(w9, 10)],
  }),
});
export type MADCConfig = InstanceType<typeof MADCConfig>;

/**
 * MADC sample rate in Hz for a MADC clock of `madcClockHz`: f / (sample_duration_adjust + 12), further divided
 * by 2 * (clock_scale_value + 1) when clock scaling is enabled.
 */
export function madcSampleRate(config: Pick<MADCConfig, 'sampleDurationAdjust' | 'enableMadcClockScaling' | 'madcClockScaleValue'>, madcClockHz: number): number {
  const base = madcClockHz / (config.sampleDurationAdjust + 12);
  return config.enableMadcClockScaling ? base / (2 * (config.madcClockScaleValue + 1)) : base;
}

// ---------------------------------------------------------------------------------------------------------
// ReadoutSourceSelection

/** Number of source multiplexers (readout buffers). */
export const READOUT_BUFFERS = 2;

/**
 * Inputs of one source multiplexer, in word bit order (bit = position). The per-hemisphere inputs take one bit
 * per hemisphere: synapse_driver_debug[top, bottom] at bits 7, 8; neuron_odd[top] 9, neuron_even[top] 10,
 * neuron_odd[bottom] 11, neuron_even[bottom] 12.
 */
const SINGLE_INPUTS = [
  'debugPlus',
  'debugMinus',
  'currentDac',
  'syninDebugInhibitory',
  'syninDebugExcitatory',
  'cadcDebugCausal',
  'cadcDebugAcausal',
] as const;

/** One source multiplexer (readout buffer) as a plain object; per-hemisphere pairs are [top, bottom]. */
export interface SourceMultiplexer {
  debugPlus: boolean;
  debugMinus: boolean;
  currentDac: boolean;
  syninDebugInhibitory: boolean;
  syninDebugExcitatory: boolean;
  cadcDebugCausal: boolean;
  cadcDebugAcausal: boolean;
  synapseDriverDebug: [boolean, boolean];
  neuronOdd: [boolean, boolean];
  neuronEven: [boolean, boolean];
}

/**
 * Selection of the signals routed onto the two readout buffers. The framework holds only scalars and arrays of
 * scalars, so each multiplexer input is one flat array over the buffers:
 * - single inputs (`debugPlus` ... `cadcDebugAcausal`): boolArray(2), index = buffer;
 * - per-hemisphere inputs (`synapseDriverDebug`, `neuronOdd`, `neuronEven`): boolArray(4),
 *   index = 2 * buffer + hemisphere (so `slice(2b, 2b + 2)` is buffer b's [top, bottom] pair);
 * - `enableBufferToPad`: boolArray(2), index = buffer.
 * `sourceMultiplexer` / `readoutSourceSelectionFields` convert from and to per-buffer objects.
 */
export const ReadoutSourceSelection = defineContainer({
  name: 'ReadoutSourceSelection',
  coordinate: ReadoutSourceSelectionOnDLS,
  fields: [
    boolArray('debugPlus', READOUT_BUFFERS),
    boolArray('debugMinus', READOUT_BUFFERS),
    boolArray('currentDac', READOUT_BUFFERS),
    boolArray('syninDebugInhibitory', READOUT_BUFFERS),
    boolArray('syninDebugExcitatory', READOUT_BUFFERS),
    boolArray('cadcDebugCausal', READOUT_BUFFERS),
    boolArray('cadcDebugAcausal', READOUT_BUFFERS),
    boolArray('synapseDriverDebug', 2 * READOUT_BUFFERS),
    boolArray('neuronOdd', 2 * READOUT_BUFFERS),
    boolArray('neuronEven', 2 * READOUT_BUFFERS),
    boolArray('enableBufferToPad', READOUT_BUFFERS),
  ],
  addresses: () => [READOUT_SOURCE_SELECTION_ADDRESS, READOUT_SOURCE_SELECTION_ADDRESS + 1],
  encode: (v) => {
    const words = [0, 1].map((b) => {
      let w = 0;
      SINGLE_INPUTS.forEach((name, bit) => (w |= putBit(v[name][b]!, bit)));
      return (
        w |
        putBit(v.synapseDriverDebug[2 * b]!, 7) |
        putBit(v.synapseDriverDebug[2 * b + 1]!, 8) |
        putBit(v.neuronOdd[2 * b]!, 9) |
        putBit(v.neuronEven[2 * b]!, 10) |
        putBit(v.neuronOdd[2 * b + 1]!, 11) |
        putBit(v.neuronEven[2 * b + 1]!, 12)
      );
    });
    // the pad enables live in word 1 in reverse buffer order
    words[1] = (words[1]! | putBit(v.enableBufferToPad[1]!, 13) | putBit(v.enableBufferToPad[0]!, 14)) >>> 0;
    return words;
  },
  decode: (words) => {
    const w = [words[0]! & 0x1fff, words[1]! & 0x7fff];
    const out: Record<string, boolean[]> = {};
    for (const [bit, name] of SINGLE_INPUTS.entries()) out[name] = w.map((x) => getBit(x, bit));
    out['synapseDriverDebug'] = w.flatMap((x) => [getBit(x, 7), getBit(x, 8)]);
    out['neuronOdd'] = w.flatMap((x) => [getBit(x, 9), getBit(x, 11)]);
    out['neuronEven'] = w.flatMap((x) => [getBit(x, 10), getBit(x, 12)]);
    out['enableBufferToPad'] = [getBit(w[1]!, 14), getBit(w[1]!, 13)];
    return out;
  },
});
export type ReadoutSourceSelection = InstanceType<typeof ReadoutSourceSelection>;

/** Buffer `buffer` (0, 1) of a ReadoutSourceSelection as a per-buffer object. */
export function sourceMultiplexer(sel: ReadoutSourceSelection, buffer: number): SourceMultiplexer {
  const pair = (a: readonly boolean[]): [boolean, boolean] => [a[2 * buffer]!, a[2 * buffer + 1]!];
  return {
    debugPlus: sel.debugPlus[buffer]!,
    debugMinus: sel.debugMinus[buffer]!,
    currentDac: sel.currentDac[buffer]!,
    syninDebugInhibitory: sel.syninDebugInhibitory[buffer]!,
    syninDebugExcitatory: sel.syninDebugExcitatory[buffer]!,
    cadcDebugCausal: sel.cadcDebugCausal[buffer]!,
    cadcDebugAcausal: sel.cadcDebugAcausal[buffer]!,
    synapseDriverDebug: pair(sel.synapseDriverDebug),
    neuronOdd: pair(sel.neuronOdd),
    neuronEven: pair(sel.neuronEven),
  };
}

/** Flat ReadoutSourceSelection fields from per-buffer objects (for `new ReadoutSourceSelection(...)`). */
export function readoutSourceSelectionFields(
  buffers: readonly SourceMultiplexer[],
  enableBufferToPad: readonly boolean[] = [false, false],
): ReturnType<ReadoutSourceSelection['values']> {
  const b0 = buffers[0]!;
  const b1 = buffers[1]!;
  const single = (name: (typeof SINGLE_INPUTS)[number]) => [b0[name], b1[name]];
  return {
    debugPlus: single('debugPlus'),
    debugMinus: single('debugMinus'),
    currentDac: single('currentDac'),
    syninDebugInhibitory: single('syninDebugInhibitory'),
    syninDebugExcitatory: single('syninDebugExcitatory'),
    cadcDebugCausal: single('cadcDebugCausal'),
    cadcDebugAcausal: single('cadcDebugAcausal'),
    synapseDriverDebug: [...b0.synapseDriverDebug, ...b1.synapseDriverDebug],
    neuronOdd: [...b0.neuronOdd, ...b1.neuronOdd],
    neuronEven: [...b0.neuronEven, ...b1.neuronEven],
    enableBufferToPad: [...enableBufferToPad],
  };
}

// ---------------------------------------------------------------------------------------------------------
// PadMultiplexerConfig

/**
 * Switches connecting internal debug lines to one of the two analog pads. Per-CapMem-block arrays are indexed
 * by block (0..3) and stored in reverse order (block 3 at the lowest bit); per-hemisphere arrays are
 * [top, bottom]; `bufferToPad` is indexed by readout buffer (buffer 1 at the lower bit).
 */
export const PadMultiplexerConfig = defineContainer({
  name: 'PadMultiplexerConfig',
  coordinate: PadMultiplexerConfigOnDLS,
  fields: [
    // word 0
    boolArray('cadcVRampMux', 4),
    bool('cadcVRampMuxToPad'),
    boolArray('capmemIOutMux', 4),
    bool('capmemIOutMuxToCapmemIntermediateMux'),
    bool('capmemIntermediateMuxToPad'),
    boolArray('capmemVOutMux', 4),
    bool('capmemVOutMuxToCapmemIntermediateMux'),
    // word 1
    boolArray('capmemVRefMux', 4),
    bool('capmemVRefMuxToCapmemIntermediateMux'),
    boolArray('neuronIStimMux', 2),
    bool('cadcDebugCausalToSynapseIntermediateMux'),
    bool('cadcDebugAcausalToSynapseIntermediateMux'),
    bool('syninDebugInhibitoryToSynapseIntermediateMux'),
    bool('syninDebugExcitatoryToSynapseIntermediateMux'),
    bool('synapseIntermediateMuxToPad'),
    boolArray('bufferToPad', READOUT_BUFFERS),
    bool('debugToPad'),
    bool('neuronIStimMuxToPad'),
  ],
  addresses: (c) => [PAD_MUX_ADDRESS + 2 * c.toEnum(), PAD_MUX_ADDRESS + 2 * c.toEnum() + 1],
  encode: (v) => [
    packReversed(v.cadcVRampMux, 0) |
      putBit(v.cadcVRampMuxToPad, 4) |
      packReversed(v.capmemIOutMux, 5) |
      putBit(v.capmemIOutMuxToCapmemIntermediateMux, 9) |
      putBit(v.capmemIntermediateMuxToPad, 10) |
      packReversed(v.capmemVOutMux, 11) |
      putBit(v.capmemVOutMuxToCapmemIntermediateMux, 15),
    packReversed(v.capmemVRefMux, 0) |
      putBit(v.capmemVRefMuxToCapmemIntermediateMux, 4) |
      packBools(v.neuronIStimMux, 5) |
      putBit(v.cadcDebugCausalToSynapseIntermediateMux, 7) |
      putBit(v.cadcDebugAcausalToSynapseIntermediateMux, 8) |
      putBit(v.syninDebugInhibitoryToSynapseIntermediateMux, 9) |
      putBit(v.syninDebugExcitatoryToSynapseIntermediateMux, 10) |
      putBit(v.synapseIntermediateMuxToPad, 11) |
      packReversed(v.bufferToPad, 12) |
      putBit(v.debugToPad, 14) |
      putBit(v.neuronIStimMuxToPad, 15),
  ],
  decode: ([w0 = 0, w1 = 0]) => ({
    cadcVRampMux: unpackReversed(w0, 0, 4),
    cadcVRampMuxToPad: getBit(w0, 4),
    capmemIOutMux: unpackReversed(w0, 5, 4),
    capmemIOutMuxToCapmemIntermediateMux: getBit(w0, 9),
    capmemIntermediateMuxToPad: getBit(w0, 10),
    capmemVOutMux: unpackReversed(w0, 11, 4),
    capmemVOutMuxToCapmemIntermediateMux: getBit(w0, 15),
    capmemVRefMux: unpackReversed(w1, 0, 4),
    capmemVRefMuxToCapmemIntermediateMux: getBit(w1, 4),
    neuronIStimMux: unpackBools(w1, 5, 2),
    cadcDebugCausalToSynapseIntermediateMux: getBit(w1, 7),
    cadcDebugAcausalToSynapseIntermediateMux: getBit(w1, 8),
    syninDebugInhibitoryToSynapseIntermediateMux: getBit(w1, 9),
    syninDebugExcitatoryToSynapseIntermediateMux: getBit(w1, 10),
    synapseIntermediateMuxToPad: getBit(w1, 11),
    bufferToPad: unpackReversed(w1, 12, 2),
    debugToPad: getBit(w1, 14),
    neuronIStimMuxToPad: getBit(w1, 15),
  }),
});
export type PadMultiplexerConfig = InstanceType<typeof PadMultiplexerConfig>;

// ---------------------------------------------------------------------------------------------------------
// CurrentDAC

export const CURRENT_DAC_SIGNS = ['source', 'sink'] as const;

/** Number of current LSBs driven by the binary-weighted part; the 2 MSBs drive a 3-cell thermometer. */
const CURRENT_DAC_BINARY_BITS = 6;

/**
 * Current DAC for stimulating neurons or synaptic-input debug lines. `connectNeuron` is [top, bottom];
 * `connectSynapse` is indexed by SynapticInputOnNeuron (0 = excitatory in halco naming). Naming trap
 * (haldls.md 7.14): the hardware bit of index 0 (bit 13) is the one the source calls "inhibitory".
 */
export const CurrentDAC = defineContainer({
  name: 'CurrentDAC',
  coordinate: CurrentDACOnDLS,
  fields: [
    uint('current', 8),
    bool('enableCurrent'),
    enumeration('sign', CURRENT_DAC_SIGNS),
    boolArray('connectNeuron', 2),
    boolArray('connectSynapse', 2),
  ],
  addresses: () => [CURRENT_DAC_ADDRESS],
  encode: (v) => [
    putBits(v.current & 0x3f, 0) |
      putBit(v.sign === 'sink', 6) |
      putBit(v.enableCurrent, 7) |
      putBits(thermometer(v.current >>> CURRENT_DAC_BINARY_BITS), 8) |
      packBools(v.connectNeuron, 11) |
      packBools(v.connectSynapse, 13),
  ],
  decode: ([w = 0]) => {
    // the highest set thermometer cell gives the MSBs (tolerates non-contiguous codes as the hardware does)
    const thermo = getBits(w, 8, 3);
    const msbs = thermo & 4 ? 3 : thermo & 2 ? 2 : thermo & 1 ? 1 : 0;
    return {
      current: (msbs << CURRENT_DAC_BINARY_BITS) | getBits(w, 0, CURRENT_DAC_BINARY_BITS),
      sign: CURRENT_DAC_SIGNS[getBits(w, 6, 1)]!,
      enableCurrent: getBit(w, 7),
      connectNeuron: unpackBools(w, 11, 2),
      connectSynapse: unpackBools(w, 13, 2),
    };
  },
});
export type CurrentDAC = InstanceType<typeof CurrentDAC>;
