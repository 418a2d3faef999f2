import { Activity, Meta, Progress } from '../types';
import { teamProgress } from '../progress/set-team-stage';
import { StatusRules, statusText } from '../status/activity-status';
import { naturalSorted } from './natural-sort';
import { STANDARDS } from './standards';

/** A rectangular table of text and numbers, the common input of the CSV and Excel writers. */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface ExportInput {
  readonly activities: readonly Activity[];
  /** For names of dependencies, which may lie outside the exported (filtered) activities. */
  readonly byUuid: ReadonlyMap<string, Activity>;
  readonly teams: readonly string[];
  readonly progress: Progress;
  /** The stage definition and day the status columns are read with. */
  readonly rules: StatusRules;
  readonly strings?: Meta['strings'];
}

/** Separator inside one cell holding several values (ids, tags, tools). */
export const LIST_SEPARATOR = '\n';

/**
 * One row per activity with every field of the model, the mapped ids of each standard (natural
 * order, source text) and one status column per team: the stage the team has reached with its date,
 * "Not applicable (since <date>): <reason>", or "Not assessed".
 */
export function exportTable(input: ExportInput): ExportTable {
  const columns = [
    'Dimension',
    'Sub-dimension',
    'Activity',
    'UUID',
    'Level',
    'Tags',
    'Description',
    'Risk',
    'Measure',
    'Assessment',
    'Implementation guide',
    'Knowledge',
    'Time',
    'Resources',
    'Usefulness',
    'Tools',
    'Depends on',
    ...STANDARDS.map((standard) => standard.label),
    'Comments',
    'Credits',
    ...input.teams.map((team) => `Status: ${team}`),
  ];
  const rows = input.activities.map((activity) => {
    const difficulty = activity.difficulty;
    return [
      activity.dimension,
      activity.subDimension,
      activity.name,
      activity.uuid,
      activity.level,
      list(activity.tags),
      activity.description,
      activity.risk,
      activity.measure,
      activity.assessment,
      activity.implementationGuide,
      rating(difficulty?.knowledge, input.strings?.knowledgeLabels),
      rating(difficulty?.time, input.strings?.labels),
      rating(difficulty?.resources, input.strings?.labels),
      rating(activity.usefulness, input.strings?.labels),
      list(activity.implementation.map((tool) => (tool.url ? `${tool.name} <${tool.url}>` : tool.name))),
      list(activity.dependsOn.map((uuid) => input.byUuid.get(uuid)?.name ?? uuid)),
      ...STANDARDS.map((standard) => list(naturalSorted(activity.references[standard.key]))),
      activity.comments,
      activity.credits,
      ...input.teams.map((team) => statusCell(input.rules, teamProgress(input.progress, activity.uuid, team))),
    ];
  });
  return { columns, rows };
}

function statusCell(rules: StatusRules, entry: Parameters<StatusRules['of']>[0]): string {
  const status = rules.of(entry);
  const text = statusText(status);
  if (status.kind === 'not-assessed') return text;
  const reason = status.notApplicable?.reason ? `: ${status.notApplicable.reason}` : '';
  return `${text} (${status.date})${reason}`;
}

/** `3 - Medium` when the meta names the rating, the bare number otherwise, empty when unrated. */
function rating(value: number | undefined, labels: readonly string[] | undefined): string | number {
  if (value === undefined) return '';
  const label = labels?.[value - 1];
  return label ? `${value} - ${label}` : value;
}

function list(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

/**
 * RFC 4180 CSV with CRLF line ends. A cell that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe: model and evidence text comes from
 * files anyone may have edited (OWASP CSV injection advice). Numbers are written as they are.
 */
export function toCsv(table: ExportTable): string {
  const line = (cells: readonly (string | number)[]) => cells.map(csvCell).join(',');
  return [line(table.columns), ...table.rows.map(line)].join('\r\n') + '\r\n';
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * File name of an export: `dsomm-mappings-2026-05-20.xlsx`, or with a filter
 * `dsomm-mappings-filtered-secret-12-of-194-2026-05-20.xlsx`, so a partial export is never mistaken
 * for the whole model; the teams of its status columns follow the name when they are not all
 * (`dsomm-mappings-frontend-teams-2026-05-20.xlsx`, see `selectionFileName`).
 */
export function exportFileName(options: {
  readonly query: string;
  /** The selected teams as `selectionFileName` writes them; empty for all teams. */
  readonly teams?: string;
  readonly shown: number;
  readonly total: number;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly extension: 'xlsx' | 'csv';
}): string {
  const filtered = options.shown !== options.total;
  const slug = options.query
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  const filter = filtered ? ['filtered', slug, `${options.shown}-of-${options.total}`].filter(Boolean).join('-') : '';
  return ['dsomm-mappings', options.teams, filter, options.date].filter(Boolean).join('-') + `.${options.extension}`;
}
