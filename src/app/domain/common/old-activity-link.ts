import { Model } from '../types';
import { paramValue, QueryParams } from './query-params';

/** Where an old link of the OWASP DSOMM app leads in this app. */
export type OldLinkTarget =
  | { readonly to: 'activity'; readonly uuid: string }
  /** A name the model does not know: the not-found view says what was looked for. */
  | { readonly to: 'not-found'; readonly name: string }
  | { readonly to: 'matrix' };

/**
 * The target of `/activity-description?uuid=...` or `?name=...`: a uuid as it is (the activity
 * page says when the model lacks it), a name matched exactly, else ignoring case.
 */
export function oldActivityLink(params: QueryParams, model: Model | undefined): OldLinkTarget {
  const uuid = paramValue(params, 'uuid')?.trim();
  if (uuid) return { to: 'activity', uuid };
  const name = paramValue(params, 'name')?.trim();
  if (!name) return { to: 'matrix' };
  const activities = model?.activities ?? [];
  const found =
    activities.find((activity) => activity.name === name) ??
    activities.find((activity) => activity.name.toLowerCase() === name.toLowerCase());
  return found ? { to: 'activity', uuid: found.uuid } : { to: 'not-found', name };
}
