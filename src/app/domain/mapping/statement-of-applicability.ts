import { Activity, Evidence, Progress } from '../types';
import { teamProgress } from '../progress/set-team-stage';
import { ActivityStatus, StatusRules, statusText } from '../status/activity-status';
import { changedAfterReview } from '../evidence/evidence-review';
import { ReviewContext, reviewedStatus } from '../review/review-context';
import { reviewPhrase } from '../review/review-text';
import { controlCatalogue } from './catalogues';
import { controlRows, controlStateText, TeamStandings } from './controls';
import { ExportTable, LIST_SEPARATOR } from './export-table';
import { naturalCompare } from './natural-sort';
import { STANDARDS, StandardKey } from './standards';

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
  const { teams, rules } = input;
  const label = STANDARDS.find((standard) => standard.key === input.standard)?.label ?? input.standard;
  const standings = new TeamStandings(input.progress, teams, rules);
  const mapped = controlRows(input.activities, input.standard, standings, teams).filter((row) => !row.isNote);
  const catalogue = controlCatalogue(input.standard);
  const listed = new Set(catalogue);
  const byId = new Map(mapped.map((row) => [row.id, row]));
  const ids = [...new Set([...(catalogue ?? []), ...byId.keys()])].sort(naturalCompare);
  const columns = [
    `${label} control`,
    'Coverage',
    'Activities',
    ...teams.flatMap((team) => [`${team}: control`, `${team}: activities`]),
    'Not applicable: justification',
    'Evidence',
    'Last review',
  ];
  const rows = ids.map((id) => {
    const row = byId.get(id);
    if (!row) return [id, NOT_COVERED_TEXT, '', ...teams.flatMap(() => ['', '']), '', '', ''];
    const activities = row.activities;
    const coverage =
      `Covered by ${activities.length} ${activities.length === 1 ? 'activity' : 'activities'}` +
      (catalogue && !listed.has(id) ? ` (not a control id of ${label}: an objective or unknown id)` : '');
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
    const uuids = new Set(activities.map((activity) => activity.uuid));
    const selected = new Set(teams);
    const evidence = input.evidence
      .filter((entry) => uuids.has(entry.activityUuid) && entry.teams.some((team) => selected.has(team)))
      .sort((a, b) => (a.evidenceRecorded < b.evidenceRecorded ? 1 : a.evidenceRecorded > b.evidenceRecorded ? -1 : 0));
    const due = teams.flatMap((team, t) =>
      statuses[t].flatMap((status, a) => (status.due ? [{ team, activity: activities[a].name, status }] : [])),
    );
    return [
      id,
      coverage,
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
  });
  return { columns, rows };
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
function lastReview(
  evidence: readonly Evidence[],
  day: string,
  due: readonly { team: string; activity: string; status: ActivityStatus }[],
): string[] {
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
  for (const { team, activity, status } of due) {
    lines.push(`${team}, ${activity}: ${reviewPhrase(status, (d) => d)}`);
  }
  return lines;
}

function list(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}
