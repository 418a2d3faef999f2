import { Model } from '../types';
import { reviewText } from '../review/review-text';
import { statusText } from '../status/activity-status';
import { markdownText, tableRow } from '../summary/markdown-text';
import { activityNames, GapItem } from './roadmap-gap';

export interface RoadmapExportContext {
  readonly model: Model;
  readonly team: string;
  readonly target: number;
  /** YYYY-MM-DD, written in the Markdown heading. */
  readonly date: string;
}

const HEADERS = [
  'Position',
  'Phase',
  'Activity',
  'Dimension',
  'Sub-dimension',
  'Level',
  'Current stage',
  'Usefulness',
  'Difficulty (knowledge/time/resources)',
  'After',
  'UUID',
  'Review',
] as const;

function cells(item: GapItem, model: Model): string[] {
  const a = item.activity;
  const d = a.difficulty;
  const after = activityNames(item.after, model);
  const needed = item.neededBy ? `needed by ${activityNames(item.neededBy, model).join('; ')}` : '';
  return [
    String(item.position),
    String(item.phase),
    a.name,
    a.dimension,
    a.subDimension,
    String(a.level),
    statusText(item.status),
    a.usefulness === undefined ? '' : String(a.usefulness),
    d ? `${d.knowledge}/${d.time}/${d.resources}` : '',
    [after.join('; '), needed].filter((text) => text !== '').join(' | '),
    a.uuid,
    // As the report and `dsomm validate` write it, days as in the files.
    reviewText(item.status, (day) => day),
  ];
}

/**
 * The roadmap as CSV (RFC 4180: CRLF, every field quoted). A field that a spreadsheet would run as
 * a formula (starting with = + - @ or a tab/CR) gets a leading apostrophe: names come from files.
 */
export function roadmapCsv(items: readonly GapItem[], ctx: RoadmapExportContext): string {
  const rows = [[...HEADERS], ...items.map((item) => cells(item, ctx.model))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The CSV's columns a Markdown table shows (Activity to After, and Review): the position and phase
 * are the table's order and heading, the uuid is for machines.
 */
const MARKDOWN_COLUMNS = [2, 3, 4, 5, 6, 7, 8, 9, HEADERS.indexOf('Review')];

/**
 * The roadmap as Markdown: a heading, then one table per phase. Names are written with the same
 * escaping as `dsomm summary`, so a roadmap pasted into a GitHub issue mentions nobody and links no
 * other issue, whatever the teams and activities are called.
 */
export function roadmapMarkdown(items: readonly GapItem[], ctx: RoadmapExportContext): string {
  const lines = [
    `# Roadmap: ${markdownText(ctx.team)} to level ${ctx.target}`,
    '',
    `${items.length} ${items.length === 1 ? 'activity' : 'activities'} to go, as of ${ctx.date}.`,
  ];
  const phases = [...new Set(items.map((item) => item.phase))].sort((a, b) => a - b);
  for (const phase of phases) {
    const shown = <T>(row: readonly T[]) => MARKDOWN_COLUMNS.map((column) => row[column]);
    lines.push('', `## Phase ${phase}`, '', tableRow(shown(HEADERS)), `|${' --- |'.repeat(MARKDOWN_COLUMNS.length)}`);
    for (const item of items.filter((i) => i.phase === phase)) {
      lines.push(tableRow(shown(cells(item, ctx.model)).map(markdownText)));
    }
  }
  return lines.join('\n') + '\n';
}
