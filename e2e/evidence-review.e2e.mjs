// The evidence lifecycle: evidence marked reviewed by a named reviewer, "changed after review" after
// an edit, and freshness: stages and evidence older than their interval (12 months in Settings, an
// activity file's own 3 months for threat modelling) are due for review on the heatmap, the activity
// page, the teams page and in the report; the evidence file keeps who recorded and reviewed it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { allSaved, axeViolations, download, sectorLabels } from './steps.mjs';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b'; // Defined build process, level 1
const THREAT = '47419324-e263-415b-815d-e7161b6b905e'; // Conduction of simple threat modeling on technical level

/** The day `days` before today on this machine's calendar (the browser's), as YYYY-MM-DD. */
function daysAgo(days) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
const TODAY = daysAgo(0);

/** The served meta.yaml with one more activity file. */
const META = (text) => text.replace('  # - custom/custom-activities.yaml', '  - custom/review.yaml');
const REVIEW_OVERLAY = `Culture and Organization:
  Design:
    Conduction of simple threat modeling on technical level:
      uuid: ${THREAT}
      reviewInterval: 3 months
Build and Deployment:
  Build:
    Defined build process:
      uuid: ${BUILD}
      reviewInterval: soon
`;
const PROGRESS = `progress:
  ${BUILD}:
    Team A:
      Started: 2024-01-10
    Team B:
      Started: ${daysAgo(30)}
  ${THREAT}:
    Team A:
      Started: ${daysAgo(120)}
`;
const EVIDENCE = `evidence:
  ${BUILD}:
    - id: 5d1c8a8e-0000-4000-8000-00000000e001
      teams: [Team B]
      title: Jenkinsfile in repo
      evidenceRecorded: 2024-03-01
      recordedBy: Lee
`;

describe('evidence review and freshness', () => {
  let app;
  before(async () => {
    const meta = readFileSync(new URL('../src/assets/YAML/meta.yaml', import.meta.url), 'utf8');
    app = await openApp({
      bypassCSP: true, // only so that axe can be injected
      overrides: {
        '/assets/YAML/meta.yaml': META(meta),
        '/assets/YAML/custom/review.yaml': REVIEW_OVERLAY,
        '/assets/YAML/team-progress.yaml': PROGRESS,
        '/assets/YAML/team-evidence.yaml': EVIDENCE,
      },
    });
  });
  after(() => app?.close());

  const hint = (team, activity = 'Defined build process') =>
    app.page
      .getByRole('combobox', { name: `Stage of ${team} for ${activity}` })
      .locator('xpath=ancestor::mat-form-field')
      .locator('mat-hint');

  it('marks the sectors with activities due for review on the heatmap, in its legend and text alternative', async () => {
    const { page, url } = app;
    await page.goto(`${url}/heatmap`);
    const labels = await sectorLabels(page);
    const due = labels.filter((label) => label.includes('due for review'));
    assert.equal(due.length, 2, due.join('\n'));
    assert.match(due[0], /^Build \(Build and Deployment\), level 1: \d+%, done: \d+ \/ \d+, 1 due for review$/);
    assert.match(due[1], /^Design \(Culture and Organization\), level 1: .*, 1 due for review$/);
    assert.equal(await page.locator('.due circle').count(), 2);
    await page.locator('.legend').getByText('Activities due for review').waitFor();
  });

  it('says per team on the activity page what is due, and why; fresh proof confirms a stage', async () => {
    const { page, url } = app;
    await page.goto(`${url}/activity/${BUILD}`);
    // Team A: its stage is from January 2024. Team B: its stage is new, but its only proof is old.
    assert.match(await hint('Team A').textContent(), /^Due for review · Since .*2024/);
    assert.match(await hint('Team B').textContent(), /^Due for review · Since/);
    assert.match(await hint('Team B').getAttribute('title'), /evidence last recorded or reviewed .*2024; every year/);
    assert.match(await hint('Team C').textContent(), /^No stage set yet$/);

    const entry = page.locator('app-evidence-list li.entry').filter({ hasText: 'Jenkinsfile in repo' });
    await entry.getByText('Team B · recorded by Lee').waitFor();
    await entry.getByText('Not reviewed yet').waitFor();
    await entry.getByRole('button', { name: 'Mark reviewed: Jenkinsfile in repo' }).click();
    const name = entry.getByRole('textbox', { name: "Reviewer's name" });
    assert.equal(await name.evaluate((input) => input === document.activeElement), true);
    assert.deepEqual(await axeViolations(page), [], 'the review form is accessible');
    await name.fill('Kim Lee');
    await name.press('Enter');
    await entry.getByText(/^Reviewed by Kim Lee on /).waitFor();
    // Reviewed today: Team B's proof, and so its stage, is fresh again; Team A has no evidence.
    assert.match(await hint('Team B').textContent(), /^Since /);
    assert.match(await hint('Team A').textContent(), /^Due for review/);
  });

  it('shows "changed after review" once reviewed evidence is edited, also after a reload', async () => {
    const { page } = app;
    const entry = page.locator('app-evidence-list li.entry');
    await entry.getByRole('button', { name: 'Edit evidence Jenkinsfile in repo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Reviewed by Kim Lee on .*Saving a change to it marks it "changed after review"/).waitFor();
    assert.equal(await dialog.getByRole('textbox', { name: 'Recorded by' }).inputValue(), 'Lee');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Jenkinsfile in repo, with SAST');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await entry.getByText('Changed after review').waitFor();
    await allSaved(page);
    await page.reload();
    await page.locator('app-evidence-list li.entry').getByText('Changed after review').waitFor();
    await page
      .locator('app-evidence-list li.entry')
      .getByText(/^Reviewed by Kim Lee on /)
      .waitFor();
  });

  it('lists what each team has to review on the teams page, its own interval for threat modelling included', async () => {
    const { page, url } = app;
    await page.goto(`${url}/teams`);
    const panel = page.locator('app-team-summary-panel');
    await panel.getByRole('heading', { name: 'Team: Team A' }).waitFor();
    await panel.getByRole('heading', { name: 'Due for review (2)' }).waitFor();
    const rows = await panel
      .locator('table.due tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.replace(/\s+/g, ' ').trim())));
    assert.equal(rows.length, 2);
    assert.match(
      rows[0].join(' | '),
      /^Defined build process L1 \| .*2025 \| Stage set .*2024, no evidence; reviewed every year$/,
    );
    assert.match(
      rows[1].join(' | '),
      /^Conduction of simple threat modeling on technical level L1 \| .* \| Stage set .*, no evidence; reviewed every 3 months$/,
    );
    assert.deepEqual(await axeViolations(page), [], 'the teams page with its due list is accessible');

    await page
      .locator('app-team-list button.name')
      .filter({ hasText: /^\s*Team B\s*$/ })
      .click();
    await panel.getByRole('heading', { name: 'Team: Team B' }).waitFor();
    await panel.getByRole('heading', { name: 'Due for review (0)' }).waitFor();
    await panel.getByRole('heading', { name: 'Changed after review (1)' }).waitFor();
    await panel
      .getByText(/"Jenkinsfile in repo, with SAST" for Team B, reviewed by Kim Lee on .*, changed since/)
      .waitFor();
  });

  it('lists only what is due in the report, each team saying since when', async () => {
    const { page, url } = app;
    await page.goto(`${url}/report?teams=Team%20A&status=due`);
    await page.getByText('Over the 2 activities listed below. 2 of them are due for review for some team.').waitFor();
    const build = page.locator('app-report-entry').filter({ hasText: 'Defined build process' });
    await build.getByText(/Due for review since .*2025 \(stage set .*2024, no evidence; every year\)/).waitFor();
    assert.equal(await page.locator('app-report-entry').count(), 2);
  });

  it('takes the interval from Settings, and an activity file names a bad one with its file and line', async () => {
    const { page, url } = app;
    await page.goto(`${url}/settings`);
    const months = page.getByRole('spinbutton', { name: 'Re-assessment interval (months)' });
    assert.equal(await months.inputValue(), '12');
    await page.getByText('Conduction of simple threat modeling on technical level: 3 months').waitFor();
    await page
      .locator('app-model-info')
      .getByText(/custom\/review\.yaml.*10.*reviewInterval must be a duration .* not 'soon'/)
      .waitFor();
    await months.fill('120');
    await allSaved(page);
    await page.goto(`${url}/heatmap`);
    const labels = await sectorLabels(page);
    // Ten years: only threat modelling, every 3 months by its own interval, is still due.
    assert.ok(
      labels.some((label) => label.startsWith('Build (Build and Deployment), level 1:') && !label.includes('due')),
    );
    assert.equal(await page.locator('.due circle').count(), 1);
  });

  it('writes who recorded and who reviewed the evidence, when, and what the review saw into the evidence file', async () => {
    const { page, url } = app;
    await page.goto(`${url}/data`);
    const { text } = await download(page, 'team-evidence.yaml');
    assert.match(text, /title: Jenkinsfile in repo, with SAST\n/);
    assert.match(
      text,
      /evidenceRecorded: 2024-03-01\n {6}recordedBy: Lee\n {6}reviewer: Kim Lee\n {6}reviewed: (\d{4}-\d{2}-\d{2})\n {6}reviewedDigest: [0-9a-f-]{36}\n/,
    );
    assert.equal(text.match(/reviewed: (\S+)/)[1], TODAY);
    assert.deepEqual(app.errors, []);
  });
});
