/**
 * Per-neuron configuration containers (haldls.md 3.1, 3.2): the v3 NeuronConfig (analog switches of one
 * neuron circuit) and the NeuronBackendConfig (its digital backend: spike output, refractory counter,
 * multi-compartment fire connections).
 */
import { getBit, getBits, invertBits, putBit, putBits } from '../bits.js';
import { NeuronBackendConfigOnDLS, NeuronConfigOnDLS } from '../coordinates/catalog.js';
import { splitBackendEnum, splitNeuronConfigEnum } from '../coordinates/geometry.js';
import { defineContainer } from '../define.js';
import { bool, enumeration, int, uint } from '../fields.js';

/** NeuronConfig SRAM base per quadrant (NW, NE, SW, SE). */
const NEURON_CONFIG_BASE = [0x0016_0000, 0x0016_8000, 0x0017_0000, 0x0017_8000] as const;
/** Each neuron owns an 8-word SRAM slot of which only words 2..7 are wired (haldls.md 7.5). */
const NEURON_CONFIG_SLOT_WORDS = 8;
const NEURON_CONFIG_FIRST_USED_WORD = 2;
const NEURON_CONFIG_WORDS = 6;

export const NEURON_READOUT_SOURCES = ['membrane', 'exc_synin', 'inh_synin', 'adaptation'] as const;

function neuronConfigAddresses(c: NeuronConfigOnDLS): number[] {
  const { block, local } = splitNeuronConfigEnum(c.toEnum());
  const first = NEURON_CONFIG_BASE[block]! + NEURON_CONFIG_SLOT_WORDS * local + NEURON_CONFIG_FIRST_USED_WORD;
  return Array.from({ length: NEURON_CONFIG_WORDS }, (_, i) => first + i);
}

export const NeuronConfig = defineContainer({
  name: 'NeuronConfig',
  coordinate: NeuronConfigOnDLS,
  differentialWrite: true,
  unsupportedReadTargets: ['simulation'],
  fields: [
    // word 0
    bool('enableResetDegeneration'),
    bool('enableResetDivision'),
    bool('enableResetMultiplication'),
    bool('enableLeakDegeneration'),
    bool('enableLeakDivision'),
    bool('enableLeakMultiplication'),
    bool('enableStrongFire'),
    // word 1
    bool('enableSynapticInputInhibitoryCobaMode'),
    bool('enableSynapticInputExcitatoryCobaMode'),
    bool('enableUnbufferedAccess'),
    bool('enableReadoutAmplifier'),
    enumeration('readoutSource', NEURON_READOUT_SOURCES),
    bool('enableReadout'),
    // word 2
    bool('invertAdaptationB'),
    bool('invertAdaptationA'),
    bool('enableAdaptation'),
    bool('enableExponential'),
    bool('enableSynapticInputInhibitorySmallCapacitance'),
    bool('enableSynapticInputExcitatorySmallCapacitance'),
    bool('enableSynapticInputInhibitoryHighResistance'),
    bool('enableSynapticInputExcitatoryHighResistance'),
    // word 3
    bool('enableMembraneOffset'),
    uint('membraneCapacitorSize', 6),
    // word 4
    bool('invertMembraneOffset'),
    bool('enableFire'),
    bool('enableThresholdComparator'),
    bool('enableSynapticInputInhibitory'),
    bool('enableSynapticInputExcitatory'),
    bool('enableBypassInhibitory'),
    bool('enableBypassExcitatory'),
    // word 5
    bool('connectSomaRight'),
    bool('connectBottom'),
    bool('enableMulticompConductance'),
    bool('connectMembraneRight'),
    bool('connectSoma'),
    bool('enableMultiplyMulticompConductanceBias'),
    bool('enableDivideMulticompConductanceBias'),
    bool('enablePause'),
  ],
  addresses: neuronConfigAddresses,
  encode: (v) => [
    putBit(v.enableResetDegeneration, 0) |
      putBit(v.enableResetDivision, 1) |
      putBit(v.enableResetMultiplication, 2) |
      putBit(v.enableLeakDegeneration, 3) |
      putBit(v.enableLeakDivision, 4) |
      putBit(v.enableLeakMultiplication, 5) |
      putBit(v.enableStrongFire, 6),
    putBit(v.enableSynapticInputInhibitoryCobaMode, 1) |
      putBit(v.enableSynapticInputExcitatoryCobaMode, 2) |
      putBit(v.enableUnbufferedAccess, 3) |
      putBit(v.enableReadoutAmplifier, 4) |
      putBits(NEURON_READOUT_SOURCES.indexOf(v.readoutSource), 5) |
      putBit(v.enableReadout, 7),
    putBit(v.invertAdaptationB, 0) |
      putBit(v.invertAdaptationA, 1) |
      putBit(v.enableAdaptation, 2) |
      putBit(v.enableExponential, 3) |
      putBit(v.enableSynapticInputInhibitorySmallCapacitance, 4) |
      putBit(v.enableSynapticInputExcitatorySmallCapacitance, 5) |
      putBit(v.enableSynapticInputInhibitoryHighResistance, 6) |
      putBit(v.enableSynapticInputExcitatoryHighResistance, 7),
    putBit(v.enableMembraneOffset, 0) | putBits(v.membraneCapacitorSize, 2),
    putBit(v.invertMembraneOffset, 0) |
      putBit(v.enableFire, 2) |
      putBit(v.enableThresholdComparator, 3) |
      putBit(v.enableSynapticInputInhibitory, 4) |
      putBit(v.enableSynapticInputExcitatory, 5) |
      putBit(v.enableBypassInhibitory, 6) |
      putBit(v.enableBypassExcitatory, 7),
    putBit(v.connectSomaRight, 0) |
      putBit(v.connectBottom, 1) |
      putBit(v.enableMulticompConductance, 2) |
      putBit(v.connectMembraneRight, 3) |
      putBit(v.connectSoma, 4) |
      putBit(v.enableMultiplyMulticompConductanceBias, 5) |
      putBit(v.enableDivideMulticompConductanceBias, 6) |
      putBit(v.enablePause, 7),
  ],
  // Only the named bits are read; unused bits (and everything above bit 7) are ignored (haldls.md 3.1).
  decode: ([w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0]) => ({
    enableResetDegeneration: getBit(w0, 0),
    enableResetDivision: getBit(w0, 1),
    enableResetMultiplication: getBit(w0, 2),
    enableLeakDegeneration: getBit(w0, 3),
    enableLeakDivision: getBit(w0, 4),
    enableLeakMultiplication: getBit(w0, 5),
    enableStrongFire: getBit(w0, 6),
    enableSynapticInputInhibitoryCobaMode: getBit(w1, 1),
    enableSynapticInputExcitatoryCobaMode: getBit(w1, 2),
    enableUnbufferedAccess: getBit(w1, 3),
    enableReadoutAmplifier: getBit(w1, 4),
    readoutSource: NEURON_READOUT_SOURCES[getBits(w1, 5, 2)]!,
    enableReadout: getBit(w1, 7),
    invertAdaptationB: getBit(w2, 0),
    invertAdaptationA: getBit(w2, 1),
    enableAdaptation: getBit(w2, 2),
    enableExponential: getBit(w2, 3),
    enableSynapticInputInhibitorySmallCapacitance: getBit(w2, 4),
    enableSynapticInputExcitatorySmallCapacitance: getBit(w2, 5),
    enableSynapticInputInhibitoryHighResistance: getBit(w2, 6),
    enableSynapticInputExcitatoryHighResistance: getBit(w2, 7),
    enableMembraneOffset: getBit(w3, 0),
    membraneCapacitorSize: getBits(w3, 2, 6),
    invertMembraneOffset: getBit(w4, 0),
    enableFire: getBit(w4, 2),
    enableThresholdComparator: getBit(w4, 3),
    enableSynapticInputInhibitory: getBit(w4, 4),
    enableSynapticInputExcitatory: getBit(w4, 5),
    enableBypassInhibitory: getBit(w4, 6),
    enableBypassExcitatory: getBit(w4, 7),
    connectSomaRight: getBit(w5, 0),
    connectBottom: getBit(w5, 1),
    enableMulticompConductance: getBit(w5, 2),
    connectMembraneRight: getBit(w5, 3),
    connectSoma: getBit(w5, 4),
    enableMultiplyMulticompConductanceBias: getBit(w5, 5),
    enableDivideMulticompConductanceBias: getBit(w5, 6),
    enablePause: getBit(w5, 7),
  }),
});
export type NeuronConfig = InstanceType<typeof NeuronConfig>;

/** NeuronBackendConfig SRAM base of the west / east backend block. */
const NEURON_BACKEND_BASE = [0x001a_1000, 0x001a_9000] as const;
const NEURON_BACKEND_WORDS = 4;

export const NeuronBackendConfig = defineContainer({
  name: 'NeuronBackendConfig',
  coordinate: NeuronBackendConfigOnDLS,
  differentialWrite: true,
  unsupportedReadTargets: ['simulation'],
  fields: [
    uint('addressOut', 8),
    uint('resetHoldoff', 4, 15),
    uint('refractoryTime', 8),
    bool('postOverwrite'),
    int('selectInputClock', 0, 1),
    bool('enableAdaptationPulse'),
    bool('enableBayesianExtension', true),
    bool('enableNeuronSlave'),
    bool('connectFireBottom'),
    bool('connectFireFromRight'),
    bool('connectFireToRight'),
    bool('enableSpikeOut'),
    bool('enableNeuronMaster'),
    bool('enableBayesian0'),
    bool('enableBayesian1'),
  ],
  addresses: (c) => {
    const { block, local } = splitBackendEnum(c.toEnum());
    const first = NEURON_BACKEND_BASE[block]! + NEURON_BACKEND_WORDS * local;
    return [first, first + 1, first + 2, first + 3];
  },
  encode: (v) => {
    // The SRAM holds the label and the refractory counter bit-inverted, split across words (haldls.md 7.1).
    const a = invertBits(v.addressOut, 8);
    const r = invertBits(v.refractoryTime, 8);
    const h = v.resetHoldoff;
    return [
      putBits(getBits(a, 2, 6), 0) | putBits(getBits(h, 0, 2), 6),
      putBits(getBits(r, 4, 4), 0) | putBits(getBits(a, 0, 2), 4) | putBits(getBits(h, 2, 2), 6),
      putBit(v.postOverwrite, 0) |
        putBits(v.selectInputClock, 1) |
        putBits(getBits(r, 0, 4), 2) |
        putBit(v.enableAdaptationPulse, 6) |
        putBit(v.enableBayesianExtension, 7),
      putBit(v.enableNeuronSlave, 0) |
        putBit(v.connectFireBottom, 1) |
        putBit(v.connectFireFromRight, 2) |
        putBit(v.connectFireToRight, 3) |
        putBit(v.enableSpikeOut, 4) |
        putBit(v.enableNeuronMaster, 5) |
        putBit(v.enableBayesian1, 6) |
        putBit(v.enableBayesian0, 7),
    ];
  },
  decode: ([w0 = 0, w1 = 0, w2 = 0, w3 = 0]) => {
    const a = (getBits(w0, 0, 6) << 2) | getBits(w1, 4, 2);
    const r = (getBits(w1, 0, 4) << 4) | getBits(w2, 2, 4);
    return {
      addressOut: invertBits(a, 8),
      resetHoldoff: getBits(w0, 6, 2) | (getBits(w1, 6, 2) << 2),
      refractoryTime: invertBits(r, 8),
      postOverwrite: getBit(w2, 0),
      selectInputClock: getBits(w2, 1, 1),
      enableAdaptationPulse: getBit(w2, 6),
      enableBayesianExtension: getBit(w2, 7),
      enableNeuronSlave: getBit(w3, 0),
      connectFireBottom: getBit(w3, 1),
      connectFireFromRight: getBit(w3, 2),
      connectFireToRight: getBit(w3, 3),
      enableSpikeOut: getBit(w3, 4),
      enableNeuronMaster: getBit(w3, 5),
      enableBayesian1: getBit(w3, 6),
      enableBayesian0: getBit(w3, 7),
    };
  },
});
export type NeuronBackendConfig = InstanceType<typeof NeuronBackendConfig>;
