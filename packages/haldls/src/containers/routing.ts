/**
 * Event crossbar, its counters and the background spike sources (haldls.md 1.6, 3.9). All live in the SPL1
 * fabric block at 0x0013_0000.
 */
import {
  BackgroundSpikeSourceOnDLS,
  CrossbarInputOnDLS,
  CrossbarNodeOnDLS,
  CrossbarOutputConfigOnDLS,
  CrossbarOutputOnDLS,
} from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { bool, boolArray, uint } from '../fields.js';

const CROSSBAR_BASE = 0x0013_0000;
const BACKGROUND_BASE = CROSSBAR_BASE + 0x01;
const NODE_BASE = CROSSBAR_BASE + 0x19;
const DROP_COUNTER_BASE = CROSSBAR_BASE + 0x65;
const EVENT_COUNTER_BASE = CROSSBAR_BASE + 0x79;

/** Slow (L2) output enables and per-output event counter enables. */
export const CrossbarOutputConfig = defineContainer({
  name: 'CrossbarOutputConfig',
  coordinate: CrossbarOutputConfigOnDLS,
  unsupportedReadTargets: ['hardware'],
  fields: [boolArray('enableSlow', 4), boolArray('enableEventCounter', 12)],
  addresses: () => [CROSSBAR_BASE],
  layout: { enableSlow: at(0, 0, { stride: { bit: 1 } }), enableEventCounter: at(0, 4, { stride: { bit: 1 } }) },
});
export type CrossbarOutputConfig = InstanceType<typeof CrossbarOutputConfig>;

/**
 * One crossbar switch (output, input): an event with 14-bit label L passes iff `(L & mask) === target`.
 * The default (mask 0, target 0) passes every label.
 */
export const CrossbarNode = defineContainer({
  name: 'CrossbarNode',
  coordinate: CrossbarNodeOnDLS,
  unsupportedReadTargets: ['hardware'],
  fields: [uint('mask', 14), uint('target', 14), bool('enableDropCounter')],
  addresses: (c) => [NODE_BASE + c.toEnum()],
  layout: { mask: at(0, 0), target: at(0, 16), enableDropCounter: at(0, 31) },
});
export type CrossbarNode = InstanceType<typeof CrossbarNode>;

/** A node that passes no label: with mask 0 every label maps to 0, which never equals target 1. */
export const CROSSBAR_NODE_DROP_ALL: CrossbarNode = new CrossbarNode({ mask: 0, target: 1 });

/** Whether `node` lets an event with 14-bit `label` through. */
export function crossbarNodePasses(node: Pick<CrossbarNode, 'mask' | 'target'>, label: number): boolean {
  return (label & node.mask) === node.target;
}

/** Events dropped at one crossbar input (16-bit counter, read-only). */
export const CrossbarInputDropCounter = defineContainer({
  name: 'CrossbarInputDropCounter',
  coordinate: CrossbarInputOnDLS,
  fields: [uint('value', 16)],
  readAddresses: (c) => [DROP_COUNTER_BASE + c.toEnum()],
  layout: { value: at(0, 0) },
});
export type CrossbarInputDropCounter = InstanceType<typeof CrossbarInputDropCounter>;

/** Events forwarded at one crossbar output (24-bit counter, read-only). */
export const CrossbarOutputEventCounter = defineContainer({
  name: 'CrossbarOutputEventCounter',
  coordinate: CrossbarOutputOnDLS,
  fields: [uint('value', 24)],
  readAddresses: (c) => [EVENT_COUNTER_BASE + c.toEnum()],
  layout: { value: at(0, 0) },
});
export type CrossbarOutputEventCounter = InstanceType<typeof CrossbarOutputEventCounter>;

/**
 * On-chip Poisson/regular spike generator. Its three words are written seed, mask/rate/label, and the enable
 * word last (quirk 7.9), so a source never runs with a half-written configuration; reads use the same order.
 */
export const BackgroundSpikeSource = defineContainer({
  name: 'BackgroundSpikeSource',
  coordinate: BackgroundSpikeSourceOnDLS,
  unsupportedReadTargets: ['hardware', 'simulation'],
  fields: [
    bool('enable'),
    bool('enableRandom'),
    uint('period', 16),
    uint('rate', 8),
    uint('seed', 32),
    uint('mask', 8),
    uint('neuronLabel', 14),
  ],
  addresses: (c) => {
    const base = BACKGROUND_BASE + 3 * c.toEnum();
    return [base + 1, base + 2, base];
  },
  // words in address order: seed, mask/rate/label, enable
  layout: {
    seed: at(0, 0),
    mask: at(1, 0),
    rate: at(1, 8),
    neuronLabel: at(1, 16),
    enable: at(2, 0),
    enableRandom: at(2, 1),
    period: at(2, 16),
  },
});
export type BackgroundSpikeSource = InstanceType<typeof BackgroundSpikeSource>;
