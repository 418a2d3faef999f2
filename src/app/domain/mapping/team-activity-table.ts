import { Activity, Progress, Teams } from '../types';
import { teamProgress } from '../progress/set-team-stage';
import { ReviewContext, reviewedStatus } from '../review/review-context';
import { StatusRules, statusText } from '../status/activity-status';
import { ExportStream } from './export-table';

export interface TeamActivityInput {
  readonly activities: readonly Activity[];
  readonly teams: readonly string[];
  /** For each team's groups. */
  readonly groups: Teams['groups'];
  readonly progress: Progress;
  readonly rules: StatusRules;
  /** What "due for review" is read with (the store's `review`). */
  readonly review: ReviewContext;
}

export const TEAM_ACTIVITY_COLUMNS = [
  'Team',
  'Groups',
  'Dimension',
  'Activity',
  'UUID',
  'Level',
  'Status',
  'Date',
  'Not applicable: reason',
  'Due for review since',
] as const;

/**
 * One row per team and activity (team by team, activities in the given order): the long format a
 * pivot table or a BI tool reads, where a column per team would not fit (10,000 teams). The status
 * is the one every page shows (reviewedStatus): the stage, "Not applicable" or "Not assessed",
 * the day it was reached or marked, the mark's reason, and the day it fell due for review.
 */
export function teamActivityStream(input: TeamActivityInput): ExportStream {
  return { columns: TEAM_ACTIVITY_COLUMNS, rows: teamActivityRows(input) };
}

/** The number of rows `teamActivityStream` makes. */
export function teamActivityCount(input: Pick<TeamActivityInput, 'activities' | 'teams'>): number {
  return input.activities.length * input.teams.length;
}

function* teamActivityRows(input: TeamActivityInput): Generator<(string | number)[]> {
  const groupsOf = new Map<string, string[]>();
  for (const [group, members] of Object.entries(input.groups)) {
    for (const team of members) groupsOf.set(team, [...(groupsOf.get(team) ?? []), group]);
  }
  for (const team of input.teams) {
    const groups = (groupsOf.get(team) ?? []).join('; ');
    for (const activity of input.activities) {
      const entry = teamProgress(input.progress, activity.uuid, team);
      const status = reviewedStatus(input.rules, entry, activity.uuid, activity, team, input.review);
      yield [
        team,
        groups,
        activity.dimension,
        activity.name,
        activity.uuid,
        activity.level,
        statusText(status),
        status.date ?? '',
        status.kind === 'not-applicable' ? status.notApplicable?.reason || 'no reason given' : '',
        status.due ? (status.review?.by ?? '') : '',
      ];
    }
  }
}
