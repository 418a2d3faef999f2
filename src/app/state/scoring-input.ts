import { shownMaxLevel } from '../domain/common/shown-max-level';
import { defaultReviewInterval } from '../domain/review/review-interval';
import { ReviewContext } from '../domain/review/review-context';
import { ScoringInput } from '../domain/scoring/score-assessment';
import { evidenceSummaries } from '../domain/status/activity-status';
import { AssessmentState, LoadedData } from '../domain/types';

/**
 * The scoring of a selection of teams as every chart shows it: the store's `scoresFor` and the
 * heatmap painted before Angular (main.ts) build their input here, so both score the same way.
 */

/** The highest level shown: the settings' choice within the model's range. */
export function shownLevels(data: LoadedData, assessment: AssessmentState): number {
  return shownMaxLevel(data.meta.maxLevel, assessment.settings.maxLevel);
}

/** The evidence per activity and team summed up for `day`, and the settings' review interval. */
export function reviewContext(assessment: AssessmentState, day: string): ReviewContext {
  return {
    evidence: evidenceSummaries(assessment.evidence, day),
    interval: defaultReviewInterval(assessment.settings.reviewMonths),
  };
}

/** What `scoreAssessment` reads for the `selected` teams (empty = all) on `day`. */
export function selectionScoringInput(
  data: LoadedData,
  assessment: AssessmentState,
  selected: readonly string[],
  day: string,
  review: ReviewContext,
): ScoringInput {
  const { stages, progress, teams } = assessment;
  return {
    model: data.model,
    stages,
    progress,
    teams: teams.names,
    selected,
    maxLevel: shownLevels(data, assessment),
    day,
    review,
  };
}
