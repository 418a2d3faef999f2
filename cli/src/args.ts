import { parseArgs, ParseArgsConfig } from 'node:util';
import {
  DEFAULT_REVIEW_MONTHS,
  monthsInterval,
  parseReviewInterval,
} from '../../src/app/domain/review/review-interval';
import { errorMessage } from '../../src/app/domain/common/error-message';
import { ReviewInterval } from '../../src/app/domain/types';
import { CliError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's parseArgs, strict, with its complaints turned into usage errors (exit code 2). */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(errorMessage(error), { usage: true });
  }
}

/** A whole number option within bounds, or the fallback when absent. */
export function integerOption(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}; got "${value}".`, { usage: true });
  }
  return n;
}

/** The meta option every command takes. */
export const META_OPTION = { meta: { type: 'string' } } as const;

/** `--review-interval`: after how long a stage or evidence is due for review (default 12 months). */
export const REVIEW_OPTION = { 'review-interval': { type: 'string' } } as const;

/** The interval `--review-interval` gives (`6 months`, `1 year`, `P3M`...), or 12 months. */
export function reviewIntervalOption(value: string | undefined): ReviewInterval {
  if (value === undefined) return monthsInterval(DEFAULT_REVIEW_MONTHS);
  const interval = parseReviewInterval(value);
  if (interval === undefined) {
    throw new CliError(
      `--review-interval must be a duration such as 6 months, 1 year or P3M (at most 10 years); got "${value}".`,
      { usage: true },
    );
  }
  return interval;
}
