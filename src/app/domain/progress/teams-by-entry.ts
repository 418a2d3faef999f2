import { Progress, TeamProgress } from '../types';

/** One activity's progress (team -> entry) with its teams grouped by entry object. */
export type TeamsByEntry = ReadonlyMap<TeamProgress, readonly string[]>;

/**
 * The progress reader shares one entry object among all the teams of an activity with the same
 * stages and dates (1,000 teams' 194,000 entries are a few dozen objects), and records here which
 * teams share which: scoring then reads each distinct entry once rather than once per team. A map
 * gets a grouping only here, frozen as it is recorded, so the grouping stays what the map holds.
 * Maps made otherwise (edits, merges) have none and are read team by team.
 */
const groupings = new WeakMap<object, TeamsByEntry>();

/** Records `groups` (every own key of `teams`, by the object it maps to) and freezes `teams`. */
export function recordTeamsByEntry(teams: Progress[string], groups: TeamsByEntry): void {
  groupings.set(Object.freeze(teams), groups);
}

/** The grouping of `teams` by entry recorded by the reader; undefined when none was. */
export function teamsByEntry(teams: Progress[string]): TeamsByEntry | undefined {
  return groupings.get(teams);
}
