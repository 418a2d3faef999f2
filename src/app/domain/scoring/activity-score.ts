import { Progress, Stage } from '../types';
import { ownValue } from '../common/own-value';

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
}

/**
 * Scores activities for a fixed set of teams and stage definition. Built once per scoring run so
 * the per-entry work is a few map lookups: the dashboard scores every activity for every team.
 */
export class ActivityScorer {
  private readonly scores: ReadonlyMap<string, number>;
  private readonly top: number;
  private readonly teams: ReadonlySet<string>;

  constructor(teams: readonly string[], stages: readonly Stage[]) {
    this.teams = new Set(teams);
    this.scores = new Map(stages.map((stage) => [stage.title, stage.score]));
    this.top = stages.reduce((top, stage) => Math.max(top, stage.score), 0);
  }

  /** Whether no selected team is left to score: every one marked the activity not applicable. */
  static excluded(result: ActivityScore, teamCount: number): boolean {
    return teamCount > 0 && result.notApplicable === teamCount;
  }

  score(entries: Progress[string] | undefined): ActivityScore {
    const count = this.teams.size;
    if (count === 0 || entries === undefined) return { score: 0, done: false };
    // This runs for every activity x team entry, so: for-in, no key arrays (Object.keys on a
    // 1000-team map is 4x slower), no Object.hasOwn (for-in only yields enumerable keys, and
    // Object.prototype has none: a team called `constructor` is found only when it is there).
    let sum = 0;
    let done = 0;
    let notApplicable = 0;
    for (const team in entries) {
      if (!this.teams.has(team)) continue;
      const entry = entries[team];
      if (entry.notApplicable !== undefined) {
        notApplicable++;
        continue;
      }
      const score = this.currentScore(entry.stages);
      sum += score;
      if (score >= this.top && this.top > 0) done++;
    }
    if (notApplicable === 0) return { score: sum / count, done: done === count };
    const applicable = count - notApplicable;
    // Excluded from numerator and denominator alike: the team neither helps nor drags the mean.
    return applicable === 0
      ? { score: 0, done: false, notApplicable }
      : { score: sum / applicable, done: done === applicable, notApplicable };
  }

  private currentScore(dates: Readonly<Record<string, string>>): number {
    let best = 0;
    for (const title in dates) {
      const score = this.scores.get(title);
      if (score !== undefined && score > best && Object.hasOwn(dates, title)) best = score;
    }
    return best;
  }
}

/** One activity's score for `teams` (see ActivityScorer; use that when scoring many). */
export function activityScore(
  progress: Progress,
  activityUuid: string,
  teams: readonly string[],
  stages: readonly Stage[],
): ActivityScore {
  return new ActivityScorer(teams, stages).score(ownValue(progress, activityUuid));
}
