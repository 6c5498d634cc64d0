export * from './neuron-common.js';
