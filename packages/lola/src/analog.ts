/**
 * Analog (CapMem) parameter values. Every analog field of a lola container is one CapMem cell: a 10-bit DAC
 * code where 0..1022 are values and 1023 means "disable refresh" (the cell keeps its last charge). Values are
 * DAC codes (LSB), not volts or amperes; calibration maps them to physical units.
 */
import { checkInt } from '@bss2/fisch';

/** Largest refreshable CapMem code. */
export const ANALOG_MAX = 1022;
/** The special code that disables the refresh of a cell. */
export const ANALOG_DISABLE_REFRESH = 1023;

/** A CapMem code: 0..1022, or 1023 (= disable refresh). */
export type AnalogValue = number;

/** Validates an analog value (0..1023) and returns it. The typed error names `field`. */
export function checkAnalog(field: string, value: unknown): AnalogValue {
  return checkInt(field, value, 0, ANALOG_DISABLE_REFRESH);
}

/** True if the value is the "disable refresh" code. */
export function isDisableRefresh(value: AnalogValue): boolean {
  return value === ANALOG_DISABLE_REFRESH;
}
