import { NotApplicable, Progress, Stage, StageDates, TeamProgress } from '../types';
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
 * with `now` so that it wins over older file data on reload. Choosing a stage ends a "not
 * applicable" mark: an activity is either assessed with a stage or does not apply, never both.
 * Returns `progress` itself when nothing changes.
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
  const next = withStageEntry(entry, stageTitle, today, now, stages);
  return next === entry ? progress : withTeamProgress(progress, activityUuid, team, next!);
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
    const next = withStageEntry(entry, stageTitle, today, now, stages);
    if (next === entry) continue;
    changed ??= { ...current };
    // Defined, not assigned: a team called `__proto__` is an entry like any other.
    Object.defineProperty(changed, team, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return changed === undefined ? progress : { ...progress, [activityUuid]: changed };
}

/** One entry set to a stage (the mark ended); `entry` itself when nothing changes. */
function withStageEntry(
  entry: TeamProgress | undefined,
  stageTitle: string,
  today: string,
  now: number,
  stages: readonly Stage[],
): TeamProgress | undefined {
  const dates = entry?.stages ?? {};
  const after = withStage(dates, stageTitle, today, stages);
  if (after === dates && entry?.notApplicable === undefined) return entry;
  return { stages: after, editedAt: now };
}

/**
 * Puts entries back as they were (an undo), as browser edits stamped with `now` so they win over
 * the files on reload; a team that had no entry gets an empty one (not assessed), not a gap a file
 * entry could fill.
 */
export function restoreEntries(
  progress: Progress,
  activityUuid: string,
  entries: ReadonlyMap<string, TeamProgress | undefined>,
  now: number,
): Progress {
  let next = progress;
  for (const [team, entry] of entries) {
    next = withTeamProgress(next, activityUuid, team, editedEntry(entry?.stages ?? {}, entry?.notApplicable, now));
  }
  return next;
}

/**
 * Takes the teams' stages off the activity ("not assessed"): their entries are emptied (titles the
 * definition lacks stay) and stamped, so a file's older stage does not come back on reload.
 * Returns `progress` itself when no team had a stage.
 */
export function setTeamsNotAssessed(
  progress: Progress,
  activityUuid: string,
  teams: readonly string[],
  now: number,
  stages: readonly Stage[],
): Progress {
  const known = new Set(stages.map((stage) => stage.title));
  let next = progress;
  for (const team of teams) {
    const entry = teamProgress(next, activityUuid, team);
    const dates = Object.entries(entry?.stages ?? {});
    if (!dates.some(([title]) => known.has(title))) continue;
    const unknown = Object.fromEntries(dates.filter(([title]) => !known.has(title)));
    next = withTeamProgress(next, activityUuid, team, editedEntry(unknown, entry?.notApplicable, now));
  }
  return next;
}

/** An entry as a browser edit at `now` leaves it (not `imported`: the edit is the team's change). */
function editedEntry(stages: StageDates, notApplicable: NotApplicable | undefined, now: number): TeamProgress {
  return notApplicable === undefined ? { stages, editedAt: now } : { stages, notApplicable, editedAt: now };
}
