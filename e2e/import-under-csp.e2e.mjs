// The import worker under the Content-Security-Policy nginx sends (nginx/security-headers.conf,
// put on every response here, as the e2e server sends none): the worker starts and reads the file
// (no fallback to the page), a refusal still names the file and the line, and nothing is blocked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { importWorker, MODEL_UUIDS, previewShown, workerMarks, yamlFile } from './steps.mjs';

const CSP = /Content-Security-Policy "([^"]+)"/.exec(
  readFileSync(new URL('../nginx/security-headers.conf', import.meta.url), 'utf8'),
)[1];

describe('the import worker under the CSP', () => {
  let app;
  const blocked = [];
  before(async () => {
    // Requests a service worker answers are not routed: without it, every response gets the policy.
    app = await openApp({ serviceWorkers: 'block' });
    await app.context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    app.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) blocked.push(message.text());
    });
  });
  after(async () => app?.close());

  it('reads a file in the worker, refuses a broken one naming file and line, previews a good one', async () => {
    assert.match(CSP, /worker-src 'self'/);
    const { page, url } = app;
    await page.goto(`${url}/data`);
    const worker = importWorker(page);
    const input = page.locator('app-import-panel input[type=file]');
    await input.setInputFiles(
      yamlFile('late.yaml', `progress:\n  ${MODEL_UUIDS[0]}:\n    Team A:\n      Started: soon\n`),
    );
    const alert = page.getByRole('alert').filter({ hasText: 'late.yaml' });
    assert.match(await alert.textContent(), /late\.yaml, line 4: .*expected a date written YYYY-MM-DD/);

    await input.setInputFiles(
      yamlFile('good.yaml', `progress:\n  ${MODEL_UUIDS[0]}:\n    Team A:\n      Started: 2026-01-05\n`),
    );
    await previewShown(page);
    assert.equal(await workerMarks(await worker, 'dsomm:import-read'), 2, 'both read in the worker');
    assert.equal(await workerMarks(await worker, 'dsomm:import-preview'), 1);
    assert.deepEqual(blocked, []);
    assert.deepEqual(app.errors, []);
  });
});
