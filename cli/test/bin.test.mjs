import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dsomm, ROOT, tempDir } from './support.mjs';

describe('the dsomm bin', () => {
  it("bundles the command line with the app's domain code on first run, and again only when a source changes", (t) => {
    const cache = tempDir(t);
    const env = { DSOMM_CLI_CACHE: cache };
    assert.equal(dsomm(['help'], { env }).code, 0);
    const bundle = join(cache, 'dsomm.mjs');
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(cache, 'inputs.json'), 'utf8'));
    // The very files the app runs: one implementation of loading, parsing, scoring and layout.
    for (const source of [
      'src/app/domain/loading/load-dsomm.ts',
      'src/app/domain/progress/parse-progress-file.ts',
      'src/app/domain/evidence/parse-evidence-file.ts',
      'src/app/domain/scoring/score-assessment.ts',
      'src/app/domain/heatmap/sunburst-layout.ts',
      'src/app/domain/heatmap/heatmap-svg.ts',
    ]) {
      assert.ok(inputs.includes(source), `${source} is bundled`);
    }

    assert.equal(dsomm(['help'], { env }).code, 0);
    assert.equal(statSync(bundle).mtimeMs, built, 'not rebuilt when nothing changed');

    const source = join(ROOT, 'src/app/domain/common/count-of.ts');
    // As saving the file would: its modification time becomes now, later than the bundle's.
    const now = new Date();
    assert.ok(now.getTime() > built);
    utimesSync(source, now, now);
    assert.equal(dsomm(['help'], { env }).code, 0);
    assert.ok(statSync(bundle).mtimeMs > built, 'rebuilt after a source changed');
  });

  it('runs through npx from the checkout (package.json "bin")', () => {
    const run = spawnSync('npx', ['--no', '--', 'dsomm', 'help', 'validate'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: dsomm validate/);
  });
});
