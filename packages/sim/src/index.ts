export * from './physics/interface.js';
