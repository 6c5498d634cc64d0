/**
 * SRAM controller timing of the on-chip memories (haldls.md 3.5). Every controller has the same two-word
 * layout (word 0: read_delay; word 1: address_setup_time | write_width << 4); the containers differ in
 * coordinate, addresses, defaults, readability and (CapMem only) Gray coding on the wire.
 */
import type { ConnectionTarget } from '@bss2/fisch';
import { bin2gray, getBits, gray2bin, putBits } from '../bits.js';
import type { CoordinateBase, CoordinateClass } from '../coordinates/base.js';
import {
  CADCOffsetSRAMTimingConfigOnDLS,
  CapMemSRAMTimingConfigOnDLS,
  NeuronBackendSRAMTimingConfigOnDLS,
  NeuronSRAMTimingConfigOnDLS,
  SynapseDriverSRAMTimingConfigOnDLS,
} from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { at } from '../layout.js';
import { uint } from '../fields.js';

interface SRAMTimingLayout<K extends CoordinateBase> {
  readonly name: string;
  readonly coordinate: CoordinateClass<K>;
  /** Address of word 0 per coordinate enum; word 1 follows it. */
  readonly bases: readonly number[];
  readonly defaults?: { readonly readDelay?: number; readonly addressSetupTime?: number; readonly writeWidth?: number };
  readonly unsupportedReadTargets?: readonly ConnectionTarget[];
  /** Maps each word to the wire (encode) and back (decode), for a controller that wants Gray code. */
  readonly wire?: { readonly toWire: (w: number) => number; readonly fromWire: (w: number) => number };
}

interface SRAMTimingValues {
  readonly readDelay: number;
  readonly addressSetupTime: number;
  readonly writeWidth: number;
}

function defineSRAMTimingConfig<K extends CoordinateBase>(layout: SRAMTimingLayout<K>) {
  const wire = layout.wire;
  return defineContainer({
    name: layout.name,
    coordinate: layout.coordinate,
    ...(layout.unsupportedReadTargets ? { unsupportedReadTargets: layout.unsupportedReadTargets } : {}),
    fields: [
      uint('readDelay', 8, layout.defaults?.readDelay ?? 255),
      uint('addressSetupTime', 4, layout.defaults?.addressSetupTime ?? 15),
      uint('writeWidth', 4, layout.defaults?.writeWidth ?? 15),
    ],
    addresses: (c) => {
      const base = layout.bases[c.toEnum()]!;
      return [base, base + 1];
    },
    ...(wire
      ? {
          encode: (v: SRAMTimingValues) => [wire.toWire(putBits(v.readDelay, 0)), wire.toWire(putBits(v.addressSetupTime, 0) | putBits(v.writeWidth, 4))],
          decode: ([w0 = 0, w1 = 0]: readonly number[]) => {
            const d0 = wire.fromWire(w0);
            const d1 = wire.fromWire(w1);
            return { readDelay: getBits(d0, 0, 8), addressSetupTime: getBits(d1, 0, 4), writeWidth: getBits(d1, 4, 4) };
          },
        }
      : { layout: { readDelay: at(0, 0), addressSetupTime: at(1, 0), writeWidth: at(1, 4) } }),
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
