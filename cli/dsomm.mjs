#!/usr/bin/env node
// `dsomm`: checks, summarises, compares and draws DSOMM progress and evidence files in CI, with the
// same domain code as the app. Run `dsomm help`. Exit codes: 0 ok, 1 problems found, 2 could not run.
import { pathToFileURL } from 'node:url';
import { ensureBundle, PACKAGE_ROOT } from './build.mjs';

let bundle;
try {
  bundle = await ensureBundle();
} catch (error) {
  process.stderr.write(`dsomm: could not build the command line: ${error?.message ?? error}\n`);
  process.exit(2);
}
process.setSourceMapsEnabled(true);
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2), { packageRoot: PACKAGE_ROOT });
