/**
 * CADC (columnar ADC) containers (spec §1.5): the readout chain configuration of one hemisphere and the
 * read-only sample rows.
 */
import { checkBool, checkEnum, checkInt } from '@bss2/fisch';
import type { Container, Coordinate } from '@bss2/haldls';
import { checkAnalog, type AnalogValue } from './analog.js';
import { Composite, defineComposite, LolaCoordinate, type CompositeType, type Leaf, type LeafSlot } from './composite.js';
import * as hal from './hal.js';
import { ColumnCorrelationRow, ColumnCorrelationRowType } from './switches.js';
import { cellLeaf, cellValue, QUAD_COLUMNS, quadColumn, sharedCell, SYNAPSE_COLUMNS } from './synapse.js';

export const CADCOnDLS = { top: new LolaCoordinate('CADCOnDLS', 2, 0), bottom: new LolaCoordinate('CADCOnDLS', 2, 1) };

export interface CADCRamp {
  enable: boolean;
  /** PPU clock cycles 0..255, default 100. */
  resetWait: number;
  /** 0..255, default 20. */
  deadTime: number;
  /** Which CapMem side (0 left, 1 right) supplies v_offset to each branch; identity by default. */
  vOffsetAssignment: [number, number];
  vOffset: [AnalogValue, AnalogValue];
  iSlope: [AnalogValue, AnalogValue];
  iBiasComparator: [AnalogValue, AnalogValue];
  iBiasVresetBuffer: [AnalogValue, AnalogValue];
  vBiasBuffer: [AnalogValue, AnalogValue];
}
export interface CADCChannel {
  /** Signed offset -128..127. */
  offset: number;
  enableConnectCorrelation: boolean;
  enableConnectDebug: boolean;
  enableConnectNeuron: boolean;
}
export type CorrelationResetMode = 'normal' | 'auto_calibrating';
export interface CADCCorrelation {
  senseDelay: number;
  /** Also the duration of the parallel neuron reset. */
  resetDuration: number;
  resetFallTime: number;
  /** In auto-calibrating mode a CADC read never returns (expect a playback timeout). */
  resetMode: CorrelationResetMode;
  iBiasRamp: [AnalogValue, AnalogValue];
  iBiasStore: [AnalogValue, AnalogValue];
  iBiasCorout: [AnalogValue, AnalogValue];
}

/** Ramp/correlation CapMem cells per side, in visit order: (field path, column, row). */
const CADC_CELLS = [
  ['ramp', 'vOffset', 128, 4],
  ['ramp', 'iSlope', 128, 15],
  ['ramp', 'iBiasComparator', 128, 16],
  ['ramp', 'iBiasVresetBuffer', 128, 17],
  ['ramp', 'vBiasBuffer', 128, 5],
  ['correlation', 'iBiasRamp', 128, 9],
  ['correlation', 'iBiasStore', 128, 10],
  ['correlation', 'iBiasCorout', 128, 11],
] as const;

const defaultChannel = (): CADCChannel => ({ offset: 0, enableConnectCorrelation: false, enableConnectDebug: false, enableConnectNeuron: false });

/** CADC readout chain of one hemisphere (coordinate CADCOnDLS). Owns the ColumnCorrelationRow. */
export class CADCReadoutChain extends Composite {
  ramp: CADCRamp = {
    enable: false, resetWait: 100, deadTime: 20, vOffsetAssignment: [0, 1],
    vOffset: [0, 0], iSlope: [0, 0], iBiasComparator: [0, 0], iBiasVresetBuffer: [0, 0], vBiasBuffer: [0, 0],
  };
  channelsCausal: CADCChannel[] = Array.from({ length: SYNAPSE_COLUMNS }, defaultChannel);
  channelsAcausal: CADCChannel[] = Array.from({ length: SYNAPSE_COLUMNS }, defaultChannel);
  correlation: CADCCorrelation = {
    senseDelay: 1, resetDuration: 200, resetFallTime: 5, resetMode: 'normal', iBiasRamp: [0, 0], iBiasStore: [0, 0], iBiasCorout: [0, 0],
  };

  get containerType(): CompositeType<CADCReadoutChain> {
    return CADCReadoutChainType;
  }

  validate(): void {
    const r = this.ramp;
    checkBool('CADCReadoutChain.ramp.enable', r.enable);
    checkInt('CADCReadoutChain.ramp.resetWait', r.resetWait, 0, 255);
    checkInt('CADCReadoutChain.ramp.deadTime', r.deadTime, 0, 255);
    r.vOffsetAssignment.forEach((v, i) => checkInt(`CADCReadoutChain.ramp.vOffsetAssignment[${i}]`, v, 0, 1));
    const c = this.correlation;
    checkInt('CADCReadoutChain.correlation.senseDelay', c.senseDelay, 0, 4095);
    checkInt('CADCReadoutChain.correlation.resetDuration', c.resetDuration, 0, 4095);
    checkInt('CADCReadoutChain.correlation.resetFallTime', c.resetFallTime, 0, 4095);
    checkEnum('CADCReadoutChain.correlation.resetMode', c.resetMode, ['normal', 'auto_calibrating']);
    for (const [g, f] of CADC_CELLS) {
      (this[g] as unknown as Record<string, number[]>)[f]!.forEach((v, i) => checkAnalog(`CADCReadoutChain.${g}.${f}[${i}]`, v));
    }
    for (const [kind, list] of [['channelsCausal', this.channelsCausal], ['channelsAcausal', this.channelsAcausal]] as const) {
      list.forEach((ch, i) => {
        checkInt(`CADCReadoutChain.${kind}[${i}].offset`, ch.offset, -128, 127);
        checkBool(`CADCReadoutChain.${kind}[${i}].enableConnectCorrelation`, ch.enableConnectCorrelation);
        checkBool(`CADCReadoutChain.${kind}[${i}].enableConnectDebug`, ch.enableConnectDebug);
        checkBool(`CADCReadoutChain.${kind}[${i}].enableConnectNeuron`, ch.enableConnectNeuron);
      });
    }
  }

  /** The ColumnCorrelationRow implied by the channel flags. */
  correlationRow(): ColumnCorrelationRow {
    const row = new ColumnCorrelationRow();
    row.values.forEach((v, i) => {
      const c = this.channelsCausal[i]!;
      const a = this.channelsAcausal[i]!;
      v.enable_internal_causal = c.enableConnectCorrelation;
      v.enable_internal_acausal = a.enableConnectCorrelation;
      v.enable_debug_causal = c.enableConnectDebug;
      v.enable_debug_acausal = a.enableConnectDebug;
      v.enable_cadc_neuron_readout_causal = c.enableConnectNeuron;
      v.enable_cadc_neuron_readout_acausal = a.enableConnectNeuron;
    });
    return row;
  }

  leaves(coord: Coordinate): Leaf[] {
    this.validate();
    const h = coord.toEnum();
    const out: Leaf[] = [];
    out.push({
      coord: hal.coordinate('CADCConfigOnDLS', h),
      container: hal.make('CADCConfig', { enable: this.ramp.enable, reset_wait: this.ramp.resetWait, dead_time: this.ramp.deadTime }),
    });
    for (let side = 0; side < 2; side++) {
      for (const [g, f, col, row] of CADC_CELLS) {
        const v = (this[g] as unknown as Record<string, number[]>)[f]![side]!;
        out.push(cellLeaf(sharedCell(side + 2 * h, col, row), v, `CADCReadoutChain.${g}.${f}[${side}]`));
      }
    }
    for (const [t, list] of [[0, this.channelsCausal], [1, this.channelsAcausal]] as const) {
      list.forEach((ch, col) => out.push({ coord: channelCoord(h, t, col), container: hal.make('CADCChannelConfig', { offset: ch.offset }) }));
    }
    out.push(...this.correlationRow().leaves(new LolaCoordinate('ColumnCorrelationRowOnDLS', 2, h)));
    out.push({
      coord: hal.coordinate('CommonCorrelationConfigOnDLS', h),
      container: hal.make('CommonCorrelationConfig', {
        sense_delay: this.correlation.senseDelay,
        reset_duration: this.correlation.resetDuration,
        reset_fall_time: this.correlation.resetFallTime,
        reset_mode: this.correlation.resetMode,
        cadc_v_offset_assignment: [...this.ramp.vOffsetAssignment],
      }),
    });
    return out;
  }

  equals(o: Container): boolean {
    return o instanceof CADCReadoutChain && JSON.stringify(this.toJSON()) === JSON.stringify(o.toJSON());
  }

  toJSON(): { ramp: CADCRamp; channelsCausal: CADCChannel[]; channelsAcausal: CADCChannel[]; correlation: CADCCorrelation } {
    const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    return { ramp: copy(this.ramp), channelsCausal: copy(this.channelsCausal), channelsAcausal: copy(this.channelsAcausal), correlation: copy(this.correlation) };
  }

  static fromJSON(j: ReturnType<CADCReadoutChain['toJSON']>): CADCReadoutChain {
    const c = new CADCReadoutChain();
    Object.assign(c, JSON.parse(JSON.stringify(j)));
    c.validate();
    return c;
  }
}

/**
 * CADCChannelConfigOnDLS of (hemisphere, channel type 0 causal / 1 acausal, column).
 * ADAPTER ASSUMPTION: enum = (hemisphere * 2 + type) * 256 + column.
 */
function channelCoord(h: number, type: number, column: number): Coordinate {
  return hal.coordinate('CADCChannelConfigOnDLS', (h * 2 + type) * 256 + column);
}

export const CADCReadoutChainType: CompositeType<CADCReadoutChain> = defineComposite<CADCReadoutChain>({
  typeName: 'CADCReadoutChain',
  coordinateTypeName: 'CADCOnDLS',
  create: () => new CADCReadoutChain(),
  slots: (coord) => {
    const h = coord.toEnum();
    const cell = hal.containerType('CapMemCell');
    const ch = hal.containerType('CADCChannelConfig');
    const out: LeafSlot[] = [{ coord: hal.coordinate('CADCConfigOnDLS', h), type: hal.containerType('CADCConfig') }];
    for (let side = 0; side < 2; side++) for (const [, , col, row] of CADC_CELLS) out.push({ coord: sharedCell(side + 2 * h, col, row), type: cell });
    for (let t = 0; t < 2; t++) for (let col = 0; col < SYNAPSE_COLUMNS; col++) out.push({ coord: channelCoord(h, t, col), type: ch });
    out.push(...ColumnCorrelationRowType.slots(new LolaCoordinate('ColumnCorrelationRowOnDLS', 2, h)));
    out.push({ coord: hal.coordinate('CommonCorrelationConfigOnDLS', h), type: hal.containerType('CommonCorrelationConfig') });
    return out;
  },
  fromLeaves: (_c, leaves) => {
    const c = new CADCReadoutChain();
    const cfg = leaves[0]!;
    c.ramp.enable = hal.field<boolean>(cfg, 'enable');
    c.ramp.resetWait = hal.field<number>(cfg, 'reset_wait');
    c.ramp.deadTime = hal.field<number>(cfg, 'dead_time');
    let pos = 1;
    for (let side = 0; side < 2; side++) {
      for (const [g, f] of CADC_CELLS) (c[g] as unknown as Record<string, number[]>)[f]![side] = cellValue(leaves[pos++]!);
    }
    for (const list of [c.channelsCausal, c.channelsAcausal]) for (let col = 0; col < SYNAPSE_COLUMNS; col++) list[col]!.offset = hal.field<number>(leaves[pos++]!, 'offset');
    const row = new ColumnCorrelationRow();
    row.setFromQuads(leaves.slice(pos, pos + QUAD_COLUMNS));
    pos += QUAD_COLUMNS;
    row.values.forEach((v, i) => {
      Object.assign(c.channelsCausal[i]!, { enableConnectCorrelation: v.enable_internal_causal, enableConnectDebug: v.enable_debug_causal, enableConnectNeuron: v.enable_cadc_neuron_readout_causal });
      Object.assign(c.channelsAcausal[i]!, { enableConnectCorrelation: v.enable_internal_acausal, enableConnectDebug: v.enable_debug_acausal, enableConnectNeuron: v.enable_cadc_neuron_readout_acausal });
    });
    const cc = leaves[pos]!;
    c.correlation.senseDelay = hal.field<number>(cc, 'sense_delay');
    c.correlation.resetDuration = hal.field<number>(cc, 'reset_duration');
    c.correlation.resetFallTime = hal.field<number>(cc, 'reset_fall_time');
    c.correlation.resetMode = hal.field<CorrelationResetMode>(cc, 'reset_mode');
    const a = hal.field<ArrayLike<number> | undefined>(cc, 'cadc_v_offset_assignment');
    if (a) c.ramp.vOffsetAssignment = [Number(a[0]), Number(a[1])];
    return c;
  },
});

// ---------------------------------------------------------------------------------------- sample rows

/** CADC sample row (synram row of samples): coordinate CADCSampleRowOnDLS = synram*256 + row. */
export function cadcSampleRowOnDLS(row: number, synram: number): LolaCoordinate {
  checkInt('CADCSampleRowOnDLS.row', row, 0, 255);
  checkInt('CADCSampleRowOnDLS.synram', synram, 0, 1);
  return new LolaCoordinate('CADCSampleRowOnDLS', 512, synram * 256 + row);
}
export const CADCSamplesOnDLS = new LolaCoordinate('CADCSamplesOnDLS', 1);

/**
 * CADCSampleQuadOnDLS of (synram, row, quad column, channel type, readout type).
 * ADAPTER ASSUMPTION: enum = (((synram * 2 + readoutType) * 2 + channelType) * 16384) + row * 64 + q, with
 * readoutType 0 = trigger_read, 1 = buffered and channelType 0 = causal, 1 = acausal.
 */
function sampleQuadCoord(synram: number, row: number, q: number, acausal: boolean, buffered: boolean): Coordinate {
  return hal.coordinate('CADCSampleQuadOnDLS', ((synram * 2 + (buffered ? 1 : 0)) * 2 + (acausal ? 1 : 0)) * 16384 + row * 64 + q);
}

/** Read order of one row: trigger causal quad 0, buffered causal 1..63, buffered acausal 0..63. */
function rowSlots(synram: number, row: number, trigger: boolean): LeafSlot[] {
  const type = hal.containerType('CADCSampleQuad');
  const out: LeafSlot[] = [];
  if (trigger) out.push({ coord: sampleQuadCoord(synram, row, 0, false, false), type });
  for (let q = trigger ? 1 : 0; q < QUAD_COLUMNS; q++) out.push({ coord: sampleQuadCoord(synram, row, q, false, true), type });
  for (let q = 0; q < QUAD_COLUMNS; q++) out.push({ coord: sampleQuadCoord(synram, row, q, true, true), type });
  return out;
}

function samplesFrom(quads: readonly Container[]): number[] {
  const out = new Array<number>(SYNAPSE_COLUMNS).fill(0);
  quads.forEach((quad, q) => {
    const s = hal.field<ArrayLike<number>>(quad, 'samples');
    for (let e = 0; e < 4; e++) out[quadColumn(q, e)] = Number(s[e]);
  });
  return out;
}

/** 8-bit CADC samples (0..255) of one row, per column: causal and acausal. Read-only. */
export class CADCSampleRow extends Composite {
  causal: number[] = new Array<number>(SYNAPSE_COLUMNS).fill(0);
  acausal: number[] = new Array<number>(SYNAPSE_COLUMNS).fill(0);
  get containerType(): CompositeType<CADCSampleRow> {
    return CADCSampleRowType;
  }
  leaves(): Leaf[] {
    return [];
  }
  equals(o: Container): boolean {
    return o instanceof CADCSampleRow && this.causal.every((v, i) => v === o.causal[i]) && this.acausal.every((v, i) => v === o.acausal[i]);
  }
  toJSON(): { causal: number[]; acausal: number[] } {
    return { causal: [...this.causal], acausal: [...this.acausal] };
  }
}

export const CADCSampleRowType: CompositeType<CADCSampleRow> = defineComposite<CADCSampleRow>({
  typeName: 'CADCSampleRow',
  coordinateTypeName: 'CADCSampleRowOnDLS',
  writable: false,
  create: () => new CADCSampleRow(),
  slots: (coord) => rowSlots(Math.floor(coord.toEnum() / 256), coord.toEnum() % 256, true),
  fromLeaves: (_c, leaves) => {
    const r = new CADCSampleRow();
    r.causal = samplesFrom(leaves.slice(0, QUAD_COLUMNS));
    r.acausal = samplesFrom(leaves.slice(QUAD_COLUMNS));
    return r;
  },
});

/** Row 0 of both synrams: causal/acausal [synram][column]. Read-only. */
export class CADCSamples extends Composite {
  causal: [number[], number[]] = [new Array<number>(256).fill(0), new Array<number>(256).fill(0)];
  acausal: [number[], number[]] = [new Array<number>(256).fill(0), new Array<number>(256).fill(0)];
  get containerType(): CompositeType<CADCSamples> {
    return CADCSamplesType;
  }
  leaves(): Leaf[] {
    return [];
  }
  equals(o: Container): boolean {
    return o instanceof CADCSamples && JSON.stringify(this.toJSON()) === JSON.stringify(o.toJSON());
  }
  toJSON(): { causal: number[][]; acausal: number[][] } {
    return { causal: this.causal.map((x) => [...x]), acausal: this.acausal.map((x) => [...x]) };
  }
}

export const CADCSamplesType: CompositeType<CADCSamples> = defineComposite<CADCSamples>({
  typeName: 'CADCSamples',
  coordinateTypeName: 'CADCSamplesOnDLS',
  writable: false,
  create: () => new CADCSamples(),
  // both triggers first, then the buffered quads of top and bottom
  slots: () => {
    const top = rowSlots(0, 0, true);
    const bottom = rowSlots(1, 0, true);
    return [top[0]!, bottom[0]!, ...top.slice(1), ...bottom.slice(1)];
  },
  fromLeaves: (_c, leaves) => {
    const s = new CADCSamples();
    const top = [leaves[0]!, ...leaves.slice(2, 129)];
    const bottom = [leaves[1]!, ...leaves.slice(129, 256)];
    s.causal = [samplesFrom(top.slice(0, 64)), samplesFrom(bottom.slice(0, 64))];
    s.acausal = [samplesFrom(top.slice(64)), samplesFrom(bottom.slice(64))];
    return s;
  },
});

