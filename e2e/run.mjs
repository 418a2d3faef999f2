// Runs every e2e/*.e2e.mjs file against the production build (run `npm run build` first).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { DIST } from './static-server.mjs';

if (!process.env.E2E_BASE_URL && !existsSync(`${DIST}index.html`)) {
  console.error(`No production build in ${DIST}; run "npm run build" first.`);
  process.exit(2);
}
// A file may be named by a part of its name or by its path (`e2e/smoke.e2e.mjs`).
const only = process.argv.slice(2).map((name) => name.replace(/^(\.\/)?e2e\//, ''));
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => `e2e/${f}`);
// Given no file, node --test would run every test it finds elsewhere (the CLI's) and pass.
if (files.length === 0) {
  console.error(`No e2e file matches ${only.map((o) => `"${o}"`).join(', ')}; the files are e2e/*.e2e.mjs.`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
