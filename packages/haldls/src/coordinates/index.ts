import * as catalog from './catalog.js';
import { PPUMemoryBlockOnPPU } from './intervals.js';
import { registerCoordinateClass, type CoordinateClass } from './base.js';

export * from './base.js';
export * from './catalog.js';
export * from './geometry.js';
// PPUMemoryBlockOnDLS (also in intervals.ts) is not re-exported or registered here yet: containers/ppu.ts
// currently defines its own class of that name, and two star exports of one name would be ambiguous.
// Import it from './coordinates/intervals.js' until ppu.ts switches to it.
export { PPUMemoryBlockOnPPU } from './intervals.js';

// Register the exported (most derived) classes so name lookups and JSON round trips return them.
// Only coordinate classes: the catalog also exports constants (family lists).
for (const v of [...Object.values(catalog), PPUMemoryBlockOnPPU]) {
  if (typeof v === 'function' && typeof (v as { typeName?: unknown }).typeName === 'string' && typeof (v as { fromEnum?: unknown }).fromEnum === 'function') {
    registerCoordinateClass(v as unknown as CoordinateClass);
  }
}
