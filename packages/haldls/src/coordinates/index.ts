import * as catalog from './catalog.js';
import { registerCoordinateClass, type CoordinateClass } from './base.js';

export * from './base.js';
export * from './catalog.js';
export * from './geometry.js';

// Register the exported (most derived) classes so name lookups and JSON round trips return them.
for (const v of Object.values(catalog)) registerCoordinateClass(v as unknown as CoordinateClass);
