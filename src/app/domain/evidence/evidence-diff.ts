import { Evidence, Model } from '../types';
import { countOf } from '../common/count-of';
import { quoted } from '../common/file-problem';
import { describeActivity } from '../progress/progress-diff';
import { countText } from '../common/count-text';

/** Evidence fields people compare (the id says which entry; editedAt is browser bookkeeping). */
const FIELDS = [
  'activityUuid',
  'teams',
  'title',
  'description',
  'evidenceRecorded',
  'recordedBy',
  'reviewer',
  'reviewed',
  'attachments',
] as const;

export type EvidenceField = (typeof FIELDS)[number];

export interface ChangedEvidence {
  readonly before: Evidence;
  readonly after: Evidence;
  readonly fields: readonly EvidenceField[];
}

export interface EvidenceDiff {
  /** In the order of the newer file. */
  readonly added: readonly Evidence[];
  /** In the order of the older file. */
  readonly removed: readonly Evidence[];
  readonly changed: readonly ChangedEvidence[];
}

/**
 * What changed between two evidence files, entry by entry matched on id. Entries without an id get
 * one derived from their content when read (see parseEvidenceFile), so an edited id-less entry shows
 * as one removed and one added.
 */
export function diffEvidence(before: readonly Evidence[], after: readonly Evidence[]): EvidenceDiff {
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const ids = new Set(after.map((entry) => entry.id));
  const changed: ChangedEvidence[] = [];
  const added: Evidence[] = [];
  for (const entry of after) {
    const was = old.get(entry.id);
    if (!was) {
      added.push(entry);
      continue;
    }
    const fields = FIELDS.filter((field) => JSON.stringify(was[field]) !== JSON.stringify(entry[field]));
    if (fields.length > 0) changed.push({ before: was, after: entry, fields });
  }
  return { added, removed: before.filter((entry) => !ids.has(entry.id)), changed };
}

/** How each field is named in messages. */
export const EVIDENCE_FIELD_NAMES: Readonly<Record<EvidenceField, string>> = {
  activityUuid: 'activity',
  teams: 'teams',
  title: 'title',
  description: 'description',
  evidenceRecorded: 'date',
  recordedBy: 'recorded by',
  reviewer: 'reviewer',
  reviewed: 'review date',
  attachments: 'attachments',
};

/** An entry as it reads in a list: `"Title" for Team A, Team B, recorded 2026-05-20`. */
export function describeEvidence(entry: Evidence): string {
  const title = entry.title.trim() === '' ? '(untitled)' : quoted(entry.title);
  return `${title} for ${entry.teams.join(', ')}, recorded ${entry.evidenceRecorded}`;
}

/** The evidence changes in words, one line each, grouped by what happened. */
export function evidenceDiffText(diff: EvidenceDiff, model: Model | undefined): string[] {
  const { added, removed, changed } = diff;
  if (added.length + removed.length + changed.length === 0) return ['No evidence changed.'];
  const lines: string[] = [];
  const on = (entry: Evidence) => describeActivity(entry.activityUuid, model);
  for (const entry of added) lines.push(`Added ${describeEvidence(entry)}, on ${on(entry)}.`);
  for (const { before, after, fields } of changed) {
    lines.push(
      `Changed ${describeEvidence(after)}, on ${on(after)}: ${fields.map((field) => EVIDENCE_FIELD_NAMES[field]).join(', ')}` +
        `${fields.includes('activityUuid') ? ` (was on ${on(before)})` : ''}.`,
    );
  }
  for (const entry of removed) lines.push(`Removed ${describeEvidence(entry)}, from ${on(entry)}.`);
  const total = added.length + changed.length + removed.length;
  lines.push(
    `${countOf(total, 'evidence entry', 'evidence entries')}: ${countText(added.length)} added, ` +
      `${countText(changed.length)} changed, ${countText(removed.length)} removed.`,
  );
  return lines;
}
