import { Activity, Model, Progress } from '../types';
import { allTags, filterActivities } from './filter-activities';
import { KnownValues } from './filter-params';
import { MatrixFilter } from './matrix-filter';
import { isDueFor, isOpenFor, isUnassessedFor, ProgressSummary, progressSummary } from './progress-summary';
import { ReviewContext } from '../review/review-context';
import { StatusRules } from '../status/activity-status';

/** What a matrix URL may name for this model: its dimensions, sub-dimensions, tags and levels. */
export function knownFilterValues(model: Model, maxLevel: number): KnownValues {
  return {
    dimensions: model.dimensions.map((d) => d.name),
    subDimensions: model.dimensions.flatMap((d) => d.subDimensions.map((s) => s.name)),
    tags: allTags(model.activities),
    maxLevel,
  };
}

export interface MatrixQuery {
  readonly model: Model;
  /** The highest level shown: activities above it have no column. */
  readonly maxLevel: number;
  readonly filter: MatrixFilter;
  readonly progress: Progress;
  /** The stage definition and day the statuses are read with. */
  readonly rules: StatusRules;
  /** The evidence and intervals freshness is read with (the store's `review`). */
  readonly review: ReviewContext;
  /** The selected teams (for "not fully implemented"). */
  readonly teams: readonly string[];
  readonly searchIndex?: ReadonlyMap<string, string>;
  /** Progress summaries already computed (the matrix shows them), by activity uuid. */
  readonly summaries?: ReadonlyMap<string, ProgressSummary>;
}

/**
 * The activities the matrix shows for a filter, in model order: the matrix itself and the activity
 * page's previous/next (which follow the matrix the user came from) use the same selection.
 */
export function matrixActivities(query: MatrixQuery): Activity[] {
  const { model, maxLevel, progress, teams, rules, review, summaries } = query;
  const placeable = model.activities.filter((activity) => activity.level >= 1 && activity.level <= maxLevel);
  return filterActivities(placeable, query.filter, {
    searchIndex: query.searchIndex,
    hasProgress: (activity, wanted) => {
      const summary = summaries?.get(activity.uuid) ?? progressSummary(progress, activity, teams, rules, review);
      if (wanted === 'due') return isDueFor(summary);
      return wanted === 'open' ? isOpenFor(summary) : isUnassessedFor(summary);
    },
  });
}
