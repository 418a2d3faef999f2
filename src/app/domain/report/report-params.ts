import { isCalendarDate } from '../common/calendar-date';
import { paramValues, QueryParams } from '../common/query-params';
import { addInterval } from '../review/review-interval';
import { ReportConfig } from '../types';
import { isReportStatus } from './report-config';

/**
 * The report's settings a URL carries, so a link shows the same report to whoever opens it: the
 * teams (`teams` / `group`, as on every page), the levels (`level`, repeated) and which activities
 * (`status`). The rest (columns, grouping, word cap) is presentation and stays in the settings.
 */
export const REPORT_PARAM = { level: 'level', status: 'status', mode: 'mode', since: 'since' } as const;

/** The full report (every activity listed) or the executive summary (1–3 printed pages). */
export type ReportMode = 'full' | 'summary';

/** How far back the executive summary's change is counted when the URL names no day: a quarter. */
export const DEFAULT_SINCE_MONTHS = 3;

const TEAM_PARAMS = ['teams', 'group'];

export type ReportUrlFields = Pick<ReportConfig, 'levels' | 'status'>;

/**
 * Whether the URL names a report at all. When it does, it names all of it (a missing teams
 * parameter is all teams, a missing level every level); when it does not, the stored
 * configuration applies.
 */
export function hasReportParams(params: QueryParams): boolean {
  return [...TEAM_PARAMS, REPORT_PARAM.level, REPORT_PARAM.status].some((key) => paramValues(params, key).length > 0);
}

/** Levels and status from the URL; levels outside 1..maxLevel and unknown statuses are ignored. */
export function reportFieldsFromParams(params: QueryParams, maxLevel: number): ReportUrlFields {
  const levels = paramValues(params, REPORT_PARAM.level)
    .filter((text) => /^\d+$/.test(text.trim()))
    .map(Number)
    .filter((level) => level >= 1 && level <= maxLevel);
  const status = paramValues(params, REPORT_PARAM.status).find(isReportStatus);
  return { levels: [...new Set(levels)].sort((a, b) => a - b), status: status ?? 'all' };
}

/**
 * Levels and status as query parameters to merge into the URL. `status` is always written, `all`
 * included, so the URL of any report names it and never falls back to the reader's own settings.
 */
export function reportFieldsToParams(fields: ReportUrlFields): Record<string, string | string[] | null> {
  return {
    [REPORT_PARAM.level]: fields.levels.length > 0 ? fields.levels.map(String) : null,
    [REPORT_PARAM.status]: fields.status,
  };
}

/**
 * The mode (`mode=summary`) and the day the summary's change is counted from (`since`, a date up
 * to `today`; else DEFAULT_SINCE_MONTHS before it). They are how the report is read, not what it
 * lists: a URL with only these still takes the stored configuration.
 */
export function reportViewFromParams(params: QueryParams, today: string): { mode: ReportMode; since: string } {
  const mode = paramValues(params, REPORT_PARAM.mode).includes('summary') ? 'summary' : 'full';
  const given = paramValues(params, REPORT_PARAM.since).find((text) => isCalendarDate(text) && text <= today);
  return { mode, since: given ?? addInterval(today, { months: -DEFAULT_SINCE_MONTHS, days: 0 }) };
}
