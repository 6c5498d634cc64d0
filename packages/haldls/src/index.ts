export * from './container.js';
export * from './bits.js';
export * from './fields.js';
export * from './define.js';
export * from './coordinates/index.js';
export * from './containers/index.js';
export * from './serialization.js';
export * from './register-table.js';
