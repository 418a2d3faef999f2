import { Model } from '../types';
import { codePointOrder } from './code-point-order';

/**
 * What ordering and naming activities takes of a model: a Model is one, and so is the index built
 * from its activities' uuids and names alone (what an import preview in a worker is sent).
 */
export interface ActivityIndex {
  /** In model order. */
  readonly activities: readonly ActivityName[];
  readonly byUuid: ReadonlyMap<string, ActivityName>;
}

export interface ActivityName {
  readonly uuid: string;
  readonly name: string;
}

/** The index of `activities` (in model order). */
export function activityIndex(activities: readonly ActivityName[]): ActivityIndex {
  return { activities, byUuid: new Map(activities.map((activity) => [activity.uuid, activity])) };
}

/** Activity uuids in model order, then the ones the model does not know, sorted. */
export function inActivityOrder(uuids: Iterable<string>, model: ActivityIndex | undefined): string[] {
  const present = new Set(uuids);
  const known = model ? model.activities.map((activity) => activity.uuid).filter((uuid) => present.has(uuid)) : [];
  const knownSet = new Set(known);
  return [...known, ...[...present].filter((uuid) => !knownSet.has(uuid)).sort(codePointOrder)];
}

/** The `# Activity name` comment written after a uuid key, for reviewers of a Git diff. */
export function activityName(uuid: string, model: Model | undefined): string | undefined {
  return model?.byUuid.get(uuid)?.name;
}
