/**
 * Encoders under the names packages/grenade's sim configurator still calls (`routingLayout.*`). Each is a
 * wrapper over the haldls container of that register: no address or bit layout is stated here.
 */
import {
  BackgroundSpikeSource,
  BackgroundSpikeSourceOnDLS,
  CommonPADIBusConfig,
  CommonPADIBusConfigOnDLS,
  CrossbarNode,
  CrossbarNodeOnDLS,
  type SynapseDriverRowMode,
} from '@bss2/haldls';

/** SynapseDriverConfig row modes (haldls' SYNAPSE_DRIVER_ROW_MODES). */
export const RowMode = {
  disabled: 'disabled',
  excitatory: 'excitatory',
  inhibitory: 'inhibitory',
  excitatory_and_inhibitory: 'excitatory_and_inhibitory',
} as const satisfies Record<string, SynapseDriverRowMode>;
export type RowMode = SynapseDriverRowMode;

/** The CrossbarNode word (any node: the layout does not depend on the coordinate). */
export function encodeCrossbarNode(mask: number, target: number, enableDropCounter = false): number {
  const coord = CrossbarNodeOnDLS.fromEnum(0);
  return CrossbarNode.encodeWords(new CrossbarNode({ mask, target, enableDropCounter }), coord)[0]!;
}

export function commonPadiBusConfigAddress(hemisphere: number): number {
  return CommonPADIBusConfig.writeAddresses(CommonPADIBusConfigOnDLS.fromEnum(hemisphere))[0]!;
}
/** The CommonPADIBusConfig word: SPL1 enable and DAC-enable pulse extension per bus. */
export function encodeCommonPadiBusConfig(enableSpl1: ArrayLike<boolean>, dacenExtension: ArrayLike<number> = [0, 0, 0, 0]): number {
  const c = new CommonPADIBusConfig({ enableSpl1: Array.from(enableSpl1).slice(0, 4), dacenPulseExtension: Array.from(dacenExtension).slice(0, 4) });
  return CommonPADIBusConfig.encodeWords(c, CommonPADIBusConfigOnDLS.fromEnum(0))[0]!;
}

export interface BackgroundSourceBits {
  enable: boolean;
  enableRandom: boolean;
  period: number;
  seed: number;
  mask: number;
  rate: number;
  neuronLabel: number;
}
/** The source's words in ascending address order (index `word` of `backgroundSourceAddress`). */
function byAddress(source: number, words: readonly number[]): number[] {
  const addresses = BackgroundSpikeSource.writeAddresses(BackgroundSpikeSourceOnDLS.fromEnum(source));
  const order = addresses.map((a, i) => [a, i] as const).sort((x, y) => x[0] - y[0]);
  return order.map(([, i]) => words[i]!);
}
/** Address of the source's `word`-th register in ascending address order. */
export function backgroundSourceAddress(source: number, word: number): number {
  const addresses = [...BackgroundSpikeSource.writeAddresses(BackgroundSpikeSourceOnDLS.fromEnum(source))].sort((x, y) => x - y);
  const a = addresses[word];
  if (a === undefined) throw new RangeError(`BackgroundSpikeSource has ${addresses.length} words, got word ${word}`);
  return a;
}
/** The source's words in ascending address order (haldls writes them enable word last). */
export function encodeBackgroundSource(c: Partial<BackgroundSourceBits>): number[] {
  const coord = BackgroundSpikeSourceOnDLS.fromEnum(0);
  return byAddress(0, BackgroundSpikeSource.encodeWords(new BackgroundSpikeSource(c), coord));
}
