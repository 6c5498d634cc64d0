/**
 * Range and type checks. Every public entry point validates its inputs with these, so bad input fails with
 * a `ValueRangeError`/`ValueTypeError` naming the field and its allowed range; nothing is ever truncated.
 */
import { ValueRangeError, ValueTypeError } from './errors.js';

/** Checks that `value` is an integer in [min, max] and returns it. */
export function checkInt(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number') {
    if (typeof value === 'bigint' && value >= BigInt(min) && value <= BigInt(max)) return Number(value);
    if (typeof value === 'bigint') throw new ValueRangeError(field, value, min, max);
    throw new ValueTypeError(field, value, `integer ${min}..${max}`);
  }
  if (!Number.isInteger(value)) {
    throw new ValueRangeError(field, value, min, max, 'must be an integer');
  }
  if (value < min || value > max) throw new ValueRangeError(field, value, min, max);
  return value;
}

/** Largest unsigned integer of each width 0..53 (53: the largest safe integer); a table because `2 ** bits` with a
 * variable exponent is a slow float pow on hot paths. */
const UINT_MAX: readonly number[] = Array.from({ length: 54 }, (_, bits) => (bits >= 53 ? Number.MAX_SAFE_INTEGER : 2 ** bits - 1));

/** Checks an unsigned integer of `bits` width (bits <= 53). */
export function checkUint(field: string, value: unknown, bits: number): number {
  const max = UINT_MAX[bits] ?? Number.MAX_SAFE_INTEGER;
  // the common case without the generic checks' type dispatch
  if (typeof value === 'number' && value >= 0 && value <= max && Number.isInteger(value)) return value;
  return checkInt(field, value, 0, max);
}

/** Checks a boolean. */
export function checkBool(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new ValueTypeError(field, value, 'boolean');
  return value;
}

/** Checks a finite number in [min, max] (floats allowed). */
export function checkNumber(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new ValueTypeError(field, value, `number ${min}..${max}`);
  if (!Number.isFinite(value) || value < min || value > max) throw new ValueRangeError(field, value, min, max);
  return value;
}

/** Checks that `value` is one of `allowed`. */
export function checkEnum<T extends string | number>(field: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new ValueTypeError(field, value, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  }
  return value as T;
}
