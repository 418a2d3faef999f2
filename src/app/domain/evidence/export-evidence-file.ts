import { Evidence, Model } from '../types';
import { yamlInlineScalar } from '../yaml';
import { activityName, inActivityOrder } from '../common/activity-order';
import { isCalendarDate } from '../common/calendar-date';
import { flowList, keyValueLines, lineComment } from '../common/yaml-writer';

export interface EvidenceExportContext {
  /** Gives the activity order and the name comments; without it uuids are sorted. */
  readonly model?: Model;
}

const ITEM = '      ';

/**
 * Writes team-evidence.yaml in the layout the peer reads:
 *
 *   evidence:
 *     <uuid>:  # <activity name>
 *       - id: ...
 *         teams: [Team A, Team B]
 *         title: ...
 *         description: ...
 *         evidenceRecorded: YYYY-MM-DD      (unquoted)
 *         recordedBy: ...                   (when known; DSOMM Studio's own key)
 *         reviewer: ...                     (when there is one)
 *         reviewed: YYYY-MM-DD              (when reviewed; DSOMM Studio's own key)
 *         reviewedDigest: ...               (with a review: what it vouched for)
 *         attachment:                       (when there are any)
 *           - {type: link, externalLink: ...}
 *
 * Activities in model order (unknown ones after, sorted); entries in the order they were added.
 */
export function exportEvidenceFile(evidence: readonly Evidence[], ctx: EvidenceExportContext = {}): string {
  const byActivity = new Map<string, Evidence[]>();
  for (const entry of evidence) {
    const list = byActivity.get(entry.activityUuid);
    if (list) list.push(entry);
    else byActivity.set(entry.activityUuid, [entry]);
  }
  if (byActivity.size === 0) return 'evidence: {}\n';
  const lines = ['evidence:'];
  for (const uuid of inActivityOrder(byActivity.keys(), ctx.model)) {
    const name = activityName(uuid, ctx.model);
    lines.push(`  ${yamlInlineScalar(uuid)}:${name === undefined ? '' : `  ${lineComment(name)}`}`);
    for (const entry of byActivity.get(uuid) ?? []) lines.push(...entryLines(entry));
  }
  return [...lines, ''].join('\n');
}

function entryLines(entry: Evidence): string[] {
  const [first, ...idRest] = keyValueLines(ITEM, 'id', entry.id);
  const lines = [`    - ${first.slice(ITEM.length)}`, ...idRest];
  lines.push(`${ITEM}teams: ${flowList(entry.teams)}`);
  lines.push(...keyValueLines(ITEM, 'title', entry.title), ...keyValueLines(ITEM, 'description', entry.description));
  lines.push(`${ITEM}evidenceRecorded: ${dateText(entry.evidenceRecorded)}`);
  if (entry.recordedBy) lines.push(...keyValueLines(ITEM, 'recordedBy', entry.recordedBy));
  if (entry.reviewer !== '') lines.push(...keyValueLines(ITEM, 'reviewer', entry.reviewer));
  if (entry.reviewed !== undefined) lines.push(`${ITEM}reviewed: ${dateText(entry.reviewed)}`);
  if (entry.reviewedDigest) lines.push(...keyValueLines(ITEM, 'reviewedDigest', entry.reviewedDigest));
  if (entry.attachments.length > 0) {
    lines.push(`${ITEM}attachment:`);
    for (const { type, externalLink } of entry.attachments) {
      lines.push(`${ITEM}  - {type: ${yamlInlineScalar(type)}, externalLink: ${yamlInlineScalar(externalLink)}}`);
    }
  }
  return lines;
}

/** Dates unquoted, as the peer writes them (the app's reader keeps them as text). */
function dateText(date: string): string {
  return isCalendarDate(date) ? date : yamlInlineScalar(date);
}
