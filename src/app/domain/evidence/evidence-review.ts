import { AssessmentState, Evidence } from '../types';
import { codePointOrder } from '../common/code-point-order';
import { contentId } from '../common/content-id';
import { isCalendarDate } from '../common/calendar-date';
import { EvidenceError } from './evidence-edits';

/** The fields a review vouches for: what the evidence says, not who recorded or reviewed it. */
export type ReviewedFields = Pick<
  Evidence,
  'activityUuid' | 'teams' | 'title' | 'description' | 'evidenceRecorded' | 'attachments'
>;

/**
 * A content id of the reviewed fields (see content-id.ts), kept with a review as `reviewedDigest`.
 * Teams are a set, so their order does not count; attachments keep theirs.
 */
export function evidenceDigest(entry: ReviewedFields): string {
  return contentId([
    'reviewed-1',
    entry.activityUuid,
    [...entry.teams].sort(codePointOrder).join('\n'),
    entry.title,
    entry.description,
    entry.evidenceRecorded,
    ...entry.attachments.map(({ type, externalLink }) => `${type} ${externalLink}`),
  ]);
}

/** Reviewed, and changed since: what it says is not what the reviewer saw. */
export function changedAfterReview(entry: Evidence): boolean {
  return (
    entry.reviewed !== undefined && entry.reviewedDigest !== undefined && entry.reviewedDigest !== evidenceDigest(entry)
  );
}

/**
 * Marks one piece of evidence reviewed by `reviewer` on `day`, vouching for its content as it is
 * now, as a browser edit stamped `now`; the name is kept in the settings to be offered next time.
 * Throws EvidenceError for an unknown id, no name or no date.
 */
export function reviewEvidence(
  assessment: AssessmentState,
  id: string,
  reviewer: string,
  day: string,
  now: number,
): AssessmentState {
  const name = reviewer.trim();
  if (name === '') throw new EvidenceError('no-reviewer', 'A review needs the name of the reviewer.');
  if (!isCalendarDate(day)) throw new EvidenceError('bad-date', `"${day}" is not a date written YYYY-MM-DD.`);
  const index = assessment.evidence.findIndex((entry) => entry.id === id);
  if (index < 0) throw new EvidenceError('unknown-id', `There is no evidence with id ${id}.`);
  const entry = assessment.evidence[index];
  const reviewed: Evidence = {
    ...entry,
    reviewer: name,
    reviewed: day,
    reviewedDigest: evidenceDigest(entry),
    editedAt: now,
  };
  return {
    ...assessment,
    evidence: assessment.evidence.map((e, i) => (i === index ? reviewed : e)),
    settings: { ...assessment.settings, reviewerName: name },
  };
}
