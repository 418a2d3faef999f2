import { AssessmentState, Evidence } from '../types';
import { emptyAssessment } from '../assessment/empty-assessment';
import { evidenceFixture } from '../testing/evidence-fixture';
import { STAGES } from '../testing/model-fixture';
import { thrownCode } from '../testing/thrown-code';
import { editEvidence, EvidenceError } from './evidence-edits';
import { changedAfterReview, evidenceDigest, reviewEvidence } from './evidence-review';

describe('evidence review', () => {
  const entry = evidenceFixture('e1', {
    teams: ['Team A', 'Team B'],
    attachments: [{ type: 'link', externalLink: 'https://git.example.com/a' }],
  });
  const assessment: AssessmentState = {
    ...emptyAssessment({ teams: ['Team A', 'Team B'], teamGroups: {}, stages: STAGES }),
    evidence: [entry],
  };

  it('the digest covers what the evidence says, not the order of its teams or who reviewed it', () => {
    const digest = evidenceDigest(entry);
    expect(evidenceDigest({ ...entry, teams: ['Team B', 'Team A'] })).toBe(digest);
    const reviewed: Evidence = { ...entry, reviewer: 'Kim', recordedBy: 'Lee' };
    expect(evidenceDigest(reviewed)).toBe(digest);
    for (const change of [
      { title: 'other' },
      { description: 'more' },
      { evidenceRecorded: '2026-05-02' },
      { teams: ['Team A'] },
      { activityUuid: 'a2' },
      { attachments: [] },
      { attachments: [{ type: 'document' as const, externalLink: 'https://git.example.com/a' }] },
    ]) {
      expect(evidenceDigest({ ...entry, ...change }))
        .withContext(JSON.stringify(change))
        .not.toBe(digest);
    }
  });

  it('marks evidence reviewed by a named reviewer on a day, as a browser edit', () => {
    const next = reviewEvidence(assessment, 'e1', '  Kim Lee ', '2026-06-01', 500);
    expect(next.evidence[0]).toEqual({
      ...entry,
      reviewer: 'Kim Lee',
      reviewed: '2026-06-01',
      reviewedDigest: evidenceDigest(entry),
      editedAt: 500,
    });
    expect(changedAfterReview(next.evidence[0])).toBeFalse();
    expect(next.settings.reviewerName).toBe('Kim Lee');
  });

  it('an edit of reviewed evidence reads "changed after review" until it is reviewed again', () => {
    const reviewed = reviewEvidence(assessment, 'e1', 'Kim', '2026-06-01', 500);
    const edited = editEvidence(reviewed, 'e1', { title: 'Jenkinsfile, v2' }, 600);
    expect(edited.evidence[0].reviewer).toBe('Kim');
    expect(changedAfterReview(edited.evidence[0])).toBeTrue();
    // Back to what was reviewed: nothing changed after all.
    expect(changedAfterReview(editEvidence(edited, 'e1', { title: 'e1' }, 700).evidence[0])).toBeFalse();
    const again = reviewEvidence(edited, 'e1', 'Kim', '2026-06-02', 800);
    expect(changedAfterReview(again.evidence[0])).toBeFalse();
    // Evidence that was never reviewed has nothing to be changed after.
    expect(changedAfterReview(editEvidence(assessment, 'e1', { title: 'x' }, 1).evidence[0])).toBeFalse();
  });

  it('refuses a review without a name or a date, or of evidence that is not there', () => {
    expect(thrownCode(EvidenceError, () => reviewEvidence(assessment, 'e1', ' ', '2026-06-01', 1))).toBe('no-reviewer');
    expect(thrownCode(EvidenceError, () => reviewEvidence(assessment, 'e1', 'Kim', '1 June', 1))).toBe('bad-date');
    expect(thrownCode(EvidenceError, () => reviewEvidence(assessment, 'nope', 'Kim', '2026-06-01', 1))).toBe(
      'unknown-id',
    );
  });
});
