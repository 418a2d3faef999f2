import { exportEvidenceFile } from '../evidence/export-evidence-file';
import { exportProgressFile } from '../progress/export-progress-file';
import { exportTeamsFile } from '../teams/export-teams-file';
import { AWKWARD_NAMES } from '../testing/awkward-names';
import { SMALL_MODEL, STAGES } from '../testing/model-fixture';
import { Evidence, Problem, Progress } from '../types';
import { ImportedData, readImportFile } from './read-import';

const read = (text: string, file = 'upload.yaml') => readImportFile(text, file, { stages: STAGES });
const UUID = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';

function problems(text: string): Problem[] {
  const result = read(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return [...result.problems];
}

function value(text: string): ImportedData {
  const result = read(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('readImportFile (robustness)', () => {
  it('reads each kind of file', () => {
    expect(value(`progress:\n  ${UUID}:\n    Team A:\n      Started: 2026-01-01\n`)).toEqual({
      kind: 'progress',
      progress: { [UUID]: { 'Team A': { stages: { Started: '2026-01-01' } } } },
    });
    expect(value('teams: [A]\nteamGroups: {G: [A]}\n')).toEqual({
      kind: 'teams',
      teams: { names: ['A'], groups: { G: ['A'] } },
    });
    expect(value('evidence: {}\n').kind).toBe('evidence');
  });

  it('invalid YAML: refused with the file, the line and what is wrong', () => {
    const [problem] = problems(`progress:\n  ${UUID}:\n    Team A: [unclosed\n    Team B: {}\n`);
    expect(problem.file).toBe('upload.yaml');
    expect(problem.line).toBeGreaterThanOrEqual(3);
    expect(problem.message).toMatch(/^YAML syntax error/);
  });

  it('a deeply nested file: refused quickly with a message', () => {
    const text = `progress:\n  x: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const started = performance.now();
    const [problem] = problems(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problem.message).toMatch(/nest|deep/i);
  });

  it('a YAML bomb: refused before anything walks it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const text = `${lines.join('\n')}\nprogress:\n  ${UUID}:\n    Team A: *a8\n`;
    const started = performance.now();
    const [problem] = problems(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problem.message).toMatch(/YAML bomb/);
  });

  it('a file with the wrong top-level key: refused, naming the key and its line', () => {
    const [problem] = problems('# exported\nprogres:\n  x: {}\n');
    expect([problem.line, problem.message]).toEqual([
      2,
      jasmine.stringMatching(/"progres" is not one of a file the app imports/),
    ]);
  });

  it('a progress file with an extra top-level key: refused with its line', () => {
    const found = problems(`progress: {}\nextra: 1\n`);
    expect(found.map((p) => [p.line, p.message])).toEqual([
      [2, 'Unexpected top-level key "extra": a progress file has only "progress".'],
    ]);
  });

  it('non-date values: refused, each with its line', () => {
    const text = `progress:\n  ${UUID}:\n    Team A:\n      Started: last week\n      Partly implemented: 2026-02-30\n`;
    expect(problems(text).map((p) => [p.line, p.severity])).toEqual([
      [4, 'error'],
      [5, 'error'],
    ]);
    const evidence = `evidence:\n  ${UUID}:\n    - id: e1\n      teams: [A]\n      title: t\n      evidenceRecorded: yesterday\n`;
    expect(problems(evidence)[0]).toEqual(jasmine.objectContaining({ line: 6, severity: 'error' }));
  });

  it("an activity written by its name, or misspelt: refused, naming the line and the activity's uuid", () => {
    const activities = SMALL_MODEL.activities;
    const deploy = SMALL_MODEL.activities.find((a) => a.name === 'Defined deployment process')!;
    const readWithModel = (text: string, file: string) => readImportFile(text, file, { stages: STAGES, activities });
    const files = (key: string) => [
      ['team-progress.yaml', `progress:\n  ${UUID}:\n    Team A:\n      Started: 2026-01-01\n  ${key}:\n    Team A:\n`],
      [
        'team-evidence.yaml',
        `evidence:\n  ${UUID}: []\n  ${key}:\n    - teams: [Team A]\n      evidenceRecorded: 2026-01-01\n`,
      ],
    ];
    for (const key of ['Defined deployment process', "'defined  Deployment process'", 'Defined deploymnet process']) {
      for (const [file, text] of files(key)) {
        const result = readWithModel(text, file);
        expect(result.ok).withContext(`${file}: ${key}`).toBeFalse();
        const found = result.ok ? [] : result.problems.filter((p) => p.severity === 'error');
        expect(found.map((p) => [p.file, p.line]))
          .withContext(`${file}: ${key}`)
          .toEqual([[file, file.includes('progress') ? 5 : 3]]);
        expect(found[0]?.message).toContain('"Defined deployment process"');
        expect(found[0]?.message).toContain(deploy.uuid);
      }
    }
    // Any other unknown key is kept: a custom activity file may define it.
    for (const [file, text] of files('My own activity'))
      expect(readWithModel(text, file).ok).withContext(file).toBeTrue();
  });

  it('unknown stages: kept, with a warning', () => {
    const result = read(`progress:\n  ${UUID}:\n    Team A:\n      Reviewed: 2026-01-01\n`);
    expect(result.ok && result.value).toEqual({
      kind: 'progress',
      progress: { [UUID]: { 'Team A': { stages: { Reviewed: '2026-01-01' } } } },
      // The preview lists the kept stage with its line.
      lines: { activities: new Map(), stages: new Map([['Reviewed', 4]]) },
    });
    expect(result.ok && result.warnings.map((w) => [w.line, w.message])).toEqual([
      [4, jasmine.stringMatching(/Stage "Reviewed" is not in the progress definition/)],
    ]);
  });

  it('names with quotes, colons and unicode: read back exactly from the files the app writes', () => {
    const names = AWKWARD_NAMES.filter((name) => name.trim() !== '' && name.trim() === name);
    const progress: Progress = {
      [UUID]: Object.fromEntries(names.map((team) => [team, { stages: { Started: '2026-01-01' } }])),
    };
    expect(value(exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES }))).toEqual({
      kind: 'progress',
      progress,
    });
    expect(value(exportTeamsFile({ names: names, groups: { [names[0]]: names.slice(1) } }))).toEqual({
      kind: 'teams',
      teams: { names: names, groups: { [names[0]]: names.slice(1) } },
    });
    const evidence: Evidence[] = names.map((team, i) => ({
      id: `e${i}`,
      activityUuid: UUID,
      teams: [team],
      title: team,
      description: `${team}\nsecond: line`,
      evidenceRecorded: '2026-01-01',
      reviewer: team,
      attachments: [],
    }));
    expect(value(exportEvidenceFile(evidence))).toEqual({ kind: 'evidence', evidence });
  });

  it('duplicate evidence ids: both kept under different ids, with a warning', () => {
    const entry = (title: string) =>
      `    - id: same\n      teams: [A]\n      title: ${title}\n      evidenceRecorded: 2026-01-01\n`;
    const result = read(`evidence:\n  ${UUID}:\n${entry('first')}${entry('second')}`);
    if (!result.ok) fail(JSON.stringify(result.problems));
    const evidence = result.ok && result.value.kind === 'evidence' ? result.value.evidence : [];
    expect(evidence.map((e) => e.title)).toEqual(['first', 'second']);
    expect(new Set(evidence.map((e) => e.id)).size).toBe(2);
    expect(result.ok && result.warnings[0].message).toMatch(/repeats the id same/);
  });

  it('evidence entries without teams: refused, naming the entry and its line', () => {
    const [problem] = problems(
      `evidence:\n  ${UUID}:\n    - id: e1\n      title: orphan\n      evidenceRecorded: 2026-01-01\n`,
    );
    expect([problem.line, problem.message]).toEqual([3, jasmine.stringMatching(/it has no teams/)]);
  });

  it('a 20 MB progress file: read in a few seconds', () => {
    const teams = Array.from({ length: 1400 }, (_, i) => `Team ${i}`);
    const progress: Progress = Object.fromEntries(
      SMALL_MODEL.activities
        .concat(Array.from({ length: 190 }, (_, i) => ({ ...SMALL_MODEL.activities[0], uuid: `extra-${i}` })))
        .map((activity) => [
          activity.uuid,
          Object.fromEntries(
            teams.map((team) => [team, { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } }]),
          ),
        ]),
    );
    const text = exportProgressFile(progress, { stages: STAGES });
    expect(text.length).toBeGreaterThan(20_000_000);
    const started = performance.now();
    const result = read(text, 'big.yaml');
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.ok && result.value.kind === 'progress' && Object.keys(result.value.progress).length).toBe(195);
  });

  it('a large evidence file: read in seconds, not minutes', () => {
    const evidence: Evidence[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `e${i}`,
      activityUuid: SMALL_MODEL.activities[i % 5].uuid,
      teams: [`Team ${i % 300}`],
      title: `Evidence ${i}`,
      description: 'Pipeline defined as code.\nSecond line.',
      evidenceRecorded: '2026-01-01',
      reviewer: '',
      attachments: [{ type: 'link', externalLink: `https://git.example.com/${i}` }],
    }));
    const text = exportEvidenceFile(evidence, { model: SMALL_MODEL });
    const started = performance.now();
    const result = read(text, 'team-evidence.yaml');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.ok && result.value.kind === 'evidence' && result.value.evidence.length).toBe(10_000);
  });
});
