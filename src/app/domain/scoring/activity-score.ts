import { Progress, ReviewInterval, Stage, TeamProgress } from '../types';
import { ownValue } from '../common/own-value';
import { unbuiltGroups } from '../progress/lazy-teams';
import { teamsByEntry, TeamsByEntry } from '../progress/teams-by-entry';
import {
  EvidenceSummary,
  NO_EVIDENCE,
  NOT_APPLICABLE_SCORE,
  NOT_ASSESSED_SCORE,
  rankedSum,
  StatusRules,
} from '../status/activity-status';

/** Up to this many selected teams are looked up in an activity's entries rather than found in them. */
const FEW_TEAMS = 32;

/** One activity's result for the selected teams. */
export interface ActivityScore {
  /** Mean of the teams' current stage scores (a team without an entry counts 0), 0..1. */
  readonly score: number;
  /** Every selected team has reached the top (100%) stage. False when no team is selected. */
  readonly done: boolean;
  /**
   * Selected teams that marked the activity not applicable (absent when none). They are left out of
   * `score` and `done`; when it is every selected team, the activity is not counted at all.
   */
  readonly notApplicable?: number;
  /** Selected teams that assessed the activity: set a stage (0% included) or marked it n/a. */
  readonly assessed: number;
  /** Selected teams for which it is due for review (absent when none, or not asked). */
  readonly due?: number;
}

/** The evidence of one activity (team -> summary) and its interval, for counting what is due. */
export interface ActivityReview {
  readonly evidence: ReadonlyMap<string, EvidenceSummary> | undefined;
  readonly interval: ReviewInterval;
}

/**
 * Scores activities for a fixed set of teams, stage definition and day. Built once per scoring run
 * so the per-entry work is a few map lookups: the dashboard scores every activity for every team.
 * What an entry counts as comes from StatusRules (status/activity-status.ts), as on every page.
 */
export class ActivityScorer {
  private readonly rules: StatusRules;
  private readonly teams: ReadonlySet<string>;

  constructor(teams: readonly string[], stages: readonly Stage[], day: string) {
    this.teams = new Set(teams);
    this.rules = new StatusRules(stages, day);
  }

  /** Whether no selected team is left to score: every one marked the activity not applicable. */
  static excluded(result: ActivityScore, teamCount: number): boolean {
    return teamCount > 0 && result.notApplicable === teamCount;
  }

  /**
   * The teams of activity `uuid` in `progress` grouped by entry, when the scoring reads it so and its
   * map has not been built yet (see progress/lazy-teams.ts): to `score` in place of its entries.
   */
  unbuiltGroups(progress: Progress, uuid: string): TeamsByEntry | undefined {
    return this.teams.size > FEW_TEAMS ? unbuiltGroups(progress, uuid) : undefined;
  }

  /**
   * The activity's result for the teams; with `review`, how many of them it is due for review for.
   * `groups`: its teams grouped by entry (`unbuiltGroups`), read instead of `entries`.
   */
  score(entries: Progress[string] | undefined, review?: ActivityReview, groups?: TeamsByEntry): ActivityScore {
    const count = this.teams.size;
    if (count === 0) return { score: 0, done: false, assessed: 0 };
    // This runs for every activity x team entry, so: for-in, no key arrays (Object.keys on a
    // 1000-team map is 4x slower), no Object.hasOwn (for-in only yields enumerable keys, and
    // Object.prototype has none: a team called `constructor` is found only when it is there).
    const rules = this.rules;
    const evidence = review?.evidence;
    // Teams per rank (StatusRules.rankScores), summed rank by rank at the end (see rankedSum).
    const atRank = new Array<number>(rules.rankScores.length).fill(0);
    let notApplicable = 0;
    let due = 0;
    /** Counts `teams` teams with `entry`, whose evidence is `summary`. */
    const add = (entry: TeamProgress, summary: EvidenceSummary, teams: number) => {
      const score = rules.scoreOf(entry);
      // One pass: the freshness of what scoreOf just read.
      if (review && rules.lastDue(summary, review.interval)) due += teams;
      if (score === NOT_APPLICABLE_SCORE) notApplicable += teams;
      else if (score !== NOT_ASSESSED_SCORE) atRank[rules.lastRank] += teams;
    };
    const shared = groups ?? (entries === undefined || count <= FEW_TEAMS ? undefined : teamsByEntry(entries));
    if (shared !== undefined) {
      // Teams sharing an entry object (as read from a file) are counted together: the entry is
      // read once, not once per team; a team's own evidence ages apart from the others'.
      for (const [entry, teams] of shared) {
        let without = 0;
        for (const team of teams) {
          if (!this.teams.has(team)) continue;
          const summary = evidence?.get(team);
          if (summary === undefined) without++;
          else add(entry, summary, 1);
        }
        if (without > 0) add(entry, NO_EVIDENCE, without);
      }
    } else if (entries !== undefined && count <= FEW_TEAMS) {
      // A few teams are looked up rather than found by walking every team's entry: scoring one team
      // of 10,000 walked all 10,000 entries of each activity (the history's line per team did that
      // per team and date, for hours).
      for (const team of this.teams)
        if (Object.hasOwn(entries, team)) add(entries[team], evidence?.get(team) ?? NO_EVIDENCE, 1);
    } else {
      for (const team in entries) if (this.teams.has(team)) add(entries[team], evidence?.get(team) ?? NO_EVIDENCE, 1);
    }
    // Teams with evidence and no entry: their evidence ages all the same.
    if (review && evidence) {
      let grouped: Set<string> | undefined;
      const hasEntry = (team: string) =>
        entries !== undefined
          ? Object.hasOwn(entries, team)
          : groups !== undefined && (grouped ??= new Set([...groups.values()].flat())).has(team);
      for (const [team, summary] of evidence) {
        if (!this.teams.has(team) || hasEntry(team)) continue;
        if (this.rules.dueOf(undefined, summary, review.interval)) due++;
      }
    }
    return rankedActivityScore(count, atRank, notApplicable, rules.rankScores, rules.top, due);
  }
}

/**
 * An activity's result from its teams counted per rank (`atRank`, StatusRules.rankScores) and the
 * number that marked it not applicable, for `count` selected teams; the one way every scoring
 * (the heatmap's, and the history's of every date at once) turns counts into a result.
 */
export function rankedActivityScore(
  count: number,
  atRank: ArrayLike<number>,
  notApplicable: number,
  rankScores: readonly number[],
  top: number,
  due = 0,
): ActivityScore {
  if (count === 0) return { score: 0, done: false, assessed: 0 };
  let assessed = notApplicable;
  let done = 0;
  for (let rank = 0; rank < rankScores.length; rank++) {
    assessed += atRank[rank];
    if (top > 0 && rankScores[rank] >= top) done += atRank[rank];
  }
  const sum = rankedSum(atRank, rankScores);
  const dueCount = due === 0 ? {} : { due };
  if (notApplicable === 0) return { score: sum / count, done: done === count, assessed, ...dueCount };
  const applicable = count - notApplicable;
  // Excluded from numerator and denominator alike: the team neither helps nor drags the mean.
  return applicable === 0
    ? { score: 0, done: false, notApplicable, assessed, ...dueCount }
    : { score: sum / applicable, done: done === applicable, notApplicable, assessed, ...dueCount };
}

/** One activity's score for `teams` on `day` (see ActivityScorer; use that when scoring many). */
export function activityScore(
  progress: Progress,
  activityUuid: string,
  teams: readonly string[],
  stages: readonly Stage[],
  day: string,
): ActivityScore {
  return new ActivityScorer(teams, stages, day).score(ownValue(progress, activityUuid));
}
