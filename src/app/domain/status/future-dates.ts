import { Evidence, Model, Problem, Progress, TeamProgress } from '../types';
import { capitalised, fileWarning, quoted } from '../common/file-problem';
import { lineOfListItem, lineOfPath } from '../common/key-lines';
import { notApplicableKey } from '../progress/not-applicable';
import { DatedTitle, StatusRules } from './activity-status';
import { countText } from '../common/count-text';

/**
 * A date after the day in a team's data: a stage date or "not applicable" mark, which counts only
 * from that day (see StatusRules), or evidence recorded on a day that has not come yet (usually a
 * typo). Files are written by hand and by other tools, so the import preview and `dsomm validate`
 * both point them out; this module is what both read, so they flag exactly the same dates.
 */
export type FutureDate =
  | {
      readonly kind: 'stage';
      readonly activityUuid: string;
      readonly team: string;
      readonly title: string;
      readonly date: string;
    }
  | {
      readonly kind: 'not-applicable';
      readonly activityUuid: string;
      readonly team: string;
      readonly reason: string;
      readonly date: string;
    }
  | {
      readonly kind: 'evidence';
      readonly activityUuid: string;
      readonly teams: readonly string[];
      readonly title: string;
      readonly date: string;
      /** Position in its activity's list, in the order read (for pointing at its line). */
      readonly index: number;
    }
  | {
      /** A review dated after the day: it confirms the evidence only from that day. */
      readonly kind: 'review';
      readonly activityUuid: string;
      readonly teams: readonly string[];
      readonly title: string;
      readonly date: string;
      readonly index: number;
    };

/**
 * Every date after `rules.day` in `progress` and `evidence`, in the order they were read: stage
 * dates of the stage definition and "not applicable" marks (exactly StatusRules' `future`; titles
 * the definition lacks never count, whatever their date, and are reported as unknown elsewhere),
 * then evidence recorded or reviewed after the day (a review counts from its day, see
 * evidenceSummaries).
 */
export function futureDates(progress: Progress, evidence: readonly Evidence[], rules: StatusRules): FutureDate[] {
  const found: FutureDate[] = [];
  // A file's teams share entry objects (see teams-by-entry.ts): each is read once.
  const futures = new Map<TeamProgress, readonly DatedTitle[]>();
  for (const [activityUuid, teams] of Object.entries(progress)) {
    for (const [team, entry] of Object.entries(teams)) {
      const mark = entry.notApplicable;
      let future = futures.get(entry);
      if (!future) futures.set(entry, (future = rules.of(entry).future));
      for (const { title, date } of future) {
        // StatusRules lists the mark under the title "Not applicable"; a stage of that title dated
        // the same day is told apart by the entry's own stage dates.
        const isMark = mark !== undefined && date === mark.date && title === notApplicableKey('');
        if (isMark && !(Object.hasOwn(entry.stages, title) && entry.stages[title] === date)) {
          found.push({ kind: 'not-applicable', activityUuid, team, reason: mark.reason, date });
        } else found.push({ kind: 'stage', activityUuid, team, title, date });
      }
    }
  }
  const positions = new Map<string, number>();
  for (const entry of evidence) {
    const index = positions.get(entry.activityUuid) ?? 0;
    positions.set(entry.activityUuid, index + 1);
    if (entry.evidenceRecorded > rules.day) {
      const { activityUuid, teams, title, evidenceRecorded: date } = entry;
      found.push({ kind: 'evidence', activityUuid, teams, title, date, index });
    }
    if (entry.reviewed !== undefined && entry.reviewed > rules.day) {
      const { activityUuid, teams, title, reviewed: date } = entry;
      found.push({ kind: 'review', activityUuid, teams, title, date, index });
    }
  }
  return found;
}

/** Beyond this many, the rest of a file's future dates are summed up in one warning. */
const MAX_REPORTED = 50;

/**
 * Warnings for the future dates found in one progress or evidence file (as read from `text`), each
 * at the line of its date, as `dsomm validate` lists them.
 */
export function futureDateWarnings(
  found: readonly FutureDate[],
  file: string,
  text: string,
  day: string,
  model?: Model,
): Problem[] {
  const activity = (uuid: string) => {
    const name = model?.byUuid.get(uuid)?.name;
    return name === undefined ? `activity ${uuid}` : `activity ${quoted(name)}`;
  };
  const after = (date: string) => `${date}, after today (${day})`;
  const warnings = found.slice(0, MAX_REPORTED).map((date) => {
    switch (date.kind) {
      case 'stage':
        return fileWarning(
          file,
          `Team ${quoted(date.team)} on ${activity(date.activityUuid)}: stage ${quoted(date.title)} is dated ${after(date.date)}; it counts only from that day.`,
          lineOfPath(text, ['progress', date.activityUuid, date.team, date.title]),
        );
      case 'not-applicable':
        return fileWarning(
          file,
          `Team ${quoted(date.team)} on ${activity(date.activityUuid)}: "Not applicable" is dated ${after(date.date)}; the activity counts as not applicable only from that day.`,
          lineOfPath(text, ['progress', date.activityUuid, date.team, notApplicableKey(date.reason)]),
        );
      case 'evidence':
        return fileWarning(
          file,
          `${capitalised(`evidence ${date.index + 1} of ${activity(date.activityUuid)}`)} (${quoted(date.title)}) is recorded ${after(date.date)}.`,
          evidenceDateLine(text, date.activityUuid, date.index),
        );
      case 'review':
        return fileWarning(
          file,
          `${capitalised(`evidence ${date.index + 1} of ${activity(date.activityUuid)}`)} (${quoted(date.title)}) has a review dated ${after(date.date)}; the review counts only from that day.`,
          evidenceDateLine(text, date.activityUuid, date.index, 'reviewed'),
        );
    }
  });
  if (found.length > MAX_REPORTED) {
    warnings.push(
      fileWarning(file, `${countText(found.length - MAX_REPORTED)} more dates after today (${day}) follow.`),
    );
  }
  return warnings;
}

/**
 * The line of the entry's `key` (its `evidenceRecorded` unless said otherwise), else of the entry
 * (a list item written in flow style).
 */
export function evidenceDateLine(
  text: string,
  activityUuid: string,
  index: number,
  key = 'evidenceRecorded',
): number | undefined {
  const list = lineOfPath(text, ['evidence', activityUuid]);
  if (list === undefined) return undefined;
  const item = lineOfListItem(text, list, index);
  if (item === undefined) return list;
  const next = lineOfListItem(text, list, index + 1) ?? Infinity;
  const line = lineOfPath(text, [key], item - 1);
  return line !== undefined && line < next ? line : item;
}
