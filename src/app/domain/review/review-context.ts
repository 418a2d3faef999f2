import { Activity, ReviewInterval, TeamProgress } from '../types';
import { ActivityStatus, EvidenceSummaries, evidenceSummary, StatusRules } from '../status/activity-status';

/** What freshness is read with, besides the stage rules: the evidence and the intervals. */
export interface ReviewContext {
  readonly evidence: EvidenceSummaries;
  /** The settings' interval; an activity's own (`reviewInterval` in an activity file) wins. */
  readonly interval: ReviewInterval;
}

/** The review interval of an activity: its own, else the default. */
export function intervalOf(activity: Activity | undefined, review: ReviewContext): ReviewInterval {
  return activity?.reviewInterval ?? review.interval;
}

/**
 * `rules.of` for one team's entry on an activity, with the team's evidence and the activity's
 * interval: how every page and export that shows freshness reads a status (without `review`,
 * the status has no freshness).
 */
export function reviewedStatus(
  rules: StatusRules,
  entry: TeamProgress | undefined,
  activityUuid: string,
  activity: Activity | undefined,
  team: string,
  review: ReviewContext | undefined,
): ActivityStatus {
  if (review === undefined) return rules.of(entry);
  return rules.of(entry, evidenceSummary(review.evidence, activityUuid, team), intervalOf(activity, review));
}
