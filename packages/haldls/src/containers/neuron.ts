/**
 * Per-neuron configuration containers (haldls.md 3.1, 3.2): the v3 NeuronConfig (analog switches of one
 * neuron circuit) and the NeuronBackendConfig (its digital backend: spike output, refractory counter,
 * multi-compartment fire connections).
 */
import { NeuronBackendConfigOnDLS, NeuronConfigOnDLS } from '../coordinates/catalog.js';
import { splitBackendEnum, splitNeuronConfigEnum } from '../coordinates/geometry.js';
import { defineContainer } from '../define.js';
import { at, split } from '../layout.js';
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
  // Only the named bits are read; unused bits (and everything above bit 7) are ignored (haldls.md 3.1).
  layout: {
    enableResetDegeneration: at(0, 0),
    enableResetDivision: at(0, 1),
    enableResetMultiplication: at(0, 2),
    enableLeakDegeneration: at(0, 3),
    enableLeakDivision: at(0, 4),
    enableLeakMultiplication: at(0, 5),
    enableStrongFire: at(0, 6),
    enableSynapticInputInhibitoryCobaMode: at(1, 1),
    enableSynapticInputExcitatoryCobaMode: at(1, 2),
    enableUnbufferedAccess: at(1, 3),
    enableReadoutAmplifier: at(1, 4),
    readoutSource: at(1, 5),
    enableReadout: at(1, 7),
    invertAdaptationB: at(2, 0),
    invertAdaptationA: at(2, 1),
    enableAdaptation: at(2, 2),
    enableExponential: at(2, 3),
    enableSynapticInputInhibitorySmallCapacitance: at(2, 4),
    enableSynapticInputExcitatorySmallCapacitance: at(2, 5),
    enableSynapticInputInhibitoryHighResistance: at(2, 6),
    enableSynapticInputExcitatoryHighResistance: at(2, 7),
    enableMembraneOffset: at(3, 0),
    membraneCapacitorSize: at(3, 2),
    invertMembraneOffset: at(4, 0),
    enableFire: at(4, 2),
    enableThresholdComparator: at(4, 3),
    enableSynapticInputInhibitory: at(4, 4),
    enableSynapticInputExcitatory: at(4, 5),
    enableBypassInhibitory: at(4, 6),
    enableBypassExcitatory: at(4, 7),
    connectSomaRight: at(5, 0),
    connectBottom: at(5, 1),
    enableMulticompConductance: at(5, 2),
    connectMembraneRight: at(5, 3),
    connectSoma: at(5, 4),
    enableMultiplyMulticompConductanceBias: at(5, 5),
    enableDivideMulticompConductanceBias: at(5, 6),
    enablePause: at(5, 7),
  },
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
  // The SRAM holds the label and the refractory counter bit-inverted, split across words (haldls.md 7.1).
  layout: {
    addressOut: split([[1, 4, 2], [0, 0, 6]], { invert: true }),
    resetHoldoff: split([[0, 6, 2], [1, 6, 2]]),
    refractoryTime: split([[2, 2, 4], [1, 0, 4]], { invert: true }),
    postOverwrite: at(2, 0),
    selectInputClock: at(2, 1),
    enableAdaptationPulse: at(2, 6),
    enableBayesianExtension: at(2, 7),
    enableNeuronSlave: at(3, 0),
    connectFireBottom: at(3, 1),
    connectFireFromRight: at(3, 2),
    connectFireToRight: at(3, 3),
    enableSpikeOut: at(3, 4),
    enableNeuronMaster: at(3, 5),
    enableBayesian1: at(3, 6),
    enableBayesian0: at(3, 7),
  },
});
export type NeuronBackendConfig = InstanceType<typeof NeuronBackendConfig>;
