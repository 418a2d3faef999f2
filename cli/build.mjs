// Bundles the command line (cli/src) and the app's domain code it imports (src/app/domain, plus
// the framework-free helpers in src/app/shared) into one ES module that Node 20 runs.
//
// Built on first run, and again whenever one of its inputs is newer than the bundle, rather than in
// an npm `prepare` script:
// - the Dockerfile runs `npm ci` before it copies the sources, so a prepare script would fail there,
//   and pipelines often install with --ignore-scripts;
// - whoever edits the domain gets the change on the next run, with no stale build to forget;
// - esbuild takes a fraction of a second, and later runs only compare the modification times of the
//   inputs recorded in the last build's metafile.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(PACKAGE_ROOT, 'cli/src/main.ts');
const BUNDLE = 'dsomm.mjs';
const INPUTS = 'inputs.json';

/**
 * The cache folder: $DSOMM_CLI_CACHE when set (tests, CI caches), else node_modules/.cache as other
 * tools use, or a temporary folder when that is read-only.
 */
function cacheDirs() {
  if (process.env.DSOMM_CLI_CACHE) return [resolve(process.env.DSOMM_CLI_CACHE)];
  const id = createHash('sha256').update(PACKAGE_ROOT).digest('hex').slice(0, 12);
  return [join(PACKAGE_ROOT, 'node_modules/.cache/dsomm-cli'), join(tmpdir(), `dsomm-cli-${id}`)];
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when the bundle in `dir` exists and none of its recorded inputs changed since it was built. */
function isFresh(dir, esbuildVersion) {
  const built = mtime(join(dir, BUNDLE));
  if (built === undefined) return false;
  let record;
  try {
    record = JSON.parse(readFileSync(join(dir, INPUTS), 'utf8'));
  } catch {
    return false;
  }
  if (record.esbuild !== esbuildVersion || record.root !== PACKAGE_ROOT) return false;
  return record.inputs.every((input) => {
    const changed = mtime(join(PACKAGE_ROOT, input));
    return changed !== undefined && changed <= built;
  });
}

async function build(dir, esbuild) {
  mkdirSync(dir, { recursive: true });
  // Written under a unique name and renamed into place, so parallel runs never read half a file.
  const temporary = join(dir, `${BUNDLE}.${process.pid}.tmp`);
  try {
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      outfile: temporary,
      absWorkingDir: PACKAGE_ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Roboto is embedded in exported heatmaps, as the app embeds it.
      loader: { '.woff2': 'dataurl' },
      sourcemap: 'inline',
      sourcesContent: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = [...Object.keys(result.metafile.inputs), 'cli/build.mjs'];
    renameSync(temporary, join(dir, BUNDLE));
    writeFileSync(join(dir, INPUTS), JSON.stringify({ esbuild: esbuild.version, root: PACKAGE_ROOT, inputs }, null, 1));
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** The path of an up-to-date bundle, building it if needed. */
export async function ensureBundle() {
  const esbuild = await import('esbuild').catch(() => {
    throw new Error('esbuild is not installed: run "npm ci" in the DSOMM Studio checkout first.');
  });
  let lastError;
  for (const dir of cacheDirs()) {
    if (isFresh(dir, esbuild.version)) return join(dir, BUNDLE);
    try {
      await build(dir, esbuild);
      return join(dir, BUNDLE);
    } catch (error) {
      // A compile error is the same in every folder; a folder we cannot write to is worth a second try.
      if (error?.errors?.length) throw new Error(error.errors.map(formatMessage).join('\n'));
      lastError = error;
    }
  }
  throw lastError;
}

function formatMessage(message) {
  const at = message.location ? `${message.location.file}:${message.location.line}: ` : '';
  return `${at}${message.text}`;
}
