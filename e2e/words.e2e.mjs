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

// One activity, one reading on every page: a stage older than the review interval is "Due for
// review", a mark is "Not applicable", a stage dated later is "<stage> from <day>", wherever the
// activity's state for a team is shown (issue "One status, one truth").
const walkFile = [
  'progress:',
  `  ${BUILD}:`,
  '    Team A:',
  '      Partly implemented: 2020-01-10',
  '    Team B:',
  "      'Not applicable: bought as a service': 2026-02-20",
  '    Team C:',
  '      Started: 2026-01-05',
  '      Fully implemented: 2999-01-15',
  '',
].join('\n');

describe('one activity, one reading', () => {
  let app;
  before(async () => (app = await openApp({ overrides: { '/assets/YAML/team-progress.yaml': walkFile } })));
  after(async () => app?.close());

  it('says due for review, not applicable and the scheduled stage alike on every page', async () => {
    const { page, url } = app;
    const NAME = 'Defined build process';
    const hint = (team) =>
      page
        .locator('app-stage-control')
        .filter({ has: page.getByRole('combobox', { name: `Stage of ${team} for ${NAME}` }) })
        .locator('.hint')
        .innerText();

    // The activity page: the reading every other page must agree with.
    await page.goto(`${url}/activity/${BUILD}`);
    await page.getByRole('combobox', { name: `Stage of Team A for ${NAME}` }).waitFor();
    assert.match(await hint('Team A'), /^Due for review · Since /);
    assert.match(
      (await page.getByRole('combobox', { name: `Stage of Team B for ${NAME}` }).innerText()).trim(),
      /^Not applicable: bought as a service/,
    );
    const scheduled = /Fully implemented from [^·]+?(?= ·|$)/.exec(await hint('Team C'))?.[0].trim();
    assert.ok(scheduled, 'the activity page names the stage dated later');

    // The heatmap's sector panel, one team at a time.
    await page.goto(`${url}/heatmap?sector=Build&level=1&teams=Team%20A`);
    await page.getByRole('combobox', { name: `Stage of Team A for ${NAME}` }).waitFor();
    assert.match(await hint('Team A'), /^Due for review · Since /);

    // The matrix card and its filter.
    await page.goto(`${url}/matrix?teams=Team%20A`);
    const card = page.getByRole('link', { name: new RegExp(`^${NAME}`) });
    assert.match(await card.innerText(), /Due for review/);
    await page.goto(`${url}/matrix?teams=Team%20A&progress=due`);
    await page.locator('p.count', { hasText: /Showing 1 of/ }).waitFor();
    await card.waitFor();
    await page.goto(`${url}/matrix?teams=Team%20B`);
    assert.match(await card.innerText(), /Not applicable/);
    assert.doesNotMatch(await card.innerText(), /Due for review|\bn\/a\b/);

    // The roadmap's item: the stage and that it is due.
    await page.goto(`${url}/roadmap?team=Team%20A`);
    const item = page.locator('li.item').filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
    assert.match(await item.locator('.meta').innerText(), /Partly implemented · Due for review/);

    // The mappings by control: the detail team's cell.
    await page.goto(`${url}/mapping?view=controls&teams=Team%20A`);
    await page.locator('td.team .due').first().waitFor();
    assert.match(await page.locator('td.team .due').first().innerText(), /^Due for review/);

    // The report's entry, and the executive summary with one team.
    await page.goto(`${url}/report?teams=Team%20A`);
    await page
      .getByText(/Due for review since /)
      .first()
      .waitFor();
    await page.goto(`${url}/report?mode=summary&teams=Team%20B`);
    await page.locator('app-executive-dimensions table').waitFor();
    assert.match(
      await page.locator('app-executive-dimensions tfoot, app-executive-dimensions tbody').last().innerText(),
      /\(\+1 not applicable\)/,
    );

    // The teams page: what is due, the done count with the activity left out, the stage dated later.
    await page.goto(`${url}/teams`);
    const panel = page.locator('app-team-summary-panel');
    const show = async (team) => {
      await page.locator('app-team-list button.name', { hasText: team }).first().click();
      await panel.getByRole('heading', { name: `Team: ${team}` }).waitFor();
    };
    await show('Team A');
    await panel.getByRole('heading', { name: 'Due for review (1)' }).waitFor();
    await show('Team B');
    assert.match(await panel.locator('table.dimensions tfoot').innerText(), /\(\+1 not applicable\)/);
    await show('Team C');
    const row = panel.locator('table.progress tr').filter({ hasText: NAME });
    assert.match(await row.innerText(), new RegExp(scheduled));
    assert.deepEqual(app.errors, []);
  });
});
