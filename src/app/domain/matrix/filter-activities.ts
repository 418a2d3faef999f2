import { Activity } from '../types';
import { MatrixFilter, NO_TAG, ProgressFilter } from './matrix-filter';
import { matchesWords, queryWords, searchableText } from './search';

export interface FilterContext {
  /** Prebuilt search texts (see `searchIndex`); computed on the fly when absent. */
  readonly searchIndex?: ReadonlyMap<string, string>;
  /**
   * Whether the activity passes the filter's `progress` criterion for the selected teams. Only
   * consulted when `progress` is not `all`; without it, every activity passes.
   */
  readonly hasProgress?: (activity: Activity, progress: Exclude<ProgressFilter, 'all'>) => boolean;
}

/** The activities the filter lets through, in their original order. */
export function filterActivities(
  activities: readonly Activity[],
  filter: MatrixFilter,
  context: FilterContext = {},
): Activity[] {
  const dimensions = new Set(filter.dimensions);
  const subDimensions = new Set(filter.subDimensions);
  const tags = new Set(filter.tags);
  const words = queryWords(filter.search);
  const from = filter.levelFrom ?? -Infinity;
  const to = filter.levelTo ?? Infinity;
  return activities.filter(
    (activity) =>
      (dimensions.size === 0 || dimensions.has(activity.dimension)) &&
      (subDimensions.size === 0 || subDimensions.has(activity.subDimension)) &&
      (tags.size === 0 || hasAnyTag(activity, tags)) &&
      activity.level >= from &&
      activity.level <= to &&
      (words.length === 0 ||
        matchesWords(context.searchIndex?.get(activity.uuid) ?? searchableText(activity), words)) &&
      (filter.progress === 'all' || !context.hasProgress || context.hasProgress(activity, filter.progress)),
  );
}

function hasAnyTag(activity: Activity, tags: ReadonlySet<string>): boolean {
  if (activity.tags.length === 0) return tags.has(NO_TAG);
  return activity.tags.some((tag) => tags.has(tag));
}

/** Every tag used in the activities, sorted case-insensitively for the filter's option list. */
export function allTags(activities: readonly Activity[]): string[] {
  const tags = new Set(activities.flatMap((activity) => activity.tags));
  return [...tags].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en') || (a < b ? -1 : 1));
}
