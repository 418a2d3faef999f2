import { Activity, Model, Progress } from '../types';
import { ownValue } from '../common/own-value';
import { ActivityStatus, NO_EVIDENCE, StatusRules } from '../status/activity-status';
import { intervalOf, ReviewContext } from './review-context';

/** Up to this many teams are looked up in an activity's entries rather than found by walking them. */
const FEW_TEAMS = 32;

/** One activity due for review for one team. */
export interface DueItem {
  readonly activity: Activity;
  readonly team: string;
  /** Its status: `due`, with `review` saying since when and why. */
  readonly status: ActivityStatus;
}

export interface DueInput {
  readonly model: Model;
  readonly progress: Progress;
  /** The stage definition and the day (see StatusRules). */
  readonly rules: StatusRules;
  readonly review: ReviewContext;
  /** The teams to list, in order. */
  readonly teams: readonly string[];
  /** Activities above this level are left out; default: none is. */
  readonly maxLevel?: number;
}

/**
 * Every activity due for review for one of the teams (see StatusRules: the freshness of its
 * evidence, or of its stage when it has none), the longest overdue first, then in model and team
 * order. Only entries and evidence that exist are looked at, not every activity x team.
 */
export function dueForReview(input: DueInput): DueItem[] {
  const { rules, review } = input;
  const teams = new Map(input.teams.map((team, i) => [team, i]));
  const items: (DueItem & { readonly order: number })[] = [];
  input.model.activities.forEach((activity, index) => {
    if (input.maxLevel !== undefined && activity.level > input.maxLevel) return;
    const entries = ownValue(input.progress, activity.uuid);
    const evidence = review.evidence.get(activity.uuid);
    const interval = intervalOf(activity, review);
    const consider = (team: string) => {
      const entry = ownValue(entries, team);
      const summary = evidence?.get(team) ?? NO_EVIDENCE;
      if (!rules.dueOf(entry, summary, interval)) return;
      items.push({ activity, team, status: rules.of(entry, summary, interval), order: index });
    };
    if (teams.size <= FEW_TEAMS) {
      // A few teams are looked up: the teams page's summary of one team of 10,000 walked every
      // team's entry of every activity on each toggle.
      for (const team of teams.keys()) if (ownValue(entries, team) !== undefined || evidence?.has(team)) consider(team);
      return;
    }
    for (const team in entries) if (Object.hasOwn(entries, team) && teams.has(team)) consider(team);
    for (const team of evidence?.keys() ?? []) {
      if (teams.has(team) && ownValue(entries, team) === undefined) consider(team);
    }
  });
  items.sort(
    (a, b) =>
      compare(a.status.review!.by, b.status.review!.by) || a.order - b.order || teams.get(a.team)! - teams.get(b.team)!,
  );
  return items.map(({ activity, team, status }) => ({ activity, team, status }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
