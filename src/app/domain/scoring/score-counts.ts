/** How far a set of activities is implemented. */
export interface ScoreCounts {
  /** Activities counted. */
  readonly total: number;
  /** Activities fully implemented by every selected team. */
  readonly done: number;
  /** Mean activity score, 0..1; null when there is nothing to score (total 0), never NaN. */
  readonly score: number | null;
}

export const NO_ACTIVITIES: ScoreCounts = { total: 0, done: 0, score: null };

/** Running sums while scoring; turned into ScoreCounts at the end. */
export class CountsAccumulator {
  private total = 0;
  private done = 0;
  private sum = 0;

  add(score: number, done: boolean): void {
    this.total++;
    this.sum += score;
    if (done) this.done++;
  }

  counts(): ScoreCounts {
    return this.total === 0 ? NO_ACTIVITIES : { total: this.total, done: this.done, score: this.sum / this.total };
  }
}
