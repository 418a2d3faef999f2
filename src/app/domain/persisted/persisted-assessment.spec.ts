import { DEFAULT_REPORT_CONFIG } from '../report/report-config';
import { fromFiles } from '../assessment/empty-assessment';
import { STAGES } from '../testing/model-fixture';
import { PERSISTED_SCHEMA, readPersistedAssessment, setAsideWhere } from './persisted-assessment';

const base = fromFiles({ teams: ['A'], groups: {}, stages: STAGES, progress: {}, evidence: [] });
const stored = (value: unknown) => ({ schema: PERSISTED_SCHEMA, value });

describe('reading the stored assessment', () => {
  it('reads data stored before targets, not-applicable marks and the report configuration existed', () => {
    const read = readPersistedAssessment(stored(base));
    expect(read.ok && read.value).toEqual(base);
    expect(read.ok && read.setAside).toEqual([]);
  });

  it('keeps targets, not-applicable marks and the report configuration', () => {
    const value = {
      ...base,
      targets: { A: 2, '*': 1 },
      progress: { u: { A: { stages: {}, notApplicable: { reason: 'r', date: '2026-01-01' }, editedAt: 5 } } },
      settings: { reportConfig: { ...DEFAULT_REPORT_CONFIG, groupBy: 'team' as const } },
    };
    const read = readPersistedAssessment(stored(value));
    expect(read.ok && read.value).toEqual(value);
  });

  it('keeps the settings whose values are words: the date format, the theme and the reviewer', () => {
    const settings = { dateLocale: 'iso', theme: 'dark' as const, reviewerName: 'Ana', reviewMonths: 6, maxLevel: 3 };
    const read = readPersistedAssessment(stored({ ...base, settings }));
    expect(read.ok && read.value.settings).toEqual(settings);
    expect(read.ok && read.setAside).toEqual([]);
  });

  it('sets aside only the entry that cannot be read (a stage date stored as a number) and reads the rest', () => {
    const good = { stages: { Started: '2026-01-01' }, editedAt: 5 };
    const value = {
      ...base,
      teams: { teams: ['A', 'B'], groups: {} },
      teamsEdited: true,
      progress: { u: { A: { stages: { Started: 1767225600000 }, editedAt: 6 }, B: good }, v: { A: good } },
    };
    const read = readPersistedAssessment(stored(value));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.progress).toEqual({ u: { B: good }, v: { A: good } });
    expect(read.value.teams.teams).toEqual(['A', 'B']);
    expect(read.value.teamsEdited).toBeTrue();
    expect(read.setAside).toEqual([
      {
        path: ['progress', 'u', 'A'],
        reason: 'the date of "Started" is number 1767225600000, not a date (YYYY-MM-DD)',
        value: { stages: { Started: 1767225600000 }, editedAt: 6 },
      },
    ]);
    expect(setAsideWhere(read.setAside[0].path, (uuid) => (uuid === 'u' ? 'Defined build process' : undefined))).toBe(
      'the progress of "A" on "Defined build process"',
    );
  });

  it('sets aside malformed targets, marks, groups, settings and evidence one by one', () => {
    const value = {
      ...base,
      teams: { teams: ['A', 7], groups: { G: ['A'], H: 'A' } },
      targets: { A: 'high', B: 2 },
      progress: { u: { A: { stages: {}, notApplicable: 'yes' } } },
      settings: { theme: 'pink', maxLevel: 2 },
      evidence: [{ id: 'e1', title: 'no activity' }],
    };
    const read = readPersistedAssessment(stored(value));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.teams).toEqual({ teams: ['A'], groups: { G: ['A'] } });
    expect(read.value.targets).toEqual({ B: 2 });
    expect(read.value.progress).toEqual({ u: {} });
    expect(read.value.settings).toEqual({ maxLevel: 2 });
    expect(read.value.evidence).toEqual([]);
    expect(read.setAside.map((entry) => setAsideWhere(entry.path))).toEqual([
      'team number 2 of the team list',
      'the group "H"',
      'the roadmap target of "A"',
      'the progress of "A" on activity u',
      'the evidence e1',
      'the setting "theme"',
    ]);
  });

  it('uses the served teams and stages when the stored ones cannot be read at all', () => {
    const read = readPersistedAssessment(stored({ ...base, teams: 'A, B', teamsEdited: true, stages: [{ title: 1 }] }));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.teamsEdited).toBeFalse();
    expect(read.value.stagesEdited).toBeFalse();
    expect(read.setAside.map((entry) => entry.path)).toEqual([['teams'], ['stages']]);
  });

  it('refuses a record of another layout as a whole, with a reason', () => {
    expect(readPersistedAssessment({ schema: 99, value: base })).toEqual({
      ok: false,
      reason: 'the stored data has layout version 99, expected 1',
    });
    expect(readPersistedAssessment('x').ok).toBeFalse();
  });
});
