import { Evidence } from '../types';
import { quoted } from '../common/file-problem';
import { lineOfPath } from '../common/key-lines';
import { notApplicableKey } from '../progress/not-applicable';
import { evidenceDateLine } from '../status/future-dates';
import { DueItem } from './due-for-review';
import { reviewPhrase } from './review-text';
import { countText } from '../common/count-text';

/** A note (not a problem) at a line of a team file: what `dsomm validate` lists as `info`. */
export interface DueNote {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

/** A file as read: its name in messages and its text, for line numbers. */
export interface ReadFile {
  readonly name: string;
  readonly text: string;
}

/** Beyond this many per file, the rest is summed up in one note. */
const MAX_NOTES = 50;

/**
 * One note per activity and team due for review, at the line it comes from: the stage (or "not
 * applicable" mark) in the progress file when it is counted from the stage, the newest evidence
 * entry's date in the evidence file when it is counted from the evidence.
 */
export function dueNotes(
  due: readonly DueItem[],
  evidence: readonly Evidence[],
  files: { readonly progress?: ReadFile; readonly evidence?: ReadFile },
): DueNote[] {
  const positions = evidencePositions(evidence);
  const notes = new Map<string, DueNote[]>();
  for (const { activity, team, status } of due) {
    const review = status.review!;
    const fromEvidence = review.basis === 'evidence';
    const file = fromEvidence ? files.evidence : files.progress;
    if (file === undefined) continue;
    const message = `Team ${quoted(team)} on activity ${quoted(activity.name)}: ${reviewPhrase(status, (day) => day)}.`;
    let line: number | undefined;
    if (fromEvidence) {
      const newest = positions.find(
        ({ entry }) =>
          entry.activityUuid === activity.uuid &&
          entry.teams.includes(team) &&
          (entry.reviewed === review.since || entry.evidenceRecorded === review.since),
      );
      if (newest) {
        const key = newest.entry.reviewed === review.since ? 'reviewed' : 'evidenceRecorded';
        line = evidenceDateLine(file.text, activity.uuid, newest.index, key);
      }
    } else {
      const key = status.notApplicable ? notApplicableKey(status.notApplicable.reason) : status.stage!.title;
      line = lineOfPath(file.text, ['progress', activity.uuid, team, key]);
    }
    let list = notes.get(file.name);
    if (list === undefined) notes.set(file.name, (list = []));
    list.push({ file: file.name, ...(line === undefined ? {} : { line }), message });
  }
  return [...notes.values()].flatMap((list) =>
    list.length <= MAX_NOTES
      ? list
      : [
          ...list.slice(0, MAX_NOTES),
          { file: list[0].file, message: `${countText(list.length - MAX_NOTES)} more are due for review.` },
        ],
  );
}

/** Each entry with its position in its activity's list, in the order read (the file's). */
function evidencePositions(evidence: readonly Evidence[]): { entry: Evidence; index: number }[] {
  const counts = new Map<string, number>();
  return evidence.map((entry) => {
    const index = counts.get(entry.activityUuid) ?? 0;
    counts.set(entry.activityUuid, index + 1);
    return { entry, index };
  });
}
