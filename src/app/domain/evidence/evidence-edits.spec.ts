import { AssessmentState, Evidence } from '../types';
import { emptyAssessment } from '../assessment/empty-assessment';
import { STAGES } from '../testing/model-fixture';
import {
  addEvidence,
  deleteEvidence,
  draftOf,
  editEvidence,
  EvidenceDraft,
  evidenceDraftProblem,
  EvidenceError,
} from './evidence-edits';

describe('evidence edits', () => {
  const draft: EvidenceDraft = {
    activityUuid: 'a1',
    teams: ['Team A'],
    title: 'Jenkinsfile',
    description: 'Pipeline as code',
    evidenceRecorded: '2026-05-20',
    reviewer: '',
    attachments: [{ type: 'link', externalLink: 'https://example.org/Jenkinsfile' }],
  };
  const fromFile: Evidence = { ...draft, id: 'file-1', title: 'From the file' };
  const assessment: AssessmentState = {
    ...emptyAssessment({ teams: ['Team A', 'Team B'], teamGroups: {}, stages: STAGES }),
    evidence: [fromFile],
  };
  let counter = 0;
  const newId = () => `new-${++counter}`;

  beforeEach(() => (counter = 0));

  it('adds evidence last, with a new id and editedAt', () => {
    const next = addEvidence(assessment, draft, newId, 1000);
    expect(next.evidence).toEqual([fromFile, { ...draft, id: 'new-1', editedAt: 1000 }]);
    expect(assessment.evidence).toEqual([fromFile]);
  });

  it('never lets two added entries share an id', () => {
    const next = addEvidence(addEvidence(assessment, draft, newId, 1), draft, newId, 2);
    expect(new Set(next.evidence.map((e) => e.id)).size).toBe(3);
  });

  it('drops a team listed twice', () => {
    const next = addEvidence(assessment, { ...draft, teams: ['Team A', 'Team B', 'Team A'] }, newId, 1);
    expect(next.evidence[1].teams).toEqual(['Team A', 'Team B']);
  });

  it('refuses a draft without teams, with a bad date or a bad attachment', () => {
    expect(() => addEvidence(assessment, { ...draft, teams: [] }, newId, 1)).toThrow(
      jasmine.objectContaining({ code: 'no-teams' }),
    );
    expect(() => addEvidence(assessment, { ...draft, evidenceRecorded: '2026-02-30' }, newId, 1)).toThrowMatching(
      (e) => e instanceof EvidenceError && e.code === 'bad-date',
    );
    const noLink = { ...draft, attachments: [{ type: 'link' as const, externalLink: ' ' }] };
    expect(evidenceDraftProblem(noLink)?.code).toBe('bad-attachment');
    const badType = { ...draft, attachments: [{ type: 'video' as 'link', externalLink: 'x' }] };
    expect(evidenceDraftProblem(badType)?.code).toBe('bad-attachment');
    expect(evidenceDraftProblem(draft)).toBeUndefined();
  });

  it('edits fields of one entry, stamps it and keeps its place and id', () => {
    const two = addEvidence(assessment, draft, newId, 1);
    const next = editEvidence(two, 'file-1', { title: 'Changed', teams: ['Team B'] }, 2000);
    expect(next.evidence[0]).toEqual({ ...fromFile, title: 'Changed', teams: ['Team B'], editedAt: 2000 });
    expect(next.evidence[1]).toBe(two.evidence[1]);
  });

  it('refuses to edit an unknown id or to remove every team', () => {
    expect(() => editEvidence(assessment, 'nope', { title: 'x' }, 1)).toThrow(
      jasmine.objectContaining({ code: 'unknown-id' }),
    );
    expect(() => editEvidence(assessment, 'file-1', { teams: [] }, 1)).toThrow(
      jasmine.objectContaining({ code: 'no-teams' }),
    );
  });

  it('deletes by id and leaves a tombstone so the file entry does not come back', () => {
    const next = deleteEvidence(assessment, 'file-1', 3000);
    expect(next.evidence).toEqual([]);
    expect(next.deletedEvidence).toEqual({ 'file-1': 3000 });
    expect(assessment.deletedEvidence).toEqual({});
    expect(deleteEvidence(assessment, 'nope', 1)).toBe(assessment);
  });

  it('gives the editable fields of an entry', () => {
    expect(draftOf({ ...fromFile, editedAt: 5 })).toEqual({ ...draft, title: 'From the file' });
  });
});
