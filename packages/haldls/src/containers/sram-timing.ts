/**
 * SRAM controller timing of the on-chip memories (haldls.md 3.5). Every controller has the same two-word
 * layout (word 0: read_delay; word 1: address_setup_time | write_width << 4); the containers differ in
 * coordinate, addresses, defaults, readability and (CapMem only) Gray coding on the wire.
 */
import type { ConnectionTarget } from '@bss2/fisch';
import { bin2gray, gray2bin } from '../bits.js';
import type { CoordinateBase, CoordinateClass } from '../coordinates/base.js';
import {
  CADCOffsetSRAMTimingConfigOnDLS,
  CapMemSRAMTimingConfigOnDLS,
  NeuronBackendSRAMTimingConfigOnDLS,
  NeuronSRAMTimingConfigOnDLS,
  SynapseDriverSRAMTimingConfigOnDLS,
} from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { at, compileLayout } from '../layout.js';
import { uint } from '../fields.js';

interface SRAMTimingController<K extends CoordinateBase> {
  readonly name: string;
  readonly coordinate: CoordinateClass<K>;
  /** Address of word 0 per coordinate enum; word 1 follows it. */
  readonly bases: readonly number[];
  readonly defaults?: { readonly readDelay?: number; readonly addressSetupTime?: number; readonly writeWidth?: number };
  readonly unsupportedReadTargets?: readonly ConnectionTarget[];
  /** Maps each word to the wire (encode) and back (decode), for a controller that wants Gray code. */
  readonly wire?: { readonly toWire: (w: number) => number; readonly fromWire: (w: number) => number };
}

/** The words of every controller (before a Gray mapping on the wire). */
const SRAM_TIMING_LAYOUT = { readDelay: at(0, 0), addressSetupTime: at(1, 0), writeWidth: at(1, 4) };

function defineSRAMTimingConfig<K extends CoordinateBase>(controller: SRAMTimingController<K>) {
  const fields = [
    uint('readDelay', 8, controller.defaults?.readDelay ?? 255),
    uint('addressSetupTime', 4, controller.defaults?.addressSetupTime ?? 15),
    uint('writeWidth', 4, controller.defaults?.writeWidth ?? 15),
  ] as const;
  const wire = controller.wire;
  // a Gray-coded controller maps the layout's words on their way to and from the wire
  const words = wire ? compileLayout(controller.name, fields, SRAM_TIMING_LAYOUT) : undefined;
  return defineContainer({
    name: controller.name,
    coordinate: controller.coordinate,
    ...(controller.unsupportedReadTargets ? { unsupportedReadTargets: controller.unsupportedReadTargets } : {}),
    fields,
    addresses: (c) => {
      const base = controller.bases[c.toEnum()]!;
      return [base, base + 1];
    },
    ...(wire && words
      ? {
          encode: (v: object) => words.encode(v).map(wire.toWire),
          decode: (w: readonly number[]) => words.decode(w.map(wire.fromWire)),
        }
      : { layout: SRAM_TIMING_LAYOUT }),
  });
}

/** Neuron config SRAM timing, one per quadrant (NeuronConfig SRAM base | 0x402). */
export const NeuronSRAMTimingConfig = defineSRAMTimingConfig({
  name: 'NeuronSRAMTimingConfig',
  coordinate: NeuronSRAMTimingConfigOnDLS,
  bases: [0x0016_0402, 0x0016_8402, 0x0017_0402, 0x0017_8402],
  unsupportedReadTargets: ['simulation'],
});
export type NeuronSRAMTimingConfig = InstanceType<typeof NeuronSRAMTimingConfig>;

/** Neuron backend SRAM timing, west / east. */
export const NeuronBackendSRAMTimingConfig = defineSRAMTimingConfig({
  name: 'NeuronBackendSRAMTimingConfig',
  coordinate: NeuronBackendSRAMTimingConfigOnDLS,
  bases: [0x001a_1402, 0x001a_9402],
  unsupportedReadTargets: ['hardware', 'simulation'],
});
export type NeuronBackendSRAMTimingConfig = InstanceType<typeof NeuronBackendSRAMTimingConfig>;

/** Synapse driver SRAM timing, top / bottom (driver SRAM base | 0x202). */
export const SynapseDriverSRAMTimingConfig = defineSRAMTimingConfig({
  name: 'SynapseDriverSRAMTimingConfig',
  coordinate: SynapseDriverSRAMTimingConfigOnDLS,
  bases: [0x0011_0602, 0x0011_8602],
  defaults: { readDelay: 0xc0 },
  unsupportedReadTargets: ['hardware', 'simulation'],
});
export type SynapseDriverSRAMTimingConfig = InstanceType<typeof SynapseDriverSRAMTimingConfig>;

/**
 * CapMem SRAM timing, one per block (CapMem base | 0x2800). The controller expects Gray-coded words: the
 * value written is the inverse Gray code of the field word and a read is Gray-coded back (haldls.md 7.6).
 */
export const CapMemSRAMTimingConfig = defineSRAMTimingConfig({
  name: 'CapMemSRAMTimingConfig',
  coordinate: CapMemSRAMTimingConfigOnDLS,
  bases: [0x0014_2800, 0x0014_a800, 0x0015_2800, 0x0015_a800],
  defaults: { readDelay: 8, addressSetupTime: 1, writeWidth: 1 },
  unsupportedReadTargets: ['simulation'],
  wire: { toWire: gray2bin, fromWire: bin2gray },
});
export type CapMemSRAMTimingConfig = InstanceType<typeof CapMemSRAMTimingConfig>;

/**
 * CADC offset SRAM timing (CADC SRAM base | 0x102) in the order [top-west, top-east, bottom-west,
 * bottom-east]. The east SRAM (columns 128..255) sits at 0x0240_0000, the west one at 0x0240_0800; the
 * bottom hemisphere adds 0x0100_0000 (haldls.md 2.2).
 */
export const CADCOffsetSRAMTimingConfig = defineSRAMTimingConfig({
  name: 'CADCOffsetSRAMTimingConfig',
  coordinate: CADCOffsetSRAMTimingConfigOnDLS,
  bases: [0x0240_0902, 0x0240_0102, 0x0340_0902, 0x0340_0102],
});
export type CADCOffsetSRAMTimingConfig = InstanceType<typeof CADCOffsetSRAMTimingConfig>;
