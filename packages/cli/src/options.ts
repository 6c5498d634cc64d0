/**
 * Option parsing helpers: commander hands every option over as a string; these turn them into checked
 * numbers/enums and throw fisch's typed errors naming the option, its value and the allowed range.
 */
import { checkEnum, checkInt, ValueRangeError, ValueTypeError } from '@bss2/fisch';

/** Parses a decimal or 0x-prefixed hexadecimal integer option within [min, max]. */
export function intOption(name: string, raw: string | undefined, min: number, max: number, fallback: number): number {
  if (raw === undefined) return fallback;
  const s = raw.trim();
  let value: number;
  if (/^0x[0-9a-f]+$/i.test(s)) value = parseInt(s.slice(2), 16);
  else if (/^[+-]?\d+$/.test(s)) value = Number(s);
  else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) throw new ValueRangeError(name, Number(s), min, max, 'must be an integer');
  else throw new ValueTypeError(name, raw, `integer ${min}..${max}`);
  if (!Number.isSafeInteger(value)) throw new ValueRangeError(name, raw, min, max);
  return checkInt(name, value, min, max);
}

/** Like `intOption` but the option may be absent (undefined stays undefined). */
export function optionalIntOption(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  return raw === undefined ? undefined : intOption(name, raw, min, max, 0);
}

export function enumOption<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  return checkEnum(name, raw, allowed);
}
