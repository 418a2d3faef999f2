import { paramValues, QueryParams } from '../common/query-params';
import { EMPTY_MATRIX_FILTER, MatrixFilter, NO_TAG, ProgressFilter } from './matrix-filter';

/** URL query parameter names of the matrix filter (team selection has its own, `teams`/`group`). */
export const FILTER_PARAM = {
  dimension: 'dimension',
  subDimension: 'subDimension',
  tag: 'tag',
  levelFrom: 'levelFrom',
  levelTo: 'levelTo',
  search: 'q',
  progress: 'progress',
} as const;

/** The values of `progress`: only activities not fully implemented, not assessed, or due for review. */
const PROGRESS_VALUES: readonly ProgressFilter[] = ['open', 'not-assessed', 'due'];

/** What a URL may name: values the model does not know are dropped, not kept as a hidden filter. */
export interface KnownValues {
  readonly dimensions: readonly string[];
  readonly subDimensions: readonly string[];
  readonly tags: readonly string[];
  readonly maxLevel: number;
}

/**
 * Reads the filter from the URL. Unknown names and out-of-range levels are ignored rather than
 * producing an empty matrix the user cannot explain (an old bookmark after a model change).
 */
export function filterFromParams(params: QueryParams, known: KnownValues): MatrixFilter {
  const pick = (key: string, allowed: readonly string[]) => {
    const allowedSet = new Set(allowed);
    return unique(paramValues(params, key).filter((value) => allowedSet.has(value)));
  };
  let levelFrom = level(params, FILTER_PARAM.levelFrom, known.maxLevel);
  let levelTo = level(params, FILTER_PARAM.levelTo, known.maxLevel);
  if (levelFrom !== undefined && levelTo !== undefined && levelFrom > levelTo) {
    [levelFrom, levelTo] = [levelTo, levelFrom];
  }
  return {
    dimensions: pick(FILTER_PARAM.dimension, known.dimensions),
    subDimensions: pick(FILTER_PARAM.subDimension, known.subDimensions),
    tags: pick(FILTER_PARAM.tag, [...known.tags, NO_TAG]),
    // The full range is no restriction: leave the bound out rather than keep a redundant one.
    ...(levelFrom !== undefined && levelFrom > 1 ? { levelFrom } : {}),
    ...(levelTo !== undefined && levelTo < known.maxLevel ? { levelTo } : {}),
    search: paramValues(params, FILTER_PARAM.search)[0] ?? '',
    progress: PROGRESS_VALUES.find((value) => paramValues(params, FILTER_PARAM.progress).includes(value)) ?? 'all',
  };
}

/**
 * The filter as query parameters to merge into the URL. Every filter key is present; the ones with
 * no restriction are `null`, which removes them from the URL, so a reset leaves a clean address.
 */
export function filterToParams(filter: MatrixFilter): Record<string, string | string[] | null> {
  const list = (values: readonly string[]) => (values.length > 0 ? [...values] : null);
  const search = filter.search.trim();
  return {
    [FILTER_PARAM.dimension]: list(filter.dimensions),
    [FILTER_PARAM.subDimension]: list(filter.subDimensions),
    [FILTER_PARAM.tag]: list(filter.tags),
    [FILTER_PARAM.levelFrom]: filter.levelFrom === undefined ? null : String(filter.levelFrom),
    [FILTER_PARAM.levelTo]: filter.levelTo === undefined ? null : String(filter.levelTo),
    [FILTER_PARAM.search]: search === '' ? null : search,
    [FILTER_PARAM.progress]: filter.progress === 'all' ? null : filter.progress,
  };
}

/** The parameters that clear every filter (team selection untouched). */
export function resetFilterParams(): Record<string, null> {
  return Object.fromEntries(Object.keys(filterToParams(EMPTY_MATRIX_FILTER)).map((key) => [key, null]));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function level(params: QueryParams, key: string, maxLevel: number): number | undefined {
  const text = paramValues(params, key)[0];
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= 1 && value <= maxLevel ? value : undefined;
}
