import { Targets } from '../types';
import { ownValue } from '../common/own-value';

/** The key of the target that applies to every team without one of its own. */
export const ALL_TEAMS_TARGET = '*';

/** The target level of `team`: its own, else the all-teams one; undefined when neither is set. */
export function targetFor(targets: Targets | undefined, team: string): number | undefined {
  if (targets === undefined) return undefined;
  return ownValue(targets, team) ?? ownValue(targets, ALL_TEAMS_TARGET);
}

/**
 * Targets with the level of `key` (a team, or `*` for all teams) set, or removed when `level` is
 * undefined. Returns `targets` itself when nothing changes. Throws a RangeError for a level that is
 * not a whole number from 1: the caller offers only the model's levels.
 */
export function withTarget(targets: Targets | undefined, key: string, level: number | undefined): Targets {
  const current = targets ?? {};
  if (level !== undefined && (!Number.isInteger(level) || level < 1)) {
    throw new RangeError(`A target level is a whole number from 1, not ${level}.`);
  }
  if (ownValue(current, key) === level && targets !== undefined) return targets;
  const rest = Object.entries(current).filter(([name]) => name !== key);
  // Object.fromEntries, not assignment: a team may be called `__proto__`.
  return Object.fromEntries(level === undefined ? rest : [...rest, [key, level]]);
}
