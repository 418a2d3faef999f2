import { Evidence, NotApplicable, Progress, ReviewInterval, Stage, StageDates, TeamProgress } from '../types';
import { ownValue } from '../common/own-value';
import { changedAfterReview } from '../evidence/evidence-review';
import { addInterval } from '../review/review-interval';

/**
 * The one answer to "what is the state of this activity for this team on this day". Every page,
 * export and `dsomm` command reads it through this module; none derives it on its own.
 *
 * - `not-applicable`: the team declared the activity does not apply (from the mark's date on).
 *   It wins over any stage dates kept with it; it is left out of scores.
 * - `stage`: the highest-scoring stage of the current definition reached on or before the day.
 *   An explicitly set 0% stage ("Not implemented") is a stage: the team has looked at it.
 * - `not-assessed`: no known stage dated on or before the day and no mark. It scores 0 like the
 *   0% stage, but it is not the same statement: nobody has said anything about it yet.
 *
 * Dates after the day count only from that day: they are listed in `future` and ignored until
 * then. Titles the definition lacks (e.g. `Done` from another tool) are kept in the data, listed in
 * `unknown`, and never scored.
 *
 * Freshness (given a review interval): what the team says of the activity is due for review once
 * the interval has passed since it was last confirmed. With evidence, that is the latest day a
 * piece of it was recorded or reviewed: proof older than the interval is due even when the stage
 * was set yesterday, and fresh proof confirms the stage. Without evidence, it is the day of the
 * stage or the "not applicable" mark. A 0% stage and "not assessed" claim nothing: without
 * evidence there is nothing to review.
 */
export type StatusKind = 'not-assessed' | 'stage' | 'not-applicable';

export interface DatedTitle {
  readonly title: string;
  readonly date: string;
}

export interface ActivityStatus {
  readonly kind: StatusKind;
  /** The current stage (kind `stage` only). */
  readonly stage?: Stage;
  /** The day the current stage was reached, or the activity was marked not applicable. */
  readonly date?: string;
  /** 0..1; 0 unless kind is `stage`. */
  readonly score: number;
  /** The top (100%) stage is reached. */
  readonly done: boolean;
  /** The mark (kind `not-applicable` only). */
  readonly notApplicable?: NotApplicable;
  /** Stage dates (and a mark, titled `Not applicable`) after the day, in date order. */
  readonly future: readonly DatedTitle[];
  /** Stage titles the current definition lacks, with their dates. */
  readonly unknown: readonly DatedTitle[];
  /** The evidence recorded for this activity and team. */
  readonly evidence: EvidenceSummary;
  /** When it needs its next review; undefined when there is nothing to review or no interval. */
  readonly review?: Freshness;
  /** The interval has passed: due for review since `review.by`. */
  readonly due: boolean;
}

/** Evidence of one activity and team, summed up once for every status read (evidenceSummaries). */
export interface EvidenceSummary {
  /** Entries naming the team. */
  readonly count: number;
  /** The latest day one was recorded or reviewed, of the days on or before the summary's day. */
  readonly latest?: string;
  /** The latest day one was reviewed (on or before the summary's day). */
  readonly reviewed?: string;
  /** Entries changed after their review (see evidence-review.ts). */
  readonly changed: number;
}

export const NO_EVIDENCE: EvidenceSummary = Object.freeze({ count: 0, changed: 0 });

/** When a team's statement on an activity is due for review (see StatusRules). */
export interface Freshness {
  /** What it is counted from: the latest evidence, or the stage (or mark) when there is none. */
  readonly basis: 'evidence' | 'stage';
  /** The day it was last confirmed (YYYY-MM-DD). */
  readonly since: string;
  /** The day it is due for review: `since` plus the interval. */
  readonly by: string;
  readonly interval: ReviewInterval;
}

/** What `StatusRules.scoreOf` returns for an activity that does not apply to the team. */
export const NOT_APPLICABLE_SCORE = -1;
/** What `StatusRules.scoreOf` returns for an activity the team has not assessed (it scores 0). */
export const NOT_ASSESSED_SCORE = -2;

const NO_TITLES: readonly DatedTitle[] = Object.freeze([]);

/**
 * The rules for one stage definition and one day, built once and applied to many entries (the
 * heatmap reads every activity of every team: 2 million entries at 10,000 teams).
 */
export class StatusRules {
  private readonly scores: ReadonlyMap<string, Stage>;
  /** Title -> its stage and the rank of its score (see `rankScores`), read once per title by `scoreOf`. */
  private readonly ranked: ReadonlyMap<string, RankedStage>;
  /** The day of what the entry `scoreOf` read last claims (see lastDue). */
  private lastClaim: string | undefined;
  private lastRead: RankedStage | undefined;
  /**
   * The distinct stage scores, lowest first: a stage's rank is its score's index here. Scoring
   * counts the teams at each rank and sums rank by rank (`rankedSum`), so that the heatmap and the
   * history's scoring of every date (which counts by rank, not team by team) add the same numbers
   * in the same order and agree to the last bit.
   */
  readonly rankScores: readonly number[];
  /** Per interval, `since -> by`: a few hundred distinct days for a million entries. */
  private readonly dueDays = new WeakMap<ReviewInterval, Map<string, string>>();
  readonly top: number;

  constructor(
    readonly stages: readonly Stage[],
    /** YYYY-MM-DD; dates after it do not count yet. */
    readonly day: string,
  ) {
    this.scores = new Map(stages.map((stage) => [stage.title, stage]));
    this.top = stages.reduce((top, stage) => Math.max(top, stage.score), 0);
    this.rankScores = [...new Set(stages.map((stage) => stage.score))].sort((a, b) => a - b);
    const rankOf = new Map(this.rankScores.map((score, rank) => [score, rank]));
    this.ranked = new Map([...this.scores].map(([title, stage]) => [title, { stage, rank: rankOf.get(stage.score)! }]));
  }

  /** The stage of a title and the rank of its score (see `rankScores`); undefined for titles the definition lacks. */
  rankedStage(title: string): RankedStage | undefined {
    return this.ranked.get(title);
  }

  /**
   * The full status of one team's entry for an activity (undefined: the team has no entry), with
   * its evidence and, given the activity's review interval, its freshness.
   */
  of(
    entry: TeamProgress | undefined,
    evidence: EvidenceSummary = NO_EVIDENCE,
    interval?: ReviewInterval,
  ): ActivityStatus {
    // Created only when needed: most entries have neither, and this runs a million times a page.
    let future: DatedTitle[] | undefined;
    let unknown: DatedTitle[] | undefined;
    let best: Stage | undefined;
    let bestDate: string | undefined;
    const dates: StageDates = entry?.stages ?? {};
    for (const title in dates) {
      if (!Object.hasOwn(dates, title)) continue;
      const date = dates[title];
      const stage = this.scores.get(title);
      if (stage === undefined) (unknown ??= []).push({ title, date });
      else if (date > this.day) (future ??= []).push({ title, date });
      else if (best === undefined || stage.score > best.score) [best, bestDate] = [stage, date];
    }
    const mark = entry?.notApplicable;
    if (mark !== undefined && mark.date > this.day) (future ??= []).push({ title: 'Not applicable', date: mark.date });
    future?.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const marked = mark !== undefined && mark.date <= this.day;
    const claim = marked ? mark.date : best !== undefined && best.score > 0 ? bestDate : undefined;
    const review = interval === undefined ? undefined : this.freshness(claim, evidence, interval);
    const futureTitles = future ?? NO_TITLES;
    const unknownTitles = unknown ?? NO_TITLES;
    const due = review !== undefined && review.by <= this.day;
    // Object literals rather than spreads: the build lowers a spread to a helper call, and this
    // runs for every team x activity a page lists (the report of 10,000 teams spent most of its
    // 20 s in those helpers).
    let status: { -readonly [K in keyof ActivityStatus]: ActivityStatus[K] };
    if (marked) {
      status = {
        kind: 'not-applicable',
        date: mark.date,
        score: 0,
        done: false,
        notApplicable: mark,
        future: futureTitles,
        unknown: unknownTitles,
        evidence,
        due,
      };
    } else if (best === undefined) {
      status = {
        kind: 'not-assessed',
        score: 0,
        done: false,
        future: futureTitles,
        unknown: unknownTitles,
        evidence,
        due,
      };
    } else {
      const done = this.top > 0 && best.score >= this.top;
      status = {
        kind: 'stage',
        stage: best,
        date: bestDate,
        score: best.score,
        done,
        future: futureTitles,
        unknown: unknownTitles,
        evidence,
        due,
      };
    }
    if (review !== undefined) status.review = review;
    return status;
  }

  /**
   * `of(entry, evidence, interval).due` without building the status, for loops over every entry
   * (heatmap, due lists). A spec checks that it agrees with `of` on every case.
   */
  dueOf(entry: TeamProgress | undefined, evidence: EvidenceSummary, interval: ReviewInterval): boolean {
    this.scoreOf(entry);
    return this.lastDue(evidence, interval);
  }

  /**
   * `dueOf` for the entry `scoreOf` just read, for scoring loops that need both: one pass over
   * its stages instead of two (the heatmap reads every activity x team entry).
   */
  lastDue(evidence: EvidenceSummary, interval: ReviewInterval): boolean {
    const since = evidence.latest ?? this.lastClaim;
    return since !== undefined && this.dueDay(since, interval) <= this.day;
  }

  /**
   * The current stage of the entry `scoreOf` just read (`of(entry).stage`; undefined unless its
   * kind is `stage`), for loops that group thousands of teams by stage without a status each.
   */
  get lastStage(): Stage | undefined {
    return this.lastRead?.stage;
  }

  /** The rank (see `rankScores`) of the stage `scoreOf` just read; -1 when it read none. */
  get lastRank(): number {
    return this.lastRead === undefined ? -1 : this.lastRead.rank;
  }

  /** Whether a `scoreOf` result is the top stage (`of(entry).done`). */
  isDone(score: number): boolean {
    return this.top > 0 && score >= this.top;
  }

  private freshness(
    claim: string | undefined,
    evidence: EvidenceSummary,
    interval: ReviewInterval,
  ): Freshness | undefined {
    const basis: Freshness['basis'] = evidence.latest !== undefined ? 'evidence' : 'stage';
    const since = evidence.latest ?? claim;
    return since === undefined ? undefined : { basis, since, by: this.dueDay(since, interval), interval };
  }

  /** `since` plus the interval, worked out once per day and interval. */
  private dueDay(since: string, interval: ReviewInterval): string {
    let days = this.dueDays.get(interval);
    if (days === undefined) this.dueDays.set(interval, (days = new Map()));
    let by = days.get(since);
    if (by === undefined) days.set(since, (by = addInterval(since, interval)));
    return by;
  }

  /**
   * `of(entry)` in one number, for scoring loops that cannot afford an object per entry:
   * NOT_APPLICABLE_SCORE, NOT_ASSESSED_SCORE (which scores 0), or the current stage's score. A
   * spec checks that it agrees with `of` on every case.
   */
  scoreOf(entry: TeamProgress | undefined): number {
    this.lastClaim = undefined;
    this.lastRead = undefined;
    if (entry === undefined) return NOT_ASSESSED_SCORE;
    const mark = entry.notApplicable;
    if (mark !== undefined && mark.date <= this.day) {
      this.lastClaim = mark.date;
      return NOT_APPLICABLE_SCORE;
    }
    let best = NOT_ASSESSED_SCORE;
    let date: string | undefined;
    let read: RankedStage | undefined;
    const dates = entry.stages;
    // for-in without key arrays: this runs for every activity x team entry.
    for (const title in dates) {
      const ranked = this.ranked.get(title);
      if (
        ranked !== undefined &&
        ranked.stage.score > best &&
        dates[title] <= this.day &&
        Object.hasOwn(dates, title)
      ) {
        best = ranked.stage.score;
        date = dates[title];
        read = ranked;
      }
    }
    this.lastRead = read;
    // What the entry claims: a mark, or a stage above 0% (a 0% stage and "not assessed" claim nothing).
    if (best > 0) this.lastClaim = date;
    return best;
  }
}

/** A stage with the rank of its score among the definition's distinct scores (StatusRules.rankScores). */
export interface RankedStage {
  readonly stage: Stage;
  readonly rank: number;
}

/**
 * The sum of the scores of teams counted per rank (`counts[rank]`, StatusRules.rankScores): added
 * rank by rank, lowest first, whatever order the teams were read in (see `rankScores`).
 */
export function rankedSum(counts: ArrayLike<number>, rankScores: readonly number[]): number {
  let sum = 0;
  for (let rank = 0; rank < rankScores.length; rank++) if (counts[rank] !== 0) sum += counts[rank] * rankScores[rank];
  return sum;
}

/** One activity's status for one team on `day` (use StatusRules when reading many). */
export function activityStatus(
  progress: Progress,
  activityUuid: string,
  team: string,
  stages: readonly Stage[],
  day: string,
  evidence: EvidenceSummary = NO_EVIDENCE,
  interval?: ReviewInterval,
): ActivityStatus {
  return new StatusRules(stages, day).of(ownValue(ownValue(progress, activityUuid), team), evidence, interval);
}

/** activity uuid -> team -> the summary of the evidence naming that team. */
export type EvidenceSummaries = ReadonlyMap<string, ReadonlyMap<string, EvidenceSummary>>;

/**
 * Sums evidence up per activity and team once, so each status lookup is two map reads. Every
 * entry is counted; recording and review days after `day` do not count yet (as stage dates).
 */
export function evidenceSummaries(evidence: readonly Evidence[], day: string): EvidenceSummaries {
  const summaries = new Map<string, Map<string, EvidenceSummary>>();
  const later = (a: string | undefined, b: string | undefined) =>
    b === undefined || b > day || (a !== undefined && a >= b) ? a : b;
  for (const entry of evidence) {
    let byTeam = summaries.get(entry.activityUuid);
    if (byTeam === undefined) summaries.set(entry.activityUuid, (byTeam = new Map()));
    const changed = changedAfterReview(entry) ? 1 : 0;
    const latest = entry.evidenceRecorded <= day ? entry.evidenceRecorded : undefined;
    for (const team of new Set(entry.teams)) {
      const was = byTeam.get(team) ?? NO_EVIDENCE;
      const reviewed = later(was.reviewed, entry.reviewed);
      const newest = later(later(was.latest, latest), reviewed);
      byTeam.set(team, {
        count: was.count + 1,
        ...(newest === undefined ? {} : { latest: newest }),
        ...(reviewed === undefined ? {} : { reviewed }),
        changed: was.changed + changed,
      });
    }
  }
  return summaries;
}

/** The evidence summary of one activity and team from `evidenceSummaries`. */
export function evidenceSummary(summaries: EvidenceSummaries, activityUuid: string, team: string): EvidenceSummary {
  return summaries.get(activityUuid)?.get(team) ?? NO_EVIDENCE;
}

export const NOT_ASSESSED_TEXT = 'Not assessed';
export const NOT_APPLICABLE_TEXT = 'Not applicable';

/**
 * A stage (or mark) dated after the day, as every page writes it: `Fully implemented from 15 Jan
 * 2027` (`day` writes the date in the settings' format).
 */
export function scheduledText(later: DatedTitle, day: (date: string) => string): string {
  return `${later.title} from ${day(later.date)}`;
}

/** The one word for a status on every page and in every file: the stage's title, or the state. */
export function statusText(status: ActivityStatus): string {
  if (status.kind === 'stage') return status.stage!.title;
  return status.kind === 'not-applicable' ? NOT_APPLICABLE_TEXT : NOT_ASSESSED_TEXT;
}
