import fc from 'fast-check';
import { Progress, Result } from '../types';
import { awkwardName } from '../testing/awkward-names';
import { SMALL_MODEL, STAGES } from '../testing/model-fixture';
import { toYaml } from '../yaml';
import { StatusRules } from '../status/activity-status';
import { futureDates } from '../status/future-dates';
import { parseProgressFile, readPlainProgressFile, readProgressYaml } from './parse-progress-file';

const FILE = 'team-progress.yaml';
const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const ctx = { model: SMALL_MODEL, stages: STAGES, teams: ['Team A', 'Team B'] };

function value(result: Result<Progress>): Progress {
  if (!result.ok) fail(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.ok ? result.value : {};
}

/** The latest of the dates futureDates finds on a day before them all: what `latestDate` must be. */
function latestFound(progress: Progress): string | undefined {
  const dates = futureDates(progress, [], new StatusRules(STAGES, '')).map((found) => found.date);
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a));
}

function problems(result: Result<Progress>) {
  expect(result.ok).toBeFalse();
  return result.ok ? [] : result.problems;
}

describe('parseProgressFile', () => {
  it('reads the documented example (peer quoting, comment after the uuid)', () => {
    const text = [
      'progress:',
      `  ${BUILD}:  # Defined build process`,
      "    'Team A':",
      "      'Started': 2026-03-02",
      "      'Partly implemented': 2026-04-14",
      "    'Team B':",
      "      'Fully implemented': 2026-05-18",
      "      'Partly implemented': 2026-05-18",
      "      'Started': 2026-05-18",
    ].join('\n');
    const result = parseProgressFile(text, FILE, ctx);
    expect(result).toEqual({
      ok: true,
      value: {
        [BUILD]: {
          'Team A': { stages: { Started: '2026-03-02', 'Partly implemented': '2026-04-14' } },
          'Team B': {
            stages: { 'Fully implemented': '2026-05-18', 'Partly implemented': '2026-05-18', Started: '2026-05-18' },
          },
        },
      },
      warnings: [],
      latestDate: '2026-05-18',
    });
  });

  it('accepts an empty file, comments only, `progress:` and `progress: {}` as empty', () => {
    for (const text of ['', '# nothing yet\n', 'progress:\n', '# c\nprogress:\n', 'progress: {}\n', 'progress: ~\n']) {
      expect(parseProgressFile(text, FILE, ctx))
        .withContext(text)
        .toEqual({ ok: true, value: {}, warnings: [] });
    }
  });

  it('accepts quoted dates and keeps them as YYYY-MM-DD', () => {
    const text = `progress:\n  ${BUILD}:\n    Team A:\n      Started: '2026-03-02'\n`;
    expect(value(parseProgressFile(text, FILE, ctx))[BUILD]['Team A'].stages).toEqual({ Started: '2026-03-02' });
  });

  it('keeps and lists unknown activities, teams and stages with their lines', () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Started: 2026-03-02',
      '      Legacy stage: 2025-01-01',
      '    Team Gone:',
      '      Started: 2026-03-02',
      '  0000-unknown:',
      '    Team Gone:',
      '      Started: 2026-03-03',
    ].join('\n');
    const result = parseProgressFile(text, FILE, ctx);
    expect(value(result)).toEqual({
      [BUILD]: {
        'Team A': { stages: { Started: '2026-03-02', 'Legacy stage': '2025-01-01' } },
        'Team Gone': { stages: { Started: '2026-03-02' } },
      },
      '0000-unknown': { 'Team Gone': { stages: { Started: '2026-03-03' } } },
    });
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.map((w) => [w.line, w.severity])).toEqual([
      [8, 'warning'],
      [6, 'warning'],
      [5, 'warning'],
    ]);
    expect(warnings[0].message).toContain('0000-unknown');
    expect(warnings[1].message).toContain('"Team Gone"');
    expect(warnings[1].message).toContain('2 activities');
    expect(warnings[2].message).toContain('"Legacy stage"');
    expect(warnings.every((w) => w.file === FILE)).toBeTrue();
  });

  it('does not check activities or teams it has nothing to check against', () => {
    const text = `progress:\n  any-uuid:\n    Any team:\n      Started: 2026-03-02\n`;
    const result = parseProgressFile(text, FILE, { stages: STAGES });
    expect(result).toEqual({
      ok: true,
      value: { 'any-uuid': { 'Any team': { stages: { Started: '2026-03-02' } } } },
      warnings: [],
      latestDate: '2026-03-02',
    });
  });

  it('keeps empty teams and activities as written', () => {
    const text = `progress:\n  ${BUILD}:\n    Team A:\n  other:\n`;
    expect(value(parseProgressFile(text, FILE, { stages: STAGES }))).toEqual({
      [BUILD]: { 'Team A': { stages: {} } },
      other: {},
    });
  });

  it('reports a YAML syntax error with its line', () => {
    const [problem] = problems(parseProgressFile('progress:\n  a:\n    b: [\n', FILE, ctx));
    expect(problem.file).toBe(FILE);
    expect(problem.line).toBe(4);
    expect(problem.severity).toBe('error');
  });

  it('reports a duplicated key as a syntax error', () => {
    const text = `progress:\n  ${BUILD}:\n    Team A:\n      Started: 2026-03-02\n    Team A:\n      Started: 2026-03-02\n`;
    expect(problems(parseProgressFile(text, FILE, ctx))[0].line).toBe(5);
  });

  it('rejects a wrong top-level key', () => {
    const [problem] = problems(parseProgressFile('evidence:\n  a: []\n', FILE, ctx));
    expect(problem.message).toContain('"evidence"');
    expect(problem.line).toBe(1);
    const both = problems(parseProgressFile('progress: {}\nextra: 1\n', FILE, ctx));
    expect(both.length).toBe(1);
    expect(both[0].line).toBe(2);
  });

  it('rejects shapes that are not maps, naming the line', () => {
    expect(problems(parseProgressFile('- a\n- b\n', FILE, ctx))[0].message).toContain('found a list');
    expect(problems(parseProgressFile('just text\n', FILE, ctx))[0].severity).toBe('error');
    expect(problems(parseProgressFile('progress: [a]\n', FILE, ctx))[0].line).toBe(1);
    const teamList = problems(parseProgressFile(`progress:\n  ${BUILD}:\n    - Team A\n`, FILE, ctx));
    expect(teamList[0].line).toBe(2);
    expect(teamList[0].message).toContain('Defined build process');
    const stageList = problems(parseProgressFile(`progress:\n  ${BUILD}:\n    Team A: [Started]\n`, FILE, ctx));
    expect(stageList[0].line).toBe(3);
    expect(stageList[0].message).toContain('"Team A"');
  });

  it('rejects values that are not real YYYY-MM-DD dates, with their lines', () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Started: 2026-02-30',
      '      Partly implemented: 2026-3-1',
      '    Team B:',
      '      Started: 20260301',
      '      Partly implemented: 2026-03-01T10:00:00Z',
      '      Fully implemented:',
    ].join('\n');
    const found = problems(parseProgressFile(text, FILE, ctx));
    expect(found.map((p) => p.line)).toEqual([4, 5, 7, 8, 9]);
    expect(found[0].message).toContain('2026-02-30');
    expect(found[0].message).toContain('YYYY-MM-DD');
    // Written right but no such day: said so, not only "expected YYYY-MM-DD".
    expect(found[0].message).toContain('"2026-02-30", a day the calendar does not have');
    expect(found[1].message).not.toContain('calendar');
    expect(found[4].message).toContain('nothing');
  });

  it("reads each team's stages written on one line in braces, naming the team's line for a bad date", () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A: {Started: 2026-01-10, Partly implemented: 2026-02-11}',
      "    'Team B': { Started: 2026-01-10 }  # a note",
      '    Team C: {Started: 2026-02-30}',
    ].join('\n');
    const fast = readPlainProgressFile(text, FILE, ctx);
    expect(fast).toBeDefined();
    expect(fast).toEqual(readProgressYaml(text, FILE, ctx));
    const found = problems(parseProgressFile(text, FILE, ctx));
    expect(found.map((p) => [p.severity, p.line])).toEqual([
      ['error', 5],
      ['warning', 5],
    ]);
    expect(found[0].message).toContain('2026-02-30');
    const read = value(parseProgressFile(text.replace('2026-02-30', '2026-02-28'), FILE, ctx))[BUILD];
    expect(read['Team A'].stages).toEqual({ Started: '2026-01-10', 'Partly implemented': '2026-02-11' });
    expect(read['Team B'].stages).toEqual({ Started: '2026-01-10' });
    expect(read['Team C'].stages).toEqual({ Started: '2026-02-28' });
  });

  it('finds the line of a team under the right activity, not the first one in the file', () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Started: 2026-03-01',
      '  other:',
      '    Team A:',
      '      Started: 2026-13-01',
    ].join('\n');
    expect(problems(parseProgressFile(text, FILE, ctx))[0].line).toBe(7);
  });

  it('lists warnings along with errors when the file fails', () => {
    const text = `progress:\n  unknown:\n    Team A:\n      Started: nope\n`;
    const found = problems(parseProgressFile(text, FILE, ctx));
    expect(found.map((p) => p.severity)).toEqual(['error', 'warning']);
  });

  it('caps the number of errors reported', () => {
    const lines = ['progress:', '  a:'];
    for (let i = 0; i < 80; i++) lines.push(`    Team ${i}:`, '      Started: bad');
    const found = problems(parseProgressFile(lines.join('\n'), FILE, { stages: STAGES }));
    expect(found.length).toBe(51);
    expect(found[50].message).toContain('More problems');
  });

  it('reads awkward names as text', () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      "    'O''Neil: #1':",
      '      Started: 2026-03-02',
      "    'yes':",
      '      Started: 2026-03-02',
      '    __proto__:',
      '      Started: 2026-03-02',
      '    12:',
      '      Started: 2026-03-02',
    ].join('\n');
    const teams = value(parseProgressFile(text, FILE, { stages: STAGES }))[BUILD];
    expect(Object.keys(teams).sort()).toEqual(['12', "O'Neil: #1", '__proto__', 'yes']);
    expect(Object.getPrototypeOf(teams)).toBe(Object.prototype);
  });
  it('reads plain files line by line exactly as through js-yaml: progress, warnings and errors with their lines', () => {
    const known = [...SMALL_MODEL.byUuid.keys()];
    const word = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9 _.,()/+-]{0,8}$/);
    // Mostly what the fast reader takes, with what it leaves to js-yaml now and then.
    const sometimes = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 30, arbitrary: usual }, { weight: 1, arbitrary: odd });
    const uuid = sometimes(fc.oneof(fc.constantFrom(...known), word), awkwardName);
    const team = sometimes(fc.oneof(fc.constantFrom('Team A', 'Team B', 'Équipe C'), word), awkwardName);
    const title = sometimes(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...STAGES.map((stage) => stage.title)) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('Not applicable', 'Not applicable: SaaS', "Not applicable: it's SaaS"),
        },
        { weight: 1, arbitrary: word },
      ),
      awkwardName,
    );
    const date = sometimes(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom('2026-01-10', '2026-02-11', '2025-12-31', '2024-02-29') },
        { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '2026-3-1', 'soon', '2026-01-10 ') },
      ),
      fc.constantFrom(null, ''),
    );
    const stages = fc.dictionary(title, date, { minKeys: 1, maxKeys: 3 });
    const teams = fc.option(fc.dictionary(team, fc.option(stages, { freq: 10 }), { minKeys: 1, maxKeys: 4 }), {
      freq: 10,
    });
    // Several activities, so that the same team and stage lines recur (the reader keeps what it
    // found out about a line for the next time it is read).
    const progress = fc.option(fc.dictionary(uuid, teams, { minKeys: 1, maxKeys: 6 }), { freq: 10 });
    // Comments after the uuids (as the app exports them), Windows line ends, a byte order mark, and
    // each team's stages on its line in braces (`Team A: {Started: 2026-01-10}`, the scale bench's).
    const file = fc.record({
      progress,
      comments: fc.boolean(),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      oneLine: fc.boolean(),
    });
    let read = 0;
    let readInBraces = 0;
    fc.assert(
      fc.property(file, ({ progress, comments, crlf, bom, oneLine }) => {
        // A key without a value, as files write null (js-yaml writes `null`, which is left to it).
        let text = toYaml({ progress }).replace(/: null$/gm, ':');
        if (oneLine)
          text = text.replace(
            /^( {4}\S.*:)\n((?: {6}\S.*\n)+)/gm,
            (_, team: string, stages: string) => `${team} {${stages.trim().split(/\n +/).join(', ')}}\n`,
          );
        if (comments) text = text.replace(/^( {2}[^ ].*:)$/gm, '$1  # an activity');
        if (crlf) text = text.replaceAll('\n', '\r\n');
        if (bom) text = `\ufeff${text}`;
        for (const context of [ctx, { stages: STAGES }]) {
          const fast = readPlainProgressFile(text, FILE, context);
          if (fast === undefined) continue;
          read++;
          if (text.includes('{')) readInBraces++;
          expect(fast)
            .withContext(JSON.stringify(text))
            .toEqual(readProgressYaml(text, FILE, context));
          if (fast.ok) expect(fast.latestDate).withContext(text).toBe(latestFound(fast.value));
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: plenty of the files are plain enough.
    console.log('READ', read);
    expect(read).toBeGreaterThan(150);
    expect(readInBraces).toBeGreaterThan(40);
  });

  it('records the latest date that counts only from its day: stages of the definition and marks', () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Started: 2026-01-10',
      '      Legacy: 2031-01-01',
      '    Team B:',
      "      'Not applicable: SaaS': 2027-02-01",
      '  other:',
      '    Team A:',
      '      Fully implemented: 2026-11-30',
    ].join('\n');
    const read = parseProgressFile(text, FILE, { stages: STAGES });
    // A title the definition lacks (Legacy) never counts, whatever its date.
    expect(read.ok && read.latestDate).toBe('2027-02-01');
    expect(read.ok && latestFound(read.value)).toBe('2027-02-01');
    expect(readProgressYaml(text, FILE, { stages: STAGES })).toEqual(read);
    const withoutDates = parseProgressFile(`progress:\n  ${BUILD}:\n    Team A: {}\n`, FILE, ctx);
    expect(withoutDates.ok && withoutDates.latestDate).toBeUndefined();
  });

  it('reads a line that recurs the same way each time: errors, unknown stages and duplicates counted where they are', () => {
    // The fast reader reads each distinct line once and keeps what it found with it.
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Started: 2026-02-30',
      '      Legacy: 2026-01-01',
      '    Team B:',
      '      Started: 2026-02-30',
      '      Legacy: 2026-01-01',
      '  other:',
      '    Team A:',
      "      'Started': 2026-03-02",
      '    Team B:',
      '      Started: 2026-03-02',
    ].join('\n');
    const found = problems(parseProgressFile(text, FILE, { stages: STAGES }));
    expect(found.map((p) => [p.severity, p.line])).toEqual([
      ['error', 4],
      ['error', 7],
      ['warning', 5],
    ]);
    expect(found[2].message).toContain('(2 times)');
    const valid = text.replaceAll('2026-02-30', '2026-02-28');
    const read = value(parseProgressFile(valid, FILE, { stages: STAGES }));
    expect(read[BUILD]['Team A']).toEqual({ stages: { Started: '2026-02-28', Legacy: '2026-01-01' } });
    expect(read[BUILD]['Team A']).toBe(read[BUILD]['Team B']);
    // The same stage and date, however quoted, are one entry.
    expect(read['other']['Team A']).toEqual({ stages: { Started: '2026-03-02' } });
    expect(read['other']['Team A']).toBe(read['other']['Team B']);
    // A stage line met before that repeats a key of its team is still a duplicate (js-yaml's to report).
    const twice = `${valid}\n      Started: 2026-03-02\n`;
    expect(readPlainProgressFile(twice, FILE, { stages: STAGES })).toBeUndefined();
    expect(problems(parseProgressFile(twice, FILE, { stages: STAGES }))[0].line).toBe(14);
  });

  it('shares one entry among the teams with the same stages and dates, as read', () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Started: 2026-03-02',
      '    Team B:',
      '      Started: 2026-03-02',
      '  other:',
      '    Team A:',
      '      Started: 2026-03-02',
      '      Partly implemented: 2026-04-01',
    ].join('\n');
    const read = value(parseProgressFile(text, FILE, ctx));
    expect(read[BUILD]['Team A']).toBe(read[BUILD]['Team B']);
    expect(read['other']['Team A']).toEqual({
      stages: { Started: '2026-03-02', 'Partly implemented': '2026-04-01' },
    });
  });
});
