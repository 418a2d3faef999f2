import { Attachment, AssessmentState, Evidence } from '../types';
import { isCalendarDate } from '../common/calendar-date';
import { isAttachmentType } from '../persisted/shapes';

/** What the user fills in for a piece of evidence. */
export type EvidenceDraft = Omit<Evidence, 'id' | 'editedAt' | 'imported'>;

export type EvidenceErrorCode = 'no-teams' | 'bad-date' | 'bad-attachment' | 'unknown-id' | 'no-reviewer';

/** Thrown by the edit functions for input a form should have refused (see `evidenceDraftProblem`). */
export class EvidenceError extends Error {
  constructor(
    readonly code: EvidenceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EvidenceError';
  }
}

/** Whether an attachment can be written to the evidence file. */
export function isValidAttachment(attachment: Attachment): boolean {
  return isAttachmentType(attachment.type) && attachment.externalLink.trim() !== '';
}

/** Why a draft cannot be saved, for form validation; undefined when it can. */
export function evidenceDraftProblem(draft: EvidenceDraft): EvidenceError | undefined {
  if (draft.teams.length === 0) return new EvidenceError('no-teams', 'Evidence needs at least one team.');
  if (!isCalendarDate(draft.evidenceRecorded)) {
    return new EvidenceError('bad-date', `"${draft.evidenceRecorded}" is not a date written YYYY-MM-DD.`);
  }
  if (!draft.attachments.every(isValidAttachment)) {
    return new EvidenceError('bad-attachment', 'Each attachment needs a type (document, image or link) and a link.');
  }
  return undefined;
}

/**
 * The fields of a piece of evidence a draft holds (to start an edit form from), its review
 * included: an edit keeps the review, which then reads "changed after review" (evidence-review.ts).
 */
export function draftOf(evidence: Evidence): EvidenceDraft {
  const { activityUuid, teams, title, description, evidenceRecorded, reviewer, attachments } = evidence;
  return {
    activityUuid,
    teams,
    title,
    description,
    evidenceRecorded,
    reviewer,
    attachments,
    ...(evidence.recordedBy === undefined ? {} : { recordedBy: evidence.recordedBy }),
    ...(evidence.reviewed === undefined ? {} : { reviewed: evidence.reviewed }),
    ...(evidence.reviewedDigest === undefined ? {} : { reviewedDigest: evidence.reviewedDigest }),
  };
}

function checked(draft: EvidenceDraft): EvidenceDraft {
  const problem = evidenceDraftProblem(draft);
  if (problem) throw problem;
  const { recordedBy, ...rest } = draft;
  const recorder = recordedBy?.trim() ?? '';
  // A team listed twice would be written twice; the file means a set. No recorder is no key.
  return { ...rest, teams: [...new Set(draft.teams)], ...(recorder === '' ? {} : { recordedBy: recorder }) };
}

/** Adds evidence as a browser edit; it goes last. Throws EvidenceError for an invalid draft. */
export function addEvidence(
  assessment: AssessmentState,
  draft: EvidenceDraft,
  newId: () => string,
  now: number,
): AssessmentState {
  const evidence: Evidence = { ...checked(draft), id: newId(), editedAt: now };
  return { ...assessment, evidence: [...assessment.evidence, evidence] };
}

/** Changes fields of one piece of evidence, stamped with `now`. Throws EvidenceError. */
export function editEvidence(
  assessment: AssessmentState,
  id: string,
  changes: Partial<EvidenceDraft>,
  now: number,
): AssessmentState {
  const index = assessment.evidence.findIndex((evidence) => evidence.id === id);
  if (index < 0) throw new EvidenceError('unknown-id', `There is no evidence with id ${id}.`);
  const edited: Evidence = { ...checked({ ...draftOf(assessment.evidence[index]), ...changes }), id, editedAt: now };
  return { ...assessment, evidence: assessment.evidence.map((evidence, i) => (i === index ? edited : evidence)) };
}

/**
 * Removes one piece of evidence and remembers when, so the same entry in a served file does not
 * come back on reload (see `combineAssessments`). Unknown ids leave the assessment as it is.
 */
export function deleteEvidence(assessment: AssessmentState, id: string, now: number): AssessmentState {
  if (!assessment.evidence.some((evidence) => evidence.id === id)) return assessment;
  return {
    ...assessment,
    evidence: assessment.evidence.filter((evidence) => evidence.id !== id),
    deletedEvidence: { ...assessment.deletedEvidence, [id]: now },
  };
}
