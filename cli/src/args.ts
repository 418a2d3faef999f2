import { parseArgs, ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's parseArgs, strict, with its complaints turned into usage errors (exit code 2). */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message, { usage: true });
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
