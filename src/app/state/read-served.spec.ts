import { memoizedSource } from './text-source';
import { readServed, readWholeModel } from './read-served';
import { loadDsomm } from '../domain/loading/load-dsomm';
import { modelSnapshot, snapshotModel, snapshotYaml } from '../domain/loading/model-snapshot';
import { parseYaml } from '../domain/yaml';
import { assembleAssessment } from './load-assessment';
import { fromFiles } from '../domain/assessment/empty-assessment';
import { STAGES } from '../domain/testing/model-fixture';
import { aliasBomb } from '../domain/testing/alias-bomb';
import { BUILD_UUID, SERVED_FILES } from './testing/served-files-fixture';
import { memoryTextSource as memory } from './testing/memory-source';

const BUILD = BUILD_UUID;
const SERVED: Record<string, string> = {
  ...SERVED_FILES,
  'team-progress.yaml': `progress:\n  ${BUILD}:\n    Team A:\n      Started: 2026-03-01\n`,
};

/** The day the specs load on: the files' dates are before it. */
const DAY = '2026-12-06';

const without = (files: Record<string, string>, path: string) =>
  Object.fromEntries(Object.entries(files).filter(([name]) => name !== path));

describe('readServed', () => {
  it('reads meta.yaml, the model and the progress and evidence files it names', async () => {
    const source = memory(SERVED);
    const read = await readServed(source);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.data.model.activities.map((a) => a.name)).toEqual(['Defined build process']);
    expect(read.data.meta.teams).toEqual(['Team A', 'Team B']);
    expect(read.progress.result.ok && read.progress.result.value[BUILD]['Team A'].stages).toEqual({
      Started: '2026-03-01',
    });
    expect(read.problems).toEqual([]);
    expect([...source.asked].sort()).toEqual(Object.keys(SERVED).sort());
  });

  it('fails with the problems, naming the file, when the model cannot be read', async () => {
    const read = await readServed(memory({ ...SERVED, 'default/model.yaml': 'Build: [unclosed' }));
    expect(read.ok).toBeFalse();
    expect(read.problems.map((p) => p.file)).toContain('default/model.yaml');
    expect(read.problems.every((p) => p.severity === 'error')).toBeTrue();
  });

  it('reports a model file that cannot be fetched once, as a fetch problem, not again as missing', async () => {
    const rest = without(SERVED, 'default/model.yaml');
    const read = await readServed(memory(rest));
    expect(read.ok).toBeFalse();
    const about = read.problems.filter((p) => p.file === 'default/model.yaml' || p.message.includes('model.yaml'));
    expect(about.length).toBe(1);
    expect(about[0].file).toBe('default/model.yaml');
    expect(about[0].message).toContain('could not be fetched (HTTP 404)');
  });

  it('reports meta.yaml or a $ref file that cannot be fetched once, not again as missing', async () => {
    const teamsByRef = {
      ...SERVED,
      'meta.yaml': SERVED['meta.yaml'].replace('teams: [Team A, Team B]', "teams: {$ref: 'default/teams.yaml#/teams'}"),
    };
    for (const path of ['meta.yaml', 'default/teams.yaml']) {
      const read = await readServed(memory(without(teamsByRef, path)));
      expect(read.ok).withContext(path).toBeFalse();
      const about = read.problems.filter((p) => p.file === path || p.message.includes(path));
      expect(about.map((p) => p.file))
        .withContext(path)
        .toEqual([path]);
      expect(about[0].message).withContext(path).toContain('could not be fetched (HTTP 404)');
    }
  });

  it('asks for no file that meta.yaml places on another site, and says which and where', async () => {
    const meta = SERVED['meta.yaml']
      .replace('teamProgressFile: team-progress.yaml', "teamProgressFile: '\\\\evil.example\\p.yaml'")
      .replace('teamEvidenceFile: team-evidence.yaml', 'teamEvidenceFile: https:/evil.example/e.yaml')
      .replace('activityFiles: [default/model.yaml]', 'activityFiles: [default/model.yaml, //evil.example/x.yaml]');
    const source = memory({ ...SERVED, 'meta.yaml': meta });
    const read = await readServed(source);
    expect(source.asked.sort()).toEqual(['default/model.yaml', 'meta.yaml']);
    expect(read.ok).toBeFalse();
    expect(read.problems.map((p) => `${p.file}:${p.line}: ${p.message.split(': it ')[0]}`)).toEqual([
      "meta.yaml:1: teamProgressFile '\\\\evil.example\\p.yaml' is not read",
      "meta.yaml:2: teamEvidenceFile 'https:/evil.example/e.yaml' is not read",
      "meta.yaml:10: The activity file '//evil.example/x.yaml' is not read",
    ]);
    expect(read.problems[2].path).toBe('activityFiles > item 2');
  });

  it('applies custom files, and loads without them (saying so) when they break the model', async () => {
    const custom = {
      name: 'mine.yaml',
      text: 'Build and Deployment:\n  Build:\n    Defined build process:\n      level: 2\n',
    };
    const applied = await readServed(memory(SERVED), [custom]);
    expect(applied.ok && applied.data.model.activities[0].level).toBe(2);
    const broken = await readServed(memory(SERVED), [{ name: 'broken.yaml', text: '- not: a model' }]);
    if (!broken.ok) throw new Error('the served model alone is fine');
    expect(broken.data.model.activities[0].level).toBe(1);
    expect(broken.problems).toContain(
      jasmine.objectContaining({
        file: 'broken.yaml',
        code: 'custom-file-not-applied',
        message: jasmine.stringMatching(/^Custom activity file not applied: /),
      }),
    );
  });
});

it('leaves out only the custom files that break the model, an alias bomb among them', async () => {
  const good = { name: 'good.yaml', text: 'Build and Deployment:\n  Build:\n    Defined build process: {level: 2}\n' };
  const bomb = { name: 'bomb.yaml', text: aliasBomb() };
  const read = await readServed(memory(SERVED), [bomb, good]);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.data.files).toEqual(['default/model.yaml', 'good.yaml']);
  expect(read.data.model.activities[0].level).toBe(2);
  expect(read.problems).toEqual([
    {
      file: 'bomb.yaml',
      line: 4,
      message: jasmine.stringMatching(/^Custom activity file not applied: .*YAML bomb/),
      severity: 'warning',
      code: 'custom-file-not-applied',
    },
  ]);
});

it('says which files were read from the saved copy because the server did not answer', async () => {
  const source = memory(SERVED);
  const fetchText = source.fetchText;
  source.fetchText = (path, offlineCopy) => {
    if (path === 'team-progress.yaml' || path === 'meta.yaml') offlineCopy?.();
    return fetchText(path);
  };
  const read = await readServed(source);
  expect(read.offline).toEqual(['meta.yaml', 'team-progress.yaml']);
  const loaded = assembleAssessment(read, undefined, DAY);
  expect(loaded.offline).toEqual(['meta.yaml', 'team-progress.yaml']);
  expect(loaded.assessment.progress[BUILD]['Team A'].stages).toEqual({ Started: '2026-03-01' });
});

describe('assembleAssessment', () => {
  const stored = {
    ...fromFiles({ teams: ['Team A', 'Team B'], groups: {}, stages: STAGES, progress: {}, evidence: [] }),
    progress: { [BUILD]: { 'Team B': { stages: { Started: '2026-01-01' }, editedAt: Date.UTC(2026, 0, 1) } } },
  };

  it('combines the served progress with what the browser stored', async () => {
    const loaded = assembleAssessment(await readServed(memory(SERVED)), stored, DAY);
    expect(loaded.status).toBe('ready');
    expect(loaded.assessment.progress[BUILD]['Team A'].stages).toEqual({ Started: '2026-03-01' });
    expect(loaded.assessment.progress[BUILD]['Team B'].stages).toEqual({ Started: '2026-01-01' });
  });

  it('keeps the stored progress as it is when the progress file is broken, and says why', async () => {
    const read = await readServed(memory({ ...SERVED, 'team-progress.yaml': 'progress: [' }));
    const loaded = assembleAssessment(read, stored, DAY);
    expect(loaded.status).toBe('ready');
    expect(loaded.assessment.progress).toEqual(stored.progress);
    const problem = loaded.problems.find((p) => p.file === 'team-progress.yaml');
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toMatch(/^Not loaded: YAML syntax error/);
  });

  it('starts without a progress file that is not served, with a warning', async () => {
    const rest = without(SERVED, 'team-progress.yaml');
    const loaded = assembleAssessment(await readServed(memory(rest)), undefined, DAY);
    expect(loaded.status).toBe('ready');
    expect(loaded.assessment.progress).toEqual({});
    expect(loaded.problems.find((p) => p.file === 'team-progress.yaml')?.message).toContain('Starting without it.');
  });

  it("lists a file's notes in line order, whatever check found them", async () => {
    const progress = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Done: 2026-03-01',
      '    Ghost team:',
      '      Started: 2026-03-01',
    ].join('\n');
    const loaded = assembleAssessment(
      await readServed(memory({ ...SERVED, 'team-progress.yaml': progress })),
      stored,
      DAY,
    );
    const notes = loaded.problems.filter((p) => p.file === 'team-progress.yaml');
    expect(notes.map((p) => [p.line, p.message.slice(0, 18)])).toEqual([
      [4, 'Stage "Done" is no'],
      [5, 'Team "Ghost team" '],
    ]);
  });

  describe('with dates after the day', () => {
    const progress = [
      'progress:',
      `  ${BUILD}:`,
      '    Team A:',
      '      Done: 2026-03-01',
      '      Fully implemented: 2027-02-01',
      '    Ghost team:',
      '      Started: 2026-03-01',
    ].join('\n');
    const evidence = [
      'evidence:',
      `  ${BUILD}:`,
      '    - title: Pipeline',
      '      teams: [Team A]',
      '      evidenceRecorded: 2027-01-15',
    ].join('\n');
    const files = { ...SERVED, 'team-progress.yaml': progress, 'team-evidence.yaml': evidence };

    it("notes them between the file's other notes, as dsomm validate words them", async () => {
      const read = await readServed(memory(files), [], { day: DAY });
      const loaded = assembleAssessment(read, stored, DAY);
      expect(loaded.problems.map((p) => [p.file, p.line, p.message.slice(0, 18)])).toEqual([
        ['team-progress.yaml', 4, 'Stage "Done" is no'],
        ['team-progress.yaml', 5, 'Team "Team A" on a'],
        ['team-progress.yaml', 6, 'Team "Ghost team" '],
        ['team-evidence.yaml', 5, 'Evidence 1 of acti'],
      ]);
      expect(loaded.problems[1]).toEqual({
        file: 'team-progress.yaml',
        line: 5,
        severity: 'warning',
        message:
          'Team "Team A" on activity "Defined build process": stage "Fully implemented" is dated 2027-02-01, after today (2026-12-06); it counts only from that day.',
      });
      expect(loaded.problems[3].message).toBe(
        'Evidence 1 of activity "Defined build process" ("Pipeline") is recorded 2027-01-15, after today (2026-12-06).',
      );
      // The store assembles the same read again on a reload: the notes are still there.
      expect(assembleAssessment(read, stored, DAY).problems).toEqual(loaded.problems);
    });

    it('notes nothing on the day itself, nor keeps the text of a file without a later date', async () => {
      const onTheDay = assembleAssessment(await readServed(memory(files), [], { day: DAY }), stored, '2027-02-01');
      expect(onTheDay.problems.map((p) => p.line)).toEqual([4, 6]);
      const read = await readServed(memory(files), [], { day: '2027-02-01' });
      expect(assembleAssessment(read, stored, '2027-02-01').problems).toEqual(onTheDay.problems);
      // The read is held for the app's life: 1,000 teams' progress is 7.8 MB of text.
      expect(read.ok && [read.progress.text, read.evidence.text]).toEqual([undefined, undefined]);
    });
  });

  it('fails with the read problems when the model could not be loaded', async () => {
    const read = await readServed(memory({ ...SERVED, 'default/model.yaml': 'Build: [unclosed' }));
    const loaded = assembleAssessment(read, stored, DAY);
    expect(loaded.status).toBe('failed');
    expect(loaded.problems.length).toBeGreaterThan(0);
  });
});

describe('readWholeModel', () => {
  it('gives, from a read of the snapshot, what a read of the whole files gives, without fetching again', async () => {
    const snapshot = modelSnapshot('default/model.yaml', SERVED['default/model.yaml'], loadDsomm(SERVED));
    const source = memory(SERVED);
    const memo = memoizedSource(source);
    const structure = await readServed(memo, [], {
      built: (path, text, levels) => snapshotModel(snapshot, path, text, levels),
    });
    expect(structure.ok && structure.structureOnly).toBeTrue();
    const whole = await readWholeModel(structure, memo);
    expect(whole).toEqual(await readServed(memory(SERVED)));
    expect(source.asked.length).toBe(Object.keys(SERVED).length);
  });

  it('reads a model the snapshot is not of as it is', async () => {
    const served = { ...SERVED, 'default/model.yaml': `${SERVED['default/model.yaml']}\n# mounted over the image's\n` };
    const snapshot = modelSnapshot('default/model.yaml', SERVED['default/model.yaml'], loadDsomm(SERVED));
    const read = await readServed(memory(served), [], {
      built: (path, text, levels) => snapshotModel(snapshot, path, text, levels),
    });
    expect(read.ok && read.structureOnly).toBeFalsy();
    expect(await readWholeModel(read, memory(served))).toBe(read);
  });
});

describe('readServed with YAML known for its text', () => {
  /** meta.yaml and evidence as the build records them: each file's text and its parse. */
  const known = (files: Record<string, string>) =>
    Object.fromEntries(
      ['meta.yaml', 'team-evidence.yaml'].map((path) => {
        const parsed = parseYaml(files[path], path);
        return [path, { text: files[path], value: parsed.ok ? parsed.value : undefined }];
      }),
    );

  it('reads the same as from the files themselves', async () => {
    const read = await readServed(memory(SERVED), [], { yaml: snapshotYaml({ yaml: known(SERVED) }) });
    expect(read).toEqual(await readServed(memory(SERVED)));
  });

  it('takes the known parse for that very text, and parses a file mounted over the bundled one', async () => {
    const teams = known(SERVED);
    const meta = teams['meta.yaml'].value as Record<string, unknown>;
    teams['meta.yaml'] = { text: SERVED['meta.yaml'], value: { ...meta, teams: ['Known'] } };
    const read = await readServed(memory(SERVED), [], { yaml: snapshotYaml({ yaml: teams }) });
    expect(read.ok && read.data.meta.teams).toEqual(['Known']);

    const mounted = { ...SERVED, 'meta.yaml': SERVED['meta.yaml'].replace('Team A', 'Team Z') };
    const again = await readServed(memory(mounted), [], { yaml: snapshotYaml({ yaml: teams }) });
    expect(again.ok && again.data.meta.teams).toEqual(['Team Z', 'Team B']);
    expect(again).toEqual(await readServed(memory(mounted)));
  });
});

describe('memoizedSource', () => {
  it('fetches each file once, and tells every caller of a saved copy', async () => {
    let fetched = 0;
    const memo = memoizedSource({
      url: (path) => `memory:${path}`,
      fetchText: async (path, offlineCopy) => {
        fetched++;
        offlineCopy?.();
        return `text of ${path}`;
      },
    });
    const told: string[] = [];
    expect(await memo.fetchText('meta.yaml', () => told.push('first'))).toBe('text of meta.yaml');
    expect(await memo.fetchText('meta.yaml', () => told.push('second'))).toBe('text of meta.yaml');
    expect(fetched).toBe(1);
    expect(told).toEqual(['first', 'second']);
  });

  it('reads a file asked for with its digest once, giving the same text to fetchText after', async () => {
    const asked: string[] = [];
    const memo = memoizedSource({
      url: (path) => `memory:${path}`,
      fetchText: async (path) => {
        asked.push(`text ${path}`);
        return `text of ${path}`;
      },
      fetchDigested: async (path) => {
        asked.push(`digested ${path}`);
        return { text: `text of ${path}`, sha256: `digest of ${path}` };
      },
    });
    expect(await memo.fetchDigested!('default/model.yaml')).toEqual({
      text: 'text of default/model.yaml',
      sha256: 'digest of default/model.yaml',
    });
    expect(await memo.fetchText('default/model.yaml')).toBe('text of default/model.yaml');
    // Read as text first: no digest after, and no second download for one.
    expect(await memo.fetchText('meta.yaml')).toBe('text of meta.yaml');
    expect(await memo.fetchDigested!('meta.yaml')).toEqual({ text: 'text of meta.yaml', sha256: undefined });
    expect(asked).toEqual(['digested default/model.yaml', 'text meta.yaml']);
  });
});
