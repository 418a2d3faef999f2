// Runs every e2e/*.e2e.mjs file against the production build (run `npm run build` first).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { DIST } from './static-server.mjs';

if (!process.env.E2E_BASE_URL && !existsSync(`${DIST}index.html`)) {
  console.error(`No production build in ${DIST}; run "npm run build" first.`);
  process.exit(2);
}
const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => `e2e/${f}`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
