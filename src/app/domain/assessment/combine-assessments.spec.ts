import { AssessmentState, Progress } from '../types';
import { setTeamStage } from '../progress/set-team-stage';
import { deleteEvidence, editEvidence } from '../evidence/evidence-edits';
import { deleteTeam, renameTeam } from '../teams/team-edits';
import { exportProgressFile } from '../progress/export-progress-file';
import { parseProgressFile } from '../progress/parse-progress-file';
import { evidenceFixture } from '../testing/evidence-fixture';
import { STAGES } from '../testing/model-fixture';
import { combineAssessments } from './combine-assessments';
import { emptyAssessment, fromFiles } from './empty-assessment';

const at = (date: string, hour = 12) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

const evidence = evidenceFixture;

const fileProgress: Progress = {
  a1: {
    'Team A': { stages: { Started: '2026-03-01', 'Fully implemented': '2026-05-01' } },
    'Team B': { stages: { Started: '2026-04-01' } },
  },
  a2: { 'Team A': { stages: { Started: '2026-02-01' } } },
};
const files: AssessmentState = fromFiles({
  teams: ['Team A', 'Team B'],
  groups: { G: ['Team A'] },
  stages: STAGES,
  progress: fileProgress,
  evidence: [evidence('e1'), evidence('e2', { teams: ['Team A', 'Team B'] }), evidence('e3', { teams: ['Team B'] })],
});

describe('combineAssessments', () => {
  it('is the files alone without a stored assessment', () => {
    expect(combineAssessments(files, undefined)).toBe(files);
  });

  it('keeps a stage lowered in the browser over the file that still has the higher one', () => {
    const stored = {
      ...files,
      progress: setTeamStage(files.progress, 'a1', 'Team A', 'Started', '2026-06-01', at('2026-06-01'), STAGES),
    };
    const combined = combineAssessments(files, stored);
    expect(combined.progress['a1']['Team A']).toEqual({
      stages: { Started: '2026-03-01' },
      editedAt: at('2026-06-01'),
    });
    expect(combined.progress['a1']['Team B']).toBe(fileProgress['a1']['Team B']);
  });

  it('keeps a stage lowered to 0% (written with its date)', () => {
    const stored = {
      ...files,
      progress: setTeamStage(files.progress, 'a2', 'Team A', 'Not implemented', '2026-06-01', at('2026-06-01'), STAGES),
    };
    expect(combineAssessments(files, stored).progress['a2']['Team A'].stages).toEqual({
      'Not implemented': '2026-06-01',
    });
  });

  it('a lowered stage survives a round trip through the exported file', () => {
    const edited = setTeamStage(
      files.progress,
      'a1',
      'Team A',
      'Partly implemented',
      '2026-06-01',
      at('2026-06-01', 9),
      STAGES,
    );
    const exported = parseProgressFile(exportProgressFile(edited, { stages: STAGES }), 'f', { stages: STAGES });
    const served = { ...files, progress: exported.ok ? exported.value : {} };
    const combined = combineAssessments(served, { ...files, progress: edited });
    expect(combined.progress['a1']['Team A'].stages).toEqual({
      Started: '2026-03-01',
      'Partly implemented': '2026-06-01',
    });
  });

  it('lets a file entry newer than the browser edit win', () => {
    const stored = {
      ...files,
      progress: setTeamStage(
        files.progress,
        'a2',
        'Team A',
        'Partly implemented',
        '2026-06-01',
        at('2026-06-01'),
        STAGES,
      ),
    };
    const newer: Progress = {
      ...fileProgress,
      a2: { 'Team A': { stages: { Started: '2026-02-01', 'Fully implemented': '2026-06-02' } } },
    };
    expect(combineAssessments({ ...files, progress: newer }, stored).progress['a2']['Team A']).toBe(
      newer['a2']['Team A'],
    );
  });

  it('a file date on the day of the edit (UTC midnight) does not beat it', () => {
    const stored = {
      ...files,
      progress: setTeamStage(
        files.progress,
        'a2',
        'Team A',
        'Partly implemented',
        '2026-06-01',
        at('2026-06-01', 0),
        STAGES,
      ),
    };
    const same: Progress = { a2: { 'Team A': { stages: { 'Fully implemented': '2026-06-01' } } } };
    expect(combineAssessments({ ...files, progress: same }, stored).progress['a2']['Team A'].editedAt).toBe(
      at('2026-06-01', 0),
    );
  });

  it("replaces stored copies of file data (no editedAt) with the file's, and drops those the file no longer has", () => {
    const stored = { ...files, progress: { ...fileProgress, a9: { 'Team A': { stages: { Started: '2025-01-01' } } } } };
    const changed: Progress = { a1: { 'Team A': { stages: { Started: '2026-03-01' } } } };
    expect(combineAssessments({ ...files, progress: changed }, stored).progress).toEqual(changed);
  });

  it("keeps a file's activity as read where the browser has no edit of it, so scoring counts its shared entries once", () => {
    const text = [
      'progress:',
      '  a1:',
      '    Team A:',
      '      Started: 2026-03-01',
      '    Team B:',
      '      Started: 2026-03-01',
    ];
    const read = parseProgressFile([...text, '  a2:', ...text.slice(2)].join('\n'), 'p.yaml', { stages: STAGES });
    if (!read.ok) throw new Error('not read');
    const fromFile = { ...files, progress: read.value };
    const edited = setTeamStage(
      read.value,
      'a2',
      'Team A',
      'Partly implemented',
      '2026-06-01',
      at('2026-06-01'),
      STAGES,
    );
    const combined = combineAssessments(fromFile, { ...files, progress: edited }).progress;
    expect(combined['a1']).toBe(read.value['a1']);
    expect(combined['a2']).toEqual({ 'Team A': edited['a2']['Team A'], 'Team B': read.value['a2']['Team B'] });
    // A team removed in the browser is left out, as before.
    const removed = combineAssessments(fromFile, { ...files, removedTeams: ['Team B'], progress: {} }).progress;
    expect(removed['a1']).toEqual({ 'Team A': read.value['a1']['Team A'] });
  });

  it('keeps browser-only entries and file-only entries', () => {
    const stored = {
      ...files,
      progress: setTeamStage({}, 'a7', 'Team B', 'Started', '2026-06-01', at('2026-06-01'), STAGES),
    };
    const combined = combineAssessments(files, stored);
    expect(combined.progress['a7']['Team B'].stages).toEqual({ Started: '2026-06-01' });
    expect(combined.progress['a1']).toEqual(fileProgress['a1']);
  });

  it('a renamed team survives a reload: its file data under the old name is ignored', () => {
    const stored = renameTeam(files, 'Team A', 'Team Z', at('2026-06-01'));
    const combined = combineAssessments(files, stored);
    expect(combined.teams).toEqual({ names: ['Team Z', 'Team B'], groups: { G: ['Team Z'] } });
    expect(Object.keys(combined.progress['a1']).sort()).toEqual(['Team B', 'Team Z']);
    expect(combined.progress['a1']['Team Z'].stages).toEqual(fileProgress['a1']['Team A'].stages);
    expect(combined.evidence.map((e) => [e.id, e.teams])).toEqual([
      ['e1', ['Team Z']],
      ['e2', ['Team Z', 'Team B']],
      ['e3', ['Team B']],
    ]);
  });

  it('a deleted team stays deleted: its file progress and evidence do not come back', () => {
    const stored = deleteTeam(files, 'Team A', at('2026-06-01'));
    const combined = combineAssessments(files, stored);
    expect(combined.teams.names).toEqual(['Team B']);
    expect(combined.progress).toEqual({ a1: { 'Team B': fileProgress['a1']['Team B'] } });
    expect(combined.evidence.map((e) => [e.id, e.teams])).toEqual([
      ['e2', ['Team B']],
      ['e3', ['Team B']],
    ]);
  });

  it('ignores removed teams in file evidence even without a browser copy', () => {
    const stored = { ...files, removedTeams: ['Team B'], evidence: [] };
    const combined = combineAssessments(files, stored);
    expect(combined.evidence.map((e) => [e.id, e.teams])).toEqual([
      ['e1', ['Team A']],
      ['e2', ['Team A']],
    ]);
  });

  it('teams and stages come from the browser only once edited there', () => {
    const customStages = [STAGES[0], STAGES[3]];
    const storedUnedited = { ...emptyAssessment({ teams: ['Old'], teamGroups: {}, stages: customStages }) };
    expect(combineAssessments(files, storedUnedited).teams).toBe(files.teams);
    expect(combineAssessments(files, storedUnedited).stages).toBe(files.stages);
    const storedEdited = { ...storedUnedited, teamsEdited: true, stagesEdited: true };
    expect(combineAssessments(files, storedEdited).teams).toBe(storedUnedited.teams);
    expect(combineAssessments(files, storedEdited).stages).toBe(customStages);
  });

  it('settings, custom files, removed teams and tombstones come from the browser', () => {
    const stored: AssessmentState = {
      ...files,
      settings: { theme: 'dark' },
      customFiles: [{ name: 'c.yaml', text: 'x' }],
      deletedEvidence: { gone: 1 },
    };
    const combined = combineAssessments({ ...files, settings: { theme: 'light' } }, stored);
    expect(combined.settings).toEqual({ theme: 'dark' });
    expect(combined.customFiles).toBe(stored.customFiles);
    expect(combined.deletedEvidence).toBe(stored.deletedEvidence);
  });

  describe('evidence', () => {
    it('a browser edit wins over the older file entry, and keeps its place', () => {
      const stored = editEvidence(files, 'e2', { title: 'Edited' }, at('2026-06-01'));
      const combined = combineAssessments(files, stored);
      expect(combined.evidence.map((e) => e.title)).toEqual(['e1', 'Edited', 'e3']);
    });

    it('a file entry recorded after the browser edit wins', () => {
      const stored = editEvidence(files, 'e2', { title: 'Edited' }, at('2026-04-01'));
      expect(combineAssessments(files, stored).evidence[1].title).toBe('e2');
    });

    it('a file entry reviewed after the browser edit wins (a review in Git is a change)', () => {
      const stored = editEvidence(files, 'e2', { title: 'Edited' }, at('2026-06-01'));
      const reviewed = evidence('e2', { teams: ['Team A', 'Team B'], reviewer: 'Kim', reviewed: '2026-06-02' });
      const served = { ...files, evidence: [files.evidence[0], reviewed, files.evidence[2]] };
      expect(combineAssessments(served, stored).evidence[1]).toEqual(reviewed);
    });

    it('a deletion in the browser wins over the older file entry, not over a newer one', () => {
      const stored = deleteEvidence(files, 'e1', at('2026-06-01'));
      expect(combineAssessments(files, stored).evidence.map((e) => e.id)).toEqual(['e2', 'e3']);
      const recorded = { ...files, evidence: [evidence('e1', { evidenceRecorded: '2026-06-05' })] };
      expect(combineAssessments(recorded, stored).evidence.map((e) => e.id)).toEqual(['e1']);
    });

    it('keeps browser-only entries after the file entries; drops stale copies the file lost', () => {
      const added = { ...evidence('new'), editedAt: at('2026-06-01') };
      const stored = { ...files, evidence: [added, ...files.evidence] };
      const fewer = { ...files, evidence: [files.evidence[2]] };
      expect(combineAssessments(fewer, stored).evidence.map((e) => e.id)).toEqual(['e3', 'new']);
    });
  });

  it('does not mutate its inputs', () => {
    const stored = renameTeam(files, 'Team A', 'Team Z', at('2026-06-01'));
    const [filesCopy, storedCopy] = [structuredClone(files), structuredClone(stored)];
    combineAssessments(files, stored);
    expect(files).toEqual(filesCopy);
    expect(stored).toEqual(storedCopy);
  });
});

describe('emptyAssessment', () => {
  it('has the teams and stages of meta and nothing else', () => {
    expect(emptyAssessment({ teams: ['A'], teamGroups: { G: ['A'] }, stages: STAGES })).toEqual({
      teams: { names: ['A'], groups: { G: ['A'] } },
      teamsEdited: false,
      removedTeams: [],
      stages: STAGES,
      stagesEdited: false,
      progress: {},
      evidence: [],
      deletedEvidence: {},
      settings: {},
      customFiles: [],
    });
  });
});
