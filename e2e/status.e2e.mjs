// One status, one truth: a hand-written progress file with a "not applicable" mark that kept an
// older stage, a title the definition lacks, a date in the future and an explicit "Not
// implemented" reads the same on the heatmap panel, the activity page, the matrix and its filters,
// the report, the compare table and the mappings export.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b'; // Defined build process, level 1
const DEPLOY = '74938a3f-1269-49b9-9d0f-c43a79a1985a'; // Defined deployment process, level 1
const PROGRESS = `progress:
  ${BUILD}:
    Team A:
      'Not applicable: We ship no builds of our own': 2026-05-01
      Started: 2026-03-01
    Team B:
      Done: 2026-02-01
    Team C:
      Started: 2026-01-01
      Fully implemented: 2099-03-01
  ${DEPLOY}:
    Team A:
      Not implemented: 2026-04-01
`;

describe('one status on every page', () => {
  let app;
  before(async () => (app = await openApp({ overrides: { '/assets/YAML/team-progress.yaml': PROGRESS } })));
  after(() => app.close());

  const stageOf = (team) => app.page.getByRole('combobox', { name: `Stage of ${team} for Defined build process` });

  it('shows not applicable, an unknown title, a future date and not assessed in the stage selects', async () => {
    const { page } = app;
    await page.goto(`${app.url}/activity/${BUILD}`);
    await stageOf('Team A').waitFor();
    assert.equal((await stageOf('Team A').textContent()).trim(), 'Not applicable: We ship no builds of our own');
    // The title the definition lacks is shown with a hint, not silently as "Not implemented".
    assert.match((await stageOf('Team B').textContent()).trim(), /^Not assessed$/);
    const hint = (team) => stageOf(team).locator('xpath=ancestor::mat-form-field').locator('mat-hint');
    assert.match(await hint('Team B').textContent(), /"Done" .* is not a stage here/);
    // The planned stage does not count yet, and says from when it will.
    assert.equal((await stageOf('Team C').textContent()).trim(), 'Started');
    assert.match(await hint('Team C').textContent(), /Fully implemented from .*2099/);
    assert.equal((await stageOf('Team D').textContent()).trim(), 'Not assessed');
  });

  it('counts the same on the heatmap, the matrix and the report: coverage and the not-applicable team', async () => {
    const { page } = app;
    await page.goto(`${app.url}/?teams=Team%20A`);
    // Team A: not applicable on one activity, "Not implemented" said on another: two assessed.
    await page.getByText('Team A has assessed 2 of 194 activities').waitFor();
    await page.goto(`${app.url}/matrix?teams=Team%20A`);
    await page.getByText('Team A has assessed 2 of 194 activities').waitFor();
    await page.goto(`${app.url}/matrix?teams=Team%20A&progress=not-assessed`);
    await page.getByText(/Showing\s+192\s+of 194 activities/).waitFor();
    // "Not yet fully implemented" leaves out what does not apply to Team A.
    await page.goto(`${app.url}/matrix?teams=Team%20A&progress=open`);
    await page.getByText(/Showing\s+193\s+of 194 activities/).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Defined build process' }).count(), 0);
    await page.goto(`${app.url}/report?teams=Team%20A`);
    await page.getByText('Team A has assessed 2 of 194 activities').waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('writes the same status in the mappings export and the compare table', async () => {
    const { page } = app;
    await page.goto(`${app.url}/mapping?teams=Team%20A,Team%20C`);
    await page.getByRole('button', { name: 'CSV', exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const build = csv.split('\r\n').find((line) => line.includes(BUILD));
    assert.match(build, /Not applicable \(2026-05-01\): We ship no builds of our own,Started \(2026-01-01\)$/);
    await page.goto(`${app.url}/compare?compare=team:Team%20A&compare=team:Team%20C`);
    const row = page.getByRole('row').filter({ hasText: 'Defined build process' });
    await row.waitFor();
    assert.match(await row.textContent(), /Not applicable.*Started/);
  });

  it('ends the mark when a stage is chosen, with an undo that brings it back', async () => {
    const { page } = app;
    await page.goto(`${app.url}/activity/${BUILD}`);
    await stageOf('Team A').click();
    await page.getByRole('option', { name: 'Partly implemented' }).click();
    await page.getByRole('option', { name: 'Partly implemented' }).waitFor({ state: 'detached' });
    await page.getByText('applies again to Team A (now Partly implemented)').waitFor();
    assert.equal((await stageOf('Team A').textContent()).trim(), 'Partly implemented');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() =>
      document.querySelector('[aria-label^="Stage of Team A"]')?.textContent?.includes('Not applicable'),
    );
    assert.equal((await stageOf('Team A').textContent()).trim(), 'Not applicable: We ship no builds of our own');
    assert.deepEqual(app.errors, []);
  });
});
