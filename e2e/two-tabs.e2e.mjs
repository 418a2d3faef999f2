// Two tabs of the app editing at the same time, and a tab that crashes: no edit is lost. Both tabs'
// edits are kept, in both tabs and after a reload (each tab merges the other's saves, entry by entry).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { download, setStage as setStageOf, stageOf as stageShown } from './steps.mjs';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const ACTIVITY = 'Defined build process';

const setStage = (page, team, stage) => setStageOf(page, team, ACTIVITY, stage);
const stageOf = (page, team) => stageShown(page, team, ACTIVITY);

describe('two tabs', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('editing different teams at once keeps both edits', async () => {
    const first = app.page;
    const second = await app.context.newPage();
    const errors = [];
    second.on('pageerror', (error) => errors.push(String(error)));
    for (const page of [first, second]) {
      await page.goto(`${app.url}/activity/${BUILD}`);
      await page.getByRole('combobox', { name: `Stage of Team A for ${ACTIVITY}` }).waitFor();
    }
    // Both edits land within the save debounce of each other.
    await Promise.all([
      setStage(first, 'Team A', 'Fully implemented'),
      setStage(second, 'Team C', 'Partly implemented'),
    ]);
    await first.waitForTimeout(2000);

    for (const page of [first, second]) {
      assert.match(await stageOf(page, 'Team A'), /Fully implemented/);
      assert.match(await stageOf(page, 'Team C'), /Partly implemented/);
    }
    for (const page of [first, second]) {
      await page.reload();
      await page.getByRole('combobox', { name: `Stage of Team A for ${ACTIVITY}` }).waitFor();
      assert.match(await stageOf(page, 'Team A'), /Fully implemented/);
      assert.match(await stageOf(page, 'Team C'), /Partly implemented/);
    }

    // And the data centre of either tab exports both.
    await second.goto(`${app.url}/data`);
    const { text } = await download(second, 'team-progress.yaml');
    assert.match(text, /Team A:\n\s+Fully implemented: \d{4}-\d{2}-\d{2}/);
    assert.match(text, /Team C:\n\s+Partly implemented: \d{4}-\d{2}-\d{2}/);
    assert.deepEqual([...app.errors, ...errors], []);
  });

  it('a stage change survives the tab crashing a moment later, and the toolbar says when it is saved', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.url}/activity/${BUILD}`);
    await page.getByRole('combobox', { name: `Stage of Team B for ${ACTIVITY}` }).waitFor();
    await setStage(page, 'Team B', 'Started');
    // The renderer process is killed, as by the OS or a crash: no unload event, no timer runs again.
    const cdp = await app.context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    cdp.send('Page.crash').catch(() => undefined);
    await crashed;

    const reopened = await app.context.newPage();
    await reopened.goto(`${app.url}/activity/${BUILD}`);
    await reopened.getByRole('combobox', { name: `Stage of Team B for ${ACTIVITY}` }).waitFor();
    assert.match(await stageOf(reopened, 'Team B'), /Started/);
    const shown = reopened.locator('app-save-status [role="status"]');
    await setStage(reopened, 'Team B', 'Partly implemented');
    await shown.filter({ hasText: 'All changes saved' }).waitFor();
    await reopened.close();
  });
});
