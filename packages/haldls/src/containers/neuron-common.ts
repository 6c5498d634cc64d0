/**
 * Neuron-backend shared config, the stateless neuron trigger containers and the spike counters (haldls.md
 * 3.3, 3.4).
 * This file is also the reference example of how a container is defined.
 */
import {
  BlockPostPulseOnDLS,
  CommonNeuronBackendConfigOnDLS,
  NeuronResetOnDLS,
  NeuronResetQuadOnDLS,
  SpikeCounterReadOnDLS,
  SpikeCounterResetOnDLS,
} from '../coordinates/catalog.js';
import { splitBackendEnum } from '../coordinates/geometry.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { ppuSubtreeBase } from './bases.js';

/** NeuronResetQuad trigger row behind the correlation resets in the PPU subtree (haldls.md 2.2). */
const NEURON_RESET_QUAD_OFFSET = 0x00c9_4000;
import { bool, boolArray, uint } from '../fields.js';

const COMMON_BACKEND_BASE = [0x001a_1800, 0x001a_9800] as const;

export const CommonNeuronBackendConfig = defineContainer({
  name: 'CommonNeuronBackendConfig',
  coordinate: CommonNeuronBackendConfigOnDLS,
  differentialWrite: true,
  fields: [
    bool('enableEventRegisters', true),
    bool('forceReset'),
    bool('enableClocks', true),
    uint('clockScaleSlow', 4),
    uint('clockScaleFast', 4),
    boolArray('samplePositiveEdge', 4, true),
    uint('clockScaleAdaptationPulse', 4),
    uint('clockScalePostPulse', 4),
    uint('waitGlobalPostPulse', 8, 1),
    uint('waitSpikeCounterReset', 8, 4),
    uint('waitSpikeCounterRead', 8, 112),
    uint('waitFireNeuron', 8, 4),
  ],
  addresses: (c) => [COMMON_BACKEND_BASE[c.toEnum()]!, COMMON_BACKEND_BASE[c.toEnum()]! + 1],
  layout: {
    enableEventRegisters: at(0, 0),
    forceReset: at(0, 1),
    enableClocks: at(0, 2),
    clockScaleSlow: at(0, 4),
    clockScaleFast: at(0, 8),
    samplePositiveEdge: at(0, 12, { stride: { bit: 1 } }),
    clockScaleAdaptationPulse: at(0, 16),
    clockScalePostPulse: at(0, 20),
    waitGlobalPostPulse: at(1, 0),
    waitSpikeCounterReset: at(1, 8),
    waitSpikeCounterRead: at(1, 16),
    waitFireNeuron: at(1, 24),
  },
});
export type CommonNeuronBackendConfig = InstanceType<typeof CommonNeuronBackendConfig>;

/** Left/right neuron reset-and-counter block base (+0x8000 for the right/east block). */
function resetBlockBase(block: number): number {
  return 0x0012_0000 + block * 0x8000;
}

/** Resets one neuron (write-only trigger; the written value is irrelevant, haldls writes 0). */
export const NeuronReset = defineContainer({
  name: 'NeuronReset',
  coordinate: NeuronResetOnDLS,
  fields: [],
  writeAddresses: (c) => [resetBlockBase(Math.floor(c.toEnum() / 256)) + 0x2000 + 4 * (c.toEnum() % 256)],
  print: () => 'NeuronReset()',
});
export type NeuronReset = InstanceType<typeof NeuronReset>;

/** Global post pulse of one backend block (write-only trigger). */
export const BlockPostPulse = defineContainer({
  name: 'BlockPostPulse',
  coordinate: BlockPostPulseOnDLS,
  fields: [],
  writeAddresses: (c) => [resetBlockBase(c.toEnum()) + 0x2400],
  print: () => 'BlockPostPulse()',
});
export type BlockPostPulse = InstanceType<typeof BlockPostPulse>;

/** Reads the 8-bit spike counter of one neuron and its overflow flag (read-only). */
export const SpikeCounterRead = defineContainer({
  name: 'SpikeCounterRead',
  coordinate: SpikeCounterReadOnDLS,
  fields: [uint('count', 8), bool('overflow')],
  readAddresses: (c) => {
    const { block, local } = splitBackendEnum(c.toEnum());
    return [resetBlockBase(block) + 0x2800 + 4 * local];
  },
  layout: { count: at(0, 0), overflow: at(0, 8) },
});
export type SpikeCounterRead = InstanceType<typeof SpikeCounterRead>;

/** Clears the spike counter of one neuron (write-only trigger, writes 0). */
export const SpikeCounterReset = defineContainer({
  name: 'SpikeCounterReset',
  coordinate: SpikeCounterResetOnDLS,
  fields: [],
  writeAddresses: (c) => {
    const { block, local } = splitBackendEnum(c.toEnum());
    return [resetBlockBase(block) + 0x2c00 + 4 * local];
  },
  print: () => 'SpikeCounterReset()',
});
export type SpikeCounterReset = InstanceType<typeof SpikeCounterReset>;

/**
 * Resets the four neurons of one quad column at once (write-only trigger, writes 0). It sits in the
 * correlation-reset range as "row 256", so per the upstream comment it also resets the correlation of the
 * synapse quad in row 0.
 */
export const NeuronResetQuad = defineContainer({
  name: 'NeuronResetQuad',
  coordinate: NeuronResetQuadOnDLS,
  fields: [],
  writeAddresses: (c) => {
    const synram = Math.floor(c.toEnum() / 64);
    const quadColumn = c.toEnum() % 64;
    return [ppuSubtreeBase(synram) + NEURON_RESET_QUAD_OFFSET + quadColumn];
  },
  print: () => 'NeuronResetQuad()',
});
export type NeuronResetQuad = InstanceType<typeof NeuronResetQuad>;
