/**
 * Board DACs (xBoard): DACChannelBlock (16 channels of 12-bit codes, 2 DACs x 8 channels) and
 * DACControlBlock (per-channel enables, default all true). Coordinates DACChannelBlockOnBoard /
 * DACControlBlockOnBoard; they expand to 16 haldls DACChannel (SPI) and 2 haldls DACControl.
 */
import { checkInt, checkNumber, InvalidArgumentError } from '@bss2/fisch';
import type { Container, Coordinate } from '@bss2/haldls';
import { Composite, defineComposite, LolaCoordinate, type CompositeType, type Leaf } from './composite.js';
import * as hal from './hal.js';

export const DACChannelBlockOnBoard = new LolaCoordinate('DACChannelBlockOnBoard', 1);
export const DACControlBlockOnBoard = new LolaCoordinate('DACControlBlockOnBoard', 1);

/** Channel names in DACChannelOnBoard order (DAC 0 channels 0..7, then DAC 1). */
export const DAC_CHANNELS = [
  'mux_dac_25', 'i_ref_board', 'v_res_meas', 'mux_rfu_0', 'mux_rfu_1', 'v_reset', 'ana_readout_debug_0', 'ana_readout_debug_1',
  'vdd25_digital', 'vdd12_digital', 'vdd25_analog', 'vdd12_analog', 'vdd12_madc', 'vdd12_pll', 'vdd_unused_0', 'vdd_unused_1',
] as const;
export type DACChannelName = (typeof DAC_CHANNELS)[number];

/** Reference voltage of channels that support `setVoltage` (LDO channels do not). */
const REFERENCE: Partial<Record<DACChannelName, number>> = {
  i_ref_board: 2.5, ana_readout_debug_0: 2.5, ana_readout_debug_1: 2.5, mux_dac_25: 2.5,
  v_reset: 1.2, v_res_meas: 1.2, mux_rfu_0: 1.2, mux_rfu_1: 1.2,
};

export class DACChannelBlock extends Composite {
  /** 12-bit codes 0..4095 per channel. */
  value: number[] = new Array<number>(16).fill(0);
  get containerType(): CompositeType<DACChannelBlock> {
    return DACChannelBlockType;
  }
  private index(ch: DACChannelName): number {
    const i = DAC_CHANNELS.indexOf(ch);
    if (i < 0) throw new InvalidArgumentError(`unknown DAC channel ${String(ch)}`);
    return i;
  }
  /** Sets a fixed-reference channel to `volts` (code = trunc(V / Vref * 4095)). LDO channels throw. */
  setVoltage(ch: DACChannelName, volts: number): this {
    const ref = REFERENCE[ch];
    if (ref === undefined) throw new InvalidArgumentError(`DAC channel ${ch} has no fixed reference (LDO channel)`);
    checkNumber(`DACChannelBlock.${ch} voltage`, volts, 0, ref);
    this.value[this.index(ch)] = Math.trunc((volts / ref) * 4095);
    return this;
  }
  getVoltage(ch: DACChannelName): number {
    const ref = REFERENCE[ch];
    if (ref === undefined) throw new InvalidArgumentError(`DAC channel ${ch} has no fixed reference (LDO channel)`);
    return (this.value[this.index(ch)]! / 4095) * ref;
  }
  /** Preset with the LDO supply codes of `default_ldo_2` (stored as 4095 - x). */
  static defaultLdo2(): DACChannelBlock {
    const b = new DACChannelBlock();
    const set = (ch: DACChannelName, x: number): void => void (b.value[DAC_CHANNELS.indexOf(ch)] = 4095 - x);
    set('vdd25_digital', 3487);
    set('vdd25_analog', 3487);
    set('vdd12_digital', 2005);
    set('vdd12_analog', 2465);
    set('vdd12_madc', 3655);
    set('vdd12_pll', 3655);
    return b;
  }
  leaves(_c: Coordinate): Leaf[] {
    return this.value.map((v, i) => ({
      coord: hal.coordinate('DACChannelOnBoard', i),
      container: hal.make('DACChannel', { value: checkInt(`DACChannelBlock.value[${i}]`, v, 0, 4095) }),
    }));
  }
  equals(o: Container): boolean {
    return o instanceof DACChannelBlock && o.value.every((v, i) => v === this.value[i]);
  }
  toJSON(): { value: number[] } {
    return { value: [...this.value] };
  }
}

export const DACChannelBlockType: CompositeType<DACChannelBlock> = defineComposite<DACChannelBlock>({
  typeName: 'DACChannelBlock',
  coordinateTypeName: 'DACChannelBlockOnBoard',
  readable: false,
  create: () => new DACChannelBlock(),
  slots: () => DAC_CHANNELS.map((_, i) => ({ coord: hal.coordinate('DACChannelOnBoard', i), type: hal.containerType('DACChannel') })),
  fromLeaves: (_c, leaves) => {
    const b = new DACChannelBlock();
    b.value = leaves.map((l) => hal.field<number>(l, 'value'));
    return b;
  },
});

export class DACControlBlock extends Composite {
  /** Channel enables, default all true. */
  enable: boolean[] = new Array<boolean>(16).fill(true);
  get containerType(): CompositeType<DACControlBlock> {
    return DACControlBlockType;
  }
  leaves(_c: Coordinate): Leaf[] {
    return [0, 1].map((d) => ({ coord: hal.coordinate('DACOnBoard', d), container: hal.make('DACControl', { enable_channel: this.enable.slice(d * 8, d * 8 + 8) }) }));
  }
  equals(o: Container): boolean {
    return o instanceof DACControlBlock && o.enable.every((v, i) => v === this.enable[i]);
  }
  toJSON(): { enable: boolean[] } {
    return { enable: [...this.enable] };
  }
}

export const DACControlBlockType: CompositeType<DACControlBlock> = defineComposite<DACControlBlock>({
  typeName: 'DACControlBlock',
  coordinateTypeName: 'DACControlBlockOnBoard',
  readable: false,
  create: () => new DACControlBlock(),
  slots: () => [0, 1].map((d) => ({ coord: hal.coordinate('DACOnBoard', d), type: hal.containerType('DACControl') })),
  fromLeaves: (_c, leaves) => {
    const b = new DACControlBlock();
    b.enable = leaves.flatMap((l) => [...hal.field<boolean[]>(l, 'enable_channel')]);
    return b;
  },
});
