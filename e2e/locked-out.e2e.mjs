// Nothing locks the app: a backup cannot bring a custom file that breaks every start, one already in
// storage is skipped with a warning, and a start that fails for any reason still leads to the data
// centre, where the stored data can be downloaded, a custom file removed and everything reset.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { clearBrowserData, download, importFile, putStoredRecord, storedRecord, yamlFile as file } from './steps.mjs';

/** The alias "bomb" of the issue: anchors nested 60 deep, each referencing the one before 60 times. */
const BOMB = [
  'x0: &a0 {v: x}',
  ...Array.from(
    { length: 59 },
    (_, i) => `x${i + 1}: &a${i + 1} {${Array.from({ length: 60 }, (_, j) => `k${j}: *a${i}`).join(', ')}}`,
  ),
].join('\n');
const BOMB_PROBLEM = /bomb\.yaml, line 4: (Custom activity file not applied: )?The file uses YAML aliases \(\*name\)/;

/** The record with `customFiles` in place of its own, as an older version could have stored it. */
const withCustomFiles = (record, customFiles) => ({ ...record, value: { ...record.value, customFiles } });

describe('locked out', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('a backup whose custom file is an alias bomb is refused as the custom files panel refuses it; storage is unchanged', async () => {
    const { page, url } = app;
    await importFile(page, url, file('teams.yaml', 'teams: [Team A, Team B, Team C, Team D, Team E]\n'));
    const storedBefore = await storedRecord(page);
    const { text } = await download(page, 'Full backup');
    const block = BOMB.split('\n').map((line) => `      ${line}`);
    const backup = text.replace(
      /^customFiles: \[\]$/m,
      ['customFiles:', '  - name: bomb.yaml', '    text: |', ...block].join('\n'),
    );
    assert.notEqual(backup, text);

    await page.locator('app-import-panel input[type=file]').setInputFiles(file('backup.yaml', backup));
    const refusal = page.getByRole('alert').filter({ hasText: '"backup.yaml" was not imported' });
    await refusal.waitFor();
    const imported = (await refusal.locator('li').allTextContents()).map((t) => t.trim());

    await page.locator('app-custom-files-panel input[type=file]').setInputFiles(file('bomb.yaml', BOMB));
    const panel = page.getByRole('alert').filter({ hasText: '"bomb.yaml" was not added' });
    await panel.waitFor();
    const added = (await panel.locator('li').allTextContents()).map((t) => t.trim());
    assert.match(imported.join('\n'), BOMB_PROBLEM);
    assert.deepEqual(imported, added, 'the same message as the custom files panel');

    assert.deepEqual(await storedRecord(page), storedBefore, 'storage is exactly as it was');
    assert.deepEqual(app.errors, []);
  });

  it('an alias bomb already in storage is skipped with a warning at start-up, and the data centre removes it', async () => {
    const { page, url } = app;
    await page.goto(`${url}/data`);
    await page.getByRole('heading', { name: 'Download' }).waitFor();
    const record = await storedRecord(page);
    await putStoredRecord(page, withCustomFiles(record, [{ name: 'bomb.yaml', text: BOMB }]));
    await page.reload();

    const why = page.getByRole('alert', { name: 'Why bomb.yaml is not applied' });
    await why.waitFor();
    assert.match(await why.textContent(), BOMB_PROBLEM);
    await page.getByText('5 teams, 2 groups').waitFor(); // the rest of the stored data loaded
    await page.getByRole('button', { name: 'Remove bomb.yaml' }).click();
    await page.getByRole('button', { name: 'Remove file' }).click();
    await page.getByText('Removed bomb.yaml.').waitFor();
    await page.reload();
    await page.getByText('5 teams, 2 groups').waitFor();
    assert.equal(await page.getByText('bomb.yaml').count(), 0);
    assert.deepEqual((await storedRecord(page)).value.customFiles, []);
    assert.deepEqual(app.errors, []);
  });
});

describe('a start that fails', () => {
  let app;
  // meta.yaml names a model file the server does not have: the model cannot be built.
  before(
    async () =>
      (app = await openApp({
        overrides: {
          '/assets/YAML/meta.yaml': "teams: [Team A]\nteamProgressFile: p.yaml\nactivityFiles: ['default/none.yaml']\n",
        },
      })),
  );
  after(async () => app?.close());

  it('shows the error and leads to the data centre, which downloads a backup, removes a custom file and resets', async () => {
    const { page, url } = app;
    await page.goto(url);
    const failed = page.getByRole('alert').filter({ hasText: 'The DSOMM files could not be loaded' });
    await failed.waitFor();
    assert.match(await failed.textContent(), /default\/none\.yaml/);

    // What this browser held before the served files broke.
    await putStoredRecord(page, {
      schema: 1,
      savedAt: 1,
      tabId: 'earlier',
      value: {
        teams: { teams: ['Team A', 'Kept team'], groups: {} },
        teamsEdited: true,
        removedTeams: [],
        stages: [{ title: 'Started', score: 0.2, definition: 'x' }],
        stagesEdited: false,
        progress: {},
        evidence: [],
        deletedEvidence: {},
        settings: {},
        customFiles: [{ name: 'bomb.yaml', text: BOMB }],
      },
    });
    await page.reload();
    await failed.waitFor();
    await failed.getByRole('link', { name: 'data centre' }).click();
    await page.getByRole('heading', { name: 'Data centre' }).waitFor();

    const backup = await download(page, 'Full backup');
    assert.match(backup.text, /Kept team/);
    assert.match(backup.text, /name: bomb\.yaml/);

    await page.getByRole('button', { name: 'Remove bomb.yaml' }).click();
    await page.getByRole('button', { name: 'Remove file' }).click();
    await page.getByText('Removed bomb.yaml.').waitFor();
    assert.deepEqual((await storedRecord(page)).value.customFiles, []);

    await clearBrowserData(page);
    assert.equal(await storedRecord(page), undefined);
    assert.deepEqual(app.errors, []);
  });
});
