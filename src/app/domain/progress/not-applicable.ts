import { NotApplicable, Progress, Stage } from '../types';
import { teamProgress, withTeamProgress } from './set-team-stage';

/**
 * "Not applicable" in team-progress.yaml. The peer (OWASP DSOMM app) reads
 * activity -> team -> stage title -> date and keeps stage titles it does not know without scoring
 * them, so the marker is written as one more stage-like key whose value is the date it was declared:
 *
 *   <uuid>:
 *     Team B:
 *       'Not applicable: The team ships no containers': 2026-05-01
 *
 * The reason is part of the key (`Not applicable` alone when there is none) rather than a YAML
 * comment: comments are dropped by every YAML tool that rewrites the file (the peer included), a
 * key survives them, and a quoted key holds any text, line breaks included, so the reason
 * round-trips exactly. Reasons are kept short (REASON_MAX_LENGTH) because YAML readers such as the
 * `yaml` package refuse implicit keys longer than 1024 characters. A stage of the progress
 * definition with the same title stays a stage: the definition wins.
 */
export const NOT_APPLICABLE_TITLE = 'Not applicable';
const PREFIX = `${NOT_APPLICABLE_TITLE}: `;

/** The longest reason the app writes, well under the 1024-character limit of YAML implicit keys. */
export const REASON_MAX_LENGTH = 400;

/** The stage-like key that stands for "not applicable" with `reason`. */
export function notApplicableKey(reason: string): string {
  return reason === '' ? NOT_APPLICABLE_TITLE : PREFIX + reason;
}

/** The reason a key stands for, or undefined when the key is not the marker (or is a real stage). */
export function readNotApplicableKey(key: string, stages: readonly Stage[]): string | undefined {
  if (stages.some((stage) => stage.title === key)) return undefined;
  if (key === NOT_APPLICABLE_TITLE) return '';
  return key.startsWith(PREFIX) ? key.slice(PREFIX.length) : undefined;
}

/** A reason as the app stores it: trimmed and at most REASON_MAX_LENGTH characters. */
export function cleanReason(reason: string): string {
  return [...reason.trim()].slice(0, REASON_MAX_LENGTH).join('').trim();
}

/**
 * Declares the activity not applicable to the team (or changes the reason), as a browser edit
 * stamped with `now`. The stage dates recorded so far are cleared (the page offers an undo): an
 * activity either has a stage or does not apply. Kept, they would be counted by the OWASP DSOMM
 * app, which reads the mark as a stage title it does not know and scores the earlier stage.
 * Titles the definition lacks are someone else's data and stay.
 */
export function setNotApplicable(
  progress: Progress,
  activityUuid: string,
  team: string,
  reason: string,
  today: string,
  now: number,
  stages: readonly Stage[],
): Progress {
  const entry = teamProgress(progress, activityUuid, team);
  const clean = cleanReason(reason);
  if (entry?.notApplicable?.reason === clean) return progress;
  const notApplicable: NotApplicable = { reason: clean, date: entry?.notApplicable?.date ?? today };
  const known = new Set(stages.map((stage) => stage.title));
  const unknown = Object.entries(entry?.stages ?? {}).filter(([title]) => !known.has(title));
  return withTeamProgress(progress, activityUuid, team, {
    stages: Object.fromEntries(unknown),
    notApplicable,
    editedAt: now,
  });
}

/**
 * Makes the activity applicable to the team again (not assessed until a stage is set); returns
 * `progress` itself when it was.
 */
export function clearNotApplicable(progress: Progress, activityUuid: string, team: string, now: number): Progress {
  const entry = teamProgress(progress, activityUuid, team);
  if (entry?.notApplicable === undefined) return progress;
  // An emptied entry stays, stamped: it is what keeps a file's older mark from coming back.
  return withTeamProgress(progress, activityUuid, team, { stages: entry.stages, editedAt: now });
}
