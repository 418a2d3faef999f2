import { combineAssessments } from '../assessment/combine-assessments';
import { fromFiles } from '../assessment/empty-assessment';
import { deleteEvidence } from '../evidence/evidence-edits';
import { setTeamStage } from '../progress/set-team-stage';
import { evidenceFixture } from '../testing/evidence-fixture';
import { SMALL_MODEL, STAGES } from '../testing/model-fixture';
import { AssessmentState, Evidence, Progress } from '../types';
import { applyImport, ImportOptions } from './apply-import';
import { importUnknowns } from './import-unknowns';
import { mergedTeams } from './team-lists';
import { ImportedData } from './read-import';

const at = (date: string, hour = 12) => Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const NOW = at('2026-07-01');

const evidence = (id: string, fields: Partial<Evidence> = {}) =>
  evidenceFixture(id, { activityUuid: 'u1', teams: ['A'], evidenceRecorded: '2026-03-01', ...fields });

const servedProgress: Progress = {
  u1: { A: { stages: { Started: '2026-03-01' } }, B: { stages: { Started: '2026-04-01' } } },
  u2: { A: { stages: { Started: '2026-02-01' } } },
};
const served: AssessmentState = fromFiles({
  teams: ['A', 'B', 'C'],
  groups: { G: ['A', 'B'] },
  stages: STAGES,
  progress: servedProgress,
  evidence: [evidence('e1'), evidence('e2', { teams: ['A', 'B'] })],
});

/** The browser: the served files plus a raise of C on u1 (June) and a browser-only evidence. */
const stored: AssessmentState = {
  ...served,
  progress: setTeamStage(served.progress, 'u1', 'C', 'Partly implemented', '2026-06-01', at('2026-06-01'), STAGES),
  evidence: [...served.evidence, { ...evidence('e3', { teams: ['C'] }), editedAt: at('2026-06-02') }],
};
const current = combineAssessments(served, stored);

const options = (fields: Partial<ImportOptions> = {}): ImportOptions => ({
  mode: 'merge',
  served,
  now: NOW,
  addUnknownTeams: false,
  teamsReadOnly: false,
  ...fields,
});
const progressFile = (progress: Progress): ImportedData => ({ kind: 'progress', progress });
const evidenceFile = (list: Evidence[]): ImportedData => ({ kind: 'evidence', evidence: list });

/** What a user sees of an assessment: edit times and empty entries aside, evidence by id. */
function visible(assessment: AssessmentState) {
  const progress = Object.fromEntries(
    Object.entries(assessment.progress)
      .map(
        ([uuid, teams]) =>
          [
            uuid,
            Object.fromEntries(
              Object.entries(teams)
                .filter(([, e]) => Object.keys(e.stages).length > 0 || e.notApplicable)
                .map(([team, e]) => [
                  team,
                  e.notApplicable ? { stages: e.stages, notApplicable: e.notApplicable } : { stages: e.stages },
                ]),
            ),
          ] as const,
      )
      .filter(([, teams]) => Object.keys(teams).length > 0),
  );
  const list = assessment.evidence
    .map((entry) => ({ ...entry, editedAt: undefined }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    teams: assessment.teams,
    stages: assessment.stages,
    settings: assessment.settings,
    customFiles: assessment.customFiles,
    targets: assessment.targets,
    progress,
    evidence: list,
  };
}

/** The import is what a reload shows too. */
function expectReloadStable(result: AssessmentState): void {
  expect(visible(combineAssessments(served, result))).toEqual(visible(result));
}

describe('applyImport: progress', () => {
  describe('merge (newest edit wins)', () => {
    it("takes file entries newer than the browser's, stamped as browser edits", () => {
      const file: Progress = { u1: { A: { stages: { Started: '2026-03-01', 'Partly implemented': '2026-05-01' } } } };
      const { assessment, skipped } = applyImport(current, progressFile(file), options());
      expect(assessment.progress['u1']['A']).toEqual({ stages: file['u1']['A'].stages, editedAt: NOW, imported: true });
      expect(assessment.progress['u1']['B']).toBe(current.progress['u1']['B']);
      expect(skipped.progress).toBe(0);
      expectReloadStable(assessment);
    });

    it('keeps browser edits newer than the file entry and counts the file entry as skipped', () => {
      const file: Progress = { u1: { C: { stages: { Started: '2026-05-01' } } } };
      const { assessment, skipped } = applyImport(current, progressFile(file), options());
      expect(assessment.progress).toBe(current.progress);
      expect(skipped.progress).toBe(1);
    });

    it('a file entry dated after the browser edit wins', () => {
      const file: Progress = { u1: { C: { stages: { 'Fully implemented': '2026-06-05' } } } };
      expect(applyImport(current, progressFile(file), options()).assessment.progress['u1']['C'].stages).toEqual({
        'Fully implemented': '2026-06-05',
      });
    });

    it('on a tie between two file entries, the imported one wins', () => {
      const file: Progress = { u2: { A: { stages: { Started: '2026-01-15', 'Partly implemented': '2026-02-01' } } } };
      expect(applyImport(current, progressFile(file), options()).assessment.progress['u2']['A'].stages).toEqual(
        file['u2']['A'].stages,
      );
    });

    it('adds entries of new activities and teams, keeps every entry the file does not have', () => {
      const file: Progress = { u9: { A: { stages: { Started: '2026-05-01' } } } };
      const { assessment } = applyImport(current, progressFile(file), options());
      expect(assessment.progress['u9']['A'].stages).toEqual({ Started: '2026-05-01' });
      for (const uuid of ['u1', 'u2']) expect(assessment.progress[uuid]).toBe(current.progress[uuid]);
      expectReloadStable(assessment);
    });

    it("stamps an entry the file's teams share once, and keeps teams named like Object's members apart", () => {
      const shared = { stages: { Started: '2026-05-01' } };
      const file = { u1: { A: shared, D: shared, constructor: shared }, u9: { E: shared } } as Progress;
      Object.defineProperty(file['u1'], '__proto__', { value: shared, enumerable: true });
      const { assessment } = applyImport(current, progressFile(file), options());
      const stamped = assessment.progress['u1']['D'];
      expect(stamped).toEqual({ stages: shared.stages, editedAt: NOW, imported: true });
      // One object for every team that had the file's one (a thousand teams' import stores far less).
      for (const [uuid, team] of [
        ['u1', 'A'],
        ['u1', 'constructor'],
        ['u9', 'E'],
      ])
        expect(assessment.progress[uuid][team]).toBe(stamped);
      expect(Object.getOwnPropertyDescriptor(assessment.progress['u1'], '__proto__')?.value).toBe(stamped);
      expect(Object.getPrototypeOf(assessment.progress['u1'])).toBe(Object.prototype);
      expect(Object.keys(assessment.progress['u1'])).toEqual(['A', 'B', 'C', 'D', 'constructor', '__proto__']);
      // A backup's entries keep their own edit times, each against its served entry.
      const backupEntry = { stages: { Started: '2026-05-01' }, editedAt: at('2026-05-02') };
      const replaced = applyImport(current, progressFile({ u1: { A: backupEntry, B: backupEntry } }), options());
      expect(replaced.assessment.progress['u1']['A']).toEqual(backupEntry);
      expect(replaced.assessment.progress['u1']['A']).not.toBe(replaced.assessment.progress['u1']['B']);
    });

    it('passes over empty team entries (a team with no dates says nothing)', () => {
      const file: Progress = { u1: { A: { stages: {} } }, u7: { B: { stages: {} } } };
      const { assessment } = applyImport(current, progressFile(file), options());
      expect(assessment).toBe(current);
    });

    it('importing the same data changes nothing', () => {
      expect(applyImport(current, progressFile(current.progress), options()).assessment).toBe(current);
    });

    it('takes a "not applicable" mark with its entry', () => {
      const file: Progress = {
        u2: {
          A: { stages: { Started: '2026-02-01' }, notApplicable: { reason: 'No containers', date: '2026-05-01' } },
        },
      };
      const { assessment } = applyImport(current, progressFile(file), options());
      expect(assessment.progress['u2']['A']).toEqual({ ...file['u2']['A'], editedAt: NOW, imported: true });
      expectReloadStable(assessment);
    });
  });

  describe('replace', () => {
    it("makes the progress the file's, and a reload shows the same", () => {
      const file: Progress = {
        u1: { B: { stages: { Started: '2026-04-01' } } },
        u5: { C: { stages: { Started: '2026-05-05' } } },
      };
      const { assessment } = applyImport(current, progressFile(file), options({ mode: 'replace' }));
      expect(visible(assessment).progress).toEqual(file);
      expectReloadStable(assessment);
    });

    it('overrules served entries the file lacks with empty stamped entries; drops browser-only ones', () => {
      const { assessment } = applyImport(current, progressFile({}), options({ mode: 'replace' }));
      expect(assessment.progress['u2']['A']).toEqual({ stages: {}, editedAt: NOW, imported: true });
      expect(assessment.progress['u1']['C']).toBeUndefined();
    });

    it("keeps entries equal to the file's as they are", () => {
      const { assessment } = applyImport(
        current,
        progressFile({ u2: { A: { stages: { Started: '2026-02-01' } } } }),
        options({ mode: 'replace' }),
      );
      expect(assessment.progress['u2']['A']).toBe(current.progress['u2']['A']);
    });
  });

  describe('teams the file mentions', () => {
    const file: Progress = {
      u1: { New: { stages: { Started: '2026-05-01' } }, A: { stages: { Started: '2026-03-01' } } },
    };

    it('lists them and keeps their data', () => {
      const outcome = applyImport(current, progressFile(file), options());
      expect(outcome.unknownTeams).toEqual(['New']);
      expect(outcome.assessment.progress['u1']['New']).toBeDefined();
      expect(outcome.assessment.teams).toBe(current.teams);
    });

    it('adds them to the team list when asked', () => {
      const outcome = applyImport(current, progressFile(file), options({ addUnknownTeams: true }));
      expect(outcome.assessment.teams.names).toEqual(['A', 'B', 'C', 'New']);
      expect(outcome.assessment.teamsEdited).toBeTrue();
    });

    it('does not add them when team names are read-only, and says so', () => {
      const outcome = applyImport(current, progressFile(file), options({ addUnknownTeams: true, teamsReadOnly: true }));
      expect(outcome.assessment.teams).toBe(current.teams);
      expect(outcome.notes[0]).toMatch(/cannot be changed/);
    });

    it('never adds a blank name as a team', () => {
      const outcome = applyImport(
        current,
        progressFile({ u1: { ' ': { stages: { Started: '2026-05-01' } } } }),
        options({ addUnknownTeams: true }),
      );
      expect(outcome.assessment.teams.names).toEqual(['A', 'B', 'C']);
      expect(outcome.notes[0]).toMatch(/cannot be team names/);
    });
  });
});

describe('applyImport: evidence', () => {
  it('merge: a newer entry replaces in place, an older one is skipped, new ones go last', () => {
    const file = [
      evidence('e1', { title: 'Newer', evidenceRecorded: '2026-04-01' }),
      evidence('e3', { teams: ['C'], title: 'Older', evidenceRecorded: '2026-01-01' }),
      evidence('e9', { title: 'New' }),
    ];
    const { assessment, skipped } = applyImport(current, evidenceFile(file), options());
    expect(assessment.evidence.map((e) => `${e.id}:${e.title}`)).toEqual(['e1:Newer', 'e2:e2', 'e3:e3', 'e9:New']);
    expect(assessment.evidence[0].editedAt).toBe(NOW);
    expect(skipped.evidence).toBe(1);
    expectReloadStable(assessment);
  });

  it('merge: evidence deleted here after it was recorded stays deleted; recorded later, it comes back', () => {
    const deleted = deleteEvidence(current, 'e2', at('2026-05-01'));
    const older = applyImport(deleted, evidenceFile([evidence('e2', { teams: ['A', 'B'] })]), options());
    expect(older.assessment.evidence.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(older.skipped.evidence).toBe(1);
    const newer = applyImport(deleted, evidenceFile([evidence('e2', { evidenceRecorded: '2026-06-01' })]), options());
    expect(newer.assessment.evidence.map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
    expect(newer.assessment.deletedEvidence['e2']).toBeUndefined();
  });

  it("replace: the evidence becomes the file's; what it lacks is deleted with a tombstone, also on reload", () => {
    const file = [evidence('e9', { title: 'Only this' })];
    const { assessment } = applyImport(current, evidenceFile(file), options({ mode: 'replace' }));
    expect(assessment.evidence.map((e) => e.id)).toEqual(['e9']);
    expect(Object.keys(assessment.deletedEvidence).sort()).toEqual(['e1', 'e2', 'e3']);
    expectReloadStable(assessment);
  });

  it('lists teams the evidence mentions that the team list lacks', () => {
    const outcome = applyImport(current, evidenceFile([evidence('e9', { teams: ['A', 'Ghost'] })]), options());
    expect(outcome.unknownTeams).toEqual(['Ghost']);
  });
});

describe('applyImport: teams', () => {
  const file: ImportedData = {
    kind: 'teams',
    teams: { names: ['C', 'D'], groups: { G: ['C'], H: ['D'] }, targets: { D: 2 } },
  };

  it('merge: new teams appended, groups joined, new groups added, targets filled in', () => {
    const { assessment } = applyImport({ ...current, targets: { A: 3 } }, file, options());
    expect(assessment.teams).toEqual({ names: ['A', 'B', 'C', 'D'], groups: { G: ['A', 'B', 'C'], H: ['D'] } });
    expect(assessment.teamsEdited).toBeTrue();
    expect(assessment.targets).toEqual({ D: 2, A: 3 });
    expect(mergedTeams(current.teams, current.teams)).toEqual(current.teams);
  });

  it("replace: the team list becomes the file's; other teams' data stays", () => {
    const { assessment } = applyImport(current, file, options({ mode: 'replace' }));
    expect(assessment.teams).toEqual({ names: ['C', 'D'], groups: { G: ['C'], H: ['D'] } });
    expect(assessment.progress).toBe(current.progress);
    expect(assessment.evidence).toBe(current.evidence);
    expectReloadStable(assessment);
  });

  it('replace with a teams file without targets keeps the targets', () => {
    const peer: ImportedData = { kind: 'teams', teams: { names: ['A'], groups: {} } };
    expect(
      applyImport({ ...current, targets: { A: 3 } }, peer, options({ mode: 'replace' })).assessment.targets,
    ).toEqual({ A: 3 });
  });

  it('is refused with a note when team names are read-only', () => {
    const outcome = applyImport(current, file, options({ teamsReadOnly: true }));
    expect(outcome.assessment).toBe(current);
    expect(outcome.notes).toEqual([jasmine.stringMatching(/allowChangeTeamNameInBrowser: false/)]);
  });
});

describe('applyImport: backup', () => {
  const backedUp: AssessmentState = {
    teams: { names: ['A', 'X'], groups: { Y: ['X'] } },
    teamsEdited: true,
    removedTeams: ['B'],
    stages: [STAGES[0], { ...STAGES[1], title: 'Begun' }, STAGES[3]],
    stagesEdited: true,
    progress: {
      u1: {
        A: { stages: { Begun: '2026-03-01' }, editedAt: at('2026-06-20') },
        X: { stages: { Begun: '2026-06-01' }, editedAt: at('2026-06-10'), imported: true },
      },
      u2: { A: { stages: {}, editedAt: at('2026-06-15') } },
    },
    evidence: [
      { ...evidence('e1', { title: 'Edited in the backup' }), editedAt: at('2026-06-20') },
      { ...evidence('e7', { teams: ['X'] }), editedAt: at('2026-06-10') },
    ],
    deletedEvidence: { e2: at('2026-06-10') },
    settings: { maxLevel: 2, theme: 'dark' },
    customFiles: [{ name: 'c.yaml', text: 'x' }],
    targets: { X: 2 },
  };
  const backup: ImportedData = { kind: 'backup', backup: { format: 1, assessment: backedUp } };

  it('replace: the browser holds the backup, and a reload shows the same', () => {
    const { assessment } = applyImport(current, backup, options({ mode: 'replace' }));
    expect(visible(assessment)).toEqual(visible(backedUp));
    expect(assessment.teamsEdited && assessment.stagesEdited).toBeTrue();
    expect(assessment.removedTeams).toContain('B');
    expectReloadStable(assessment);
  });

  it("replace: keeps the backup's edit times unless a served file is newer", () => {
    const { assessment } = applyImport(current, backup, options({ mode: 'replace' }));
    expect(assessment.progress['u1']['X'].editedAt).toBe(at('2026-06-10'));
    // Stamped by an import in the backup's browser: still an import's time here, not an edit.
    expect(assessment.progress['u1']['X'].imported).toBeTrue();
    expect(assessment.progress['u1']['A'].imported).toBeUndefined();
    const olderBackup: ImportedData = {
      kind: 'backup',
      backup: {
        format: 1,
        assessment: {
          ...backedUp,
          progress: { u2: { A: { stages: { Begun: '2026-01-01' }, editedAt: at('2026-01-05') } } },
        },
      },
    };
    const older = applyImport(current, olderBackup, options({ mode: 'replace' })).assessment;
    expect(older.progress['u2']['A'].editedAt).toBe(NOW);
    expectReloadStable(older);
  });

  it('merge: newest edit wins per entry, deletions included; settings, stages and custom files of this browser stay', () => {
    const mine = { ...current, settings: { maxLevel: 3 }, customFiles: [{ name: 'c.yaml', text: 'mine' }] };
    const outcome = applyImport(mine, backup, options());
    const { assessment } = outcome;
    expect(assessment.progress['u1']['A'].stages).toEqual({ Begun: '2026-03-01' });
    expect(assessment.progress['u1']['X'].stages).toEqual({ Begun: '2026-06-01' });
    expect(assessment.progress['u1']['C']).toBe(current.progress['u1']['C']);
    expect(assessment.progress['u2']['A'].stages).toEqual({});
    expect(assessment.evidence.map((e) => `${e.id}:${e.title}`)).toEqual(['e1:Edited in the backup', 'e3:e3', 'e7:e7']);
    expect(assessment.stages).toBe(current.stages);
    expect(assessment.settings).toEqual({ maxLevel: 3, theme: 'dark' });
    expect(assessment.customFiles).toEqual([{ name: 'c.yaml', text: 'mine' }]);
    expect(assessment.teams.names).toEqual(['A', 'B', 'C', 'X']);
    // B is still listed here: the backup's deletion of B must not hide its served data.
    expect(assessment.removedTeams).toEqual(current.removedTeams);
    expect(outcome.notes).toEqual([
      jasmine.stringMatching(/other progress stages/),
      jasmine.stringMatching(/"c.yaml" differ/),
    ]);
    expectReloadStable(assessment);
  });

  it('read-only teams: the team list stays, with a note', () => {
    const outcome = applyImport(current, backup, options({ mode: 'replace', teamsReadOnly: true }));
    expect(outcome.assessment.teams).toBe(current.teams);
    expect(outcome.notes[0]).toMatch(/cannot be changed/);
  });

  it('does not mutate its inputs', () => {
    const copies = [structuredClone(current), structuredClone(backedUp)];
    applyImport(current, backup, options({ mode: 'replace' }));
    applyImport(current, backup, options());
    expect([current, backedUp]).toEqual(copies);
  });
});

describe('importUnknowns', () => {
  it('lists activities the model lacks and stages the definition lacks, with counts', () => {
    const data = progressFile({
      [SMALL_MODEL.activities[0].uuid]: { A: { stages: { Started: '2026-01-01', Reviewed: '2026-01-02' } } },
      gone: { A: { stages: { Started: '2026-01-01' } }, B: { stages: { Reviewed: '2026-01-01' } } },
    });
    expect(importUnknowns(data, STAGES, SMALL_MODEL)).toEqual({
      activities: [{ name: 'gone', count: 2 }],
      stages: [{ name: 'Reviewed', count: 2 }],
    });
    expect(
      importUnknowns(evidenceFile([evidence('e', { activityUuid: 'gone' })]), STAGES, SMALL_MODEL).activities,
    ).toEqual([{ name: 'gone', count: 1 }]);
  });
});
