/**
 * Splitting of logical weights over 6-bit hardware synapses. A logical weight w needs
 * max(1, ceil(w / 63)) synapses (weight 0 still occupies one, so re-weighting never needs rerouting).
 *
 * Upstream quirk not ported: `build_connection_weight_split` silently truncates when the weight is an exact
 * multiple of 63 needing more synapses than routed (126 over 1 gives [63]). Here every overflow throws.
 */
import { ValueRangeError } from '@bss2/fisch';
import { MAX_SYNAPSE_WEIGHT } from '../hardware.js';

/** Number of hardware synapses a logical weight needs. */
export function synapsesForWeight(weight: number): number {
  return Math.max(1, Math.ceil(weight / MAX_SYNAPSE_WEIGHT));
}

/**
 * Distributes `weight` over `count` synapses: as many 63s as fit, then the remainder, then zeros.
 * Throws `ValueRangeError` if `count * 63 < weight`.
 */
export function splitWeight(weight: number, count: number, field = 'weight'): number[] {
  if (weight > count * MAX_SYNAPSE_WEIGHT) {
    throw new ValueRangeError(field, weight, 0, count * MAX_SYNAPSE_WEIGHT, `only ${count} hardware synapse(s) are routed for it`);
  }
  const parts: number[] = [];
  let rest = weight;
  for (let i = 0; i < count; i++) {
    const part = Math.min(rest, MAX_SYNAPSE_WEIGHT);
    parts.push(part);
    rest -= part;
  }
  return parts;
}
