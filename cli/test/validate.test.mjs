import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dsomm, file, FIXTURES, META, tempDir } from './support.mjs';

describe('dsomm validate', () => {
  it("passes this repository's own files, finding src/assets/YAML/meta.yaml by itself (exit 0)", () => {
    const run = dsomm(['validate']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /^No problems in src\/assets\/YAML\/meta\.yaml and 2 files it names, src\/assets\/YAML\/team-progress\.yaml/,
    );
  });

  it('checks the files meta.yaml names, and finds ./meta.yaml in the working folder', () => {
    const run = dsomm(['validate'], { cwd: join(FIXTURES, 'model') });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(run.lines, [
      'No problems in meta.yaml and 2 files it names, team-progress.yaml (2 activities, 2 teams), team-evidence.yaml (1 evidence entry).',
    ]);
  });

  it('reports unparsable YAML with its line (exit 1)', () => {
    const run = dsomm(['validate', '--meta', META, file('progress-syntax.yaml')]);
    assert.equal(run.code, 1);
    assert.deepEqual(run.lines, [
      'cli/test/fixtures/files/progress-syntax.yaml:5: error: YAML syntax error: bad indentation of a mapping entry',
      '1 error in 1 file.',
    ]);
  });

  it('reports an unknown team, activity uuid and stage as warnings with their lines (exit 1)', () => {
    const run = dsomm(['validate', '--meta', META, file('progress-unknown.yaml')]);
    assert.equal(run.code, 1);
    assert.deepEqual(run.lines, [
      'cli/test/fixtures/files/progress-unknown.yaml:5: warning: Team "Team Z" is not a known team; its progress on 1 activity is kept.',
      'cli/test/fixtures/files/progress-unknown.yaml:7: warning: Activity 99999999-0000-4000-8000-000000000000 is not in the model; its progress is kept.',
      'cli/test/fixtures/files/progress-unknown.yaml:12: warning: Stage "Almost done" is not in the progress definition; it is kept (1 time) but does not count.',
      '3 warnings in 1 file.',
    ]);
  });

  it('passes files with only warnings when --allow-warnings is given (exit 0), still listing them', () => {
    const run = dsomm(['validate', '--meta', META, '--allow-warnings', file('progress-unknown.yaml')]);
    assert.equal(run.code, 0);
    assert.equal(run.lines.length, 4);
    assert.equal(run.lines[3], '3 warnings in 1 file (warnings allowed).');
  });

  it('reports dates that are not days, and errors fail even with --allow-warnings', () => {
    const run = dsomm(['validate', '--meta', META, '--allow-warnings', file('progress-bad-date.yaml')]);
    assert.equal(run.code, 1);
    assert.match(
      run.lines[0],
      /^cli\/test\/fixtures\/files\/progress-bad-date\.yaml:4: error: Team "Team A" .* stage "Started": expected a date written YYYY-MM-DD; found "2026-02-30", a day the calendar does not have\.$/,
    );
    assert.match(
      run.lines[1],
      /^cli\/test\/fixtures\/files\/progress-bad-date\.yaml:6: error: .*found the value "yesterday"\.$/,
    );
  });

  it('reports an activity listed twice (a duplicated key) with its line', () => {
    const run = dsomm(['validate', '--meta', META, file('progress-duplicate-key.yaml')]);
    assert.equal(run.code, 1);
    assert.equal(
      run.lines[0],
      'cli/test/fixtures/files/progress-duplicate-key.yaml:5: error: YAML syntax error: duplicated mapping key',
    );
  });

  it('reports evidence without teams and a bad evidence date, each at its entry', () => {
    const run = dsomm(['validate', '--meta', META, file('evidence-no-teams.yaml')]);
    assert.equal(run.code, 1);
    assert.deepEqual(run.lines, [
      'cli/test/fixtures/files/evidence-no-teams.yaml:3: error: Evidence 1 of activity "Defined build process": it has no teams; every piece of evidence belongs to at least one team.',
      'cli/test/fixtures/files/evidence-no-teams.yaml:9: error: Evidence 2 of activity "Defined build process": "evidenceRecorded" must be a date (YYYY-MM-DD); found the value "20 May 2026".',
      '2 errors in 1 file.',
    ]);
  });

  it('reports stage dates, "not applicable" marks, evidence recorded and reviews dated after today as warnings at their lines', () => {
    const run = dsomm(['validate', '--meta', META, file('progress-future.yaml'), file('evidence-future.yaml')]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const today = String.raw`after today \(\d{4}-\d{2}-\d{2}\)`;
    const expected = [
      String.raw`progress-future\.yaml:5: warning: Team "Team A" on activity "Defined build process": stage "Fully implemented" is dated 2099-03-01, ${today}; it counts only from that day\.`,
      String.raw`progress-future\.yaml:7: warning: Team "Team B" on activity "Defined build process": "Not applicable" is dated 2099-01-10, ${today}; the activity counts as not applicable only from that day\.`,
      // A title the definition lacks never counts, whatever its date: it is reported as unknown only.
      String.raw`progress-future\.yaml:10: warning: Stage "Done" is not in the progress definition; .*`,
      String.raw`evidence-future\.yaml:8: warning: Evidence 1 of activity "Defined build process" \("Pipeline as code"\) has a review dated 2099-03-01, ${today}; the review counts only from that day\.`,
      String.raw`evidence-future\.yaml:12: warning: Evidence 2 of activity "Defined build process" \("Release checklist"\) is recorded 2099-02-01, ${today}\.`,
      String.raw`5 warnings in 2 files\.`,
    ];
    assert.equal(run.lines.length, expected.length, run.stdout);
    expected.forEach((pattern, i) => assert.match(run.lines[i], new RegExp(`^(cli/test/fixtures/files/)?${pattern}$`)));
    const allowed = dsomm(['validate', '--meta', META, '--allow-warnings', file('progress-future.yaml')]);
    assert.equal(allowed.code, 0, allowed.stdout);
  });

  it("counts from the run's day: a date of today is no warning, tomorrow's is", (t) => {
    const dir = tempDir(t);
    const day = (offset) => {
      const date = new Date();
      date.setDate(date.getDate() + offset);
      const pad = (n) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    };
    const progress = join(dir, 'team-progress.yaml');
    writeFileSync(
      progress,
      `progress:\n  f6f7737f-25a9-4317-8de2-09bf59f29b5b:\n    Team A:\n      Started: ${day(0)}\n    Team B:\n      Started: ${day(1)}\n`,
    );
    // The real day, not the tests' fixed one.
    const run = dsomm(['validate', '--meta', join(FIXTURES, 'model/meta.yaml'), progress], {
      env: { DSOMM_TODAY: '' },
    });
    assert.equal(run.lines.length, 2, run.stdout);
    assert.match(
      run.lines[0],
      new RegExp(`:6: warning: Team "Team B" .* dated ${day(1)}, after today \\(${day(0)}\\);`),
    );
  });

  it('lists what is due for review as info at its line, which fails nothing (exit 0)', () => {
    // A year after the fixtures' dates: the secrets test's stage (1 Feb 2026) and the build's evidence (20 May 2026).
    const env = { DSOMM_TODAY: '2027-06-01' };
    const run = dsomm(['validate'], { cwd: join(FIXTURES, 'model'), env });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(run.lines, [
      'team-progress.yaml:12: info: Team "Team A" on activity "Test for stored secrets": due for review since 2027-02-01 (stage set 2026-02-01, no evidence; every year).',
      'team-evidence.yaml:7: info: Team "Team A" on activity "Defined build process": due for review since 2027-05-20 (evidence last recorded or reviewed 2026-05-20; every year).',
      'team-evidence.yaml:7: info: Team "Team B" on activity "Defined build process": due for review since 2027-05-20 (evidence last recorded or reviewed 2026-05-20; every year).',
      'Due for review: 3 (team, activity) pairs (every year unless an activity file says otherwise).',
      'No problems in meta.yaml and 2 files it names, team-progress.yaml (2 activities, 2 teams), team-evidence.yaml (1 evidence entry).',
    ]);
    const longer = dsomm(['validate', '--review-interval', '18 months'], { cwd: join(FIXTURES, 'model'), env });
    assert.equal(longer.lines.length, 1, longer.stdout);
    const github = dsomm(['validate', '--format', 'github', '--review-interval', 'P6M'], {
      cwd: join(FIXTURES, 'model'),
      env: { DSOMM_TODAY: '2026-12-05' },
    });
    assert.match(
      github.lines[0],
      /^::notice file=team-progress\.yaml,line=12,title=dsomm::Team "Team A" on activity "Test for stored secrets": due for review since 2026-08-01 /,
    );
    assert.equal(github.code, 0);
  });

  it('refuses a review interval that is not a duration, and a DSOMM_TODAY that is not a day (exit 2)', () => {
    const run = dsomm(['validate', '--meta', META, '--review-interval', 'soon']);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /--review-interval must be a duration such as 6 months, 1 year or P3M \(at most 10 years\); got "soon"\./,
    );
    const day = dsomm(['validate', '--meta', META], { env: { DSOMM_TODAY: 'tomorrow' } });
    assert.equal(day.code, 2);
    assert.match(day.stderr, /DSOMM_TODAY must be a day written YYYY-MM-DD; got "tomorrow"\./);
  });

  it('reports an evidence id used twice', () => {
    const run = dsomm(['validate', '--meta', META, file('evidence-duplicate-ids.yaml')]);
    assert.equal(run.code, 1);
    assert.match(
      run.lines[0],
      /^cli\/test\/fixtures\/files\/evidence-duplicate-ids\.yaml:8: warning: Evidence 1 of activity "Test for stored secrets" repeats the id e-1; /,
    );
  });

  it('checks several files at once, each problem under its own file, and a file that is not a DSOMM file', () => {
    const run = dsomm([
      'validate',
      '--meta',
      META,
      file('not-dsomm.yaml'),
      file('progress-syntax.yaml'),
      file('progress-old.yaml'),
    ]);
    assert.equal(run.code, 1);
    assert.match(
      run.lines[0],
      /^cli\/test\/fixtures\/files\/not-dsomm\.yaml:1: error: The top-level key "name" is not one of a file the app imports\./,
    );
    assert.match(run.lines[1], /^cli\/test\/fixtures\/files\/progress-syntax\.yaml:5: error: /);
    assert.equal(run.lines[2], '2 errors in 2 files.');
  });

  it('writes GitHub Actions annotations with --format github', () => {
    const run = dsomm([
      'validate',
      '--meta',
      META,
      '--format',
      'github',
      file('progress-syntax.yaml'),
      file('progress-unknown.yaml'),
    ]);
    assert.equal(run.code, 1);
    assert.equal(
      run.lines[0],
      '::error file=cli/test/fixtures/files/progress-syntax.yaml,line=5,title=dsomm::YAML syntax error: bad indentation of a mapping entry',
    );
    assert.match(
      run.lines[1],
      /^::warning file=cli\/test\/fixtures\/files\/progress-unknown\.yaml,line=5,title=dsomm::Team "Team Z"/,
    );
  });

  it('reports problems in meta.yaml and the model with file and line, and says the team files were not checked', (t) => {
    const dir = tempDir(t);
    for (const name of ['teams.yaml', 'team-progress.yaml', 'team-evidence.yaml'])
      copyFileSync(join(FIXTURES, 'model', name), join(dir, name));
    writeFileSync(
      join(dir, 'meta.yaml'),
      "teamProgressFile: team-progress.yaml\nteamEvidenceFile: team-evidence.yaml\nteams: { $ref: 'teams.yaml#/teams' }\nactivityFiles:\n  - missing-model.yaml\n",
    );
    const run = dsomm(['validate'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(
      run.lines[0],
      'meta.yaml:4: error: The activity file missing-model.yaml is missing. (at activityFiles)',
    );
    assert.ok(run.lines.includes('The team files were not checked: the model did not load.'), run.stdout);
  });

  it('refuses a progress file built from YAML aliases (a "bomb") at once, with its line (exit 1)', (t) => {
    const dir = tempDir(t);
    for (const name of ['meta.yaml', 'teams.yaml', 'model.yaml', 'team-evidence.yaml'])
      copyFileSync(join(FIXTURES, 'model', name), join(dir, name));
    // One anchored map of 7,000 teams, given again (as an alias) for each of 200 activities.
    const teams = Array.from({ length: 7000 }, (_, i) => `    'Team ${i}': {Started: 2026-01-10}\n`).join('');
    const uuids = Array.from(
      { length: 199 },
      (_, i) => `  00000000-0000-4000-8000-${String(i).padStart(12, '0')}: *p\n`,
    );
    writeFileSync(join(dir, 'team-progress.yaml'), `progress:\n  first: &p\n${teams}${uuids.join('')}`);
    const run = dsomm(['validate'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(
      run.lines[0],
      /^team-progress\.yaml:\d+: error: The file uses YAML aliases \(\*name\) that expand to far more data than the file holds \(a "YAML bomb"\); it is not read\./,
    );
  });

  it('lists the first 200 problems of a file, then how many more, and counts them all', (t) => {
    const dir = tempDir(t);
    for (const name of ['teams.yaml', 'model.yaml', 'team-progress.yaml', 'team-evidence.yaml'])
      copyFileSync(join(FIXTURES, 'model', name), join(dir, name));
    const meta = readFileSync(join(FIXTURES, 'model', 'meta.yaml'), 'utf8');
    writeFileSync(join(dir, 'meta.yaml'), meta.replace(/^(activityFiles:.*\n(?:  - .*\n)*)/m, '$1  - wrong.yaml\n'));
    // 250 new activities without a uuid and with a level that is not a number: 500 errors.
    const activities = Array.from({ length: 250 }, (_, i) => `    a${i}: {level: x}\n`).join('');
    writeFileSync(join(dir, 'wrong.yaml'), `D:\n  S:\n${activities}`);
    const run = dsomm(['validate'], { cwd: dir });
    assert.equal(run.code, 1);
    const listed = run.lines.filter((line) => line.startsWith('wrong.yaml'));
    assert.equal(listed.length, 201, run.stdout);
    assert.equal(listed[200], 'wrong.yaml: error: …and 300 more problems in this file, not listed.');
    assert.equal(run.lines.at(-1), '500 errors in 1 file.');
  });

  it('warns, as the app does, when a file meta.yaml names does not exist', (t) => {
    const dir = tempDir(t);
    for (const name of ['meta.yaml', 'teams.yaml', 'model.yaml', 'team-progress.yaml'])
      copyFileSync(join(FIXTURES, 'model', name), join(dir, name));
    const run = dsomm(['validate'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(
      run.lines[0],
      'team-evidence.yaml: warning: team-evidence.yaml does not exist (meta.yaml names it); the app starts without it.',
    );
  });

  describe('files outside the folder of meta.yaml', () => {
    /** A workspace in `dir/data` with a secret next to it, in `dir`, that no command may read. */
    function workspace(t, meta) {
      const dir = tempDir(t);
      const data = join(dir, 'data');
      mkdirSync(data);
      for (const name of ['teams.yaml', 'model.yaml', 'team-progress.yaml', 'team-evidence.yaml'])
        copyFileSync(join(FIXTURES, 'model', name), join(data, name));
      writeFileSync(join(data, 'meta.yaml'), meta);
      writeFileSync(join(dir, 'secret.yaml'), 'TOKEN: [s3cr3t\n');
      return data;
    }
    const META_TEXT = (progress, extra = '') =>
      `teamProgressFile: '${progress}'\nteamEvidenceFile: team-evidence.yaml\nteams: { $ref: 'teams.yaml#/teams' }\n` +
      `activityFiles:\n  - model.yaml\n${extra}`;

    it('are refused with meta.yaml, the line and the path, and never read', (t) => {
      const data = workspace(
        t,
        META_TEXT('../secret.yaml', "  - https:/evil.example/e.yaml\n  - '\\\\evil.example\\x.yaml'\n"),
      );
      const run = dsomm(['validate'], { cwd: data });
      assert.equal(run.code, 1);
      assert.match(
        run.lines[0],
        /^meta\.yaml:1: error: teamProgressFile '\.\.\/secret\.yaml' is not read: it leads out of/,
      );
      assert.match(
        run.stdout,
        /meta\.yaml:4: error: The activity file 'https:\/evil\.example\/e\.yaml' is not read: it is an address \(URL\)/,
      );
      assert.match(
        run.stdout,
        /meta\.yaml:4: error: The activity file '\\\\evil\.example\\x\.yaml' is not read: it contains a backslash/,
      );
      assert.doesNotMatch(run.stdout + run.stderr, /s3cr3t|TOKEN/);
    });

    it('are not read through a symbolic link either', (t) => {
      const data = workspace(t, META_TEXT('team-progress.yaml', '  - custom.yaml\n'));
      symlinkSync(join(data, '..', 'secret.yaml'), join(data, 'custom.yaml'));
      const validate = dsomm(['validate'], { cwd: data });
      assert.equal(validate.code, 1);
      assert.match(
        validate.lines[0],
        /^custom\.yaml: error: custom\.yaml is not read: it is a link that leads out of the folder of meta\.yaml/,
      );
      assert.doesNotMatch(validate.stdout, /missing/);
      writeFileSync(join(data, 'meta.yaml'), META_TEXT('progress-link.yaml'));
      symlinkSync(join(data, '..', 'secret.yaml'), join(data, 'progress-link.yaml'));
      const summary = dsomm(['summary'], { cwd: data });
      assert.equal(summary.code, 1);
      assert.match(summary.stderr, /progress-link\.yaml: error: progress-link\.yaml is not read: it is a link/);
      for (const run of [validate, summary]) assert.doesNotMatch(run.stdout + run.stderr, /s3cr3t|TOKEN/);
    });
  });

  describe('could not run (exit 2)', () => {
    it('a file named on the command line does not exist', () => {
      const run = dsomm(['validate', '--meta', META, 'nope.yaml']);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'dsomm validate: nope.yaml: no such file.\n');
    });

    it('no meta.yaml can be found', (t) => {
      const dir = tempDir(t);
      const run = dsomm(['validate'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(
        run.stderr,
        /No meta\.yaml found: looked for meta\.yaml and src\/assets\/YAML\/meta\.yaml in .*--meta/,
      );
      assert.equal(dsomm(['validate', '--meta', 'nope/meta.yaml']).code, 2);
    });

    it('an unknown option, format or command', () => {
      const unknown = dsomm(['validate', '--strict']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /Unknown option '--strict'/);
      assert.match(unknown.stderr, /Usage: dsomm validate/);
      assert.equal(dsomm(['validate', '--format', 'xml']).code, 2);
      const command = dsomm(['check']);
      assert.equal(command.code, 2);
      assert.match(command.stderr, /no command "check"/);
      assert.equal(dsomm([]).code, 2);
    });
  });

  it('prints help for each command (exit 0)', () => {
    for (const command of ['validate', 'summary', 'diff', 'heatmap']) {
      const run = dsomm(['help', command]);
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`^Usage: dsomm ${command}`));
      assert.match(dsomm([command, '--help']).stdout, new RegExp(`^Usage: dsomm ${command}`));
    }
    assert.match(dsomm(['--help']).stdout, /Commands:\n {2}validate/);
  });
});
