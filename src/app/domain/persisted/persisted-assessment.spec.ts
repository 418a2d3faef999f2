import { DEFAULT_REPORT_CONFIG } from '../report/report-config';
import { fromFiles } from '../assessment/empty-assessment';
import { evidenceFixture } from '../testing/evidence-fixture';
import { STAGES } from '../testing/model-fixture';
import { PERSISTED_SCHEMA, persistedValue, readPersistedAssessment, setAsideWhere } from './persisted-assessment';

const assessment = fromFiles({ teams: ['A'], groups: {}, stages: STAGES, progress: {}, evidence: [] });
/** As the browser stores it. */
const base = persistedValue(assessment);
const stored = (value: unknown) => ({ schema: PERSISTED_SCHEMA, value });

describe('reading the stored assessment', () => {
  it('reads data stored before targets, not-applicable marks and the report configuration existed', () => {
    const read = readPersistedAssessment(stored(base));
    expect(read.ok && read.value).toEqual(assessment);
    expect(read.ok && read.setAside).toEqual([]);
  });

  it('stores the team list under "teams", as it always was, and reads it back as the list\'s names', () => {
    const teams = { names: ['A', 'B'], groups: { G: ['B'] } };
    const value = persistedValue({ ...assessment, teams });
    expect(value.teams).toEqual({ teams: ['A', 'B'], groups: { G: ['B'] } });
    const read = readPersistedAssessment(stored(value));
    expect(read.ok && read.value.teams).toEqual(teams);
  });

  it('keeps targets, not-applicable marks and the report configuration', () => {
    const value = {
      ...base,
      targets: { A: 2, '*': 1 },
      progress: { u: { A: { stages: {}, notApplicable: { reason: 'r', date: '2026-01-01' }, editedAt: 5 } } },
      settings: { reportConfig: { ...DEFAULT_REPORT_CONFIG, groupBy: 'team' as const } },
    };
    const read = readPersistedAssessment(stored(value));
    expect(read.ok && read.value).toEqual({ ...value, teams: assessment.teams });
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
    expect(read.value.teams.names).toEqual(['A', 'B']);
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
    expect(read.value.teams).toEqual({ names: ['A'], groups: { G: ['A'] } });
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

  it('checks every field of a stored stage: a stage whose definition is not text sets the list aside, saying which', () => {
    const stages = [STAGES[0], { ...STAGES[1], definition: 3 }, ...STAGES.slice(2)];
    const read = readPersistedAssessment(stored({ ...base, stages, stagesEdited: true }));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.stages).toEqual([]);
    expect(read.value.stagesEdited).toBeFalse();
    expect(read.setAside).toEqual([
      { path: ['stages'], reason: `stage 2 ("${STAGES[1].title}"): "definition" is number 3, not text`, value: stages },
    ]);
  });

  it('checks every field of a stored piece of evidence, and sets aside each entry that fails, saying which field', () => {
    const good = evidenceFixture('ok', { reviewed: '2026-05-02', recordedBy: 'Ana', editedAt: 5 });
    const wrong = {
      'no-description': { ...evidenceFixture('no-description'), description: undefined },
      'reviewer-list': { ...evidenceFixture('reviewer-list'), reviewer: ['Ana'] },
      'recorded-word': { ...evidenceFixture('recorded-word'), evidenceRecorded: 'yesterday' },
      'bad-attachment': { ...evidenceFixture('bad-attachment'), attachments: [{ type: 'video', externalLink: 'x' }] },
      'reviewed-number': { ...evidenceFixture('reviewed-number'), reviewed: 20260502 },
      'edited-text': { ...evidenceFixture('edited-text'), editedAt: 'now' },
    };
    const read = readPersistedAssessment(stored({ ...base, evidence: [good, ...Object.values(wrong)] }));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.evidence).toEqual([good]);
    expect(read.setAside.map((entry) => [entry.path[1], entry.reason])).toEqual([
      ['no-description', 'not a piece of evidence: "description" is missing, not text'],
      ['reviewer-list', 'not a piece of evidence: "reviewer" is a list, not a name'],
      ['recorded-word', 'not a piece of evidence: "evidenceRecorded" is the text "yesterday", not a date (YYYY-MM-DD)'],
      [
        'bad-attachment',
        'not a piece of evidence: "attachments" is a list, not a list of attachments {type, externalLink}',
      ],
      ['reviewed-number', 'not a piece of evidence: "reviewed" is number 20260502, not a date (YYYY-MM-DD)'],
      ['edited-text', 'not a piece of evidence: "editedAt" is the text "now", not a time'],
    ]);
    expect(read.setAside.map((entry) => entry.value)).toEqual(Object.values(wrong));
  });

  it('checks the edit time and the "not applicable" mark of a progress entry, saying which is wrong', () => {
    const value = {
      ...base,
      progress: {
        u: {
          A: { stages: {}, editedAt: '5' },
          B: { stages: {}, notApplicable: { reason: 'r' } },
          C: { stages: { Started: '2026-01-01' }, notApplicable: { reason: 'r', date: '2026-01-02' }, editedAt: 5 },
        },
      },
    };
    const read = readPersistedAssessment(stored(value));
    if (!read.ok) throw new Error(read.reason);
    expect(Object.keys(read.value.progress['u'])).toEqual(['C']);
    expect(read.setAside.map((entry) => [entry.path.join(' > '), entry.reason])).toEqual([
      ['progress > u > A', '"editedAt" is the text "5", not a time'],
      ['progress > u > B', '"notApplicable" is a map, not a "not applicable" mark with a reason and a date'],
    ]);
  });

  it('sets aside a custom activity file without a text, and keeps a setting this version does not know', () => {
    const customFiles = [{ name: 'a.yaml', text: 'x: 1' }, { name: 'b.yaml' }];
    const settings = { maxLevel: 2, futureSetting: 'kept', reportConfig: { groupBy: 'team' } };
    const read = readPersistedAssessment(stored({ ...base, customFiles, settings }));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.customFiles).toEqual([{ name: 'a.yaml', text: 'x: 1' }]);
    expect(read.setAside.map((entry) => entry.reason)).toEqual([
      'not a file with a name and a text: "text" is missing, not text',
    ]);
    // An older configuration lacks fields: each takes its default, as a backup's does.
    expect(read.value.settings).toEqual({
      maxLevel: 2,
      futureSetting: 'kept',
      reportConfig: { ...DEFAULT_REPORT_CONFIG, groupBy: 'team' },
    } as object);
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
