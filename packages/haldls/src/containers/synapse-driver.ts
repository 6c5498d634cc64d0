/**
 * Synapse driver configuration (haldls.md 3.7). Three of the four SRAM words per driver are used; several
 * fields are stored inverted or bit-reversed (quirk 7.1).
 */
import { SynapseDriverOnDLS } from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { at, reversedAt, scatteredAt } from '../layout.js';
import { bool, enumeration, uint } from '../fields.js';

const DRIVER_SRAM_BASE = [0x0011_0400, 0x0011_8400] as const;

/** Which synaptic input(s) a synapse row drives; the code is one enable bit per input (excitatory = bit 0). */
export const SYNAPSE_DRIVER_ROW_MODES = ['disabled', 'excitatory', 'inhibitory', 'excitatory_and_inhibitory'] as const;
export type SynapseDriverRowMode = (typeof SYNAPSE_DRIVER_ROW_MODES)[number];

export const SynapseDriverConfig = defineContainer({
  name: 'SynapseDriverConfig',
  coordinate: SynapseDriverOnDLS,
  differentialWrite: true,
  unsupportedReadTargets: ['simulation'],
  fields: [
    uint('utilization', 4),
    uint('offset', 4),
    bool('enableHagenDac'),
    uint('rowAddressCompareMask', 5, 0b11111),
    bool('enableAddressOut', true),
    bool('enableReceiver'),
    uint('recovery', 4),
    enumeration('rowModeBottom', SYNAPSE_DRIVER_ROW_MODES),
    enumeration('rowModeTop', SYNAPSE_DRIVER_ROW_MODES),
    uint('hagenDacOffset', 6),
    uint('selectTargetVoltages', 1),
    bool('enableReadout'),
    bool('enableRenewing'),
    bool('enableHagenModulation'),
    bool('enableStp'),
    bool('enableChargeSharing'),
    bool('enableRecovery'),
  ],
  addresses: (c) => {
    const e = c.toEnum();
    const base = DRIVER_SRAM_BASE[Math.floor(e / 128)]! + 4 * (e % 128);
    return [base, base + 1, base + 2];
  },
  // Only the named bits of the three words exist; several fields are stored inverted or bit-reversed, and
  // each row mode is an excitatory enable (code bit 0) and an inhibitory enable (code bit 1) in separate bits.
  layout: {
    utilization: at(0, 0),
    offset: at(0, 4),
    enableHagenDac: at(0, 8),
    rowAddressCompareMask: at(0, 9),
    enableAddressOut: at(0, 14, { invert: true }),
    enableReceiver: at(0, 15),
    recovery: reversedAt(1, 0, 4),
    rowModeBottom: scatteredAt(1, [4, 6]),
    rowModeTop: scatteredAt(1, [5, 7]),
    hagenDacOffset: at(1, 8, { invert: true }),
    selectTargetVoltages: at(2, 0),
    enableReadout: at(2, 1),
    enableRenewing: at(2, 2),
    enableHagenModulation: at(2, 3),
    enableStp: at(2, 4),
    enableChargeSharing: at(2, 6, { invert: true }),
    enableRecovery: at(2, 7),
  },
});
export type SynapseDriverConfig = InstanceType<typeof SynapseDriverConfig>;
