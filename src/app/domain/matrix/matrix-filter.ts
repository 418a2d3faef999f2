/**
 * What the matrix shows. Within one kind of criterion the values are alternatives (any dimension
 * listed); across kinds they all apply (a listed dimension AND a listed tag...). Empty lists and
 * missing bounds mean "no restriction".
 */
export interface MatrixFilter {
  readonly dimensions: readonly string[];
  readonly subDimensions: readonly string[];
  /** Tag names; {@link NO_TAG} stands for activities without any tag. */
  readonly tags: readonly string[];
  readonly levelFrom?: number;
  readonly levelTo?: number;
  /** Free text; every word must occur in the activity's name or texts. */
  readonly search: string;
  /**
   * By the selected teams' status: `open` = at least one team it applies to has not fully
   * implemented it; `not-assessed` = at least one team has set no stage for it yet; `due` = it is
   * due for review for at least one team.
   */
  readonly progress: ProgressFilter;
}

export type ProgressFilter = 'all' | 'open' | 'not-assessed' | 'due';

/**
 * The tag value meaning "no tag". DSOMM files write `tags: [none]` for an untagged activity and the
 * loader drops that placeholder, so no real tag can be called `none`: it is safe as a sentinel.
 */
export const NO_TAG = 'none';

export const EMPTY_MATRIX_FILTER: MatrixFilter = {
  dimensions: [],
  subDimensions: [],
  tags: [],
  search: '',
  progress: 'all',
};

/** True when the filter hides anything, so the page can offer to reset it. */
export function isFilterActive(filter: MatrixFilter): boolean {
  return (
    filter.dimensions.length > 0 ||
    filter.subDimensions.length > 0 ||
    filter.tags.length > 0 ||
    filter.levelFrom !== undefined ||
    filter.levelTo !== undefined ||
    filter.search.trim() !== '' ||
    filter.progress !== 'all'
  );
}
