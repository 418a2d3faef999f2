import { AssessmentState, Evidence } from '../types';
import { fromFiles } from './empty-assessment';
import { mergeBrowserAssessments } from './merge-browser-assessments';

const stages = [
  { title: 'Not implemented', score: 0, definition: '' },
  { title: 'Started', score: 0.2, definition: '' },
  { title: 'Fully implemented', score: 1, definition: '' },
];
const base = fromFiles({ teams: ['A', 'B'], groups: {}, stages, progress: {}, evidence: [] });
const evidence = (id: string, title: string, editedAt?: number): Evidence => ({
  id,
  activityUuid: 'u1',
  teams: ['A'],
  title,
  description: '',
  evidenceRecorded: '2026-01-01',
  reviewer: '',
  attachments: [],
  editedAt,
});

describe('mergeBrowserAssessments', () => {
  it('keeps both tabs’ edits of different teams', () => {
    const mine: AssessmentState = {
      ...base,
      progress: { u1: { A: { stages: { Started: '2026-02-01' }, editedAt: 10 } } },
    };
    const theirs: AssessmentState = {
      ...base,
      progress: { u1: { B: { stages: { 'Fully implemented': '2026-02-02', Started: '2026-02-02' }, editedAt: 20 } } },
    };
    const merged = mergeBrowserAssessments(mine, theirs);
    expect(Object.keys(merged.progress['u1']).sort()).toEqual(['A', 'B']);
  });

  it('takes the newer edit of the same team, including a lowered stage', () => {
    const mine: AssessmentState = { ...base, progress: { u1: { A: { stages: {}, editedAt: 30 } } } };
    const theirs: AssessmentState = {
      ...base,
      progress: { u1: { A: { stages: { Started: '2026-02-01' }, editedAt: 20 } } },
    };
    expect(mergeBrowserAssessments(mine, theirs).progress['u1']['A'].stages).toEqual({});
    expect(mergeBrowserAssessments(theirs, mine).progress['u1']['A'].stages).toEqual({});
  });

  it('merges evidence by id and honours deletions made after the last edit', () => {
    const mine: AssessmentState = { ...base, evidence: [evidence('e1', 'mine', 50), evidence('e2', 'kept', 5)] };
    const theirs: AssessmentState = {
      ...base,
      evidence: [evidence('e1', 'theirs', 40), evidence('e3', 'new', 45)],
      deletedEvidence: { e2: 60 },
    };
    const merged = mergeBrowserAssessments(mine, theirs);
    expect(merged.evidence.map((e) => `${e.id}:${e.title}`)).toEqual(['e1:mine', 'e3:new']);
    expect(merged.deletedEvidence).toEqual({ e2: 60 });
  });

  it('keeps teams edited only in this tab', () => {
    const mine: AssessmentState = { ...base, teams: { teams: ['A', 'B', 'C'], groups: {} }, teamsEdited: true };
    expect(mergeBrowserAssessments(mine, base).teams.teams).toEqual(['A', 'B', 'C']);
    const theirs: AssessmentState = { ...base, teams: { teams: ['Z'], groups: {} }, teamsEdited: true };
    expect(mergeBrowserAssessments(mine, theirs).teams.teams).toEqual(['Z']);
  });
});
