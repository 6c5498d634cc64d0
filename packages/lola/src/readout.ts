/**
 * ReadoutChain: the analog readout path from neurons/debug lines through the multiplexers, the pads, the
 * source-measure unit and the current DAC to the MADC (spec §1.6, coordinate ReadoutChainOnDLS).
 * A single haldls MADCConfig collects fields of several sub-structures; the table `MADC_FIELDS` maps them.
 */
import { checkBool, checkEnum, checkInt } from '@bss2/fisch';
import type { Container, Coordinate } from '@bss2/haldls';
import { checkAnalog, type AnalogValue } from './analog.js';
import { Composite, containersEqual, defineComposite, LolaCoordinate, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { cellLeaf, cellValue, sharedCell } from './synapse.js';

export const ReadoutChainOnDLS = new LolaCoordinate('ReadoutChainOnDLS', 1);

export interface SourceMultiplexer {
  debugPlus: boolean;
  debugMinus: boolean;
  currentDac: boolean;
  syninDebugInhibitory: boolean;
  syninDebugExcitatory: boolean;
  cadcDebugCausal: boolean;
  cadcDebugAcausal: boolean;
  /** [top, bottom] */
  synapseDriverDebug: [boolean, boolean];
  /** Odd neuron columns of [top, bottom] row. */
  neuronOdd: [boolean, boolean];
  /** Even neuron columns of [top, bottom] row. */
  neuronEven: [boolean, boolean];
}

const sourceMux = (): SourceMultiplexer => ({
  debugPlus: false, debugMinus: false, currentDac: false, syninDebugInhibitory: false, syninDebugExcitatory: false,
  cadcDebugCausal: false, cadcDebugAcausal: false, synapseDriverDebug: [false, false], neuronOdd: [false, false], neuronEven: [false, false],
});

/** Numeric/boolean parameters with their ranges: [group, field, kind, min, max, default]. */
type Spec = readonly [group: string, field: string, kind: 'bool' | 'int' | 'analog' | 'sign', min: number, max: number, def: number | boolean | string];
const SPECS: readonly Spec[] = [
  ['dynamicMux', 'enableAmplifiers', 'bool', 0, 1, true],
  ['dynamicMux', 'initiallySelectedInput', 'int', 0, 1, 0],
  ['dynamicMux', 'inputSelectLength', 'int', 0, 15, 0],
  ['dynamicMux', 'iBias', 'analog', 0, 1023, 500],
  ['pseudoDiffConverter', 'vRef', 'analog', 0, 1023, 400],
  ['pseudoDiffConverter', 'bufferBias', 'analog', 0, 1023, 0],
  ['madcInputCrossbar', 'connectSourceMeasureUnit', 'bool', 0, 1, false],
  ['madcInputCrossbar', 'connectDynamicMux', 'bool', 0, 1, true],
  ['madcInputCrossbar', 'connectPadMux', 'bool', 0, 1, false],
  ['madcInputCrossbar', 'connectMadcPreamp', 'bool', 0, 1, true],
  ['madcPreamp', 'gainCapSize', 'int', 0, 31, 31],
  ['madcPreamp', 'samplingWindowStart', 'int', 0, 31, 3],
  ['madcPreamp', 'samplingWindowEnd', 'int', 0, 31, 8],
  ['madcPreamp', 'vRef', 'analog', 0, 1023, 400],
  ['madcPreamp', 'iBias', 'analog', 0, 1023, 500],
  ['madcDebugCrossbar', 'connectPreampToMadc', 'bool', 0, 1, true],
  ['madcDebugCrossbar', 'connectPadsToMadc', 'bool', 0, 1, false],
  ['madcDebugCrossbar', 'connectPreampToPads', 'bool', 0, 1, false],
  ['madc', 'sampleDurationAdjust', 'int', 0, 7, 5],
  ['madc', 'enableSarResetOnFall', 'bool', 0, 1, false],
  ['madc', 'sarResetWait', 'int', 0, 3, 3],
  ['madc', 'sarResetLength', 'int', 0, 3, 0],
  ['madc', 'powerupWaitValue', 'int', 0, 1023, 96],
  ['madc', 'conversionCyclesOffset', 'int', 0, 15, 12],
  ['madc', 'enableCalibration', 'bool', 0, 1, false],
  ['madc', 'calibrationWaitValue', 'int', 0, 1023, 0],
  ['madc', 'numberOfSamples', 'int', 0, 65535, 0],
  ['madc', 'sampleOnPositiveEdge', 'bool', 0, 1, true],
  ['madc', 'enableDummyData', 'bool', 0, 1, false],
  ['madc', 'enableMadcClockScaling', 'bool', 0, 1, false],
  ['madc', 'clockScaleValue', 'int', 0, 4095, 0],
  ['madc', 'in500na', 'analog', 0, 1023, 500],
  ['sourceMeasureUnit', 'samplingWindowStart', 'int', 0, 31, 9],
  ['sourceMeasureUnit', 'samplingWindowEnd', 'int', 0, 31, 14],
  ['sourceMeasureUnit', 'testVoltage', 'analog', 0, 1023, 400],
  ['sourceMeasureUnit', 'bufferIBias', 'analog', 0, 1023, 0],
  ['sourceMeasureUnit', 'ampVRef', 'analog', 0, 1023, 400],
  ['sourceMeasureUnit', 'ampIBias', 'analog', 0, 1023, 0],
  ['currentDac', 'enableCurrent', 'bool', 0, 1, false],
  ['currentDac', 'current', 'int', 0, 255, 0],
  ['currentDac', 'sign', 'sign', 0, 1, 'source'],
  ['currentDac', 'iBias', 'analog', 0, 1023, 0],
  ['currentDac', 'iBiasCasc', 'analog', 0, 1023, 0],
];
/** Two-element boolean arrays: [group, field]. */
const PAIRS = [
  ['pseudoDiffConverter', 'enableReference'],
  ['sourceMeasureUnit', 'connectNeuronStimulus'],
  ['sourceMeasureUnit', 'connectSynapseDebug'],
  ['currentDac', 'connectNeuronStimulus'],
  ['currentDac', 'connectSynapseDebug'],
] as const;

/** MADCConfig field <- lola path (haldls.md §3.12 names). */
const MADC_FIELDS: readonly (readonly [hal: string, group: string, field: string])[] = [
  ['active_mux_initially_selected_input', 'dynamicMux', 'initiallySelectedInput'],
  ['active_mux_input_select_length', 'dynamicMux', 'inputSelectLength'],
  ['sample_duration_adjust', 'madc', 'sampleDurationAdjust'],
  ['enable_sar_reset_on_fall', 'madc', 'enableSarResetOnFall'],
  ['sar_reset_wait', 'madc', 'sarResetWait'],
  ['sar_reset_length', 'madc', 'sarResetLength'],
  ['powerup_wait_value', 'madc', 'powerupWaitValue'],
  ['conversion_cycles_offset', 'madc', 'conversionCyclesOffset'],
  ['calibration_wait_value', 'madc', 'calibrationWaitValue'],
  ['enable_calibration', 'madc', 'enableCalibration'],
  ['number_of_samples', 'madc', 'numberOfSamples'],
  ['preamp_sampling_window_start', 'madcPreamp', 'samplingWindowStart'],
  ['preamp_sampling_window_end', 'madcPreamp', 'samplingWindowEnd'],
  ['iconv_sampling_window_start', 'sourceMeasureUnit', 'samplingWindowStart'],
  ['iconv_sampling_window_end', 'sourceMeasureUnit', 'samplingWindowEnd'],
  ['sample_on_positive_edge', 'madc', 'sampleOnPositiveEdge'],
  ['enable_dummy_data', 'madc', 'enableDummyData'],
  ['connect_preamp_to_madc', 'madcDebugCrossbar', 'connectPreampToMadc'],
  ['connect_pads_to_madc', 'madcDebugCrossbar', 'connectPadsToMadc'],
  ['connect_preamp_to_pads', 'madcDebugCrossbar', 'connectPreampToPads'],
  ['preamp_gain_capacitor_size', 'madcPreamp', 'gainCapSize'],
  ['enable_madc_clock_scaling', 'madc', 'enableMadcClockScaling'],
  ['madc_clock_scale_value', 'madc', 'clockScaleValue'],
  ['enable_active_mux_amplifiers', 'dynamicMux', 'enableAmplifiers'],
  ['enable_pseudo_differential_reference', 'pseudoDiffConverter', 'enableReference'],
  ['signal_selection_connect_current_meter', 'madcInputCrossbar', 'connectSourceMeasureUnit'],
  ['signal_selection_connect_active_mux', 'madcInputCrossbar', 'connectDynamicMux'],
  ['signal_selection_connect_debug', 'madcInputCrossbar', 'connectPadMux'],
  ['signal_selection_connect_preamp', 'madcInputCrossbar', 'connectMadcPreamp'],
  ['connect_iconv_neuron', 'sourceMeasureUnit', 'connectNeuronStimulus'],
  ['connect_iconv_synapse', 'sourceMeasureUnit', 'connectSynapseDebug'],
];

/** CapMem cells in visit order: [group, field, block, column, row] (buffer_to_pad biases handled apart). */
const CELLS_A = [
  ['dynamicMux', 'iBias', 0, 129, 12],
  ['pseudoDiffConverter', 'vRef', 1, 128, 6],
  ['pseudoDiffConverter', 'bufferBias', 0, 128, 22],
  ['madcPreamp', 'vRef', 0, 128, 6],
  ['madcPreamp', 'iBias', 0, 129, 14],
  ['madc', 'in500na', 0, 129, 13],
] as const;
const CELLS_B = [
  ['sourceMeasureUnit', 'ampVRef', 3, 128, 6],
  ['sourceMeasureUnit', 'ampIBias', 0, 128, 21],
  ['sourceMeasureUnit', 'testVoltage', 2, 128, 6],
  ['sourceMeasureUnit', 'bufferIBias', 0, 129, 11],
  ['currentDac', 'iBias', 0, 129, 9],
  ['currentDac', 'iBiasCasc', 0, 129, 10],
] as const;
const OUT_AMP_CELLS = [[0, 128, 23], [0, 129, 8]] as const;

type Group = Record<string, unknown>;

export class ReadoutChain extends Composite {
  inputMux: [SourceMultiplexer, SourceMultiplexer] = [sourceMux(), sourceMux()];
  bufferToPad: [{ enable: boolean; ampIBias: AnalogValue }, { enable: boolean; ampIBias: AnalogValue }] = [
    { enable: false, ampIBias: 0 },
    { enable: false, ampIBias: 0 },
  ];
  dynamicMux = { enableAmplifiers: true, initiallySelectedInput: 0, inputSelectLength: 0, iBias: 500 as AnalogValue };
  pseudoDiffConverter = { enableReference: [false, false] as [boolean, boolean], vRef: 400 as AnalogValue, bufferBias: 0 as AnalogValue };
  madcInputCrossbar = { connectSourceMeasureUnit: false, connectDynamicMux: true, connectPadMux: false, connectMadcPreamp: true };
  madcPreamp = { gainCapSize: 31, samplingWindowStart: 3, samplingWindowEnd: 8, vRef: 400 as AnalogValue, iBias: 500 as AnalogValue };
  madcDebugCrossbar = { connectPreampToMadc: true, connectPadsToMadc: false, connectPreampToPads: false };
  madc = {
    sampleDurationAdjust: 5, enableSarResetOnFall: false, sarResetWait: 3, sarResetLength: 0, powerupWaitValue: 96,
    conversionCyclesOffset: 12, enableCalibration: false, calibrationWaitValue: 0,
    /** Fixed-count recording length (0..65535). */
    numberOfSamples: 0,
    sampleOnPositiveEdge: true, enableDummyData: false, enableMadcClockScaling: false, clockScaleValue: 0, in500na: 500 as AnalogValue,
  };
  private padMuxValue: Container[] | undefined;
  sourceMeasureUnit = {
    samplingWindowStart: 9, samplingWindowEnd: 14, connectNeuronStimulus: [false, false] as [boolean, boolean],
    connectSynapseDebug: [false, false] as [boolean, boolean], testVoltage: 400 as AnalogValue, bufferIBias: 0 as AnalogValue,
    ampVRef: 400 as AnalogValue, ampIBias: 0 as AnalogValue,
  };
  currentDac = {
    enableCurrent: false, current: 0, sign: 'source' as 'source' | 'sink', connectNeuronStimulus: [false, false] as [boolean, boolean],
    connectSynapseDebug: [false, false] as [boolean, boolean], iBias: 0 as AnalogValue, iBiasCasc: 0 as AnalogValue,
  };

  get containerType(): CompositeType<ReadoutChain> {
    return ReadoutChainType;
  }

  /** The two haldls PadMultiplexerConfigs (haldls defaults until set). */
  get padMux(): Container[] {
    return (this.padMuxValue ??= [0, 1].map(() => hal.containerType('PadMultiplexerConfig').create()));
  }
  set padMux(v: Container[]) {
    this.padMuxValue = [...v];
  }

  private group(g: string): Group {
    return (this as unknown as Record<string, Group>)[g]!;
  }

  /** MADC sample rate for a given MADC clock: f / (sample_duration_adjust + 12) [/ 2(scale+1)]. */
  sampleRate(madcClockHz = 500e6): number {
    const base = madcClockHz / (this.madc.sampleDurationAdjust + 12);
    return this.madc.enableMadcClockScaling ? base / (2 * (this.madc.clockScaleValue + 1)) : base;
  }

  validate(): void {
    for (const [g, f, kind, min, max] of SPECS) {
      const path = `ReadoutChain.${g}.${f}`;
      const v = this.group(g)[f];
      if (kind === 'bool') checkBool(path, v);
      else if (kind === 'analog') checkAnalog(path, v);
      else if (kind === 'sign') checkEnum(path, v, ['source', 'sink']);
      else checkInt(path, v, min, max);
    }
    for (const [g, f] of PAIRS) (this.group(g)[f] as boolean[]).forEach((v, i) => checkBool(`ReadoutChain.${g}.${f}[${i}]`, v));
    this.bufferToPad.forEach((b, i) => {
      checkBool(`ReadoutChain.bufferToPad[${i}].enable`, b.enable);
      checkAnalog(`ReadoutChain.bufferToPad[${i}].ampIBias`, b.ampIBias);
    });
    this.inputMux.forEach((m, i) => {
      for (const [k, v] of Object.entries(m)) {
        if (Array.isArray(v)) v.forEach((x, j) => checkBool(`ReadoutChain.inputMux[${i}].${k}[${j}]`, x));
        else checkBool(`ReadoutChain.inputMux[${i}].${k}`, v);
      }
    });
  }

  leaves(_coord: Coordinate): Leaf[] {
    this.validate();
    const out: Leaf[] = [];
    out.push({
      coord: hal.coordinate('ReadoutSourceSelectionOnDLS', 0),
      container: hal.make('ReadoutSourceSelection', { ...toSelectionFields(this.inputMux), enable_buffer_to_pad: this.bufferToPad.map((b) => b.enable) }),
    });
    OUT_AMP_CELLS.forEach(([b, c, r], i) => out.push(cellLeaf(sharedCell(b, c, r), this.bufferToPad[i]!.ampIBias, `ReadoutChain.bufferToPad[${i}].ampIBias`)));
    for (const [g, f, b, c, r] of CELLS_A) out.push(cellLeaf(sharedCell(b, c, r), this.group(g)[f] as number, `ReadoutChain.${g}.${f}`));
    this.padMux.forEach((p, i) => out.push({ coord: hal.coordinate('PadMultiplexerConfigOnDLS', i), container: p }));
    for (const [g, f, b, c, r] of CELLS_B) out.push(cellLeaf(sharedCell(b, c, r), this.group(g)[f] as number, `ReadoutChain.${g}.${f}`));
    const d = this.currentDac;
    out.push({
      coord: hal.coordinate('CurrentDACOnDLS', 0),
      container: hal.make('CurrentDAC', {
        enable_current: d.enableCurrent, current: d.current, sign: d.sign,
        connect_neuron: [...d.connectNeuronStimulus], connect_synapse: [...d.connectSynapseDebug],
      }),
    });
    const madc: Record<string, unknown> = {};
    for (const [h, g, f] of MADC_FIELDS) {
      const v = this.group(g)[f];
      madc[h] = Array.isArray(v) ? [...(v as boolean[])] : v;
    }
    out.push({ coord: hal.coordinate('MADCConfigOnDLS', 0), container: hal.make('MADCConfig', madc) });
    return out;
  }

  equals(o: Container): boolean {
    return o instanceof ReadoutChain && JSON.stringify(this.toJSON()) === JSON.stringify(o.toJSON()) && containersEqual(this.padMux, o.padMux);
  }

  toJSON(): Record<string, unknown> {
    const j: Record<string, unknown> = {};
    for (const g of ['inputMux', 'bufferToPad', 'dynamicMux', 'pseudoDiffConverter', 'madcInputCrossbar', 'madcPreamp', 'madcDebugCrossbar', 'madc', 'sourceMeasureUnit', 'currentDac']) {
      j[g] = JSON.parse(JSON.stringify((this as unknown as Record<string, unknown>)[g]));
    }
    j['padMux'] = this.padMux.map((p) => p.toJSON());
    return j;
  }

  /** @internal */ static fromLeaves(leaves: readonly Container[]): ReadoutChain {
    const rc = new ReadoutChain();
    const rss = leaves[0]!;
    rc.inputMux = [fromSelectionFields(rss, 0), fromSelectionFields(rss, 1)];
    const btp = hal.field<ArrayLike<boolean>>(rss, 'enable_buffer_to_pad');
    let pos = 1;
    rc.bufferToPad = [0, 1].map((i) => ({ enable: Boolean(btp[i]), ampIBias: cellValue(leaves[pos++]!) })) as ReadoutChain['bufferToPad'];
    for (const [g, f] of CELLS_A) rc.group(g)[f] = cellValue(leaves[pos++]!);
    rc.padMux = [leaves[pos++]!, leaves[pos++]!];
    for (const [g, f] of CELLS_B) rc.group(g)[f] = cellValue(leaves[pos++]!);
    const dac = leaves[pos++]!;
    rc.currentDac.enableCurrent = hal.field<boolean>(dac, 'enable_current');
    rc.currentDac.current = hal.field<number>(dac, 'current');
    rc.currentDac.sign = hal.field<'source' | 'sink'>(dac, 'sign');
    rc.currentDac.connectNeuronStimulus = [...hal.field<boolean[]>(dac, 'connect_neuron')] as [boolean, boolean];
    rc.currentDac.connectSynapseDebug = [...hal.field<boolean[]>(dac, 'connect_synapse')] as [boolean, boolean];
    const madc = leaves[pos]!;
    for (const [h, g, f] of MADC_FIELDS) {
      const v = hal.field<unknown>(madc, h);
      rc.group(g)[f] = Array.isArray(v) ? [...(v as boolean[])] : v;
    }
    return rc;
  }
}

/** Single-bit source-multiplexer inputs: haldls holds each as one [buffer 0, buffer 1] array. */
const SINGLE_INPUTS = [
  ['debugPlus', 'debug_plus'], ['debugMinus', 'debug_minus'], ['currentDac', 'current_dac'], ['syninDebugInhibitory', 'synin_debug_inhibitory'],
  ['syninDebugExcitatory', 'synin_debug_excitatory'], ['cadcDebugCausal', 'cadc_debug_causal'], ['cadcDebugAcausal', 'cadc_debug_acausal'],
] as const;
/** [top, bottom] pairs: haldls holds each as one array indexed 2*buffer + hemisphere. */
const PAIR_INPUTS = [['synapseDriverDebug', 'synapse_driver_debug'], ['neuronOdd', 'neuron_odd'], ['neuronEven', 'neuron_even']] as const;

/** haldls ReadoutSourceSelection fields (snake_case) of the two buffers' input multiplexers. */
function toSelectionFields(mux: readonly SourceMultiplexer[]): Record<string, boolean[]> {
  const out: Record<string, boolean[]> = {};
  for (const [k, h] of SINGLE_INPUTS) out[h] = mux.map((m) => m[k]);
  for (const [k, h] of PAIR_INPUTS) out[h] = mux.flatMap((m) => [...m[k]]);
  return out;
}

/** Buffer `b`'s input multiplexer from a haldls ReadoutSourceSelection. */
function fromSelectionFields(rss: Container, b: number): SourceMultiplexer {
  const m: Record<string, unknown> = {};
  for (const [k, h] of SINGLE_INPUTS) m[k] = Boolean(hal.field<ArrayLike<boolean>>(rss, h)[b]);
  for (const [k, h] of PAIR_INPUTS) {
    const v = hal.field<ArrayLike<boolean>>(rss, h);
    m[k] = [Boolean(v[2 * b]), Boolean(v[2 * b + 1])];
  }
  return m as unknown as SourceMultiplexer;
}

export const ReadoutChainType: CompositeType<ReadoutChain> = defineComposite<ReadoutChain>({
  typeName: 'ReadoutChain',
  coordinateTypeName: 'ReadoutChainOnDLS',
  create: () => new ReadoutChain(),
  slots: () => {
    const cell = hal.containerType('CapMemCell');
    const out: LeafSlot[] = [{ coord: hal.coordinate('ReadoutSourceSelectionOnDLS', 0), type: hal.containerType('ReadoutSourceSelection') }];
    for (const [b, c, r] of OUT_AMP_CELLS) out.push({ coord: sharedCell(b, c, r), type: cell });
    for (const [, , b, c, r] of CELLS_A) out.push({ coord: sharedCell(b, c, r), type: cell });
    for (let i = 0; i < 2; i++) out.push({ coord: hal.coordinate('PadMultiplexerConfigOnDLS', i), type: hal.containerType('PadMultiplexerConfig') });
    for (const [, , b, c, r] of CELLS_B) out.push({ coord: sharedCell(b, c, r), type: cell });
    out.push({ coord: hal.coordinate('CurrentDACOnDLS', 0), type: hal.containerType('CurrentDAC') });
    out.push({ coord: hal.coordinate('MADCConfigOnDLS', 0), type: hal.containerType('MADCConfig') });
    return out;
  },
  fromLeaves: (_c, leaves) => ReadoutChain.fromLeaves(leaves),
});

/** Defaults of every scalar readout parameter (for documentation and tests). */
export const READOUT_CHAIN_DEFAULTS: readonly Spec[] = SPECS;
