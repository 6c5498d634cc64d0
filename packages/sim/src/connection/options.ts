/** Validation of `SimConnection` options: every bad value fails with a typed error naming the field. */
import { checkBool, checkInt, moduleLogger, ValueTypeError, type Logger } from '@bss2/fisch';
import type { ChipModelFactory } from '../physics/interface.js';

export interface SimConnectionOptions {
  /** Seed for the chip model's noise (integer 0..2^32-1, default 0). Same seed + program => same responses. */
  readonly seed?: number;
  /** Per-circuit fixed-pattern deviations in the chip model (default false). */
  readonly fixedPatternNoise?: boolean;
  /** Trial-to-trial noise in the chip model (default false). */
  readonly trialNoise?: boolean;
  /** Chip model factory (default: the physics package's `createChipModel`). */
  readonly chipModel?: ChipModelFactory;
  /** Logger (winston-compatible); default: the stack's `sim` module logger (silent unless configured). */
  readonly logger?: Logger;
  /**
   * Instructions executed between checks of the abort signal (1..2^24, default 16384). Lower values make
   * `abort()` react faster at a small throughput cost.
   */
  readonly sliceInstructions?: number;
}

export interface ResolvedSimOptions {
  readonly seed: number;
  readonly fixedPatternNoise: boolean;
  readonly trialNoise: boolean;
  readonly chipModel: ChipModelFactory;
  readonly logger: Logger;
  readonly sliceInstructions: number;
}

export function resolveSimOptions(options: unknown, defaultModel: ChipModelFactory): ResolvedSimOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValueTypeError('SimConnectionOptions', options, 'object');
  }
  const o = options as Record<string, unknown>;
  const known = new Set(['seed', 'fixedPatternNoise', 'trialNoise', 'chipModel', 'logger', 'sliceInstructions']);
  for (const key of Object.keys(o)) {
    if (!known.has(key)) throw new ValueTypeError(`SimConnectionOptions.${key}`, o[key], `no such option (known: ${[...known].join(', ')})`);
  }
  const chipModel = o['chipModel'] ?? defaultModel;
  if (typeof chipModel !== 'function') throw new ValueTypeError('SimConnectionOptions.chipModel', chipModel, 'ChipModelFactory function');
  const logger = o['logger'] ?? moduleLogger('sim');
  if (typeof logger !== 'object' || logger === null || typeof (logger as Logger).warn !== 'function' || typeof (logger as Logger).debug !== 'function') {
    throw new ValueTypeError('SimConnectionOptions.logger', logger, 'winston-compatible logger (debug/warn methods)');
  }
  return {
    seed: checkInt('SimConnectionOptions.seed', o['seed'] ?? 0, 0, 0xffff_ffff),
    fixedPatternNoise: checkBool('SimConnectionOptions.fixedPatternNoise', o['fixedPatternNoise'] ?? false),
    trialNoise: checkBool('SimConnectionOptions.trialNoise', o['trialNoise'] ?? false),
    chipModel: chipModel as ChipModelFactory,
    logger: logger as Logger,
    sliceInstructions: checkInt('SimConnectionOptions.sliceInstructions', o['sliceInstructions'] ?? 16384, 1, 2 ** 24),
  };
}
