import { Activity, Model, Progress, Stage } from '../types';
import { teamProgress } from '../progress/set-team-stage';
import { ReviewContext, reviewedStatus } from '../review/review-context';
import { ActivityStatus, StatusRules } from '../status/activity-status';

export interface GapInput {
  readonly model: Model;
  readonly stages: readonly Stage[];
  readonly progress: Progress;
  readonly team: string;
  /** Activities up to this level are the goal. */
  readonly target: number;
  /** YYYY-MM-DD the statuses are read for (see StatusRules). */
  readonly day: string;
  /** The evidence and intervals (the store's `review`): an item's status then says whether it is due. */
  readonly review?: ReviewContext;
}

/** One activity still to do on the way to the target. */
export interface GapItem {
  readonly activity: Activity;
  /** 1-based position in the list. */
  readonly position: number;
  /** 1-based: activities of one phase can be worked on together. */
  readonly phase: number;
  /** The team's status on the activity (a stage below the top, or not assessed), with its freshness. */
  readonly status: ActivityStatus;
  /** Usefulness relative to difficulty (higher first among equals); see `valueForEffort`. */
  readonly valueForEffort: number;
  /** Open activities of this list that it depends on (uuids), all placed before it. */
  readonly after: readonly string[];
  /**
   * Set when the activity is above the target level: it is in the list only because activities up
   * to the target depend on it (uuids of those).
   */
  readonly neededBy?: readonly string[];
}

export interface Phase {
  readonly number: number;
  readonly items: readonly GapItem[];
  /** Lowest and highest level of its activities. */
  readonly levels: readonly [number, number];
}

/** Middle of DSOMM's 1..5 ratings: what a missing usefulness or difficulty counts as. */
const NEUTRAL_RATING = 3;

/**
 * Usefulness divided by the mean of the three difficulty ratings (knowledge, time, resources).
 * A missing rating counts as the middle of the scale, so an unrated activity sits mid-list.
 */
export function valueForEffort(activity: Activity): number {
  const d = activity.difficulty;
  const difficulty = d ? (d.knowledge + d.time + d.resources) / 3 : NEUTRAL_RATING;
  return (activity.usefulness ?? NEUTRAL_RATING) / (difficulty > 0 ? difficulty : NEUTRAL_RATING);
}

/**
 * The roadmap of a team: the activities up to the target level that the team has not fully
 * implemented, leaving out those it marked not applicable. Unfinished activities they depend on are
 * added even above the target (a level-2 activity may need a level-3 one), with `neededBy` saying
 * why. Order: an activity comes after every open activity it depends on; among those free to go
 * next, lower level first, then higher usefulness relative to difficulty, then model order. A
 * dependency cycle (which validation reports) is broken at its best-ranked activity, not dropped.
 *
 * Phases: an activity's phase is its level's rank among the list's levels, pushed later when an
 * activity it depends on is in the same or a later phase, so each phase can be done as a whole.
 */
export function roadmapGap(input: GapInput): GapItem[] {
  const { model } = input;
  const index = new Map(model.activities.map((activity, i) => [activity.uuid, i]));
  const { activities: inGap, neededBy, statusOf } = gapActivities(input);

  const ratio = new Map([...inGap.values()].map((activity) => [activity.uuid, valueForEffort(activity)]));
  const rank = (a: Activity, b: Activity): number =>
    a.level - b.level || ratio.get(b.uuid)! - ratio.get(a.uuid)! || (index.get(a.uuid) ?? 0) - (index.get(b.uuid) ?? 0);
  const openDependencies = (activity: Activity): string[] =>
    [...new Set(activity.dependsOn)].filter((uuid) => inGap.has(uuid) && uuid !== activity.uuid);

  // Kahn's algorithm, picking the best-ranked activity whose dependencies are all placed.
  const levels = [...new Set([...inGap.values()].map((activity) => activity.level))].sort((a, b) => a - b);
  const placed = new Map<string, GapItem>();
  const remaining = new Set(inGap.values());
  while (remaining.size > 0) {
    let best: Activity | undefined;
    for (const activity of remaining) {
      const free = openDependencies(activity).every((uuid) => placed.has(uuid));
      if (free && (best === undefined || rank(activity, best) < 0)) best = activity;
    }
    // Only a cycle leaves nothing free: take the best-ranked activity and go on.
    best ??= [...remaining].sort(rank)[0];
    remaining.delete(best);
    const after = openDependencies(best).filter((uuid) => placed.has(uuid));
    const phase = Math.max(levels.indexOf(best.level) + 1, ...after.map((uuid) => placed.get(uuid)!.phase + 1));
    const needed = neededBy.get(best.uuid);
    placed.set(best.uuid, {
      activity: best,
      position: placed.size + 1,
      phase,
      status: statusOf(best),
      valueForEffort: ratio.get(best.uuid)!,
      after,
      ...(needed ? { neededBy: [...new Set(needed)] } : {}),
    });
  }
  return [...placed.values()];
}

/**
 * The activities of a team's roadmap, unordered (see roadmapGap): those up to the target it still
 * has to do and the open ones they depend on, transitively, with the ones above the target that
 * are needed by others. For counting a roadmap without ordering it (the executive summary).
 */
export function gapActivities(input: GapInput): {
  readonly activities: ReadonlyMap<string, Activity>;
  readonly neededBy: ReadonlyMap<string, readonly string[]>;
  readonly statusOf: (activity: Activity) => ActivityStatus;
} {
  const { model, progress, team, target } = input;
  const rules = new StatusRules(input.stages, input.day);
  const statusOf = (activity: Activity) =>
    reviewedStatus(rules, teamProgress(progress, activity.uuid, team), activity.uuid, activity, team, input.review);
  const open = (activity: Activity): boolean => isStillToDo(statusOf(activity));

  // The gap up to the target, then the open dependencies it pulls in, transitively.
  const inGap = new Map<string, Activity>();
  const neededBy = new Map<string, string[]>();
  const queue = model.activities.filter((activity) => activity.level <= target && open(activity));
  queue.forEach((activity) => inGap.set(activity.uuid, activity));
  // for-of sees the activities pushed while it runs: the queue is walked to its end.
  for (const current of queue) {
    for (const uuid of current.dependsOn) {
      const dependency = model.byUuid.get(uuid);
      if (!dependency || !open(dependency)) continue;
      if (!inGap.has(uuid)) {
        inGap.set(uuid, dependency);
        queue.push(dependency);
      }
      if (dependency.level > target) neededBy.set(uuid, [...(neededBy.get(uuid) ?? []), current.uuid]);
    }
  }
  return { activities: inGap, neededBy, statusOf };
}

/** Whether the team still has something to do: the activity applies to it and is not done. */
export function isStillToDo(status: ActivityStatus): boolean {
  return status.kind !== 'not-applicable' && !status.done;
}

/** The list cut into its phases, in phase order (items keep their list order). */
export function roadmapPhases(items: readonly GapItem[]): Phase[] {
  const phases = new Map<number, GapItem[]>();
  for (const item of items) phases.set(item.phase, [...(phases.get(item.phase) ?? []), item]);
  return [...phases.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, phaseItems]) => {
      const levels = phaseItems.map((item) => item.activity.level);
      return { number, items: phaseItems, levels: [Math.min(...levels), Math.max(...levels)] as const };
    });
}

/** The activity names of uuids, for "after ..." and "needed by ..." texts. */
export function activityNames(uuids: readonly string[], model: Model): string[] {
  return uuids.map((uuid) => model.byUuid.get(uuid)?.name ?? uuid);
}
