import { Progress, Stage, TeamProgress } from '../types';
import { ownValue } from '../common/own-value';
import { withStage } from './with-stage';

/** One team's entry for one activity, if any. */
export function teamProgress(progress: Progress, activityUuid: string, team: string): TeamProgress | undefined {
  return ownValue(ownValue(progress, activityUuid), team);
}

/** Progress with one entry replaced (or added). */
export function withTeamProgress(
  progress: Progress,
  activityUuid: string,
  team: string,
  entry: TeamProgress,
): Progress {
  return { ...progress, [activityUuid]: { ...ownValue(progress, activityUuid), [team]: entry } };
}

/**
 * Sets a team's stage on an activity as a browser edit (see `withStage` for the rules), stamped
 * with `now` so that it wins over older file data on reload. An entry lowered to 0% stays as an
 * empty, stamped entry: that is what makes the downgrade survive a reload of a file that still has
 * the old dates. Returns `progress` itself when the stage does not change.
 */
export function setTeamStage(
  progress: Progress,
  activityUuid: string,
  team: string,
  stageTitle: string,
  today: string,
  now: number,
  stages: readonly Stage[],
): Progress {
  const entry = teamProgress(progress, activityUuid, team);
  const dates = entry?.stages ?? {};
  const after = withStage(dates, stageTitle, today, stages);
  if (after === dates) return progress;
  // The "not applicable" mark stays: it is cleared on its own (progress/not-applicable.ts).
  return withTeamProgress(progress, activityUuid, team, { ...entry, stages: after, editedAt: now });
}

/**
 * Sets several teams to one stage on one activity ("set for all visible teams"), with the same
 * rules as setTeamStage. The activity's map of teams is copied once, where calling setTeamStage
 * for each team would copy it once per team: a million entries copied for 1,000 teams. Returns
 * `progress` itself when no team's stage changes.
 */
export function setTeamsStage(
  progress: Progress,
  activityUuid: string,
  teams: readonly string[],
  stageTitle: string,
  today: string,
  now: number,
  stages: readonly Stage[],
): Progress {
  const current = ownValue(progress, activityUuid);
  let changed: Record<string, TeamProgress> | undefined;
  for (const team of teams) {
    const entry = ownValue(current, team);
    const dates = entry?.stages ?? {};
    const after = withStage(dates, stageTitle, today, stages);
    if (after === dates) continue;
    changed ??= { ...current };
    // Defined, not assigned: a team called `__proto__` is an entry like any other.
    Object.defineProperty(changed, team, {
      value: { ...entry, stages: after, editedAt: now },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return changed === undefined ? progress : { ...progress, [activityUuid]: changed };
}
