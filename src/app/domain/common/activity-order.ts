import { Model } from '../types';
import { codePointOrder } from './code-point-order';

/** Activity uuids in model order, then the ones the model does not know, sorted. */
export function inActivityOrder(uuids: Iterable<string>, model: Model | undefined): string[] {
  const present = new Set(uuids);
  const known = model ? model.activities.map((activity) => activity.uuid).filter((uuid) => present.has(uuid)) : [];
  const knownSet = new Set(known);
  return [...known, ...[...present].filter((uuid) => !knownSet.has(uuid)).sort(codePointOrder)];
}

/** The `# Activity name` comment written after a uuid key, for reviewers of a Git diff. */
export function activityName(uuid: string, model: Model | undefined): string | undefined {
  return model?.byUuid.get(uuid)?.name;
}
