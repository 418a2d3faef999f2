// Two tabs of the app editing different teams at the same time: both edits are kept, in both tabs
// and after a reload (each tab merges the other's saves, newest edit per team and activity).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const ACTIVITY = 'Defined build process';

async function setStage(page, team, stage) {
  await page.getByRole('combobox', { name: `Stage of ${team} for ${ACTIVITY}` }).click();
  await page.getByRole('option', { name: stage }).click();
  await page.getByRole('option', { name: stage }).waitFor({ state: 'detached' });
}

const stageOf = (page, team) => page.getByRole('combobox', { name: `Stage of ${team} for ${ACTIVITY}` }).innerText();

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
    const [download] = await Promise.all([
      second.waitForEvent('download'),
      second.getByRole('button', { name: 'team-progress.yaml' }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(await download.path(), 'utf8');
    assert.match(text, /Team A:\n\s+Fully implemented: \d{4}-\d{2}-\d{2}/);
    assert.match(text, /Team C:\n\s+Partly implemented: \d{4}-\d{2}-\d{2}/);
    assert.deepEqual([...app.errors, ...errors], []);
  });
});
