import { Activity, Evidence, Progress } from '../types';
import { teamProgress } from '../progress/set-team-stage';
import { countText } from '../common/count-text';
import { StatusRules, statusText } from '../status/activity-status';
import { changedAfterReview } from '../evidence/evidence-review';
import { ReviewContext, reviewedStatus } from '../review/review-context';
import { reviewPhrase } from '../review/review-text';
import { controlCatalogue } from './catalogues';
import {
  controlActivities,
  controlRows,
  controlStateText,
  countByState,
  countCells,
  countColumns,
  TEAM_COLUMNS,
  TeamStandings,
} from './controls';
import { collect, ExportStream, ExportTable, LIST_SEPARATOR } from './export-table';
import { naturalCompare } from './natural-sort';
import { isControlId, STANDARDS, StandardKey } from './standards';

export interface SoaInput {
  /** The whole model: a control looks uncovered only if no activity of the model maps to it. */
  readonly activities: readonly Activity[];
  readonly standard: StandardKey;
  readonly teams: readonly string[];
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
  readonly rules: StatusRules;
  /** The evidence summed up and the review interval (the store's `review`): what freshness reads. */
  readonly review: ReviewContext;
}

export const NOT_COVERED_TEXT = 'No activity covers this control';

/**
 * A Statement of Applicability for one standard: one row per control, the standard's whole list
 * (ISO 27001:2022 and :2017 Annex A, SAMM streams; see catalogues.ts) and any other id the model
 * maps (a 2017 objective such as 12.3), in natural order. Per selected team the control's state in
 * the stages' words and each mapped activity's status with its date (from StatusRules, as every
 * page shows it); the reasons of activities marked not applicable (the SoA's justification); the
 * evidence recorded for the mapped activities and those teams; the last review (the evidence's
 * `reviewed` day and reviewer), the evidence changed after its review and what is due for review.
 * Remarks in the id lists ("Not explicitly covered by ISO 27001") are not controls and are
 * left out.
 */
export function statementOfApplicability(input: SoaInput): ExportTable {
  return collect(soaStream(input));
}

/**
 * `statementOfApplicability`, its rows made as they are read. Past TEAM_COLUMNS teams, each control
 * counts the teams by their state on it (as the control view does) instead of two columns per team,
 * the justification gives each reason with how many teams gave it, and the review how many teams
 * are due per activity; each team's own statuses are in the per-team file (teamActivityStream).
 */
export function soaStream(input: SoaInput): ExportStream {
  const { teams, rules } = input;
  const label = STANDARDS.find((standard) => standard.key === input.standard)?.label ?? input.standard;
  const counted = teams.length > TEAM_COLUMNS;
  const columns = [
    `${label} control`,
    'Coverage',
    'Activities',
    ...(counted ? countColumns(rules.stages) : teams.flatMap((team) => [`${team}: control`, `${team}: activities`])),
    'Not applicable: justification',
    'Evidence',
    'Last review',
  ];
  return counted ? { columns, ...countedRows(input, label) } : { columns, rows: teamRows(input, label) };
}

/** The controls of the statement: the catalogue's and any other id the model maps, in natural order. */
function controlIds(input: SoaInput, mapped: Iterable<string>): { ids: string[]; listed?: ReadonlySet<string> } {
  const catalogue = controlCatalogue(input.standard);
  const ids = [...new Set([...(catalogue ?? []), ...mapped])].sort(naturalCompare);
  return { ids, listed: catalogue && new Set(catalogue) };
}

function coverageText(
  id: string,
  activities: readonly Activity[],
  label: string,
  listed?: ReadonlySet<string>,
): string {
  return (
    `Covered by ${activities.length} ${activities.length === 1 ? 'activity' : 'activities'}` +
    (listed && !listed.has(id) ? ` (not a control id of ${label}: an objective or unknown id)` : '')
  );
}

/** The evidence of the activities recorded for any of the teams, newest first. */
function evidenceOf(input: SoaInput, activities: readonly Activity[], selected: ReadonlySet<string>): Evidence[] {
  const uuids = new Set(activities.map((activity) => activity.uuid));
  return input.evidence
    .filter((entry) => uuids.has(entry.activityUuid) && entry.teams.some((team) => selected.has(team)))
    .sort((a, b) => (a.evidenceRecorded < b.evidenceRecorded ? 1 : a.evidenceRecorded > b.evidenceRecorded ? -1 : 0));
}

function* teamRows(input: SoaInput, label: string): Generator<(string | number)[]> {
  const { teams, rules } = input;
  const standings = new TeamStandings(input.progress, teams, rules);
  const mapped = controlRows(input.activities, input.standard, standings, teams).filter((row) => !row.isNote);
  const byId = new Map(mapped.map((row) => [row.id, row]));
  const { ids, listed } = controlIds(input, byId.keys());
  const selected = new Set(teams);
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      yield [id, NOT_COVERED_TEXT, '', ...teams.flatMap(() => ['', '']), '', '', ''];
      continue;
    }
    const activities = row.activities;
    const statuses = teams.map((team) =>
      activities.map((activity) =>
        reviewedStatus(
          rules,
          teamProgress(input.progress, activity.uuid, team),
          activity.uuid,
          activity,
          team,
          input.review,
        ),
      ),
    );
    const justification = teams.flatMap((team, t) =>
      statuses[t].flatMap((status, a) =>
        status.kind === 'not-applicable'
          ? [
              `${team}, ${activities[a].name}: ${status.notApplicable?.reason || 'no reason given'} (since ${status.date})`,
            ]
          : [],
      ),
    );
    const evidence = evidenceOf(input, activities, selected);
    const due = teams.flatMap((team, t) =>
      statuses[t].flatMap((status, a) =>
        status.due ? [`${team}, ${activities[a].name}: ${reviewPhrase(status, (d) => d)}`] : [],
      ),
    );
    yield [
      id,
      coverageText(id, activities, label, listed),
      list(activities.map((activity) => activity.name)),
      ...teams.flatMap((_, t) => [
        controlStateText(row.teams[t].state, rules.stages),
        list(
          statuses[t].map((status) => (status.date ? `${statusText(status)} (${status.date})` : statusText(status))),
        ),
      ]),
      list(justification),
      list(evidence.map(evidenceLine)),
      list(lastReview(evidence, rules.day, due)),
    ];
  }
}

/** What the teams say of one activity, summed up: the reasons given for "not applicable", and who is due. */
interface ActivityStatements {
  /** Reason -> teams that gave it, in the order first given. */
  readonly reasons: Map<string, number>;
  due: number;
  /** How many of the teams (in order) are read so far. */
  teams: number;
}

/** Teams whose statuses on an activity are read in one step ahead of the rows (~10 ms). */
const TEAMS_PER_STEP = 1000;

/** How many reasons a justification names per activity; the rest are counted. */
const REASONS_SHOWN = 5;

function countedRows(input: SoaInput, label: string): Pick<ExportStream, 'rows' | 'readAhead'> {
  const { teams, rules } = input;
  const standings = new TeamStandings(input.progress, teams, rules);
  const indices = teams.map((_, i) => i);
  const byControl = controlActivities(input.activities, input.standard);
  const { ids, listed } = controlIds(
    input,
    [...byControl.keys()].filter((id) => isControlId(id)),
  );
  const selected = new Set(teams);
  // Each activity's statements are read once (for the first control it maps to, or ahead).
  const statements = new Map<string, ActivityStatements>();
  const readUpTo = (activity: Activity, end: number): ActivityStatements => {
    let read = statements.get(activity.uuid);
    if (read === undefined) statements.set(activity.uuid, (read = { reasons: new Map(), due: 0, teams: 0 }));
    for (; read.teams < end; read.teams++) {
      const team = teams[read.teams];
      const entry = teamProgress(input.progress, activity.uuid, team);
      const status = reviewedStatus(rules, entry, activity.uuid, activity, team, input.review);
      if (status.kind === 'not-applicable') {
        const reason = status.notApplicable?.reason || 'no reason given';
        read.reasons.set(reason, (read.reasons.get(reason) ?? 0) + 1);
      }
      if (status.due) read.due++;
    }
    return read;
  };
  const statementsOf = (activity: Activity) => readUpTo(activity, teams.length);
  const mapped = [...new Set(ids.flatMap((id) => byControl.get(id) ?? []))];
  const steps = Array.from({ length: Math.ceil(teams.length / TEAMS_PER_STEP) }, (_, i) => (i + 1) * TEAMS_PER_STEP);
  return {
    rows: statementRows(),
    readAhead: mapped.flatMap((activity) => [
      () => standings.codesOf(activity.uuid),
      ...steps.map((end) => () => readUpTo(activity, Math.min(end, teams.length))),
    ]),
  };

  function* statementRows(): Generator<(string | number)[]> {
    for (const id of ids) {
      const activities = byControl.get(id);
      if (!activities) {
        yield [id, NOT_COVERED_TEXT, '', ...countColumns(rules.stages).map(() => ''), '', '', ''];
        continue;
      }
      const read = activities.map(statementsOf);
      const justification = activities.flatMap((activity, a) => {
        const reasons = [...read[a].reasons];
        if (reasons.length === 0) return [];
        const given = reasons.reduce((sum, [, n]) => sum + n, 0);
        const shown = reasons.slice(0, REASONS_SHOWN).map(([reason, n]) => `${reason} (${teamsText(n)})`);
        const more = reasons.length - REASONS_SHOWN;
        if (more > 0) shown.push(`${countText(more)} other ${more === 1 ? 'reason' : 'reasons'}`);
        return [`${activity.name}, ${teamsText(given)}: ${shown.join('; ')}`];
      });
      const due = activities.flatMap((activity, a) =>
        read[a].due > 0 ? [`${activity.name}: due for review for ${teamsText(read[a].due)}`] : [],
      );
      const evidence = evidenceOf(input, activities, selected);
      yield [
        id,
        coverageText(id, activities, label, listed),
        list(activities.map((activity) => activity.name)),
        ...countCells(countByState(activities, standings, teams, indices)),
        list(justification),
        list(evidence.map(evidenceLine)),
        list(lastReview(evidence, rules.day, due)),
      ];
    }
  }
}

function teamsText(n: number): string {
  return `${countText(n)} ${n === 1 ? 'team' : 'teams'}`;
}

/** `Title (2026-01-02, Team A) <https://...>`: what an auditor needs to find the proof. */
function evidenceLine(entry: Evidence): string {
  const links = entry.attachments.map((attachment) => ` <${attachment.externalLink}>`).join('');
  return `${entry.title} (${entry.evidenceRecorded}, ${entry.teams.join(', ')})${links}`;
}

/**
 * The newest review of the evidence (reviews dated after the day count from their day, as in
 * StatusRules), the evidence changed since its review, and each team and activity due for review.
 */
function lastReview(evidence: readonly Evidence[], day: string, due: readonly string[]): string[] {
  const reviewed = evidence
    .filter((entry) => entry.reviewed !== undefined && entry.reviewed <= day)
    .reduce<Evidence | undefined>(
      (newest, entry) => (newest && newest.reviewed! >= entry.reviewed! ? newest : entry),
      undefined,
    );
  const lines: string[] = [];
  if (reviewed)
    lines.push(`${reviewed.reviewed}${reviewed.reviewer ? ` by ${reviewed.reviewer}` : ''}: ${reviewed.title}`);
  else {
    const named = evidence.find((entry) => entry.reviewer !== '' && entry.reviewed === undefined);
    // Files of the OWASP DSOMM app name a reviewer without a date.
    if (named) lines.push(`No review date (reviewer: ${named.reviewer})`);
    else if (evidence.length > 0) lines.push('Not reviewed yet');
  }
  for (const entry of evidence.filter(changedAfterReview)) {
    lines.push(`Changed after review: ${entry.title} (reviewed ${entry.reviewed})`);
  }
  return [...lines, ...due];
}

function list(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}
