// The import worker failing or stuck, in Chromium itself (the worker's script replaced on the way):
// a worker that never answers is ended by Cancel (from the keyboard), which says nothing was
// imported and leaves the stored data as it was; a worker that fails mid-import (an `error` event)
// is replaced by the page, which reads the file again, says so, and imports it. (A worker that runs
// out of memory takes the whole tab down in Chromium 156: there is no event to act on.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { importFile, MODEL_UUIDS, previewShown, storedRecord, yamlFile } from './steps.mjs';

const WORKER = /\/worker-\w+\.js$/;
const CANCELLED = 'Import cancelled: nothing was imported, and the data stored in this browser is unchanged.';
const progress = (name, team) =>
  yamlFile(name, `progress:\n  ${MODEL_UUIDS[1]}:\n    ${team}:\n      Started: 2026-01-05\n`);

describe('an import whose worker fails or never answers', () => {
  let app;
  // A routed request is one the service worker does not answer.
  before(async () => (app = await openApp({ serviceWorkers: 'block' })));
  after(async () => app?.close());

  it('Cancel ends a worker that never answers; the stored data is unchanged and the next import works', async () => {
    const { page, url } = app;
    await importFile(page, url, progress('first.yaml', 'Team A'));
    const stored = await storedRecord(page);
    assert.ok(stored, 'the first import is stored');

    await app.context.route(WORKER, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }),
    );
    await page.goto(`${url}/data`);
    await page.locator('app-import-panel input[type=file]').setInputFiles(progress('stuck.yaml', 'Team B'));
    await page.getByText('Reading stuck.yaml…').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: CANCELLED }).waitFor();
    assert.equal(await page.getByText('Reading stuck.yaml…').count(), 0);
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(focused, 'Choose a file', 'the focus goes on to choosing another file');
    assert.deepEqual(await storedRecord(page), stored);

    await app.context.unrouteAll();
    await page.locator('app-import-panel input[type=file]').setInputFiles(progress('again.yaml', 'Team B'));
    await previewShown(page);
    await page.getByRole('button', { name: 'Merge the file' }).click();
    await page.getByText(/Imported again\.yaml/).waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('a worker failing mid-import: the page reads the file again, says so, and imports it', async () => {
    const { page, url } = app;
    // The real worker, failing once the file is read: on the preview, before its own listener runs.
    await app.context.route(WORKER, async (route) => {
      const real = await (await route.fetch()).text();
      const fail = "if (event.data.call === 'preview') throw new RangeError('Out of memory (e2e)');";
      await route.fulfill({
        contentType: 'text/javascript',
        body: `self.addEventListener('message', (event) => { ${fail} });\n${real}`,
      });
    });
    await page.goto(`${url}/data`);
    await page.locator('app-import-panel input[type=file]').setInputFiles(progress('failing.yaml', 'Team C'));
    await previewShown(page);
    await page.getByRole('button', { name: 'Merge the file' }).click();
    const status = page.getByRole('status').filter({ hasText: /Imported failing\.yaml/ });
    await status.waitFor();
    assert.match(
      await status.textContent(),
      /The import's background reader stopped \(Uncaught RangeError: Out of memory \(e2e\)\); the import goes on in this page/,
    );
    await app.context.unrouteAll();
    assert.deepEqual(app.errors, []);
  });
});
