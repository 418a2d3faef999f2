// One word per state on every page: the stages' titles, "Not assessed" and "Not applicable", never
// "Not started" or "n/a"; "done" is explained where a summary counts it; the ISO date format is
// used wherever dates are shown once chosen; Settings > Model names the DSOMM release it follows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { MODEL_UUIDS, setStage } from './steps.mjs';

const [BUILD] = MODEL_UUIDS;
const progressFile = [
  'progress:',
  `  ${BUILD}:`,
  '    Team A:',
  '      Fully implemented: 2026-03-01',
  '      Started: 2026-01-05',
  '    Team C:',
  "      'Not applicable: bought as a service': 2026-02-20",
  ...MODEL_UUIDS.slice(1, 6).flatMap((uuid) => [`  ${uuid}:`, '    Team A:', '      Started: 2026-01-05']),
  '',
].join('\n');
const PAGES = [
  '/heatmap?sector=Build&level=1',
  '/matrix',
  `/activity/${BUILD}`,
  '/compare?compare=team:Team%20A&compare=team:Team%20B&compare=team:Team%20C',
  '/report',
  '/roadmap?team=Team%20B',
  '/mapping?view=controls',
  '/history',
  '/teams',
];

/** The page's visible text once its main heading is there. */
async function pageText(page, url, path) {
  await page.goto(`${url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(500);
  return page.locator('main, app-root').first().innerText();
}

describe('words', () => {
  let app;
  before(async () => (app = await openApp({ overrides: { '/assets/YAML/team-progress.yaml': progressFile } })));
  after(async () => app?.close());

  it('names each state one way on every page, and explains "done"', async () => {
    const { page, url } = app;
    for (const path of PAGES) {
      const text = await pageText(page, url, path);
      assert.doesNotMatch(text, /not started/i, `${path} says "not started"`);
      assert.doesNotMatch(text, /\bn\/a\b/i, `${path} abbreviates not applicable`);
    }
    // The same states in the same words: heatmap panel, compare table, report.
    await page.goto(`${url}/heatmap?sector=Build&level=1`);
    const select = (team) => page.getByRole('combobox', { name: `Stage of ${team} for Defined build process` });
    assert.equal((await select('Team A').innerText()).trim(), 'Fully implemented');
    assert.equal((await select('Team B').innerText()).trim(), 'Not assessed');
    assert.match((await select('Team C').innerText()).trim(), /^Not applicable: bought as a service/);
    await page
      .getByText(/^Done: at Fully implemented \(the 100% stage\) for every selected team it applies to/)
      .first()
      .waitFor();

    await page.goto(`${url}${PAGES[3]}`);
    const row = page.getByRole('row', { name: /Defined build process/ });
    await row.getByRole('cell').first().waitFor();
    assert.deepEqual(
      (await row.getByRole('cell').allInnerTexts()).slice(1).map((cell) => cell.trim()),
      ['Fully implemented', 'Not assessed', 'Not applicable'],
    );

    await page.goto(`${url}/report`);
    await page.getByText(/^Done: at Fully implemented \(the 100% stage\)/).waitFor();
  });

  it('shows every date as YYYY-MM-DD once the ISO format is chosen', async () => {
    const { page, url } = app;
    await page.goto(`${url}/settings`);
    await page.getByRole('combobox', { name: 'Date format' }).click();
    await page.getByRole('option', { name: 'ISO 8601, as in the files (2026-03-02)' }).click();
    await page.getByRole('option').first().waitFor({ state: 'detached' });

    await page.goto(`${url}/heatmap?sector=Build&level=1`);
    await page.getByText('Since 2026-03-01').first().waitFor();
    await page.goto(`${url}/report`);
    await page.getByText('Team A: since 2026-03-01').first().waitFor();
    await page.goto(`${url}/history`);
    await page
      .getByText(/As of 20\d\d-\d\d-\d\d/)
      .first()
      .waitFor();
    await page.goto(`${url}/teams`);
    await page.getByText(/Last change: 2026-03-01/).waitFor();
    // A stage set today is dated today, in the same format.
    await page.goto(`${url}/activity/${BUILD}`);
    await setStage(page, 'Team B', 'Defined build process', 'Started');
    await page
      .getByText(/^Since \d{4}-\d{2}-\d{2}$/)
      .first()
      .waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('Settings > Model names the DSOMM release the model follows and its source', async () => {
    const { page, url } = app;
    await page.goto(`${url}/settings`);
    const model = page.getByRole('region', { name: 'Model' }).or(page.locator('app-model-info'));
    await model.getByText('OWASP DevSecOps Maturity Model 4.3.1').waitFor();
    const licence = model.getByRole('link', { name: 'CC BY-SA 4.0' });
    assert.equal(await licence.getAttribute('href'), 'https://creativecommons.org/licenses/by-sa/4.0/');
    assert.equal(
      await model.getByRole('link', { name: 'OWASP DevSecOps Maturity Model (DSOMM)' }).getAttribute('href'),
      'https://dsomm.owasp.org/',
    );
  });
});
