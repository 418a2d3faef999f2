// Teams: rename and delete a team; every other team's progress stays exactly as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { heatmapLabels, importFile, MODEL_UUIDS as UUIDS, yamlFile } from './steps.mjs';

const progress = [
  'progress:',
  ...UUIDS.slice(0, 30).flatMap((uuid, i) => [
    `  ${uuid}:`,
    '    Team A:',
    '      Started: 2026-01-05',
    ...(i % 4 === 0 ? ['    Team B:', '      Partly implemented: 2026-02-01', '      Started: 2026-01-01'] : []),
    ...(i % 3 === 0 ? ['    Team C:', '      Fully implemented: 2026-04-01', '      Started: 2026-03-01'] : []),
  ]),
  '',
].join('\n');
const RENAMED = 'Team Ä: "quoted", O\'Neil';

/** The heatmap's sector labels for one team: what a user compares. */
function heatmapOf(page, url, team) {
  // A comma in a team name is written `\,` in the URL (see team-selection-params.ts).
  const param = team.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
  return heatmapLabels(page, url, `?teams=${encodeURIComponent(param)}`);
}

async function summaryOf(page, name) {
  await page.locator('app-team-list button.name', { hasText: name }).first().click();
  const panel = page.locator('app-team-summary-panel');
  await panel.getByRole('heading', { name: `Team: ${name}` }).waitFor();
  return panel.locator('table').evaluateAll((tables) => tables.map((t) => t.innerText));
}

describe('teams', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it("rename and delete a team; the other teams' progress is untouched", async () => {
    const { page, url } = app;
    await importFile(page, url, yamlFile('team-progress.yaml', progress));

    const teamCHeatmap = await heatmapOf(page, url, 'Team C');
    const teamAHeatmap = await heatmapOf(page, url, 'Team A');
    assert.ok(teamCHeatmap.some((label) => /: [1-9]\d*%/.test(label)));

    await page.goto(`${url}/teams`);
    const teamA = await summaryOf(page, 'Team A');
    const teamC = await summaryOf(page, 'Team C');

    await page.getByRole('button', { name: 'Rename Team A' }).click();
    const nameField = page.getByRole('textbox', { name: 'Team name' });
    await nameField.fill(RENAMED);
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.locator('app-team-list button.name', { hasText: RENAMED }).waitFor();
    assert.deepEqual(await summaryOf(page, RENAMED), teamA);

    await page.getByRole('button', { name: 'Delete Team B' }).click();
    const dialog = page.getByRole('alertdialog');
    assert.match(await dialog.innerText(), /Its progress on 8 activities \(16 stage dates\) is deleted\./);
    assert.match(await dialog.innerText(), /Every other team's progress and evidence stays exactly as it is/);
    await dialog.getByRole('button', { name: 'Delete team' }).click();
    await page.locator('app-team-list li[data-team="Team B"]').waitFor({ state: 'detached' });

    assert.deepEqual(await summaryOf(page, 'Team C'), teamC);
    await page.reload();
    await page.locator('app-team-list').waitFor();
    const teams = await page.locator('app-team-list button.name').allInnerTexts();
    assert.deepEqual(
      teams.map((t) => t.trim()),
      [RENAMED, 'Team C', 'Team D'],
    );
    assert.deepEqual(await summaryOf(page, 'Team C'), teamC);
    assert.deepEqual(await summaryOf(page, RENAMED), teamA);
    assert.deepEqual(await heatmapOf(page, url, 'Team C'), teamCHeatmap);
    assert.deepEqual(await heatmapOf(page, url, RENAMED), teamAHeatmap);
    assert.deepEqual(app.errors, []);
  });
});
