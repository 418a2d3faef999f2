// A served file that never answers (the server accepts the connection and stalls): after a time
// limit the app uses the copy the service worker saved at an earlier visit, and says so. The limit
// is on silence: a file that keeps arriving, slowly, is waited for.
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
/** 42 lines, 3 a second: 14 s from the first byte to the last, never a second without one. */
const SLOW_PROGRESS = [
  ...PROGRESS.trimEnd().split('\n'),
  ...Array.from({ length: 34 }, (_, i) => `# still arriving ${i + 1}`),
  `  ${MODEL_UUIDS[2]}:`,
  '    Team C:',
  '      Started: 2026-01-07',
  '',
].join('\n');

describe('a served file that never answers', () => {
  let app;
  /** How the next request is answered: at once, never, or 3 lines a second (14 s in all). */
  let answer = 'at once';
  const stalled = [];
  before(
    async () =>
      (app = await openApp({
        handlers: {
          '/assets/YAML/team-progress.yaml': (req, res) => {
            if (answer === 'never') return void stalled.push(res); // accepted, never answered
            res.writeHead(200, { 'content-type': 'application/yaml; charset=utf-8', 'cache-control': 'no-cache' });
            if (answer === 'at once') return void res.end(PROGRESS);
            const lines = SLOW_PROGRESS.split(/(?<=\n)/);
            const timer = setInterval(() => {
              if (lines.length === 0) return void (clearInterval(timer), res.end());
              res.write(lines.shift());
            }, 1000 / 3);
            res.on('close', () => clearInterval(timer));
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

    answer = 'never';
    const started = Date.now();
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Showing a saved copy of team-progress.yaml' });
    await notice.waitFor({ timeout: 30_000 });
    const waited = Date.now() - started;
    assert.ok(stalled.length > 0, 'the server was asked and did not answer');
    assert.ok(waited >= 9_000 && waited < 25_000, `the copy is used after the 10 s limit (${waited} ms)`);
    assert.match(await notice.textContent(), /sent nothing for 10 seconds/);
    assert.match(await notice.textContent(), /may be out of date\. Reload the page to try the server again\./);
    assert.equal(await page.getByRole('heading', { name: 'The DSOMM files could not be loaded' }).count(), 0);

    // The saved copy's progress is what the app shows.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data centre' }).click();
    await page.getByText('Progress: 2 team × activity entries').waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('waits for a file that keeps arriving for longer than the limit, and reads it, not the saved copy', async () => {
    const { page } = app;
    // The stalled request ends first: Chromium holds a second request of the same address while one
    // is in flight (its cache lock, up to 20 s), which is not the server being slow.
    for (const res of stalled.splice(0)) res.destroy();
    answer = 'slowly';
    const started = Date.now();
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data centre' }).click();
    await page.getByText('Progress: 3 team × activity entries').waitFor({ timeout: 40_000 });
    const waited = Date.now() - started;
    assert.ok(waited >= 13_000, `the file took longer than the 10 s limit to arrive (${waited} ms)`);
    assert.equal(await page.getByText('Showing a saved copy').count(), 0, 'no saved copy was used');
    assert.deepEqual(app.errors, []);
  });
});
