import { Activity, Meta, Progress } from '../types';
import { teamProgress } from '../progress/set-team-stage';
import { ActivityStatus, StatusRules, statusText } from '../status/activity-status';
import { ReviewContext, reviewedStatus } from '../review/review-context';
import { DUE_FOR_REVIEW_TEXT, reviewText } from '../review/review-text';
import { ControlSummary, countByState, countCells, countColumns, TEAM_COLUMNS, TeamStandings } from './controls';
import { naturalSorted } from './natural-sort';
import { STANDARDS } from './standards';

/** A rectangular table of text and numbers, the common input of the CSV and Excel writers. */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * A table whose rows are made as they are read: a writer takes them in slices (see collectSliced),
 * so a large export never holds the page for the whole of its making.
 */
export interface ExportStream {
  readonly columns: readonly string[];
  readonly rows: Iterable<readonly (string | number)[]>;
  /**
   * Steps that read ahead what the rows need (an activity's statuses for 10,000 teams each), for a
   * writer to run in slices before the rows; the rows read whatever was not read ahead.
   */
  readonly readAhead?: readonly (() => void)[];
}

/** The rows of a stream made at once (specs, and tables known to be small). */
export function collect(stream: ExportStream): ExportTable {
  return { columns: stream.columns, rows: [...stream.rows] };
}

export interface ExportInput {
  readonly activities: readonly Activity[];
  /** For names of dependencies, which may lie outside the exported (filtered) activities. */
  readonly byUuid: ReadonlyMap<string, Activity>;
  readonly teams: readonly string[];
  readonly progress: Progress;
  /** The stage definition and day the status columns are read with. */
  readonly rules: StatusRules;
  /** What "due for review" is read with (the store's `review`), as every page reads it. */
  readonly review: ReviewContext;
  readonly strings?: Meta['strings'];
  /**
   * Where the teams stand (the page's, when it has them read already, made with the same review
   * context); made here otherwise.
   */
  readonly standings?: TeamStandings;
}

/** Separator inside one cell holding several values (ids, tags, tools). */
export const LIST_SEPARATOR = '\n';

/**
 * One row per activity with every field of the model, the mapped ids of each standard (natural
 * order, source text) and one status column per team: the stage the team has reached with its date,
 * "Not applicable (since <date>): <reason>", or "Not assessed", and on a line of its own the
 * report's "Due for review since …" when it is due. Past TEAM_COLUMNS teams, the teams counted by
 * their state on the activity and how many it is due for instead (as the control view counts them):
 * 10,000 status columns are past what a spreadsheet holds and anyone reads; the rows of
 * `teamActivityStream` have each team's status.
 */
export function exportTable(input: ExportInput): ExportTable {
  return collect(exportStream(input));
}

/** `exportTable`, its rows made as they are read. */
export function exportStream(input: ExportInput): ExportStream {
  const counted = input.teams.length > TEAM_COLUMNS;
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
    ...(counted
      ? [...countColumns(input.rules.stages), `Teams: ${DUE_FOR_REVIEW_TEXT}`]
      : input.teams.map((team) => `Status: ${team}`)),
  ];
  const standings = counted
    ? (input.standings ??
      new TeamStandings(
        input.progress,
        input.teams,
        input.rules,
        input.review,
        new Map(input.activities.map((activity) => [activity.uuid, activity])),
      ))
    : undefined;
  return {
    columns,
    rows: activityRows(input, standings),
    readAhead: standings && input.activities.map((activity) => () => standings.codesOf(activity.uuid)),
  };
}

function* activityRows(input: ExportInput, standings: TeamStandings | undefined): Generator<(string | number)[]> {
  const indices = standings ? input.teams.map((team) => standings.indexOf(team)) : [];
  for (const activity of input.activities) {
    const difficulty = activity.difficulty;
    yield [
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
      ...(standings
        ? countedCells(countByState([activity], standings, input.teams, indices))
        : input.teams.map((team) =>
            statusCell(
              reviewedStatus(
                input.rules,
                teamProgress(input.progress, activity.uuid, team),
                activity.uuid,
                activity,
                team,
                input.review,
              ),
            ),
          )),
    ];
  }
}

function countedCells(summary: ControlSummary): number[] {
  return [...countCells(summary), summary.due];
}

function statusCell(status: ActivityStatus): string {
  const due = status.due ? `${LIST_SEPARATOR}${reviewText(status, (day) => day)}` : '';
  const text = statusText(status);
  if (status.kind === 'not-assessed') return text + due;
  const reason = status.notApplicable?.reason ? `: ${status.notApplicable.reason}` : '';
  return `${text} (${status.date})${reason}${due}`;
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
  return csvLine(table.columns) + table.rows.map(csvLine).join('');
}

/** One row of `toCsv`, with its line end. */
export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
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
