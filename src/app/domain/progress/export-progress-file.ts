import { Model, Progress, Stage, TeamProgress } from '../types';
import { yamlInlineScalar } from '../yaml';
import { inActivityOrder, activityName } from '../common/activity-order';
import { isCalendarDate } from '../common/calendar-date';
import { codePointOrder } from '../common/code-point-order';
import { lineComment } from '../common/yaml-writer';
import { notApplicableKey } from './not-applicable';

export interface ProgressExportContext {
  /** Gives the activity order and the name comments; without it uuids are sorted. */
  readonly model?: Model;
  readonly stages: readonly Stage[];
}

/**
 * Writes team-progress.yaml in the layout the peer reads:
 *
 *   progress:
 *     <uuid>:  # <activity name>
 *       <team>:
 *         <stage>: YYYY-MM-DD      (highest stage first; the 0% stage too, when a team said so)
 *         'Not applicable: <reason>': YYYY-MM-DD   (last, when the activity does not apply)
 *
 * Activities in model order (unknown ones after, sorted), teams and unknown stages sorted by code
 * point: the same data always gives the same file, so Git diffs show only real changes. Names are
 * quoted only when YAML needs it. Teams and activities with nothing to write are left out.
 */
export function exportProgressFile(progress: Progress, ctx: ProgressExportContext): string {
  const lines: string[] = [];
  for (const uuid of inActivityOrder(Object.keys(progress), ctx.model)) {
    const teamLines = Object.keys(progress[uuid])
      .sort(codePointOrder)
      .flatMap((team) => teamBlock(team, progress[uuid][team], ctx.stages));
    if (teamLines.length === 0) continue;
    const name = activityName(uuid, ctx.model);
    lines.push(`  ${yamlInlineScalar(uuid)}:${name === undefined ? '' : `  ${lineComment(name)}`}`, ...teamLines);
  }
  return lines.length === 0 ? 'progress: {}\n' : ['progress:', ...lines, ''].join('\n');
}

function teamBlock(team: string, entry: TeamProgress, stages: readonly Stage[]): string[] {
  const dates = entry.stages;
  // The 0% stage ("Not implemented") too: the team said so, which "not assessed" does not (README,
  // One status per activity); the OWASP DSOMM app reads it as 0%.
  const known = [...stages].filter((stage) => Object.hasOwn(dates, stage.title)).reverse();
  known.sort((a, b) => b.score - a.score);
  const knownTitles = new Set(stages.map((stage) => stage.title));
  const unknown = Object.keys(dates)
    .filter((title) => !knownTitles.has(title))
    .sort(codePointOrder);
  const titles = [...known.map((stage) => stage.title), ...unknown];
  const na = entry.notApplicable;
  if (titles.length === 0 && na === undefined) return [];
  return [
    `    ${yamlInlineScalar(team)}:`,
    ...titles.map((title) => `      ${yamlInlineScalar(title)}: ${dateScalar(dates[title])}`),
    ...(na ? [`      ${yamlInlineScalar(notApplicableKey(na.reason))}: ${dateScalar(na.date)}`] : []),
  ];
}

/** Dates unquoted, as the peer writes them; anything else quoted so the file stays valid YAML. */
function dateScalar(date: string): string {
  return isCalendarDate(date) ? date : yamlInlineScalar(date);
}
