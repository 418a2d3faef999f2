import { AssessmentState, Evidence } from '../types';
import { addTeam, deleteTeam } from '../teams/team-edits';
import { fromFiles } from './empty-assessment';
import { mergeBrowserAssessments } from './merge-browser-assessments';

const stages = [
  { title: 'Not implemented', score: 0, definition: '' },
  { title: 'Started', score: 0.2, definition: '' },
  { title: 'Fully implemented', score: 1, definition: '' },
];
const base = fromFiles({ teams: ['A', 'B'], groups: { G: ['A'] }, stages, progress: {}, evidence: [] });
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
/** Both tabs started from `base`; `theirs` was stored first. */
const merge = (mine: AssessmentState, theirs: AssessmentState, from = base) =>
  mergeBrowserAssessments({ base: from, mine, theirs });

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
    expect(Object.keys(merge(mine, theirs).progress['u1']).sort()).toEqual(['A', 'B']);
  });

  it('takes the newer edit of an entry both changed, including a lowered stage', () => {
    const mine: AssessmentState = { ...base, progress: { u1: { A: { stages: {}, editedAt: 30 } } } };
    const theirs: AssessmentState = {
      ...base,
      progress: { u1: { A: { stages: { Started: '2026-02-01' }, editedAt: 20 } } },
    };
    expect(merge(mine, theirs).progress['u1']['A'].stages).toEqual({});
    expect(merge(theirs, mine).progress['u1']['A'].stages).toEqual({});
  });

  it('takes an entry changed on one side only, even when the other side’s copy has a later time', () => {
    const stored: AssessmentState = {
      ...base,
      progress: { u1: { A: { stages: { Started: '2026-01-01' }, editedAt: 50 } } },
    };
    const lowered: AssessmentState = { ...stored, progress: { u1: { A: { stages: {}, editedAt: 40 } } } };
    // A clock behind by a few ms in the other tab must not undo its edit of an entry this tab left alone.
    expect(merge(stored, lowered, stored).progress['u1']['A'].stages).toEqual({});
  });

  it('merges evidence by id and honours deletions made after the last edit', () => {
    const mine: AssessmentState = { ...base, evidence: [evidence('e1', 'mine', 50), evidence('e2', 'kept', 5)] };
    const theirs: AssessmentState = {
      ...base,
      evidence: [evidence('e1', 'theirs', 40), evidence('e3', 'new', 45)],
      deletedEvidence: { e2: 60 },
    };
    const merged = merge(mine, theirs);
    expect(merged.evidence.map((e) => `${e.id}:${e.title}`)).toEqual(['e1:mine', 'e3:new']);
    expect(merged.deletedEvidence).toEqual({ e2: 60 });
  });

  it('keeps a team added in each tab', () => {
    const merged = merge(addTeam(base, 'C'), addTeam(base, 'D'));
    expect(merged.teams.names).toEqual(['A', 'B', 'D', 'C']);
    expect(merged.teamsEdited).toBeTrue();
    expect(merge(addTeam(base, 'C'), base).teams.names).toEqual(['A', 'B', 'C']);
  });

  it('keeps a team deleted in one tab deleted (with its data and group places) while the other adds one', () => {
    const stored: AssessmentState = {
      ...base,
      progress: { u1: { A: { stages: { Started: '2026-01-01' }, editedAt: 5 } } },
    };
    const deleted = deleteTeam(stored, 'A', 100);
    const added = { ...addTeam(stored, 'C'), teams: { names: ['A', 'B', 'C'], groups: { G: ['A', 'C'] } } };
    for (const merged of [merge(deleted, added, stored), merge(added, deleted, stored)]) {
      expect(merged.teams.names).toEqual(['B', 'C']);
      expect(merged.teams.groups).toEqual({ G: ['C'] });
      expect(merged.removedTeams).toEqual(['A']);
      expect(merged.progress['u1']).toBeUndefined();
    }
  });

  it('merges groups, settings and targets per key', () => {
    const mine: AssessmentState = {
      ...base,
      teams: { names: ['A', 'B'], groups: { G: ['A'], H: ['B'] } },
      settings: { maxLevel: 2 },
      targets: { A: 2 },
    };
    const theirs: AssessmentState = {
      ...base,
      teams: { names: ['A', 'B'], groups: { G: ['A', 'B'] } },
      settings: { dateLocale: 'de-DE' },
      targets: { B: 3 },
    };
    const merged = merge(mine, theirs);
    expect(merged.teams.groups).toEqual({ G: ['A', 'B'], H: ['B'] });
    expect(merged.settings).toEqual({ dateLocale: 'de-DE', maxLevel: 2 });
    expect(merged.targets).toEqual({ B: 3, A: 2 });
  });

  it('takes the stage definition as a whole from the side that changed it', () => {
    const renamed = { ...base, stages: stages.map((s) => ({ ...s, title: `${s.title}!` })), stagesEdited: true };
    expect(merge(renamed, addTeam(base, 'C')).stages).toEqual(renamed.stages);
    expect(merge(addTeam(base, 'C'), renamed).stages).toEqual(renamed.stages);
    expect(merge(addTeam(base, 'C'), renamed).stagesEdited).toBeTrue();
  });

  it('is what is stored when this tab changed nothing', () => {
    const theirs = addTeam(base, 'C');
    expect(merge(base, theirs)).toBe(theirs);
  });
});
