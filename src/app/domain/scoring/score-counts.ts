import { Stage } from '../types';
import { countText } from '../common/count-text';
import { topStage } from '../progress/stage-score';

/** How far a set of activities is implemented. */
export interface ScoreCounts {
  /** Activities counted. */
  readonly total: number;
  /** Activities fully implemented by every selected team. */
  readonly done: number;
  /** Mean activity score, 0..1; null when there is nothing to score (total 0), never NaN. */
  readonly score: number | null;
  /**
   * Activities left out because every selected team marked them not applicable (absent when none).
   * They are not in `total`: a sector whose activities are all not applicable has total 0.
   */
  readonly notApplicable?: number;
  /** Activities due for review for at least one selected team, not-applicable ones included. */
  readonly due?: number;
}

/**
 * A "done" count in the one way every page writes it: `3 / 27`, and `3 / 27 (+1 not applicable)`
 * when activities were left out because they apply to none of the teams (so the numbers add up to
 * what is listed).
 */
export function doneText(counts: ScoreCounts): string {
  const notApplicable = counts.notApplicable ? ` (+${countText(counts.notApplicable)} not applicable)` : '';
  return `${countText(counts.done)} / ${countText(counts.total)}${notApplicable}`;
}

/** Whom a "done" count is about: the selected teams, one team, or the teams of a group. */
export type DoneScope = 'selection' | 'team' | 'group';

/**
 * What a "done" count (ScoreCounts.done, as ActivityScorer decides it) means, for the note next to
 * it: an activity is done when every team it applies to has reached the top stage (a team that has
 * not assessed it has not); one that applies to none of the teams is left out of the count.
 */
export function doneMeaning(stages: readonly Stage[], scope: DoneScope): string {
  const top = topStage(stages)?.title ?? 'Fully implemented';
  if (scope === 'team') {
    return `Done: at ${top} (the 100% stage). Activities that do not apply to the team are not counted.`;
  }
  const who = scope === 'group' ? 'every team of the group' : 'every selected team';
  return `Done: at ${top} (the 100% stage) for ${who} it applies to. Activities that apply to none of them are not counted.`;
}

export const NO_ACTIVITIES: ScoreCounts = { total: 0, done: 0, score: null };

/** Running sums while scoring; turned into ScoreCounts at the end. */
export class CountsAccumulator {
  private total = 0;
  private done = 0;
  private sum = 0;
  private notApplicable = 0;
  private due = 0;

  /** An activity due for review for some team (counted whatever else it is). */
  addDue(): void {
    this.due++;
  }

  add(score: number, done: boolean): void {
    this.total++;
    this.sum += score;
    if (done) this.done++;
  }

  /** An activity that does not apply to any selected team: counted apart, not in the mean. */
  addNotApplicable(): void {
    this.notApplicable++;
  }

  counts(): ScoreCounts {
    const counts =
      this.total === 0 ? NO_ACTIVITIES : { total: this.total, done: this.done, score: this.sum / this.total };
    const withNotApplicable = this.notApplicable === 0 ? counts : { ...counts, notApplicable: this.notApplicable };
    return this.due === 0 ? withNotApplicable : { ...withNotApplicable, due: this.due };
  }
}
