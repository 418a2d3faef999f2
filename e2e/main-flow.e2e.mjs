// The main flow, as a team would go through it: pick the team on the heatmap, open a sector by
// keyboard, set stages and add evidence, download a backup and the progress file, clear the
// browser, import the backup, and find everything as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import {
  clearBrowserData,
  download,
  focusedLabel,
  heatmapLabels,
  importFile,
  openFromNav,
  sectorLabels,
  setStage,
  stageOf,
  tabToChart,
  yamlFile,
} from './steps.mjs';

const TEAM = 'Team B';
/** Two activities of the Deployment sector at level 1, and the stages set for them. */
const AUTOMATED = { name: 'Automated deployment process', uuid: '67e1a9aa-9fbf-4ec5-a2de-400f01960c51' };
const DEFINED = { name: 'Defined deployment process', uuid: '74938a3f-1269-49b9-9d0f-c43a79a1985a' };
const EVIDENCE = 'Deployment runbook in the wiki';

describe('the main flow', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('assess, back up, clear, restore: the same heatmap, stages and evidence', async () => {
    const { page, url } = app;
    await page.goto(`${url}/`);
    await page.locator('path.sector').first().waitFor();

    // The team, chosen with the chips above the chart; the choice goes into the URL.
    await page.getByRole('listbox', { name: 'Teams' }).getByRole('option', { name: TEAM, exact: true }).click();
    await page.waitForURL(/\?teams=Team%20B$/);

    // The Deployment sector of level 1, by keyboard: the chart is one tab stop, arrows move, Enter opens.
    await tabToChart(page);
    assert.match(await focusedLabel(page), /^Build \(Build and Deployment\), level 1: 0%/);
    await page.keyboard.press('ArrowRight');
    assert.match(await focusedLabel(page), /^Deployment \(Build and Deployment\), level 1: 0%/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Deployment\s+level 1$/ }).waitFor();

    await setStage(page, TEAM, AUTOMATED.name, 'Fully implemented');
    await setStage(page, TEAM, DEFINED.name, 'Partly implemented');
    assert.match(await stageOf(page, TEAM, AUTOMATED.name), /Fully implemented/);
    assert.match(await stageOf(page, TEAM, DEFINED.name), /Partly implemented/);

    await page.getByRole('button', { name: `Add evidence for ${DEFINED.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Add evidence' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(EVIDENCE);
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Every step of a release, reviewed each quarter.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `Evidence for ${DEFINED.name}: 1` }).waitFor();
    await page.locator('app-evidence-list').getByText(EVIDENCE).waitFor();

    const assessed = await sectorLabels(page);
    assert.ok(
      assessed.includes('Deployment (Build and Deployment), level 1: 50%, done: 1 / 3'),
      'the stages show on the heatmap at once',
    );
    await page.getByRole('listbox', { name: 'Teams' }).getByRole('option', { name: 'All teams' }).click();
    await page.waitForURL((address) => !address.search.includes('teams='));
    // The URL changes a task before the chart renders the teams it names.
    await page.waitForFunction(
      (before) =>
        [...document.querySelectorAll('path.sector')].map((p) => p.getAttribute('aria-label')).join('\n') !== before,
      assessed.join('\n'),
    );
    const everyone = await sectorLabels(page);
    assert.notDeepEqual(everyone, assessed);

    // The data centre (through the navigation, as a user goes there): the backup and the progress
    // file, with today's date (the browser's day) on each stage reached.
    await openFromNav(page, 'Data centre');
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    const backup = await download(page, 'Full backup');
    assert.match(backup.name, /^dsomm-studio-backup-\d{4}-\d{2}-\d{2}\.yaml$/);
    assert.match(backup.text, /^dsommStudioBackup: 1$/m);
    const progress = await download(page, 'team-progress.yaml');
    assert.equal(progress.name, 'team-progress.yaml');
    for (const [activity, stage] of [
      [AUTOMATED, 'Fully implemented'],
      [DEFINED, 'Partly implemented'],
    ]) {
      const entry = new RegExp(`${activity.uuid}:.*\\n\\s+${TEAM}:\\n(\\s+[^\\n]+\\n)*?\\s+${stage}: (\\S+)`);
      const found = progress.text.match(entry);
      assert.ok(found, `team-progress.yaml has ${TEAM}'s ${stage} on ${activity.name}:\n${progress.text}`);
      assert.equal(found[2], today);
    }

    // Clearing the browser starts again from the served files: nothing done anywhere.
    await clearBrowserData(page);
    const cleared = await heatmapLabels(page, url);
    assert.equal(cleared.length, everyone.length);
    assert.ok(
      cleared.every((label) => /: 0%, done: 0 \/ \d+$|no activities/.test(label)),
      `every sector back at 0%:\n${cleared.filter((label) => !/: 0%/.test(label)).join('\n')}`,
    );

    // The backup, chosen with the file picker, brings it all back.
    await importFile(page, url, yamlFile(backup.name, backup.text), { mode: 'replace' });
    assert.deepEqual(await heatmapLabels(page, url, '?teams=Team%20B'), assessed);
    assert.deepEqual(await heatmapLabels(page, url), everyone);

    await page.goto(`${url}/activity/${AUTOMATED.uuid}`);
    assert.match(await stageOf(page, TEAM, AUTOMATED.name), /Fully implemented/);
    await page.goto(`${url}/activity/${DEFINED.uuid}`);
    assert.match(await stageOf(page, TEAM, DEFINED.name), /Partly implemented/);
    const evidence = page.locator('app-evidence-list li.entry').filter({ hasText: EVIDENCE });
    await evidence.waitFor();
    assert.match(await evidence.innerText(), new RegExp(TEAM));
    assert.deepEqual(app.errors, []);
  });
});
