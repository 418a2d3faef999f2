import { Evidence, Problem, Result } from '../types';
import { SMALL_MODEL, uuidOf } from '../testing/model-fixture';
import { evidenceDigest } from './evidence-review';
import { parseEvidenceFile } from './parse-evidence-file';

const FILE = 'team-evidence.yaml';
const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const ctx = { model: SMALL_MODEL, teams: ['Team A', 'Team B'] };

function value(result: Result<readonly Evidence[]>): readonly Evidence[] {
  if (!result.ok) fail(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.ok ? result.value : [];
}

function problems(result: Result<readonly Evidence[]>): readonly Problem[] {
  expect(result.ok).toBeFalse();
  return result.ok ? [] : result.problems;
}

const DOC_EXAMPLE = [
  'evidence:',
  `  ${BUILD}:`,
  '    - id: 3f9c2a4e-8b1d-4c6e-9a7f-2d5b8e1c0a93',
  '      teams: [Team A, Team B]',
  '      title: Jenkinsfile in repo',
  '      description: Pipeline defined as code; build, unit test and SAST stages.',
  '      evidenceRecorded: 2026-05-20          # always written as YYYY-MM-DD',
  '      reviewer: J. Doe                      # optional',
  '      attachment:                           # optional',
  '        - {type: link, externalLink: https://git.example.com/app/Jenkinsfile}',
].join('\n');

describe('parseEvidenceFile', () => {
  it('reads the documented example', () => {
    expect(parseEvidenceFile(DOC_EXAMPLE, FILE, ctx)).toEqual({
      ok: true,
      value: [
        {
          id: '3f9c2a4e-8b1d-4c6e-9a7f-2d5b8e1c0a93',
          activityUuid: BUILD,
          teams: ['Team A', 'Team B'],
          title: 'Jenkinsfile in repo',
          description: 'Pipeline defined as code; build, unit test and SAST stages.',
          evidenceRecorded: '2026-05-20',
          reviewer: 'J. Doe',
          attachments: [{ type: 'link', externalLink: 'https://git.example.com/app/Jenkinsfile' }],
        },
      ],
      warnings: [],
      latestDate: '2026-05-20',
    });
  });

  it('records the latest date recorded or reviewed (dates after the day count only from it)', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - {teams: [Team A], title: One, evidenceRecorded: 2026-05-20, reviewed: 2027-01-02}',
      '    - {teams: [Team B], title: Two, evidenceRecorded: 2026-06-01}',
    ].join('\n');
    const read = parseEvidenceFile(text, FILE, ctx);
    expect(read.ok && read.latestDate).toBe('2027-01-02');
    const recorded = parseEvidenceFile(text.replace(', reviewed: 2027-01-02', ''), FILE, ctx);
    expect(recorded.ok && recorded.latestDate).toBe('2026-06-01');
    const none = parseEvidenceFile('evidence: {}\n', FILE, ctx);
    expect(none.ok && none.latestDate).toBeUndefined();
  });

  it("reads who recorded and reviewed it, and when (DSOMM Studio's own keys)", () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - id: e1',
      '      teams: [Team A]',
      '      title: Jenkinsfile',
      '      evidenceRecorded: 2026-05-20',
      '      recordedBy: Lee',
      '      reviewer: Kim',
      '      reviewed: 2026-06-01',
      '      reviewedDigest: 1234abcd-0000-8000-8000-000000000000',
    ].join('\n');
    const [entry] = value(parseEvidenceFile(text, FILE, ctx));
    expect(entry.recordedBy).toBe('Lee');
    expect(entry.reviewer).toBe('Kim');
    expect(entry.reviewed).toBe('2026-06-01');
    expect(entry.reviewedDigest).toBe('1234abcd-0000-8000-8000-000000000000');
  });

  it('takes a review written without a digest as vouching for the entry as the file has it', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - {id: e1, teams: [Team A], title: Runbook, evidenceRecorded: 2026-05-20, reviewer: Kim, reviewed: 2026-06-01}',
    ].join('\n');
    const [entry] = value(parseEvidenceFile(text, FILE, ctx));
    expect(entry.reviewedDigest).toBe(evidenceDigest(entry));
  });

  it('reports a review date that is not a date, and a reviewer that is not text, with file and line', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - id: e1',
      '      teams: [Team A]',
      '      evidenceRecorded: 2026-05-20',
      '      reviewed: last Tuesday',
      '    - id: e2',
      '      teams: [Team A]',
      '      evidenceRecorded: 2026-05-20',
      '      reviewer: {name: Kim}',
    ].join('\n');
    expect(problems(parseEvidenceFile(text, FILE, ctx))).toEqual([
      {
        file: FILE,
        line: 6,
        severity: 'error',
        message:
          'Evidence 1 of activity "Defined build process": "reviewed" must be the date of the review (YYYY-MM-DD); found the value "last Tuesday".',
      },
      {
        file: FILE,
        line: 10,
        severity: 'error',
        message: 'Evidence 2 of activity "Defined build process": "reviewer" must be text; found a map.',
      },
    ]);
  });

  it('accepts empty files as no evidence', () => {
    for (const text of [
      '',
      '# none\n',
      'evidence:\n',
      'evidence: {}\n',
      `evidence:\n  ${BUILD}:\n`,
      `evidence:\n  ${BUILD}: []\n`,
    ]) {
      expect(parseEvidenceFile(text, FILE, ctx))
        .withContext(text)
        .toEqual({ ok: true, value: [], warnings: [] });
    }
  });

  it('fills optional fields with empty text and reads block-style teams and attachments', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - id: e1',
      '      teams:',
      '        - Team A',
      '      evidenceRecorded: 2026-05-20',
      '      attachments:',
      '        - type: image',
      '          externalLink: shot.png',
    ].join('\n');
    expect(value(parseEvidenceFile(text, FILE, ctx))).toEqual([
      {
        id: 'e1',
        activityUuid: BUILD,
        teams: ['Team A'],
        title: '',
        description: '',
        evidenceRecorded: '2026-05-20',
        reviewer: '',
        attachments: [{ type: 'image', externalLink: 'shot.png' }],
      },
    ]);
  });

  it('normalises timestamps to the day', () => {
    const text = `evidence:\n  ${BUILD}:\n    - {id: e1, teams: [Team A], evidenceRecorded: '2026-05-20T10:12:33.000Z'}\n`;
    expect(value(parseEvidenceFile(text, FILE, ctx))[0].evidenceRecorded).toBe('2026-05-20');
  });

  it('gives entries without an id a stable id, distinct even for identical entries', () => {
    const entry = '    - {teams: [Team A], title: Same, evidenceRecorded: 2026-05-20}';
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      entry,
      entry,
      '    - {id: "", teams: [Team A], evidenceRecorded: 2026-05-20}',
    ].join('\n');
    const first = value(parseEvidenceFile(text, FILE, ctx));
    expect(first.length).toBe(3);
    expect(new Set(first.map((e) => e.id)).size).toBe(3);
    first.forEach((e) => expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
    const again = value(parseEvidenceFile(text, FILE, ctx));
    expect(again.map((e) => e.id)).toEqual(first.map((e) => e.id));
  });

  it('keeps both entries of a repeated id, the later one with a new id, and says so', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - {id: dup, teams: [Team A], title: One, evidenceRecorded: 2026-05-20}',
      `  ${uuidOf('Test for stored secrets')}:`,
      '    - {id: dup, teams: [Team B], title: Two, evidenceRecorded: 2026-05-21}',
    ].join('\n');
    const result = parseEvidenceFile(text, FILE, ctx);
    const entries = value(result);
    expect(entries.map((e) => e.title)).toEqual(['One', 'Two']);
    expect(entries[0].id).toBe('dup');
    expect(entries[1].id).not.toBe('dup');
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.length).toBe(1);
    expect(warnings[0].message).toContain('repeats the id dup');
    expect(warnings[0].line).toBe(5);
  });

  it('reports entries without teams as errors with their lines, and every other problem too', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - id: ok',
      '      teams: [Team A]',
      '      evidenceRecorded: 2026-05-20',
      '    - id: no-teams',
      '      title: Forgot teams',
      '      evidenceRecorded: 2026-05-20',
      '    - id: empty-teams',
      '      teams: []',
      '      evidenceRecorded: 2026-05-20',
      '    - id: bad-date',
      '      teams: [Team A]',
      '      evidenceRecorded: last week',
    ].join('\n');
    const found = problems(parseEvidenceFile(text, FILE, ctx));
    expect(found.map((p) => [p.line, p.severity])).toEqual([
      [6, 'error'],
      [9, 'error'],
      [14, 'error'],
    ]);
    expect(found[0].message).toContain('Evidence 2 of activity "Defined build process"');
    expect(found[0].message).toContain('no teams');
    expect(found[2].message).toContain('"last week"');
  });

  it('says of a date written YYYY-MM-DD that names no day that the calendar does not have it', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - teams: [Team A]',
      '      evidenceRecorded: 2026-11-31',
      '      reviewed: 2026-02-29',
    ].join('\n');
    expect(problems(parseEvidenceFile(text, FILE, ctx)).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '4: Evidence 1 of activity "Defined build process": "evidenceRecorded" must be a date (YYYY-MM-DD); found "2026-11-31", a day the calendar does not have.',
      '5: Evidence 1 of activity "Defined build process": "reviewed" must be the date of the review (YYYY-MM-DD); found "2026-02-29", a day the calendar does not have.',
    ]);
  });

  it('reports a missing date, bad attachments and non-text fields', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - id: e1',
      '      teams: [Team A]',
      '      title: [not, text]',
      '      attachment:',
      '        - {type: video, externalLink: x}',
      '        - {type: link}',
      '        - just a string',
    ].join('\n');
    const messages = problems(parseEvidenceFile(text, FILE, ctx)).map((p) => `${p.line}: ${p.message}`);
    expect(messages.length).toBe(5);
    expect(messages.some((m) => m.startsWith('3:') && m.includes('"evidenceRecorded" is missing'))).toBeTrue();
    expect(messages.some((m) => m.startsWith('5:') && m.includes('"title" must be text'))).toBeTrue();
    expect(messages.some((m) => m.startsWith('6:') && m.includes('found the value "video"'))).toBeTrue();
    expect(messages.some((m) => m.startsWith('6:') && m.includes('no externalLink'))).toBeTrue();
    expect(messages.some((m) => m.startsWith('6:') && m.includes('found the value "just a string"'))).toBeTrue();
  });

  it('reports wrong shapes and top-level keys', () => {
    expect(problems(parseEvidenceFile('- a\n', FILE, ctx))[0].message).toContain('found a list');
    expect(problems(parseEvidenceFile('progress: {}\n', FILE, ctx))[0].message).toContain('"progress"');
    expect(problems(parseEvidenceFile('evidence: [a]\n', FILE, ctx))[0].line).toBe(1);
    expect(problems(parseEvidenceFile(`evidence:\n  ${BUILD}:\n    id: x\n`, FILE, ctx))[0].line).toBe(2);
    const scalarItem = problems(parseEvidenceFile(`evidence:\n  ${BUILD}:\n    - x\n    - y\n`, FILE, ctx));
    expect(scalarItem.map((p) => p.line)).toEqual([3, 4]);
    expect(problems(parseEvidenceFile('evidence: {a: [}\n', FILE, ctx))[0].message).toContain('YAML syntax error');
  });

  it('keeps and lists unknown activities, teams and fields', () => {
    const text = [
      'evidence:',
      '  unknown-activity:',
      '    - id: e1',
      '      teams: [Team Gone, Team A]',
      '      evidenceRecorded: 2026-05-20',
      '      color: blue',
    ].join('\n');
    const result = parseEvidenceFile(text, FILE, ctx);
    expect(value(result)[0].teams).toEqual(['Team Gone', 'Team A']);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.map((w) => [w.line, w.severity])).toEqual([
      [6, 'warning'],
      [2, 'warning'],
      [3, 'warning'],
    ]);
    expect(warnings[0].message).toContain('"color"');
    expect(warnings[1].message).toContain('unknown-activity');
    expect(warnings[2].message).toContain('"Team Gone"');
  });

  it('reads a single team or attachment written without a list, numbers as text, and drops repeated teams', () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - id: 42',
      '      teams: Team A',
      '      evidenceRecorded: 2026-05-20',
      '      reviewer: 7',
      '      attachment: {type: document, externalLink: doc.pdf}',
      '    - id: e2',
      '      teams: [12, Team A, 12]',
      '      evidenceRecorded: 2026-05-20',
    ].join('\n');
    const [one, two] = value(parseEvidenceFile(text, FILE, { model: SMALL_MODEL }));
    expect(one).toEqual(
      jasmine.objectContaining({
        id: '42',
        teams: ['Team A'],
        reviewer: '7',
        attachments: [{ type: 'document', externalLink: 'doc.pdf' }],
      }),
    );
    expect(two.teams).toEqual(['12', 'Team A']);
  });

  it('reports an entry with a null team as an error', () => {
    const text = `evidence:\n  ${BUILD}:\n    - {id: e1, teams: [Team A, ~], evidenceRecorded: 2026-05-20}\n`;
    expect(problems(parseEvidenceFile(text, FILE, ctx))[0].message).toContain('each team must be a name');
  });

  it('caps the number of errors', () => {
    const lines = ['evidence:', `  ${BUILD}:`];
    for (let i = 0; i < 70; i++) lines.push(`    - {id: e${i}, evidenceRecorded: 2026-05-20}`);
    const found = problems(parseEvidenceFile(lines.join('\n'), FILE, ctx));
    expect(found.length).toBe(51);
    expect(found[50].message).toContain('20 more problems');
  });
});
