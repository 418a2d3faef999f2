import { Activity, Evidence } from '../types';
import { ExportTable, LIST_SEPARATOR } from '../mapping/export-table';

export interface EvidenceIndexInput {
  readonly evidence: readonly Evidence[];
  /** The model's activities in model order; evidence is listed in this order. */
  readonly activities: readonly Activity[];
  /** Only entries naming at least one of these teams; undefined for every entry. */
  readonly teams?: readonly string[];
}

/** Shown for evidence of an activity the model no longer has (kept in the data, listed last). */
export const UNKNOWN_ACTIVITY_TEXT = 'Not in the model';

/**
 * Every evidence entry, one row each, with its activity, teams, date, who recorded it, reviewer, review date and links: the index
 * an auditor walks to find the proof. In model order, the newest first within an activity.
 */
export function evidenceIndex(input: EvidenceIndexInput): ExportTable {
  const order = new Map(input.activities.map((activity, i) => [activity.uuid, i]));
  const byUuid = new Map(input.activities.map((activity) => [activity.uuid, activity]));
  const selected = input.teams && new Set(input.teams);
  const entries = input.evidence
    .filter((entry) => !selected || entry.teams.some((team) => selected.has(team)))
    .map((entry, read) => ({ entry, read, at: order.get(entry.activityUuid) ?? Number.MAX_SAFE_INTEGER }))
    .sort(
      (a, b) =>
        a.at - b.at ||
        (a.entry.evidenceRecorded < b.entry.evidenceRecorded ? 1 : -1) *
          Number(a.entry.evidenceRecorded !== b.entry.evidenceRecorded) ||
        a.read - b.read,
    );
  const columns = [
    'Dimension',
    'Sub-dimension',
    'Activity',
    'Activity UUID',
    'Teams',
    'Evidence',
    'Description',
    'Recorded',
    'Recorded by',
    'Reviewer',
    'Reviewed',
    'Links',
    'Evidence id',
  ];
  const rows = entries.map(({ entry }) => {
    const activity = byUuid.get(entry.activityUuid);
    return [
      activity?.dimension ?? '',
      activity?.subDimension ?? '',
      activity?.name ?? UNKNOWN_ACTIVITY_TEXT,
      entry.activityUuid,
      entry.teams.join(LIST_SEPARATOR),
      entry.title,
      entry.description,
      entry.evidenceRecorded,
      entry.recordedBy ?? '',
      entry.reviewer,
      entry.reviewed ?? '',
      entry.attachments.map((attachment) => attachment.externalLink).join(LIST_SEPARATOR),
      entry.id,
    ];
  });
  return { columns, rows };
}
