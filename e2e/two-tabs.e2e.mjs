// Two tabs of the app editing at the same time, and a tab that crashes: no edit is lost. Both tabs'
// edits are kept, in both tabs and after a reload (each tab merges the other's saves, entry by entry).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { allSaved, clearBrowserData, download, setStage as setStageOf, stageOf as stageShown } from './steps.mjs';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const ACTIVITY = 'Defined build process';

const setStage = (page, team, stage) => setStageOf(page, team, ACTIVITY, stage);
const stageOf = (page, team) => stageShown(page, team, ACTIVITY);

/** Adds a team on the teams page (open). */
async function addTeam(page, name) {
  await page.getByRole('textbox', { name: 'New team' }).fill(name);
  await page.getByRole('button', { name: 'Add team' }).click();
  await teamShown(page, name).waitFor();
}
const teamShown = (page, name) => page.locator('app-team-list button.name', { hasText: name });
const teamsShown = (page) => page.locator('app-team-list button.name').allInnerTexts();

/** Reloads each page: its team list shows every one of `names`. */
async function showAfterReload(pages, names) {
  for (const page of pages) {
    await page.reload();
    for (const name of names) await teamShown(page, name).waitFor();
  }
}

async function openTeams(page, url) {
  await page.goto(`${url}/teams`);
  await page.getByRole('textbox', { name: 'New team' }).waitFor();
}

describe('two tabs', () => {
  let app;
  // Without the service worker, so that a test can hold back a tab's served files (page.route does
  // not see what a service worker answers).
  before(async () => (app = await openApp({ serviceWorkers: 'block' })));
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
    // Each tab shows the other's edit once it has taken in the other's save, and has stored both.
    for (const page of [first, second]) {
      await page
        .getByRole('combobox', { name: `Stage of Team A for ${ACTIVITY}` })
        .filter({ hasText: 'Fully implemented' })
        .waitFor();
      await page
        .getByRole('combobox', { name: `Stage of Team C for ${ACTIVITY}` })
        .filter({ hasText: 'Partly implemented' })
        .waitFor();
      await allSaved(page);
    }
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

  it('two tabs each adding a team within a second keep both teams, also after a reload', async () => {
    const first = app.page;
    const second = await app.context.newPage();
    // The second tab hears of other tabs' saves a second late (a busy tab, a slow machine), so that
    // it adds its team before it has taken in the first tab's.
    await second.addInitScript(() => {
      const Channel = window.BroadcastChannel;
      window.BroadcastChannel = class extends Channel {
        set onmessage(handler) {
          super.onmessage = (event) => setTimeout(() => handler(event), 1000);
        }
      };
    });
    await Promise.all([openTeams(first, app.url), openTeams(second, app.url)]);
    await addTeam(first, 'Team X');
    await first.locator('app-save-status').getByText('All changes saved').waitFor();
    await addTeam(second, 'Team Y');
    for (const page of [first, second]) for (const name of ['Team X', 'Team Y']) await teamShown(page, name).waitFor();
    await showAfterReload([first, second], ['Team X', 'Team Y']);
    await second.close();
  });

  it('a save made while another tab is still loading shows there, and that tab writes nothing older over it', async () => {
    const first = app.page;
    await openTeams(first, app.url);
    const second = await app.context.newPage();
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await second.route('**/assets/YAML/meta.yaml', async (route) => (await held, route.continue()));
    await second.goto(`${app.url}/teams`);
    await second.getByRole('progressbar', { name: 'Loading the model' }).waitFor();
    // The second tab has read the browser's storage and waits for the served files.
    await second.waitForTimeout(300);
    await addTeam(first, 'Team L');
    release();
    await teamShown(second, 'Team L').waitFor();
    await addTeam(second, 'Team M');
    await teamShown(first, 'Team M').waitFor();
    await showAfterReload([first, second], ['Team L', 'Team M']);
    await second.close();
  });

  it('a reset in one tab is not undone by an edit in another: that tab reloads the served files and says so', async () => {
    const first = app.page;
    const second = await app.context.newPage();
    await openTeams(second, app.url);
    await teamShown(second, 'Team X').waitFor();
    await first.goto(`${app.url}/data`);
    await clearBrowserData(first);
    const notice = second.getByRole('status').filter({ hasText: 'The browser data was reset in another tab' });
    await notice.waitFor();
    await addTeam(second, 'Team R');
    await first.goto(`${app.url}/teams`);
    await teamShown(first, 'Team R').waitFor();
    for (const page of [first, second]) {
      await page.reload();
      await teamShown(page, 'Team R').waitFor();
      const names = (await teamsShown(page)).join(' ');
      assert.doesNotMatch(names, /Team [XYLM]\b/, 'what was reset stays gone');
    }
    await notice.waitFor({ state: 'detached' });
    await second.close();
  });
});
