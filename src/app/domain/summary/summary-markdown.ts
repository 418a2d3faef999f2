import { Evidence, Model, Progress, ReviewInterval, Stage } from '../types';
import { countOf } from '../common/count-of';
import { countText } from '../common/count-text';
import { diffEvidence, EVIDENCE_FIELD_NAMES } from '../evidence/evidence-diff';
import { changedAfterReview } from '../evidence/evidence-review';
import { dueForReview } from '../review/due-for-review';
import { reviewIntervalText } from '../review/review-interval';
import { everyText, reviewBasisText } from '../review/review-text';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { scorePercent } from '../heatmap/colour-scale';
import { describeProgressChange, diffProgress, ProgressChange } from '../progress/progress-diff';
import { scoreAssessment, Scores } from '../scoring/score-assessment';
import { markdownText, tableRow } from './markdown-text';

/** An older version of a file, and how to name it (e.g. `origin/main` or a file name; shown as code). */
export interface Older<T> {
  readonly label: string;
  readonly value: T;
}

/** What the current files are compared with; a part left out is not compared. */
export interface SummaryBaseline {
  readonly progress?: Older<Progress>;
  readonly evidence?: Older<readonly Evidence[]>;
}

export interface SummaryInput {
  readonly model: Model;
  readonly stages: readonly Stage[];
  /** Every team of the assessment, in display order. */
  readonly teams: readonly string[];
  /** The teams to summarise (table rows, listed changes); empty or absent = every team. */
  readonly selected?: readonly string[];
  /** Name of the row that combines the teams, e.g. meta's allTeamsGroupName. */
  readonly allTeamsLabel: string;
  readonly maxLevel: number;
  /** YYYY-MM-DD the summary is for: dates after it do not count yet. */
  readonly day: string;
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
  readonly baseline?: SummaryBaseline;
  readonly title?: string;
  /** Plain-text lines added at the end (escaped), e.g. how many warnings the files have. */
  readonly notes?: readonly string[];
  /** At most this many rows per table or list: a pull-request comment has a size limit. Default 100. */
  readonly limit?: number;
  /** With it, what is due for review (this interval unless an activity has its own) is listed. */
  readonly reviewInterval?: ReviewInterval;
}

/** First line of every summary, so a pipeline can find its earlier comment and update it. */
export const SUMMARY_MARKER = '<!-- dsomm-summary -->';

/**
 * A Markdown summary for a pull-request comment: the score of each team per dimension (with the
 * change in percentage points since the baseline), the activities whose stage moved, and the
 * evidence added, changed or removed. Names from the files are escaped (see markdownText).
 */
export function summaryMarkdown(input: SummaryInput): string {
  const limit = input.limit ?? 100;
  const selected = input.selected && input.selected.length > 0 ? input.selected : input.teams;
  const chosen = new Set(selected);
  const out: string[] = [SUMMARY_MARKER, `## ${markdownText(input.title ?? 'DSOMM progress summary')}`, ''];
  const baseline = input.baseline;

  out.push(...scoreTable(input, selected, limit));

  if (baseline?.progress) {
    const changes = diffProgress(baseline.progress.value, input.progress, {
      stages: input.stages,
      day: input.day,
      model: input.model,
      teams: input.teams,
    }).filter((change) => chosen.has(change.team));
    out.push('', `### Activities that moved since ${code(baseline.progress.label)} (${countText(changes.length)})`, '');
    if (changes.length === 0) out.push('No stage changed.');
    else out.push(...changeTable(changes, input, limit));
  }

  if (input.reviewInterval) out.push('', ...dueSection(input, input.reviewInterval, selected, limit));

  if (baseline?.evidence) {
    const concerns = (entry: Evidence) => entry.teams.some((team) => chosen.has(team));
    const diff = diffEvidence(baseline.evidence.value, input.evidence);
    const added = diff.added.filter(concerns);
    const changed = diff.changed.filter((c) => concerns(c.after) || concerns(c.before));
    const removed = diff.removed.filter(concerns);
    out.push('', `### Evidence added since ${code(baseline.evidence.label)} (${countText(added.length)})`, '');
    out.push(...(added.length === 0 ? ['No evidence added.'] : evidenceList(added, input.model, limit)));
    if (changed.length > 0) {
      const entries = changed.map((c) => c.after);
      const notes = changed.map((c) => `changed: ${c.fields.map((field) => EVIDENCE_FIELD_NAMES[field]).join(', ')}`);
      out.push(
        '',
        `### Evidence changed (${countText(changed.length)})`,
        '',
        ...evidenceList(entries, input.model, limit, notes),
      );
    }
    if (removed.length > 0) {
      out.push(
        '',
        `### Evidence removed (${countText(removed.length)})`,
        '',
        ...evidenceList(removed, input.model, limit),
      );
    }
  }

  if (input.notes && input.notes.length > 0) out.push('', ...input.notes.map((note) => `> ${markdownText(note)}`));
  return out.join('\n') + '\n';
}

function scoreTable(input: SummaryInput, selected: readonly string[], limit: number): string[] {
  const score = (progress: Progress, teams: readonly string[]) =>
    scoreAssessment({
      model: input.model,
      stages: input.stages,
      progress,
      teams: input.teams,
      selected: teams,
      maxLevel: input.maxLevel,
      day: input.day,
    });
  const shown = selected.slice(0, limit);
  const rows: { name: string; teams: readonly string[] }[] = shown.map((team) => ({
    name: markdownText(team),
    teams: [team],
  }));
  if (selected.length > 1) {
    const label = selected.length === input.teams.length ? input.allTeamsLabel : 'Selected teams';
    rows.push({ name: `**${markdownText(label)}**`, teams: selected });
  }
  const dimensions = input.model.dimensions.map((dimension) => dimension.name);
  const levels = input.maxLevel === 1 ? 'level 1' : `levels 1 to ${input.maxLevel}`;
  const lines = [
    `Score of each team per dimension: the mean of its activity scores (${levels})` +
      (input.baseline?.progress
        ? `, with the change in percentage points since ${code(input.baseline.progress.label)}.`
        : '.') +
      ' Assessed: the activities given a stage ("Not implemented" included) or marked not applicable.',
    '',
    tableRow(['Team', ...dimensions.map(markdownText), 'Overall', 'Assessed']),
    tableRow(['---', ...dimensions.map(() => '---:'), '---:', '---:']),
  ];
  for (const row of rows) {
    const now = score(input.progress, row.teams);
    const before = input.baseline?.progress ? score(input.baseline.progress.value, row.teams) : undefined;
    const cells = dimensions.map((_, i) =>
      cell(now.dimensions[i]?.counts.score ?? null, before?.dimensions[i]?.counts.score ?? null, before !== undefined),
    );
    // Thousands separated, as the app writes every count: "7 of 2,328".
    const assessed = `${countText(now.assessed)} of ${countText(now.assessable)}`;
    lines.push(
      tableRow([row.name, ...cells, cell(now.overall.score, overall(before), before !== undefined), assessed]),
    );
  }
  if (selected.length > shown.length)
    lines.push('', `${countOf(selected.length - shown.length, 'more team')} not shown.`);
  return lines;
}

function overall(scores: Scores | undefined): number | null {
  return scores ? scores.overall.score : null;
}

/** `42%`, `42% (+5)`, `42% (−3)`; an en dash where there is nothing to score. */
function cell(now: number | null, before: number | null, compare: boolean): string {
  if (now === null) return '–';
  const percent = scorePercent(now);
  if (!compare) return `${percent}%`;
  const delta = percent - scorePercent(before ?? 0);
  return delta === 0 ? `${percent}%` : `${percent}% (${delta > 0 ? '+' : '−'}${Math.abs(delta)})`;
}

function changeTable(changes: readonly ProgressChange[], input: SummaryInput, limit: number): string[] {
  // Team by team (teams in their order), each team's changes in model order.
  const rank = new Map(input.teams.map((team, i) => [team, i]));
  const sorted = [...changes].sort((a, b) => (rank.get(a.team) ?? 0) - (rank.get(b.team) ?? 0));
  const lines = [tableRow(['Team', 'Activity', 'Change']), tableRow(['---', '---', '---'])];
  for (const change of sorted.slice(0, limit)) {
    lines.push(
      tableRow([
        markdownText(change.team),
        activityCell(change.activityUuid, input.model),
        markdownText(describeProgressChange(change)),
      ]),
    );
  }
  if (sorted.length > limit) lines.push('', `${countOf(sorted.length - limit, 'more change')} not shown.`);
  return lines;
}

/** What is due for review for the teams, the longest overdue first, and evidence changed after review. */
function dueSection(input: SummaryInput, interval: ReviewInterval, teams: readonly string[], limit: number): string[] {
  const due = dueForReview({
    model: input.model,
    progress: input.progress,
    rules: new StatusRules(input.stages, input.day),
    review: { evidence: evidenceSummaries(input.evidence, input.day), interval },
    teams,
    maxLevel: input.maxLevel,
  });
  const lines = [
    `### Due for review (${countText(due.length)})`,
    '',
    `Stages and evidence older than their review interval (${reviewIntervalText(interval)} unless an activity file ` +
      'sets its own), the longest overdue first. Recent evidence, recorded or reviewed, confirms a stage.',
    '',
  ];
  if (due.length === 0) lines.push('Nothing is due for review.');
  else {
    lines.push(tableRow(['Team', 'Activity', 'Due since', 'Why']), tableRow(['---', '---', '---', '---']));
    for (const { activity, team, status } of due.slice(0, limit)) {
      const why = `${reviewBasisText(status, (day) => day)}; ${everyText(status.review!.interval)}`;
      lines.push(
        tableRow([markdownText(team), activityCell(activity.uuid, input.model), status.review!.by, markdownText(why)]),
      );
    }
    if (due.length > limit)
      lines.push('', `${countOf(due.length - limit, 'more activity', 'more activities')} not shown.`);
  }
  const chosen = new Set(teams);
  const changed = input.evidence.filter((entry) => changedAfterReview(entry) && entry.teams.some((t) => chosen.has(t)));
  if (changed.length > 0) {
    const notes = changed.map(
      (entry) => `reviewed by ${markdownText(entry.reviewer || 'someone')} on ${entry.reviewed}, changed since`,
    );
    lines.push(
      '',
      `### Evidence changed after review (${countText(changed.length)})`,
      '',
      ...evidenceList(changed, input.model, limit, notes),
    );
  }
  return lines;
}

function activityCell(uuid: string, model: Model): string {
  const activity = model.byUuid.get(uuid);
  if (!activity) return `${code(uuid)} (not in the model)`;
  return `${markdownText(activity.name)} (${markdownText(activity.subDimension)}, level ${activity.level})`;
}

function evidenceList(
  entries: readonly Evidence[],
  model: Model,
  limit: number,
  notes: readonly string[] = [],
): string[] {
  const lines = entries.slice(0, limit).map((entry, i) => {
    const title = entry.title.trim() === '' ? '(untitled)' : markdownText(entry.title);
    const attachments = entry.attachments.length > 0 ? `, ${countOf(entry.attachments.length, 'attachment')}` : '';
    const note = notes[i] ? ` (${notes[i]})` : '';
    return (
      `- **${title}** on ${activityCell(entry.activityUuid, model)}: ` +
      `${entry.teams.map(markdownText).join(', ')}, recorded ${entry.evidenceRecorded}${attachments}${note}`
    );
  });
  if (entries.length > limit)
    lines.push('', `${countOf(entries.length - limit, 'more entry', 'more entries')} not shown.`);
  return lines;
}

/** Text as inline code; a backtick inside would end it, so it becomes a quote. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}
