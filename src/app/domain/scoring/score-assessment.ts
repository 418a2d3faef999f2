import { Model, Progress, Stage } from '../types';
import { ownValue } from '../common/own-value';
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
  /** Index level - 1. */
  readonly byLevel: readonly ScoreCounts[];
  /** In model order. */
  readonly dimensions: readonly DimensionScores[];
}

/**
 * Scores the whole model for a set of teams. An activity's score is the mean of the teams' current
 * stage scores; every aggregate (sector = sub-dimension x level, sub-dimension, dimension, level,
 * overall) is the mean over its activities, so each activity weighs the same wherever it is.
 * One pass over the activities; cost grows with the progress entries, not activities x teams.
 * A team that marked an activity not applicable is left out of that activity's mean; an activity
 * that applies to none of the teams is left out of every aggregate and counted in `notApplicable`.
 */
export function scoreAssessment(input: ScoringInput): Scores {
  const teams = input.selected && input.selected.length > 0 ? [...new Set(input.selected)] : [...new Set(input.teams)];
  const maxLevel = input.maxLevel ?? input.model.activities.reduce((max, activity) => Math.max(max, activity.level), 0);
  const scorer = new ActivityScorer(teams, input.stages);
  const levels = () => Array.from({ length: maxLevel }, () => new CountsAccumulator());
  const activities = new Map<string, ActivityScore>();
  const overall = new CountsAccumulator();
  const byLevel = levels();

  const dimensions = input.model.dimensions.map((dimension): DimensionScores => {
    const dimensionCounts = new CountsAccumulator();
    const dimensionLevels = levels();
    const subDimensions = dimension.subDimensions.map((sub): SubDimensionScores => {
      const subCounts = new CountsAccumulator();
      const sectors = levels();
      for (const activity of sub.activities) {
        if (!Number.isInteger(activity.level) || activity.level < 1 || activity.level > maxLevel) continue;
        const result = scorer.score(ownValue(input.progress, activity.uuid));
        activities.set(activity.uuid, result);
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
    byLevel: byLevel.map((l) => l.counts()),
    dimensions,
  };
}

/** The counts of one sector (sub-dimension x level); total 0 and score null when it is empty. */
export function sectorScore(scores: Scores, dimension: string, subDimension: string, level: number): ScoreCounts {
  const sub = scores.dimensions.find((d) => d.name === dimension)?.subDimensions.find((s) => s.name === subDimension);
  return sub?.byLevel[level - 1] ?? NO_ACTIVITIES;
}
