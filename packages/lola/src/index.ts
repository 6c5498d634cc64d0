/**
 * @bss2/lola: logical containers on top of haldls. AtomicNeuron (the full neuron-circuit parameter model with
 * units, ranges and defaults), multi-compartment neurons (Morphology -> LogicalNeuron) and the composite
 * chip containers that expand, in a fixed order, into haldls register containers.
 */
export * from './analog.js';
export * from './atomic-neuron.js';
export * from './neuron-mapping.js';
export * from './logical-coordinates.js';
export * from './morphology.js';
