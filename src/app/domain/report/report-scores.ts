import { Model } from '../types';
import { scoreAssessment, Scores, ScoringInput } from '../scoring/score-assessment';
import { listedActivities, ReportSection } from './report-rows';

/** What the scoring needs (`teams` is every team; `selected`, the report's) and the report's body. */
export interface ReportScoresInput extends Required<Omit<ScoringInput, 'review'>>, Pick<ScoringInput, 'review'> {
  /** Only the activities the report lists are scored. */
  readonly sections: readonly ReportSection[];
}

/**
 * The scores of the report's summary, over exactly the activities the report lists (its
 * sub-dimension, level and status filters applied), for the report's teams. Every dimension and
 * sub-dimension stays in the result, empty when nothing of it is listed, so the heatmap keeps its
 * shape; an activity listed that applies to none of the teams is counted as not applicable, so
 * `overall.total + (overall.notApplicable ?? 0)` is the number of activities listed.
 */
export function reportScores(input: ReportScoresInput): Scores {
  return scoreAssessment(reportScoringInput(input));
}

/** What `reportScores` scores: the input with the model of the listed activities. */
export function reportScoringInput(input: ReportScoresInput): ScoringInput {
  const { sections, ...scoring } = input;
  return { ...scoring, model: listedModel(input.model, sections) };
}

/** The model with only the activities the report lists; every dimension and sub-dimension kept. */
export function listedModel(model: Model, sections: readonly ReportSection[]): Model {
  const keep = listedActivities(sections);
  const dimensions = model.dimensions.map((dimension) => ({
    ...dimension,
    subDimensions: dimension.subDimensions.map((sub) => ({
      ...sub,
      activities: sub.activities.filter((activity) => keep.has(activity.uuid)),
    })),
  }));
  const activities = model.activities.filter((activity) => keep.has(activity.uuid));
  return { ...model, dimensions, activities, byUuid: new Map(activities.map((a) => [a.uuid, a])) };
}
