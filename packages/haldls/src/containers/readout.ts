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
import { at } from '../layout.js';
import { bool, boolArray, enumeration, uint } from '../fields.js';

const MADC_BASE = 0x000c_0000;
const MADC_CONTROL_ADDRESS = MADC_BASE;
const MADC_CONFIG_ADDRESS = MADC_BASE + 1;
const MADC_CONFIG_WORDS = 10;
const CURRENT_DAC_ADDRESS = MADC_BASE + 11;
const READOUT_SOURCE_SELECTION_ADDRESS = MADC_BASE + 12;
const PAD_MUX_ADDRESS = MADC_BASE + 14;

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
  layout: {
    wakeUp: at(0, 0),
    startRecording: at(0, 1),
    stopRecording: at(0, 2),
    enablePowerDownAfterSampling: at(0, 3),
    enableContinuousSampling: at(0, 4),
    enablePreAmplifier: at(0, 5),
    enableIconvAmplifier: at(0, 6),
  },
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
  layout: {
    activeMuxInitiallySelectedInput: at(0, 3),
    activeMuxInputSelectLength: at(0, 4),
    sampleDurationAdjust: at(0, 8),
    enableSarResetOnFall: at(0, 11),
    sarResetWait: at(0, 12),
    sarResetLength: at(0, 14),
    powerupWaitValue: at(1, 0),
    conversionCyclesOffset: at(1, 12),
    calibrationWaitValue: at(2, 0),
    enableCalibration: at(2, 15),
    numberOfSamples: at(3, 0),
    preampSamplingWindowStart: at(4, 0),
    preampSamplingWindowEnd: at(4, 5),
    iconvSamplingWindowStart: at(5, 0),
    iconvSamplingWindowEnd: at(5, 5),
    sampleOnPositiveEdge: at(6, 0),
    enableDummyData: at(6, 1),
    connectPreampToMadc: at(7, 0),
    connectPadsToMadc: at(7, 1),
    connectPreampToPads: at(7, 2),
    preampGainCapacitorSize: at(7, 3),
    enableMadcClockScaling: at(8, 0),
    madcClockScaleValue: at(8, 1),
    enableActiveMuxAmplifiers: at(9, 0),
    enablePseudoDifferentialReference: at(9, 1, { stride: { bit: 1 } }),
    signalSelectionConnectCurrentMeter: at(9, 3),
    signalSelectionConnectActiveMux: at(9, 4),
    signalSelectionConnectDebug: at(9, 5),
    signalSelectionConnectPreamp: at(9, 6),
    enableIconvAmplifier: at(9, 7),
    connectIconvNeuron: at(9, 8, { stride: { bit: 1 } }),
    // [excitatory, inhibitory]: excitatory at bit 11, inhibitory at bit 10
    connectIconvSynapse: at(9, 11, { stride: { bit: -1 } }),
  },
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
  // per-block arrays in reverse block order (block 3 at the lowest bit) and bufferToPad (buffer 1 at the lower
  // bit): element 0 at the highest bit, the next ones one bit lower
  layout: {
    cadcVRampMux: at(0, 3, { stride: { bit: -1 } }),
    cadcVRampMuxToPad: at(0, 4),
    capmemIOutMux: at(0, 8, { stride: { bit: -1 } }),
    capmemIOutMuxToCapmemIntermediateMux: at(0, 9),
    capmemIntermediateMuxToPad: at(0, 10),
    capmemVOutMux: at(0, 14, { stride: { bit: -1 } }),
    capmemVOutMuxToCapmemIntermediateMux: at(0, 15),
    capmemVRefMux: at(1, 3, { stride: { bit: -1 } }),
    capmemVRefMuxToCapmemIntermediateMux: at(1, 4),
    neuronIStimMux: at(1, 5, { stride: { bit: 1 } }),
    cadcDebugCausalToSynapseIntermediateMux: at(1, 7),
    cadcDebugAcausalToSynapseIntermediateMux: at(1, 8),
    syninDebugInhibitoryToSynapseIntermediateMux: at(1, 9),
    syninDebugExcitatoryToSynapseIntermediateMux: at(1, 10),
    synapseIntermediateMuxToPad: at(1, 11),
    bufferToPad: at(1, 13, { stride: { bit: -1 } }),
    debugToPad: at(1, 14),
    neuronIStimMuxToPad: at(1, 15),
  },
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
