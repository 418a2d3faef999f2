import { Evidence, NotApplicable, Progress, Stage, StageDates, TeamProgress } from '../types';
import { ownValue } from '../common/own-value';

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
  /** Evidence entries recorded for this activity and team. */
  readonly evidence: number;
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
  readonly top: number;

  constructor(
    readonly stages: readonly Stage[],
    /** YYYY-MM-DD; dates after it do not count yet. */
    readonly day: string,
  ) {
    this.scores = new Map(stages.map((stage) => [stage.title, stage]));
    this.top = stages.reduce((top, stage) => Math.max(top, stage.score), 0);
  }

  /** The full status of one team's entry for an activity (undefined: the team has no entry). */
  of(entry: TeamProgress | undefined, evidence = 0): ActivityStatus {
    const future: DatedTitle[] = [];
    const unknown: DatedTitle[] = [];
    let best: Stage | undefined;
    let bestDate: string | undefined;
    const dates: StageDates = entry?.stages ?? {};
    for (const title in dates) {
      if (!Object.hasOwn(dates, title)) continue;
      const date = dates[title];
      const stage = this.scores.get(title);
      if (stage === undefined) unknown.push({ title, date });
      else if (date > this.day) future.push({ title, date });
      else if (best === undefined || stage.score > best.score) [best, bestDate] = [stage, date];
    }
    const mark = entry?.notApplicable;
    if (mark !== undefined && mark.date > this.day) future.push({ title: 'Not applicable', date: mark.date });
    future.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const lists = {
      future: future.length === 0 ? NO_TITLES : future,
      unknown: unknown.length === 0 ? NO_TITLES : unknown,
      evidence,
    };
    if (mark !== undefined && mark.date <= this.day) {
      return { kind: 'not-applicable', date: mark.date, score: 0, done: false, notApplicable: mark, ...lists };
    }
    if (best === undefined) return { kind: 'not-assessed', score: 0, done: false, ...lists };
    const done = this.top > 0 && best.score >= this.top;
    return { kind: 'stage', stage: best, date: bestDate, score: best.score, done, ...lists };
  }

  /**
   * `of(entry)` in one number, for scoring loops that cannot afford an object per entry:
   * NOT_APPLICABLE_SCORE, NOT_ASSESSED_SCORE (which scores 0), or the current stage's score. A
   * spec checks that it agrees with `of` on every case.
   */
  scoreOf(entry: TeamProgress | undefined): number {
    if (entry === undefined) return NOT_ASSESSED_SCORE;
    const mark = entry.notApplicable;
    if (mark !== undefined && mark.date <= this.day) return NOT_APPLICABLE_SCORE;
    let best = NOT_ASSESSED_SCORE;
    const dates = entry.stages;
    // for-in without key arrays: this runs for every activity x team entry.
    for (const title in dates) {
      const stage = this.scores.get(title);
      if (stage !== undefined && stage.score > best && dates[title] <= this.day && Object.hasOwn(dates, title)) {
        best = stage.score;
      }
    }
    return best;
  }
}

/** One activity's status for one team on `day` (use StatusRules when reading many). */
export function activityStatus(
  progress: Progress,
  activityUuid: string,
  team: string,
  stages: readonly Stage[],
  day: string,
  evidence = 0,
): ActivityStatus {
  return new StatusRules(stages, day).of(ownValue(ownValue(progress, activityUuid), team), evidence);
}

/** activity uuid -> team -> number of evidence entries naming that team. */
export type EvidenceCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Counts evidence per activity and team once, so each status lookup is two map reads. */
export function evidenceCounts(evidence: readonly Evidence[]): EvidenceCounts {
  const counts = new Map<string, Map<string, number>>();
  for (const entry of evidence) {
    let byTeam = counts.get(entry.activityUuid);
    if (byTeam === undefined) counts.set(entry.activityUuid, (byTeam = new Map()));
    for (const team of new Set(entry.teams)) byTeam.set(team, (byTeam.get(team) ?? 0) + 1);
  }
  return counts;
}

/** The evidence count of one activity and team from `evidenceCounts`. */
export function evidenceCount(counts: EvidenceCounts, activityUuid: string, team: string): number {
  return counts.get(activityUuid)?.get(team) ?? 0;
}

export const NOT_ASSESSED_TEXT = 'Not assessed';
export const NOT_APPLICABLE_TEXT = 'Not applicable';

/** The one word for a status on every page and in every file: the stage's title, or the state. */
export function statusText(status: ActivityStatus): string {
  if (status.kind === 'stage') return status.stage!.title;
  return status.kind === 'not-applicable' ? NOT_APPLICABLE_TEXT : NOT_ASSESSED_TEXT;
}
