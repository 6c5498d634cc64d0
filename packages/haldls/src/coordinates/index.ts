import * as catalog from './catalog.js';
import { PPUMemoryBlockOnDLS, PPUMemoryBlockOnPPU } from './intervals.js';
import { registerCoordinateClass, type CoordinateClass } from './base.js';

export * from './base.js';
export * from './catalog.js';
export * from './geometry.js';
export { PPUMemoryBlockOnDLS, PPUMemoryBlockOnPPU } from './intervals.js';

// Register the exported (most derived) classes so name lookups and JSON round trips return them.
// Only coordinate classes: the catalog also exports constants (family lists).
for (const v of [...Object.values(catalog), PPUMemoryBlockOnPPU, PPUMemoryBlockOnDLS]) {
  if (typeof v === 'function' && typeof (v as { typeName?: unknown }).typeName === 'string' && typeof (v as { fromEnum?: unknown }).fromEnum === 'function') {
    registerCoordinateClass(v as unknown as CoordinateClass);
  }
}
