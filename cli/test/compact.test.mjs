import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dsomm, file, FIXTURES, tempDir } from './support.mjs';

/** The file's length and the SHA-256 of each MiB of it, as the app checks them. */
const proof = (path) => {
  const bytes = readFileSync(path);
  const blocks = [];
  for (let at = 0; at < bytes.length; at += 1 << 20)
    blocks.push(
      createHash('sha256')
        .update(bytes.subarray(at, at + (1 << 20)))
        .digest('hex'),
    );
  return { size: bytes.length, blocks };
};
const proofOf = (form) => ({ size: form.size, blocks: form.blocks });

describe('dsomm compact', () => {
  it("writes the compact form beside meta.yaml's progress file, of its bytes (exit 0)", (t) => {
    const dir = tempDir(t);
    cpSync(join(FIXTURES, 'model'), dir, { recursive: true });
    const run = dsomm(['compact'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(run.lines, [
      'team-progress.yaml: wrote team-progress.compact.json (1 kB; 2 teams, 2 activities).',
    ]);
    const form = JSON.parse(readFileSync(join(dir, 'team-progress.compact.json'), 'utf8'));
    assert.equal(form.format, 'dsomm-compact-progress-2');
    assert.deepEqual(proofOf(form), proof(join(dir, 'team-progress.yaml')));
    assert.deepEqual(form.teams.toSorted(), ['Team A', 'Team B']);
  });

  it('proves a file of several MiB by the SHA-256 of each MiB and its length', (t) => {
    const dir = tempDir(t);
    const teams = Array.from({ length: 60_000 }, (_, i) => `    Team ${i}:\n      Started: 2026-01-10\n`);
    writeFileSync(
      join(dir, 'team-progress.yaml'),
      `progress:\n  f6f7737f-25a9-4317-8de2-09bf59f29b5b:\n${teams.join('')}`,
    );
    assert.equal(dsomm(['compact', 'team-progress.yaml'], { cwd: dir }).code, 0);
    const form = JSON.parse(readFileSync(join(dir, 'team-progress.compact.json'), 'utf8'));
    const expected = proof(join(dir, 'team-progress.yaml'));
    assert.equal(expected.blocks.length, 3, 'a file of 2 to 3 MiB');
    assert.deepEqual(proofOf(form), expected);
  });

  it('writes one for each file given, and replaces an older one', (t) => {
    const dir = tempDir(t);
    copyFileSync(file('progress-old.yaml'), join(dir, 'progress.yml'));
    assert.equal(dsomm(['compact', join(dir, 'progress.yml')]).code, 0);
    const before = JSON.parse(readFileSync(join(dir, 'progress.compact.json'), 'utf8'));
    copyFileSync(file('progress-new.yaml'), join(dir, 'progress.yml'));
    assert.equal(dsomm(['compact', join(dir, 'progress.yml')]).code, 0);
    const after = JSON.parse(readFileSync(join(dir, 'progress.compact.json'), 'utf8'));
    assert.notDeepEqual(proofOf(after), proofOf(before));
    assert.deepEqual(proofOf(after), proof(join(dir, 'progress.yml')));
  });

  it('removes a stale one where the file is not in the plain layout, so that the app reads the YAML', (t) => {
    const dir = tempDir(t);
    const progress = join(dir, 'team-progress.yaml');
    copyFileSync(file('progress-new.yaml'), progress);
    assert.equal(dsomm(['compact', progress]).code, 0);
    writeFileSync(progress, 'progress: {f6f7737f-25a9-4317-8de2-09bf59f29b5b: {Team A: {Started: 2026-01-10}}}\n');
    const run = dsomm(['compact', 'team-progress.yaml'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(run.lines, [
      'team-progress.yaml: not compacted (not in the plain layout the app writes): no team-progress.compact.json, the app reads the YAML.',
    ]);
    assert.equal(existsSync(join(dir, 'team-progress.compact.json')), false);
  });

  it('writes none for a file with errors, and lists them (exit 1)', (t) => {
    const dir = tempDir(t);
    copyFileSync(file('progress-bad-date.yaml'), join(dir, 'team-progress.yaml'));
    const run = dsomm(['compact', 'team-progress.yaml'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /team-progress\.yaml:\d+: error: .*YYYY-MM-DD/);
    assert.equal(existsSync(join(dir, 'team-progress.compact.json')), false);
  });
});
