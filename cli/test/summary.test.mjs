import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dsomm, file, FIXTURES, META, tempDir } from './support.mjs';

const OLD = ['--against', file('progress-old.yaml'), '--against', file('evidence-old.yaml')];
const NEW = [file('progress-new.yaml'), file('evidence-new.yaml')];

/** A Git repository holding the fixture setup with the old files committed and the new ones in the work tree. */
function repository(t) {
  const dir = tempDir(t);
  for (const name of ['meta.yaml', 'teams.yaml', 'model.yaml'])
    copyFileSync(join(FIXTURES, 'model', name), join(dir, name));
  copyFileSync(join(FIXTURES, 'files/progress-old.yaml'), join(dir, 'team-progress.yaml'));
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: dir,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'old');
  copyFileSync(join(FIXTURES, 'files/progress-new.yaml'), join(dir, 'team-progress.yaml'));
  copyFileSync(join(FIXTURES, 'files/evidence-new.yaml'), join(dir, 'team-evidence.yaml'));
  return dir;
}

describe('dsomm summary', () => {
  it('lists what is due for review, the longest overdue first, each with since when and why', () => {
    const run = dsomm(['summary', '--meta', META], { env: { DSOMM_TODAY: '2027-06-01' } });
    assert.equal(run.code, 0, run.stderr);
    const at = run.lines.indexOf('### Due for review (3)');
    assert.ok(at > 0, run.stdout);
    assert.deepEqual(run.lines.slice(at + 4, at + 9), [
      '| Team | Activity | Due since | Why |',
      '| --- | --- | --- | --- |',
      '| Team A | Test for stored secrets (Static depth, level 1) | 2027-02-01 | stage set 2026-02-01, no evidence; every year |',
      '| Team A | Defined build process (Build, level 1) | 2027-05-20 | evidence last recorded or reviewed 2026-05-20; every year |',
      '| Team B | Defined build process (Build, level 1) | 2027-05-20 | evidence last recorded or reviewed 2026-05-20; every year |',
    ]);
    const fresh = dsomm(['summary', '--meta', META, '--review-interval', '2 years'], {
      env: { DSOMM_TODAY: '2027-06-01' },
    });
    assert.ok(fresh.lines.includes('### Due for review (0)'));
    assert.ok(fresh.lines.includes('Nothing is due for review.'));
  });

  it('tables the score of each team per dimension with the change since the older files (exit 0)', () => {
    const run = dsomm(['summary', '--meta', META, ...OLD, ...NEW]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.lines;
    assert.equal(lines[0], '<!-- dsomm-summary -->');
    assert.equal(lines[1], '## DSOMM progress summary');
    assert.ok(lines.includes('| Team | Build and Deployment | Test and Verification | Overall | Assessed |'));
    // Build and Deployment has 3 activities: Team A went from Started (20%) to Partly (50%) on one.
    assert.ok(lines.includes('| Team A | 17% (+10) | 10% | 14% (+6) | 2 of 5 |'), run.stdout);
    assert.ok(lines.includes('| Team B | 7% (−26) | 0% | 4% (−16) | 1 of 5 |'));
    assert.ok(lines.includes('| Team C | 33% (+33) | 0% | 20% (+20) | 1 of 5 |'));
    assert.ok(lines.includes('| **All teams** | 19% (+6) | 3% | 13% (+4) | 4 of 15 |'));
  });

  it('lists the activities that moved and the evidence added, changed and removed', () => {
    const text = dsomm(['summary', '--meta', META, ...OLD, ...NEW]).stdout;
    assert.match(text, /### Activities that moved since `cli\/test\/fixtures\/files\/progress-old\.yaml` \(3\)/);
    assert.match(
      text,
      /\| Team A \| Defined build process \(Build, level 1\) \| raised from Started to Partly implemented on 2026-04-14 \|/,
    );
    assert.match(
      text,
      /\| Team B \| Defined build process \(Build, level 1\) \| lowered from Fully implemented to Started \|/,
    );
    assert.match(
      text,
      /### Evidence added since `cli\/test\/fixtures\/files\/evidence-old\.yaml` \(1\)\n\n- \*\*Secret scan report\*\* on Test for stored secrets \(Static depth, level 1\): Team A, recorded 2026-06-03, 1 attachment\n/,
    );
    assert.match(text, /### Evidence changed \(1\)\n\n- \*\*Pipeline as code\*\* .*\(changed: teams\)/);
    assert.match(text, /### Evidence removed \(1\)\n\n- \*\*Old build log\*\*/);
  });

  it('compares with the files at a Git revision (--since)', (t) => {
    const dir = repository(t);
    const run = dsomm(['summary', '--since', 'HEAD'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /### Activities that moved since `HEAD` \(3\)/);
    assert.match(
      run.stdout,
      /\| Team C \| Defined deployment process \(Deployment, level 1\) \| raised from Not assessed to Fully implemented on 2026-06-02 \|/,
    );
    // The evidence file is new in the work tree: all of it counts as added.
    assert.match(run.stdout, /### Evidence added since `HEAD` \(2\)/);
    assert.match(run.stdout, /> team-evidence\.yaml did not exist at HEAD: all of it counts as new\./);
  });

  it('summarises only the teams asked for, and writes to a file with -o', (t) => {
    const out = join(tempDir(t), 'summary.md');
    const run = dsomm(['summary', '--meta', META, ...OLD, '--teams', 'Team C', '-o', out, ...NEW]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const text = readFileSync(out, 'utf8');
    assert.match(text, /\| Team C \| 33% \(\+33\) \| 0% \| 20% \(\+20\) \| 1 of 5 \|/);
    assert.doesNotMatch(text, /\| Team A \|/);
    assert.match(text, /### Activities that moved since .* \(1\)/);
    assert.match(text, /### Evidence added since .* \(0\)\n\nNo evidence added\./);
  });

  it('without a baseline shows the current scores only', () => {
    const run = dsomm(['summary', '--meta', META, ...NEW]);
    assert.equal(run.code, 0);
    assert.ok(run.lines.includes('| Team A | 17% | 10% | 14% | 2 of 5 |'));
    assert.doesNotMatch(run.stdout, /moved/);
  });

  it('writes team names like @someone so that the pull-request comment mentions nobody', (t) => {
    const dir = tempDir(t);
    for (const name of ['meta.yaml', 'model.yaml']) copyFileSync(join(FIXTURES, 'model', name), join(dir, name));
    writeFileSync(join(dir, 'teams.yaml'), "teams: ['@octo-org/security', 'Team #7']\nteamGroups: {}\n");
    writeFileSync(
      join(dir, 'team-progress.yaml'),
      'progress:\n  f6f7737f-25a9-4317-8de2-09bf59f29b5b:\n' +
        "    '@octo-org/security': { Started: 2026-03-02 }\n" +
        "    'Team #7': { Started: 2026-03-02 }\n",
    );
    writeFileSync(
      join(dir, 'team-evidence.yaml'),
      'evidence:\n  f6f7737f-25a9-4317-8de2-09bf59f29b5b:\n' +
        "    - { id: e-1, teams: ['Team #7'], title: 'Reviewed by @boss, see #12', evidenceRecorded: 2026-05-20 }\n",
    );
    writeFileSync(join(dir, 'old-progress.yaml'), 'progress: {}\n');
    writeFileSync(join(dir, 'old-evidence.yaml'), 'evidence: {}\n');
    const old = ['--against', 'old-progress.yaml', '--against', 'old-evidence.yaml'];
    const run = dsomm(['summary', ...old, 'team-progress.yaml', 'team-evidence.yaml'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /@[a-z0-9]|#\d/i);
    const shown = run.stdout.replace(/\u200b/g, '');
    assert.match(shown, /\| @octo-org\/security \| 7% \(\+7\) \|/);
    assert.match(shown, /- \*\*Reviewed by @boss, see #12\*\* on Defined build process .*: Team #7,/);
  });

  it('notes how many warnings the files have', () => {
    const run = dsomm(['summary', '--meta', META, file('progress-unknown.yaml')]);
    assert.equal(run.code, 0);
    assert.match(
      run.stdout,
      /> 3 warnings in the files \(such as unknown teams or stages, or dates after today\): dsomm validate lists them\./,
    );
    // Dates after today are warnings of validate too: the count is the one validate gives.
    const future = dsomm(['summary', '--meta', META, file('progress-future.yaml')]);
    assert.equal(future.code, 0, future.stderr);
    assert.match(future.stdout, /> 3 warnings in the files /);
    const validate = dsomm(['validate', '--meta', META, file('progress-future.yaml')]);
    assert.match(validate.stdout + validate.stderr, /3 warnings in 1 file/);
  });

  it('refuses files with errors (exit 1), listing them on standard error', () => {
    const run = dsomm(['summary', '--meta', META, file('evidence-no-teams.yaml')]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^cli\/test\/fixtures\/files\/evidence-no-teams\.yaml:3: error: /);
  });

  describe('could not run (exit 2)', () => {
    it('a team that is not in meta.yaml', () => {
      const run = dsomm(['summary', '--meta', META, '--teams', 'Team Z', ...NEW]);
      assert.equal(run.code, 2);
      assert.match(
        run.stderr,
        /Not a team or group in meta\.yaml: "Team Z"\. Its teams: "Team A", "Team B", "Team C"\./,
      );
    });

    it('a Git revision that does not exist, or no Git repository', (t) => {
      const dir = repository(t);
      const unknown = dsomm(['summary', '--since', 'no-such-branch'], { cwd: dir });
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /Git does not know the revision "no-such-branch"/);
      // Passed to git as an argument, a revision starting with "-" would be read as an option.
      const option = dsomm(['summary', '--since=--output=/tmp/x'], { cwd: dir });
      assert.equal(option.code, 2);
      assert.match(option.stderr, /"--output=\/tmp\/x" is not a Git revision/);
      const plain = tempDir(t);
      for (const name of ['meta.yaml', 'teams.yaml', 'model.yaml', 'team-progress.yaml'])
        copyFileSync(join(FIXTURES, 'model', name), join(plain, name));
      const noGit = dsomm(['summary', '--since', 'HEAD'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: plain } });
      assert.equal(noGit.code, 2);
      assert.match(noGit.stderr, /is not in a Git repository/);
    });

    it('--since together with --against', () => {
      assert.equal(dsomm(['summary', '--meta', META, '--since', 'HEAD', ...OLD]).code, 2);
    });
  });
});
