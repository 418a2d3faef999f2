import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dsomm, file, META } from './support.mjs';

describe('dsomm diff', () => {
  it('says per team and activity how progress changed (exit 0)', () => {
    const run = dsomm(['diff', '--meta', META, file('progress-old.yaml'), file('progress-new.yaml')]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.lines, [
      'Team A',
      '  "Defined build process" (Build, level 1): raised from Started to Partly implemented on 2026-04-14.',
      'Team B',
      '  "Defined build process" (Build, level 1): lowered from Fully implemented to Started.',
      'Team C',
      '  "Defined deployment process" (Deployment, level 1): raised from Not assessed to Fully implemented on 2026-06-02.',
      '3 changes for 3 teams.',
    ]);
  });

  it('says which evidence was added, changed and removed', () => {
    const run = dsomm(['diff', '--meta', META, file('evidence-old.yaml'), file('evidence-new.yaml')]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.lines, [
      'Added "Secret scan report" for Team A, recorded 2026-06-03, on "Test for stored secrets" (Static depth, level 1).',
      'Changed "Pipeline as code" for Team A, Team C, recorded 2026-05-20, on "Defined build process" (Build, level 1): teams.',
      'Removed "Old build log" for Team B, recorded 2026-05-01, from "Defined build process" (Build, level 1).',
      '3 evidence entries: 1 added, 1 changed, 1 removed.',
    ]);
  });

  it('says so when nothing changed', () => {
    const run = dsomm(['diff', '--meta', META, file('progress-new.yaml'), file('progress-new.yaml')]);
    assert.equal(run.code, 0);
    assert.deepEqual(run.lines, ['No progress changed.']);
  });

  it('lists the warnings of the files on standard error, keeping the output clean', () => {
    const run = dsomm(['diff', '--meta', META, file('progress-old.yaml'), file('progress-unknown.yaml')]);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^cli\/test\/fixtures\/files\/progress-unknown\.yaml:5: warning: Team "Team Z"/);
    assert.ok(run.lines.includes('Team Z'));
    assert.ok(
      run.lines.includes(
        '  activity 99999999-0000-4000-8000-000000000000 (not in the model): raised from Not assessed to Started on 2026-03-02.',
      ),
    );
  });

  it('refuses a file with errors (exit 1), naming file and line on standard error', () => {
    const run = dsomm(['diff', '--meta', META, file('progress-old.yaml'), file('progress-bad-date.yaml')]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^cli\/test\/fixtures\/files\/progress-bad-date\.yaml:4: error: /);
    assert.match(run.stderr, /dsomm diff: 2 errors; fix the errors first\.\n$/);
  });

  it('cannot compare a progress file with an evidence file, or fewer than two files (exit 2)', () => {
    const mixed = dsomm(['diff', '--meta', META, file('progress-old.yaml'), file('evidence-new.yaml')]);
    assert.equal(mixed.code, 2);
    assert.match(
      mixed.stderr,
      /is a progress file and .*evidence-new\.yaml an evidence file; compare two progress files or two evidence files/,
    );
    assert.equal(dsomm(['diff', '--meta', META, file('progress-old.yaml')]).code, 2);
    assert.equal(dsomm(['diff', '--meta', META, file('progress-old.yaml'), 'missing.yaml']).code, 2);
  });
});
