import { Activity } from '../types';
import { matchesWords, normaliseText, queryWords } from '../matrix/search';
import { compareIdLists, naturalCompare, naturalSorted } from './natural-sort';
import { STANDARDS } from './standards';

/** One activity in the mapping table; reference ids in natural order, with their text kept. */
export interface MappingRow {
  readonly activity: Activity;
  /** Position in the model, the default order and the tie-breaker of every sort. */
  readonly index: number;
  readonly samm2: readonly string[];
  readonly iso27001_2017: readonly string[];
  readonly iso27001_2022: readonly string[];
  readonly openCRE: readonly string[];
  readonly d3f: readonly string[];
  /** Normalised text the search looks at. */
  readonly text: string;
}

export type MappingColumn =
  'dimension' | 'subDimension' | 'activity' | 'level' | 'samm2' | 'iso27001_2017' | 'iso27001_2022' | 'openCRE';

export type SortDirection = 'asc' | 'desc';

export function mappingRows(activities: readonly Activity[]): MappingRow[] {
  return activities.map((activity, index) => {
    const refs = activity.references;
    const row = {
      activity,
      index,
      samm2: naturalSorted(refs.samm2),
      iso27001_2017: naturalSorted(refs.iso27001_2017),
      iso27001_2022: naturalSorted(refs.iso27001_2022),
      openCRE: naturalSorted(refs.openCRE),
      d3f: naturalSorted(refs.d3f),
    };
    const text = normaliseText(
      [
        activity.dimension,
        activity.subDimension,
        activity.name,
        ...STANDARDS.flatMap((standard) => row[standard.key]),
      ].join('\n'),
    );
    return { ...row, text };
  });
}

/** Rows whose dimension, sub-dimension, name or any mapped id contains every word of the query. */
export function searchMappingRows(rows: readonly MappingRow[], query: string): MappingRow[] {
  const words = queryWords(query);
  return words.length === 0 ? [...rows] : rows.filter((row) => matchesWords(row.text, words));
}

/**
 * Sorted copy. Text columns compare naturally, levels numerically, id columns by their ids in
 * natural order; unmapped rows stay last in both directions, and ties keep model order.
 */
export function sortMappingRows(
  rows: readonly MappingRow[],
  column: MappingColumn | undefined,
  direction: SortDirection = 'asc',
): MappingRow[] {
  if (column === undefined) return [...rows].sort((a, b) => a.index - b.index);
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let order: number;
    switch (column) {
      case 'dimension':
      case 'subDimension':
        order = sign * naturalCompare(a.activity[column], b.activity[column]);
        break;
      case 'activity':
        order = sign * naturalCompare(a.activity.name, b.activity.name);
        break;
      case 'level':
        order = sign * (a.activity.level - b.activity.level);
        break;
      default: {
        const x = a[column];
        const y = b[column];
        // Empty lists stay at the end whichever way the user sorts.
        order = x.length === 0 || y.length === 0 ? compareIdLists(x, y) : sign * compareIdLists(x, y);
      }
    }
    return order || a.index - b.index;
  });
}
