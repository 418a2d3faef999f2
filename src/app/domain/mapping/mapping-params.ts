import { QueryParams } from '../common/query-params';
import { MappingColumn, SortDirection } from './mapping-rows';
import { Standard, STANDARDS, standardBySlug } from './standards';

/** What the mappings page shows; all of it lives in the URL so a view can be shared. */
export interface MappingView {
  readonly search: string;
  /** `activities`: the table, one row per activity; `controls`: the inverse view of one standard. */
  readonly view: 'activities' | 'controls';
  readonly standard: Standard;
  readonly sort?: MappingColumn;
  readonly direction: SortDirection;
}

/** The columns of the mappings table, in order; the ones it can be sorted by. */
export const MAPPING_COLUMNS: readonly MappingColumn[] = [
  'dimension',
  'subDimension',
  'activity',
  'level',
  'samm2',
  'iso27001_2017',
  'iso27001_2022',
  'openCRE',
];

/** The standard the inverse view opens with: the one a Statement of Applicability is written for. */
export const DEFAULT_STANDARD = STANDARDS[2];

const MAPPING_COLUMN_SET: ReadonlySet<string> = new Set(MAPPING_COLUMNS);

export function isMappingColumn(value: string): value is MappingColumn {
  return MAPPING_COLUMN_SET.has(value);
}

export function mappingViewFromParams(params: QueryParams): MappingView {
  const first = (key: string) => {
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    return typeof value === 'string' ? value : (value?.[0] ?? undefined);
  };
  const sort = first('sort');
  return {
    search: first('q') ?? '',
    view: first('view') === 'controls' ? 'controls' : 'activities',
    standard: standardBySlug(first('standard')) ?? DEFAULT_STANDARD,
    sort: sort !== undefined && isMappingColumn(sort) ? sort : undefined,
    direction: first('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The view as query parameters; defaults are `null` so they leave the URL. */
export function mappingViewToParams(view: MappingView): Record<string, string | null> {
  return {
    q: view.search.trim() === '' ? null : view.search.trim(),
    view: view.view === 'activities' ? null : view.view,
    standard: view.standard.slug === DEFAULT_STANDARD.slug ? null : view.standard.slug,
    sort: view.sort ?? null,
    dir: view.sort !== undefined && view.direction === 'desc' ? 'desc' : null,
  };
}
