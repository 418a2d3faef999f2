import { Activity, Model, Progress, Stage } from '../types';
import { EvidenceSummary } from '../status/activity-status';
import { ownValue } from '../common/own-value';
import { unbuiltGroups } from '../progress/lazy-teams';
import { teamsByEntry } from '../progress/teams-by-entry';
import { intervalOf, ReviewContext } from '../review/review-context';
import { ActivityScore, ActivityScorer } from './activity-score';
import { CountsAccumulator, NO_ACTIVITIES, ScoreCounts } from './score-counts';

export interface ScoringInput {
  readonly model: Model;
  readonly stages: readonly Stage[];
  readonly progress: Progress;
  /** Every team of the assessment: what "all teams" means. */
  readonly teams: readonly string[];
  /** The teams to score; empty or absent = all teams. */
  readonly selected?: readonly string[];
  /** Only activities up to this level count; default the model's highest level. */
  readonly maxLevel?: number;
  /** YYYY-MM-DD the scores are for: dates after it do not count yet (see StatusRules). */
  readonly day: string;
  /** With it, activities due for review are counted (`due`); without, none is. */
  readonly review?: ReviewContext;
}

export interface SubDimensionScores {
  readonly dimension: string;
  readonly name: string;
  readonly counts: ScoreCounts;
  /** The sectors: index level - 1, for levels 1..maxLevel. */
  readonly byLevel: readonly ScoreCounts[];
}

export interface DimensionScores {
  readonly name: string;
  readonly counts: ScoreCounts;
  /** Index level - 1. */
  readonly byLevel: readonly ScoreCounts[];
  readonly subDimensions: readonly SubDimensionScores[];
}

export interface Scores {
  /** The teams that were scored. */
  readonly teams: readonly string[];
  readonly maxLevel: number;
  /** Activity uuid -> result, for every counted activity. */
  readonly activities: ReadonlyMap<string, ActivityScore>;
  readonly overall: ScoreCounts;
  /** Assessment coverage: activity x team pairs assessed (a stage set, 0% included, or n/a)... */
  readonly assessed: number;
  /** ...of this many (counted activities, not-applicable ones included, x teams). */
  readonly assessable: number;
  /** Index level - 1. */
  readonly byLevel: readonly ScoreCounts[];
  /** In model order. */
  readonly dimensions: readonly DimensionScores[];
}

/** A previous scoring run, to be updated rather than redone (see `scoreAssessment`). */
export interface PreviousScoring {
  readonly input: ScoringInput;
  readonly scores: Scores;
}

/**
 * Scores the whole model for a set of teams. An activity's score is the mean of the teams' current
 * stage scores; every aggregate (sector = sub-dimension x level, sub-dimension, dimension, level,
 * overall) is the mean over its activities, so each activity weighs the same wherever it is.
 * One pass over the activities; cost grows with the progress entries, not activities x teams.
 * A team that marked an activity not applicable is left out of that activity's mean; an activity
 * that applies to none of the teams is left out of every aggregate and counted in `notApplicable`.
 *
 * With `previous` (earlier runs; the first for the same stages, day, teams and levels is used), only
 * activities whose progress entry, evidence or activity is a different object are scored again: edits
 * replace the entries they change and keep the others (see progress/set-team-stage.ts), so a stage
 * change at 1,000 teams costs one activity, not the whole model; and a run over another model (the
 * report's listed activities) takes over the results of the activities both have. Unchanged results, and counts that come out equal, are
 * the previous objects, so views can tell what changed by identity.
 */
export function scoreAssessment(input: ScoringInput, previous?: PreviousScoring | readonly PreviousScoring[]): Scores {
  return new ScoringRun(input, previous).scores();
}

/**
 * One scoring run (see scoreAssessment, which is a run done at once), done a part at a time:
 * `step` scores activities until it has read about `work` teams' entries, `scores` is the result.
 * Two groups of 5,000 teams scored in one task held the compare page for seconds at 10,000 teams;
 * a page can take steps between frames instead. `finished` is told the run once it has its scores
 * (the store keeps runs for reuse).
 */
export class ScoringRun {
  private readonly teams: readonly string[];
  private readonly maxLevel: number;
  private readonly reusable: readonly PreviousScoring[];
  private readonly scorer: ActivityScorer;
  /** The counted activities in the order the aggregation reads them. */
  private readonly activities: readonly Activity[];
  private readonly results = new Map<Activity, ActivityScore>();
  private next = 0;
  private result?: Scores;

  constructor(
    readonly input: ScoringInput,
    previous?: PreviousScoring | readonly PreviousScoring[],
    private readonly finished?: (run: PreviousScoring) => void,
  ) {
    this.teams = scoredTeams(input);
    this.maxLevel = scoredMaxLevel(input);
    const candidates = previous === undefined ? [] : Array.isArray(previous) ? previous : [previous as PreviousScoring];
    this.reusable = candidates.filter((run) => sameScoring(run, input, this.teams, this.maxLevel));
    this.scorer = new ActivityScorer(this.teams, input.stages, input.day);
    this.activities = input.model.dimensions.flatMap((dimension) =>
      dimension.subDimensions.flatMap((sub) => sub.activities.filter((activity) => counted(activity, this.maxLevel))),
    );
  }

  /** Every activity is scored. */
  get done(): boolean {
    return this.next >= this.activities.length;
  }

  /** The share of the activities scored (or taken over from an earlier run), 0..1. */
  get progress(): number {
    return this.activities.length === 0 ? 1 : this.next / this.activities.length;
  }

  /**
   * Scores activities until about `work` teams' entries have been read, at least one activity that
   * is not taken over from an earlier run (those read none); returns how many were read.
   */
  step(work = Infinity): number {
    let spent = 0;
    while (this.next < this.activities.length && (spent === 0 || spent < work)) {
      const activity = this.activities[this.next++];
      if (!this.results.has(activity)) spent += this.score(activity);
    }
    return spent;
  }

  /** The scores, once every activity is scored (what is left is scored now). */
  scores(): Scores {
    if (this.result) return this.result;
    this.step();
    const { model } = this.input;
    const scores = aggregateScores(model, this.teams, this.maxLevel, (activity) => this.results.get(activity)!);
    this.result = this.reusable.length > 0 ? keepEqualCounts(scores, this.reusable[0].scores) : scores;
    this.finished?.({ input: this.input, scores: this.result });
    return this.result;
  }

  /** Scores one activity (or takes over its result); how many teams' entries that read. */
  private score(activity: Activity): number {
    const { input, scorer } = this;
    // While the file's map of the activity is not built, its teams grouped by entry (lazy-teams.ts).
    const groups = scorer.unbuiltGroups(input.progress, activity.uuid);
    const entries = groups === undefined ? ownValue(input.progress, activity.uuid) : undefined;
    const evidence = input.review?.evidence.get(activity.uuid);
    const kept = reusedScore(this.reusable, activity, groups ?? entriesKey(entries), evidence);
    if (kept !== undefined) {
      this.results.set(activity, kept);
      return 0;
    }
    const review = input.review && { evidence, interval: intervalOf(activity, input.review) };
    this.results.set(activity, scorer.score(entries, review, groups));
    return Math.max(1, this.teams.length);
  }
}

/** Whether a scoring up to `maxLevel` counts the activity (as aggregateScores does). */
function counted(activity: Activity, maxLevel: number): boolean {
  return Number.isInteger(activity.level) && activity.level >= 1 && activity.level <= maxLevel;
}

/** The teams a scoring is for: the selected ones, else all, each once. */
export function scoredTeams(input: Pick<ScoringInput, 'teams' | 'selected'>): string[] {
  return input.selected && input.selected.length > 0 ? [...new Set(input.selected)] : [...new Set(input.teams)];
}

/** The highest level a scoring counts: the one asked for, else the model's highest. */
export function scoredMaxLevel(input: Pick<ScoringInput, 'model' | 'maxLevel'>): number {
  return input.maxLevel ?? input.model.activities.reduce((max, activity) => Math.max(max, activity.level), 0);
}

/**
 * The scores of the model from each counted activity's result (`resultOf`, asked once per activity
 * up to `maxLevel`, in model order): every aggregate is the mean over its activities. The one
 * aggregation of every scoring (scoreAssessment, the history's scoring of every date).
 */
export function aggregateScores(
  model: Model,
  teams: readonly string[],
  maxLevel: number,
  resultOf: (activity: Activity) => ActivityScore,
): Scores {
  let assessed = 0;
  let placed = 0;
  const levels = () => Array.from({ length: maxLevel }, () => new CountsAccumulator());
  const activities = new Map<string, ActivityScore>();
  const overall = new CountsAccumulator();
  const byLevel = levels();

  const dimensions = model.dimensions.map((dimension): DimensionScores => {
    const dimensionCounts = new CountsAccumulator();
    const dimensionLevels = levels();
    const subDimensions = dimension.subDimensions.map((sub): SubDimensionScores => {
      const subCounts = new CountsAccumulator();
      const sectors = levels();
      for (const activity of sub.activities) {
        if (!counted(activity, maxLevel)) continue;
        const result = resultOf(activity);
        activities.set(activity.uuid, result);
        assessed += result.assessed;
        placed++;
        const index = activity.level - 1;
        const excluded = ActivityScorer.excluded(result, teams.length);
        for (const counts of [
          overall,
          byLevel[index],
          dimensionCounts,
          dimensionLevels[index],
          subCounts,
          sectors[index],
        ]) {
          if (excluded) counts.addNotApplicable();
          else counts.add(result.score, result.done);
          if (result.due) counts.addDue();
        }
      }
      return {
        dimension: dimension.name,
        name: sub.name,
        counts: subCounts.counts(),
        byLevel: sectors.map((s) => s.counts()),
      };
    });
    return {
      name: dimension.name,
      counts: dimensionCounts.counts(),
      byLevel: dimensionLevels.map((l) => l.counts()),
      subDimensions,
    };
  });

  return {
    teams,
    maxLevel,
    activities,
    overall: overall.counts(),
    assessed,
    assessable: placed * teams.length,
    byLevel: byLevel.map((l) => l.counts()),
    dimensions,
  };
}

/**
 * What identifies an activity's entries for `reusedScore`: a map read from a file by its grouping,
 * which is the same object before the map is built (lazy-teams.ts) and after.
 */
function entriesKey(entries: Progress[string] | undefined): object | undefined {
  return (entries && teamsByEntry(entries)) ?? entries;
}

/** The result of the first run that scored this activity object with these entries and evidence. */
function reusedScore(
  runs: readonly PreviousScoring[],
  activity: Activity,
  entries: object | undefined,
  evidence: ReadonlyMap<string, EvidenceSummary> | undefined,
): ActivityScore | undefined {
  for (const { input, scores } of runs) {
    if (
      input.model.byUuid.get(activity.uuid) === activity &&
      entries ===
        (unbuiltGroups(input.progress, activity.uuid) ?? entriesKey(ownValue(input.progress, activity.uuid))) &&
      evidence === input.review?.evidence.get(activity.uuid)
    ) {
      const kept = scores.activities.get(activity.uuid);
      if (kept !== undefined) return kept;
    }
  }
  return undefined;
}

function sameScoring(previous: PreviousScoring, input: ScoringInput, teams: readonly string[], maxLevel: number) {
  const before = previous.input;
  return (
    before.stages === input.stages &&
    before.day === input.day &&
    before.review?.interval === input.review?.interval &&
    previous.scores.maxLevel === maxLevel &&
    previous.scores.teams.length === teams.length &&
    previous.scores.teams.every((team, i) => team === teams[i])
  );
}

const sameCounts = (a: ScoreCounts, b: ScoreCounts) =>
  a === b ||
  (a.total === b.total &&
    a.done === b.done &&
    a.score === b.score &&
    a.notApplicable === b.notApplicable &&
    a.due === b.due);

/** `next` with every count equal to `previous`'s replaced by `previous`'s object. */
function keepEqualCounts(next: Scores, previous: Scores): Scores {
  const pick = (a: ScoreCounts, b: ScoreCounts | undefined) => (b !== undefined && sameCounts(a, b) ? b : a);
  const levels = (a: readonly ScoreCounts[], b: readonly ScoreCounts[] | undefined) =>
    a.map((counts, i) => pick(counts, b?.[i]));
  return {
    ...next,
    overall: pick(next.overall, previous.overall),
    byLevel: levels(next.byLevel, previous.byLevel),
    dimensions: next.dimensions.map((dimension, d) => {
      const old = previous.dimensions[d];
      return {
        ...dimension,
        counts: pick(dimension.counts, old?.counts),
        byLevel: levels(dimension.byLevel, old?.byLevel),
        subDimensions: dimension.subDimensions.map((sub, s) => {
          const oldSub = old?.subDimensions[s];
          return { ...sub, counts: pick(sub.counts, oldSub?.counts), byLevel: levels(sub.byLevel, oldSub?.byLevel) };
        }),
      };
    }),
  };
}

/** The counts of one sector (sub-dimension x level); total 0 and score null when it is empty. */
export function sectorScore(scores: Scores, dimension: string, subDimension: string, level: number): ScoreCounts {
  const sub = scores.dimensions.find((d) => d.name === dimension)?.subDimensions.find((s) => s.name === subDimension);
  return sub?.byLevel[level - 1] ?? NO_ACTIVITIES;
}
