import { isLevel, isNames, isRecord } from '../persisted/shapes';
import { ReportColumn, ReportConfig } from '../types';

/** Every column, in the order the report shows them. */
export const REPORT_COLUMNS: readonly { readonly key: ReportColumn; readonly label: string }[] = [
  { key: 'description', label: 'Description' },
  { key: 'risk', label: 'Risk' },
  { key: 'measure', label: 'Measure' },
  { key: 'assessment', label: 'Assessment' },
  { key: 'difficulty', label: 'Difficulty' },
  { key: 'usefulness', label: 'Usefulness' },
  { key: 'tools', label: 'Tools' },
  { key: 'references', label: 'References' },
  { key: 'dependencies', label: 'Dependencies' },
  { key: 'evidence', label: 'Evidence details' },
  { key: 'tags', label: 'Tags' },
];

const COLUMN_KEYS = new Set<string>(REPORT_COLUMNS.map((column) => column.key));
const isColumn = (key: string): key is ReportColumn => COLUMN_KEYS.has(key);
/** Every value of `status`: which activities the report lists (also read from the URL). */
export const REPORT_STATUSES: readonly ReportConfig['status'][] = [
  'all',
  'done',
  'open',
  'not-assessed',
  'not-applicable',
  'due',
];
const STATUSES = new Set<unknown>(REPORT_STATUSES);
/** A value of `status` (from the settings or the URL). */
export const isReportStatus = (value: unknown): value is ReportConfig['status'] => STATUSES.has(value);

/** What an auditor usually wants first: what the activity is, how it is checked, and the proof. */
export const DEFAULT_REPORT_CONFIG: ReportConfig = {
  teams: [],
  excludedSubDimensions: [],
  levels: [],
  status: 'all',
  columns: ['description', 'assessment', 'evidence'],
  groupBy: 'stage',
  wordCap: 60,
};

/** The largest word cap offered; beyond it a cap would not shorten anything the model holds. */
export const MAX_WORD_CAP = 1000;

/** The key of a sub-dimension in `excludedSubDimensions`. */
export function subDimensionKey(dimension: string, subDimension: string): string {
  return `${dimension}/${subDimension}`;
}

/**
 * A report configuration from whatever the settings hold (an older app version's, or a hand-edited
 * backup): every field checked, anything unusable replaced by its default, so the page always opens.
 */
export function readReportConfig(value: unknown): ReportConfig {
  if (!isRecord(value)) return DEFAULT_REPORT_CONFIG;
  const raw = value;
  const strings = (item: unknown): string[] | undefined => (isNames(item) ? [...new Set(item)] : undefined);
  const levels = Array.isArray(raw['levels'])
    ? [...new Set(raw['levels'].filter(isLevel))].sort((a, b) => a - b)
    : undefined;
  const columns = strings(raw['columns'])?.filter(isColumn);
  const cap = raw['wordCap'];
  return {
    teams: strings(raw['teams']) ?? DEFAULT_REPORT_CONFIG.teams,
    excludedSubDimensions: strings(raw['excludedSubDimensions']) ?? DEFAULT_REPORT_CONFIG.excludedSubDimensions,
    levels: levels ?? DEFAULT_REPORT_CONFIG.levels,
    status: isReportStatus(raw['status']) ? raw['status'] : 'all',
    columns: columns
      ? REPORT_COLUMNS.map((c) => c.key).filter((key) => columns.includes(key))
      : DEFAULT_REPORT_CONFIG.columns,
    groupBy: raw['groupBy'] === 'team' ? 'team' : 'stage',
    wordCap:
      typeof cap === 'number' && Number.isInteger(cap) && cap >= 0
        ? Math.min(cap, MAX_WORD_CAP)
        : DEFAULT_REPORT_CONFIG.wordCap,
  };
}

/** Whether two configurations configure the same report. */
export function sameReportConfig(a: ReportConfig, b: ReportConfig): boolean {
  const same = (x: readonly unknown[], y: readonly unknown[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    same(a.teams, b.teams) &&
    same(a.excludedSubDimensions, b.excludedSubDimensions) &&
    same(a.levels, b.levels) &&
    same(a.columns, b.columns) &&
    a.status === b.status &&
    a.groupBy === b.groupBy &&
    a.wordCap === b.wordCap
  );
}
