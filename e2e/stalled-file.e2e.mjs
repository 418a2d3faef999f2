// A served file that never answers (the server accepts the connection and stalls): after a time
// limit the app uses the copy the service worker saved at an earlier visit, and says so.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { MODEL_UUIDS } from './steps.mjs';

const PROGRESS = [
  'progress:',
  `  ${MODEL_UUIDS[0]}:`,
  '    Team A:',
  '      Started: 2026-01-05',
  `  ${MODEL_UUIDS[1]}:`,
  '    Team B:',
  '      Started: 2026-01-06',
  '',
].join('\n');

describe('a served file that never answers', () => {
  let app;
  let stall = false;
  const stalled = [];
  before(
    async () =>
      (app = await openApp({
        handlers: {
          '/assets/YAML/team-progress.yaml': (req, res) => {
            if (stall) return void stalled.push(res); // accepted, never answered
            res.writeHead(200, { 'content-type': 'application/yaml; charset=utf-8', 'cache-control': 'no-cache' });
            res.end(PROGRESS);
          },
        },
      })),
  );
  after(async () => {
    for (const res of stalled) res.destroy();
    await app?.close();
  });

  it('is read from the saved copy after the time limit, and the page says which file', async () => {
    const { page, url } = app;
    await page.goto(url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    // The first visit: the service worker installs and saves the files.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.waitForFunction(async () => (await caches.match('assets/YAML/team-progress.yaml')) !== undefined);

    stall = true;
    const started = Date.now();
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Showing a saved copy of team-progress.yaml' });
    await notice.waitFor({ timeout: 30_000 });
    const waited = Date.now() - started;
    assert.ok(stalled.length > 0, 'the server was asked and did not answer');
    assert.ok(waited >= 9_000 && waited < 25_000, `the copy is used after the 10 s limit (${waited} ms)`);
    assert.match(await notice.textContent(), /did not answer within 10 seconds/);
    assert.match(await notice.textContent(), /may be out of date\. Reload the page to try the server again\./);
    assert.equal(await page.getByRole('heading', { name: 'The DSOMM files could not be loaded' }).count(), 0);

    // The saved copy's progress is what the app shows.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data centre' }).click();
    await page.getByText('Progress: 2 team × activity entries').waitFor();
    assert.deepEqual(app.errors, []);
  });
});
