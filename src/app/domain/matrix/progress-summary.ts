import { Activity, Progress } from '../types';
import { ownValue } from '../common/own-value';
import { ReviewContext, reviewedStatus } from '../review/review-context';
import { DUE_FOR_REVIEW_TEXT } from '../review/review-text';
import { ActivityStatus, NOT_APPLICABLE_TEXT, StatusRules, statusText } from '../status/activity-status';

/** How far a set of teams is with one activity. */
export interface ProgressSummary {
  readonly teams: number;
  /** Teams at the top (100%) stage. */
  readonly done: number;
  /** Teams above 0% but below 100%. */
  readonly inProgress: number;
  /** Teams that marked the activity not applicable: left out of `mean` and of "done". */
  readonly notApplicable: number;
  /** Teams that set no stage yet (they count 0 in `mean`). */
  readonly notAssessed: number;
  /** Teams for which it is due for review (0 when read without a review context). */
  readonly due: number;
  /** Mean score of the teams it applies to, 0..1 (0 when none). */
  readonly mean: number;
  /** With exactly one team: its status. */
  readonly status?: ActivityStatus;
}

/**
 * The selected teams' statuses on one activity, summed up for the matrix card and its filters.
 * With `review` (the store's), each status is read with its freshness, as on every other page.
 */
export function progressSummary(
  progress: Progress,
  activity: Activity | string,
  teams: readonly string[],
  rules: StatusRules,
  review?: ReviewContext,
): ProgressSummary {
  let done = 0;
  let inProgress = 0;
  let notApplicable = 0;
  let notAssessed = 0;
  let due = 0;
  let total = 0;
  let status: ActivityStatus | undefined;
  const [uuid, model] = typeof activity === 'string' ? [activity, undefined] : [activity.uuid, activity];
  const entries = ownValue(progress, uuid);
  for (const team of teams) {
    status = reviewedStatus(rules, ownValue(entries, team), uuid, model, team, review);
    if (status.due) due++;
    if (status.kind === 'not-applicable') notApplicable++;
    else if (status.kind === 'not-assessed') notAssessed++;
    else if (status.done) done++;
    else if (status.score > 0) inProgress++;
    total += status.score;
  }
  const applicable = teams.length - notApplicable;
  return {
    teams: teams.length,
    done,
    inProgress,
    notApplicable,
    notAssessed,
    due,
    mean: applicable === 0 ? 0 : total / applicable,
    status: teams.length === 1 ? status : undefined,
  };
}

/**
 * True when at least one selected team it applies to has not fully implemented the activity. An
 * activity that applies to none of them is not open: nothing is left to do. No teams: open.
 */
export function isOpenFor(summary: ProgressSummary): boolean {
  return summary.teams === 0 || summary.done < summary.teams - summary.notApplicable;
}

/** True when at least one selected team has not assessed the activity (no teams: true). */
export function isUnassessedFor(summary: ProgressSummary): boolean {
  return summary.teams === 0 || summary.notAssessed > 0;
}

/** True when it is due for review for at least one selected team. */
export function isDueFor(summary: ProgressSummary): boolean {
  return summary.due > 0;
}

/**
 * The visible note beside the badge: `Due for review` for one team, `2 due for review` for
 * several; '' when it is due for none.
 */
export function dueSummary(summary: ProgressSummary): string {
  if (summary.due === 0) return '';
  return summary.status !== undefined ? DUE_FOR_REVIEW_TEXT : `${summary.due} due for review`;
}

/**
 * The badge's short count: `2/3` of the teams it applies to done (as `describeSummary` and the
 * heatmap count them: a not-applicable team is in neither number), the percentage for one team,
 * `Not applicable` when it applies to none of the selected teams (the word every page uses, never `n/a`).
 */
export function shortSummary(summary: ProgressSummary): string {
  const applicable = summary.teams - summary.notApplicable;
  if (summary.teams > 0 && applicable === 0) return NOT_APPLICABLE_TEXT;
  if (summary.teams === 1) return `${Math.round(summary.mean * 100)}%`;
  return `${summary.done}/${applicable}`;
}

/** True when every selected team the activity applies to has fully implemented it. */
export function isDoneFor(summary: ProgressSummary): boolean {
  return summary.done > 0 && summary.done === summary.teams - summary.notApplicable;
}

/**
 * The badge's text for screen readers and tooltips: the status for one team, else e.g.
 * `2 of 3 teams fully implemented, 60% on average, 1 not applicable, 1 not assessed`.
 */
export function describeSummary(summary: ProgressSummary): string {
  if (summary.teams === 0) return 'No team selected';
  if (summary.status !== undefined) {
    const text = statusText(summary.status);
    const due = summary.status.due ? `, ${DUE_FOR_REVIEW_TEXT.toLowerCase()}` : '';
    return (summary.status.kind === 'stage' ? `${text} (${Math.round(summary.mean * 100)}%)` : text) + due;
  }
  const applicable = summary.teams - summary.notApplicable;
  if (applicable === 0) return `Not applicable to any of the ${summary.teams} teams`;
  const parts = [
    `${summary.done} of ${applicable} teams fully implemented, ${Math.round(summary.mean * 100)}% on average`,
    ...(summary.notApplicable > 0 ? [`${summary.notApplicable} not applicable`] : []),
    ...(summary.notAssessed > 0 ? [`${summary.notAssessed} not assessed`] : []),
    ...(summary.due > 0 ? [`${summary.due} due for review`] : []),
  ];
  return parts.join(', ');
}
