import { defineOwn, dictionary, ownValue } from '../common/own-value';
import { knownTally, progressTally, ProgressTally } from '../stages/apply-stage-draft';
import { AssessmentState, Progress, TeamProgress } from '../types';

/** An activity's teams as told: null where the entry is the base's own. */
type TeamsTold = Readonly<Record<string, TeamProgress | null>>;

/**
 * An assessment told as what differs from the one it was made from, to send between threads: the
 * import worker applies a file to its copy of the browser's assessment, and the page rebuilds the
 * result from its own. What the import left alone stays the page's very objects (an activity's
 * team map keeps the reader's grouping, see teams-by-entry.ts) and is not copied across.
 */
export interface AssessmentDelta {
  /** The result's fields, in its order. */
  readonly keys: readonly (keyof AssessmentState)[];
  /** The fields that are not the base's own (progress apart). */
  readonly changed: Partial<Omit<AssessmentState, 'progress'>>;
  /** Each activity in order, null where its team map is the base's. Absent: the base's progress. */
  readonly progress?: readonly (readonly [string, TeamsTold | null])[];
  /** The result's progress counted (progressTally) where it was made, with `progress`. */
  readonly tally?: ProgressTally;
}

export function assessmentDelta(base: AssessmentState, next: AssessmentState): AssessmentDelta {
  const keys = Object.keys(next) as (keyof AssessmentState)[];
  const changed: Record<string, unknown> = {};
  for (const key of keys) if (key !== 'progress' && next[key] !== base[key]) changed[key] = next[key];
  if (next.progress === base.progress) return { keys, changed };
  const progress = Object.keys(next.progress).map((uuid) => {
    const teams = next.progress[uuid];
    const mine = ownValue(base.progress, uuid);
    if (mine === undefined || mine === teams) return [uuid, mine === teams ? null : teams] as const;
    const told = dictionary<TeamProgress | null>();
    for (const team of Object.keys(teams))
      defineOwn(told, team, ownValue(mine, team) === teams[team] ? null : teams[team]);
    return [uuid, told] as const;
  });
  return { keys, changed, progress, tally: progressTally(next.progress) };
}

/** The assessment `delta` tells, from the one it was made from (or an equal copy of it). */
export function withDelta(base: AssessmentState, delta: AssessmentDelta): AssessmentState {
  const changed: Readonly<Record<string, unknown>> = delta.changed;
  const result: Record<string, unknown> = {};
  for (const key of delta.keys) result[key] = Object.hasOwn(changed, key) ? changed[key] : base[key];
  if (delta.progress) {
    const progress: Record<string, Progress[string]> = {};
    for (const [uuid, told] of delta.progress) defineOwn(progress, uuid, teamsOf(ownValue(base.progress, uuid), told));
    if (delta.tally) knownTally(progress, delta.tally);
    result['progress'] = progress;
  }
  return result as unknown as AssessmentState;
}

function teamsOf(mine: Progress[string] | undefined, told: TeamsTold | null): Progress[string] {
  if (told === null) return mine!;
  if (mine === undefined) return told as Progress[string];
  const teams = dictionary<TeamProgress>();
  for (const team of Object.keys(told)) defineOwn(teams, team, told[team] ?? mine[team]);
  return teams;
}
