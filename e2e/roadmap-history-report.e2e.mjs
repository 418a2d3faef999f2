import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { allSaved } from './steps.mjs';

/** Every activity of the bundled model as [uuid, level], in file order. */
function modelActivities() {
  const text = readFileSync(new URL('../src/assets/YAML/default/model.yaml', import.meta.url), 'utf8');
  return [...text.matchAll(/^ {6}uuid: (\S+)\n {6}level: (\d)/gm)].map((m) => [m[1], Number(m[2])]);
}

const ACTIVITIES = modelActivities();
const LEVEL_1 = ACTIVITIES.filter(([, level]) => level === 1).map(([uuid]) => uuid);

/**
 * Dated progress: Team A starts 12 level-1 activities on 2026-01-10 and completes 6 of them on
 * 2026-03-01; Team B is partly there on 8 on 2026-02-15. Team B marks one not applicable.
 */
function progressFile() {
  const lines = ['progress:'];
  LEVEL_1.slice(0, 12).forEach((uuid, i) => {
    lines.push(`  ${uuid}:`, '    Team A:');
    if (i < 6) lines.push('      Fully implemented: 2026-03-01', '      Partly implemented: 2026-03-01');
    lines.push('      Started: 2026-01-10');
    if (i < 8) lines.push('    Team B:', '      Partly implemented: 2026-02-15', '      Started: 2026-02-15');
  });
  lines.push(`  ${LEVEL_1[20]}:`, '    Team B:', "      'Not applicable: No containers here': 2026-02-20");
  return lines.join('\n') + '\n';
}

describe('roadmap, history and report', () => {
  let app;
  before(async () => (app = await openApp({ overrides: { '/assets/YAML/team-progress.yaml': progressFile() } })));
  after(async () => app?.close());

  it('shows the next step without a target, the roadmap list once one is set, and leaves out a not-applicable activity', async () => {
    const { page } = app;
    await page.goto(`${app.url}/roadmap?team=Team%20A`);
    const open = LEVEL_1.length - 6;
    // No target: the next step (level 1, which Team A has not completed) and how to set a target.
    await page.getByRole('note').getByText('No target is set').waitFor();
    await page.getByText(`Next step for Team A: level 1, ${open} activities to complete it.`).waitFor();
    const steps = page.getByRole('table', { name: 'Next step of each team' });
    assert.equal(await steps.getByRole('row').count(), 1 + 4);
    assert.equal(await page.title(), 'Roadmap · DSOMM Studio');

    await page.getByRole('combobox', { name: 'Target of Team A' }).click();
    await page.getByRole('option', { name: 'Level 1', exact: true }).click();
    await page.getByRole('note').waitFor({ state: 'detached' });
    const list = page.getByRole('list', { name: 'Roadmap' });
    await list.waitFor();
    assert.equal(await list.getByRole('listitem').count(), open);
    await page.getByText(`${open} activities for Team A to reach level 1.`).waitFor();

    // Team A has started the first activities; the not-started ones of level 1 follow in the list.
    await list
      .getByRole('button', { name: /^Mark .* not applicable$/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Reason' }).fill('Bought as a service');
    await page.getByRole('button', { name: 'Mark not applicable' }).click();
    await page.getByText(`${open - 1} activities for Team A to reach level 1.`).waitFor();
    await page.getByRole('region', { name: 'Not applicable to Team A' }).getByText('Bought as a service').waitFor();

    await allSaved(page);
    await page.reload();
    await page.getByText(`${open - 1} activities for Team A to reach level 1.`).waitFor();
    await page.getByRole('radio', { name: 'Phases' }).click();
    await page.getByRole('heading', { name: /^Phase 1/ }).waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('replays the heatmap at an earlier date when the as-of slider moves', async () => {
    const { page } = app;
    await page.goto(`${app.url}/history`);
    const slider = page.getByRole('slider', { name: 'As of date' });
    await slider.waitFor();
    const sector = page.locator('app-heatmap-chart path.sector[data-key="0:1"]');
    const latest = await sector.getAttribute('aria-label');
    assert.match(latest, /level 1: [1-9]\d*%/);
    assert.equal(await slider.getAttribute('aria-valuetext'), await page.locator('.as-of strong').textContent());

    // 4 dates in the file, and the day the first test marked an activity not applicable.
    const total = Number((await page.locator('p.as-of').textContent()).match(/of (\d+) dates/)[1]);
    assert.ok(total >= 4);
    await slider.focus();
    await page.keyboard.press('Home');
    await page.getByText(`(1 of ${total} dates)`).waitFor();
    const earliest = await sector.getAttribute('aria-label');
    assert.notEqual(earliest, latest);
    assert.match(earliest, /level 1: [1-9]\d*%, done: 0 \//);

    await page.keyboard.press('ArrowRight');
    await page.getByText(`(2 of ${total} dates)`).waitFor();
    // What moved: from the first date to the as-of date, Team B's partial stages.
    await page
      .getByRole('region', { name: 'What moved' })
      .getByText(/Team B: Not assessed → Partly implemented/)
      .first()
      .waitFor();
    await page.getByText('Show the values as a table').click();
    assert.equal(
      await page.getByRole('table', { name: 'Overall score of each team over time' }).getByRole('row').count(),
      total + 1,
    );
    assert.deepEqual(app.errors, []);
  });

  it('renders the report for print: no navigation or controls, a page per dimension', async () => {
    const { page } = app;
    await page.goto(`${app.url}/report`);
    await page.getByRole('heading', { name: 'DevSecOps maturity report' }).waitFor();
    await page.getByRole('table', { name: 'Completion per dimension' }).waitFor();
    await page.getByRole('combobox', { name: 'Columns' }).click();
    await page.getByRole('option', { name: 'Risk' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Risk' }).first().waitFor();

    // The entries are added a few at a time after the summary; printing from the menu shows them all.
    await page.locator('app-report-page[aria-busy=false]').waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: /Print or save as PDF/ }).isVisible(), false);
    assert.equal(await page.getByText('Configure the report').isVisible(), false);
    assert.equal(await page.getByRole('heading', { name: 'Build and Deployment', level: 2 }).isVisible(), true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    assert.ok(pages >= 6, `expected a page for the summary and each of the 5 dimensions, got ${pages}`);
    await page.emulateMedia({ media: 'screen' });

    // The configuration is kept: the Risk column is still there after a reload.
    await allSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Risk' }).first().waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('sums up exactly what the report lists, and names its teams and levels in a shareable URL', async () => {
    const { page } = app;
    await page.goto(`${app.url}/report?teams=Team%20A&level=1`);
    const caption = page.locator('.head .caption');
    await caption.filter({ hasText: /\d+ activities/ }).waitFor();
    const count = Number((await caption.textContent()).match(/(\d+) activities/)[1]);
    assert.equal(count, LEVEL_1.length);
    assert.match(await caption.textContent(), /^\s*Team A ·/);
    await page.getByText(`Over the ${count} activities listed below.`).waitFor();
    const levels = page.getByRole('table', { name: 'Completion per level' });
    assert.equal(await levels.getByRole('row').count(), 2, 'a heading row and level 1 only');
    // Team A completed 6 level-1 activities (and marked one not applicable in the first test).
    assert.match(await levels.getByRole('row').nth(1).textContent(), /6 \/ \d+/);

    // Only open ones: the URL says so, and the summary follows.
    await page.getByRole('combobox', { name: 'Activities' }).click();
    await page.getByRole('option', { name: 'Not yet fully implemented' }).click();
    await page.waitForURL(/status=open/);
    const url = page.url();
    assert.match(url, /teams=Team%20A/);
    assert.match(url, /level=1/);
    const open = Number((await caption.textContent()).match(/(\d+) activit/)[1]);
    assert.ok(open < count);
    await page.getByText(`Over the ${open} activities listed below.`).waitFor();
    assert.match(await levels.getByRole('row').nth(1).textContent(), /0 \//);

    // A link names its report, whatever the browser has stored (now Team A, level 1, open ones);
    // the address of a report opened without one names the stored report, so it can be shared.
    await allSaved(page);
    const level2 = ACTIVITIES.filter(([, level]) => level === 2).length;
    await page.goto(`${app.url}/report?level=2&status=all`);
    await caption.filter({ hasText: new RegExp(`^\\s*All teams · .* · ${level2} activities`) }).waitFor();
    await page.getByText(`Over the ${level2} activities listed below.`).waitFor();
    await page.goto(`${app.url}/report`);
    await page.waitForURL(/\/report\?teams=Team%20A&level=1&status=open$/);
    await page.getByText(`Over the ${open} activities listed below.`).waitFor();

    // A group chosen as a whole is named in the title, not its members.
    await page.goto(`${app.url}/report?group=Frontend%20teams&status=done`);
    await caption.filter({ hasText: /^\s*Frontend teams · / }).waitFor();
    await page.getByRole('group', { name: /^Circular heatmap for Frontend teams/ }).waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('compares two teams side by side', async () => {
    const { page } = app;
    await page.goto(`${app.url}/compare`);
    await page.getByRole('heading', { name: /^Where they differ \(\d+ activities\)$/ }).waitFor();
    assert.equal(await page.locator('app-heatmap-chart').count(), 2);
    const table = page.getByRole('table', { name: 'Score per dimension of each team or group' });
    assert.equal(await table.getByRole('row').count(), 3);
    assert.deepEqual(app.errors, []);
  });
});

describe("the report's length before its entries are scrolled to", () => {
  for (const width of [1280, 390]) {
    it(`is about its length once every entry is laid out (${width} px)`, async () => {
      const app = await openApp({ viewport: { width, height: 844 }, bypassCSP: true });
      try {
        const { page } = app;
        await page.goto(`${app.url}/report`);
        await page.locator('app-report-page[aria-busy=false]').waitFor();
        const height = () => page.locator('mat-sidenav-content').evaluate((content) => content.scrollHeight);
        const before = await height();
        // An entry off screen is not laid out (content-visibility): laid out, each takes its height.
        await page.addStyleTag({ content: 'app-report-entry { content-visibility: visible !important; }' });
        const laidOut = await height();
        // With 220 px an entry: 45,000 px of 69,000 at 1280 and of 104,000 at 390 px (12 teams).
        assert.ok(
          Math.abs(before / laidOut - 1) < 0.15,
          `${before} px before the entries are laid out, ${laidOut} px after`,
        );
        assert.deepEqual(app.errors, []);
      } finally {
        await app.close();
      }
    });
  }
});

describe("the report's heatmap on a phone", () => {
  it('keeps its size (390 px): it does not shrink and jump back without end', async () => {
    const app = await openApp({ viewport: { width: 390, height: 844 } });
    try {
      const { page } = app;
      await page.goto(`${app.url}/report`);
      const chart = page.locator('app-report-summary .heatmap');
      await chart.waitFor();
      const heights = [];
      for (let i = 0; i < 6; i++) {
        heights.push(Math.round((await chart.boundingBox()).height));
        await page.waitForTimeout(400);
      }
      // Before: 476 446 423 403 382 371 343 309 274 247 477 ... (the chart fitted itself to a box as
      // tall as the chart, measured again, and so on).
      assert.equal(new Set(heights).size, 1, `heights over 2 s: ${heights.join(' ')}`);
      assert.ok(heights[0] > 300, `${heights[0]} px`);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
});
