import { Progress } from '../types';
import { SMALL_MODEL, STAGES, uuidOf } from '../testing/model-fixture';
import { exportProgressFile } from './export-progress-file';
import { parseProgressFile } from './parse-progress-file';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const DEPLOY = uuidOf('Defined deployment process');

describe('exportProgressFile', () => {
  it('writes the documented layout: comment after the uuid, highest stage first, plain names', () => {
    const progress: Progress = {
      [BUILD]: {
        'Team B': {
          stages: { Started: '2026-05-18', 'Fully implemented': '2026-05-18', 'Partly implemented': '2026-05-18' },
          editedAt: 5,
        },
        'Team A': { stages: { Started: '2026-03-02', 'Partly implemented': '2026-04-14' } },
      },
    };
    expect(exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES })).toBe(
      [
        'progress:',
        `  ${BUILD}:  # Defined build process`,
        '    Team A:',
        '      Partly implemented: 2026-04-14',
        '      Started: 2026-03-02',
        '    Team B:',
        '      Fully implemented: 2026-05-18',
        '      Partly implemented: 2026-05-18',
        '      Started: 2026-05-18',
        '',
      ].join('\n'),
    );
  });

  it('writes activities in model order, unknown ones after (sorted), teams sorted', () => {
    const entry = { stages: { Started: '2026-01-01' } };
    const progress: Progress = {
      zzz: { T: entry },
      [DEPLOY]: { b: entry, B: entry, a: entry },
      aaa: { T: entry },
      [BUILD]: { T: entry },
    };
    const text = exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES });
    const keys = text
      .split('\n')
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => line.trim().split(':')[0]);
    expect(keys).toEqual([BUILD, DEPLOY, 'aaa', 'zzz']);
    const teams = text
      .split('\n')
      .filter((line) => /^ {4}\S/.test(line))
      .map((line) => line.trim());
    expect(teams.slice(1, 4)).toEqual(['B:', 'a:', 'b:']);
  });

  it('writes the 0% stage a team set, lowest of the known ones, and puts unknown stages after them', () => {
    const progress: Progress = {
      [BUILD]: {
        T: {
          stages: { 'Not implemented': '2026-01-01', Zeta: '2026-01-03', Alpha: '2026-01-04', Started: '2026-01-02' },
        },
      },
    };
    expect(exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES })).toContain(
      '    T:\n      Started: 2026-01-02\n      Not implemented: 2026-01-01\n      Alpha: 2026-01-04\n      Zeta: 2026-01-03\n',
    );
  });

  it('keeps a team\'s "Not implemented" through the file: read back, it is still said, not "not assessed"', () => {
    // Found by a walk: Iris's "Not implemented" (served) was missing from the export and the backup,
    // and restoring the backup in a fresh browser removed it.
    const progress: Progress = { [BUILD]: { Iris: { stages: { 'Not implemented': '2026-08-08' } } } };
    const text = exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES });
    expect(text).toContain('    Iris:\n      Not implemented: 2026-08-08\n');
    const read = parseProgressFile(text, 'team-progress.yaml', { stages: STAGES });
    expect(read.ok && read.value).toEqual(progress);
  });

  it('leaves out empty teams and activities; empty progress is `progress: {}`', () => {
    const progress: Progress = {
      [BUILD]: { T: { stages: {}, editedAt: 1 } },
      [DEPLOY]: {},
    };
    expect(exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES })).toBe('progress: {}\n');
    expect(exportProgressFile({}, { stages: STAGES })).toBe('progress: {}\n');
    expect(parseProgressFile('progress: {}\n', 'f', { stages: STAGES })).toEqual({ ok: true, value: {}, warnings: [] });
  });

  it('writes no comment for activities the model does not know, and sorts uuids without a model', () => {
    const entry = { stages: { Started: '2026-01-01' } };
    const text = exportProgressFile({ b: { T: entry }, a: { T: entry } }, { stages: STAGES });
    expect(text).toBe('progress:\n  a:\n    T:\n      Started: 2026-01-01\n  b:\n    T:\n      Started: 2026-01-01\n');
  });

  it('quotes names only when YAML needs it and writes dates unquoted', () => {
    const stages = [...STAGES, { title: '8.10', score: 0.7, definition: '' }];
    const progress: Progress = {
      [BUILD]: {
        "O'Neil": { stages: { Started: '2026-01-01' } },
        'Team: A #1': { stages: { '8.10': '2026-01-02' } },
        yes: { stages: { Started: '2026-01-03' } },
        ' lead': { stages: { Started: '2026-01-04' } },
        Ünïcødé: { stages: { Started: '2026-01-05' } },
        'line\nbreak': { stages: { Started: '2026-01-06' } },
      },
    };
    const text = exportProgressFile(progress, { model: SMALL_MODEL, stages });
    expect(text).toContain("    O'Neil:\n");
    expect(text).toContain("    'Team: A #1':\n      '8.10': 2026-01-02\n");
    expect(text).toContain("    'yes':\n");
    expect(text).toContain("    ' lead':\n");
    expect(text).toContain('    Ünïcødé:\n');
    expect(text).toContain('    "line\\nbreak":\n');
    expect(text).not.toContain("'2026");
    const back = parseProgressFile(text, 'f', { stages });
    expect(back.ok && back.value[BUILD]['line\nbreak'].stages).toEqual({ Started: '2026-01-06' });
  });

  it('keeps the name comment on one line', () => {
    const model = { ...SMALL_MODEL, byUuid: new Map([[BUILD, { ...SMALL_MODEL.activities[0], name: 'Two\nlines' }]]) };
    const text = exportProgressFile(
      { [BUILD]: { T: { stages: { Started: '2026-01-01' } } } },
      { model, stages: STAGES },
    );
    expect(text).toContain(`  ${BUILD}:  # Two lines\n`);
  });

  it('quotes a value that is not a date rather than writing invalid YAML', () => {
    const text = exportProgressFile({ a: { T: { stages: { Started: 'soon: maybe' } } } }, { stages: STAGES });
    expect(text).toContain("Started: 'soon: maybe'");
  });

  it('reads back what it wrote', () => {
    const progress: Progress = {
      [BUILD]: { 'Team A': { stages: { Started: '2026-03-02', Legacy: '2020-01-01' } } },
      unknown: { 'Team Z': { stages: { 'Fully implemented': '2026-05-18' } } },
    };
    const back = parseProgressFile(exportProgressFile(progress, { model: SMALL_MODEL, stages: STAGES }), 'f', {
      stages: STAGES,
    });
    expect(back.ok && back.value).toEqual(progress);
  });
});
