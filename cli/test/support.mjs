// Shared set-up of the command-line tests: runs the real `dsomm` bin in a child process, as a
// pipeline would, and reports its exit code and output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'cli/dsomm.mjs');
export const FIXTURES = join(ROOT, 'cli/test/fixtures');
/** The fixtures' meta.yaml, as given on the command line from the repository root. */
export const META = 'cli/test/fixtures/model/meta.yaml';
/** A fixture file as named on the command line (and in messages) from the repository root. */
export const file = (name) => `cli/test/fixtures/files/${name}`;

/** The day the tests run the commands on (DSOMM_TODAY): the fixtures' dates are read as of it. */
export const TEST_DAY = '2026-12-05';

/** Runs `dsomm ...args` in `cwd` (default: the repository root), as of TEST_DAY unless `env` says. */
export function dsomm(args, { cwd = ROOT, env = {} } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DSOMM_TODAY: TEST_DAY, ...env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.trimEnd().split('\n'),
  };
}

/** A temporary folder, removed after the test. */
export function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'dsomm-cli-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `path` relative to `from`, with forward slashes, as the command shows it. */
export function shown(from, path) {
  return relative(from, path).split('\\').join('/');
}
