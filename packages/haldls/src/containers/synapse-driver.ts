/**
 * Synapse driver configuration (haldls.md 3.7). Three of the four SRAM words per driver are used; several
 * fields are stored inverted or bit-reversed (quirk 7.1).
 */
import { getBit, getBits, invertBits, putBit, putBits, reverseBits } from '../bits.js';
import { SynapseDriverOnDLS } from '../coordinates/catalog.js';
import { defineContainer } from '../define.js';
import { bool, enumeration, uint } from '../fields.js';

const DRIVER_SRAM_BASE = [0x0011_0400, 0x0011_8400] as const;

/** Which synaptic input(s) a synapse row drives; encoded as one enable bit per input. */
export const SYNAPSE_DRIVER_ROW_MODES = ['disabled', 'excitatory', 'inhibitory', 'excitatory_and_inhibitory'] as const;
export type SynapseDriverRowMode = (typeof SYNAPSE_DRIVER_ROW_MODES)[number];

const rowModeCode = (m: SynapseDriverRowMode): number => SYNAPSE_DRIVER_ROW_MODES.indexOf(m);
const rowModeOf = (excitatory: boolean, inhibitory: boolean): SynapseDriverRowMode => SYNAPSE_DRIVER_ROW_MODES[(excitatory ? 1 : 0) | (inhibitory ? 2 : 0)]!;

/** Only these bits of the three words exist (the decode masks of the source). */
const WORD_MASKS = [0xffff, 0x3fff, 0xdf] as const;

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
  encode: (v) => {
    const bottom = rowModeCode(v.rowModeBottom);
    const top = rowModeCode(v.rowModeTop);
    return [
      putBits(v.utilization, 0) |
        putBits(v.offset, 4) |
        putBit(v.enableHagenDac, 8) |
        putBits(v.rowAddressCompareMask, 9) |
        putBit(!v.enableAddressOut, 14) |
        putBit(v.enableReceiver, 15),
      putBits(reverseBits(v.recovery, 4), 0) |
        putBit((bottom & 1) !== 0, 4) |
        putBit((top & 1) !== 0, 5) |
        putBit((bottom & 2) !== 0, 6) |
        putBit((top & 2) !== 0, 7) |
        putBits(invertBits(v.hagenDacOffset, 6), 8),
      putBits(v.selectTargetVoltages, 0) |
        putBit(v.enableReadout, 1) |
        putBit(v.enableRenewing, 2) |
        putBit(v.enableHagenModulation, 3) |
        putBit(v.enableStp, 4) |
        putBit(!v.enableChargeSharing, 6) |
        putBit(v.enableRecovery, 7),
    ];
  },
  decode: (words) => {
    const [w0, w1, w2] = WORD_MASKS.map((m, i) => (words[i] ?? 0) & m) as [number, number, number];
    return {
      utilization: getBits(w0, 0, 4),
      offset: getBits(w0, 4, 4),
      enableHagenDac: getBit(w0, 8),
      rowAddressCompareMask: getBits(w0, 9, 5),
      enableAddressOut: !getBit(w0, 14),
      enableReceiver: getBit(w0, 15),
      recovery: reverseBits(getBits(w1, 0, 4), 4),
      rowModeBottom: rowModeOf(getBit(w1, 4), getBit(w1, 6)),
      rowModeTop: rowModeOf(getBit(w1, 5), getBit(w1, 7)),
      hagenDacOffset: invertBits(getBits(w1, 8, 6), 6),
      selectTargetVoltages: getBits(w2, 0, 1),
      enableReadout: getBit(w2, 1),
      enableRenewing: getBit(w2, 2),
      enableHagenModulation: getBit(w2, 3),
      enableStp: getBit(w2, 4),
      enableChargeSharing: !getBit(w2, 6),
      enableRecovery: getBit(w2, 7),
    };
  },
});
export type SynapseDriverConfig = InstanceType<typeof SynapseDriverConfig>;
