// The report's executive summary, printed as management gets it: Chromium's PDF output of the
// summary for 12 teams in three groups is one to three A4 pages, with the heatmap and the score
// tables on the first, and its figures are those the heatmap page shows for the same teams.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axeViolations } from './steps.mjs';
import { openApp } from './support.mjs';

const TEAMS = Array.from({ length: 12 }, (_, i) => `Team ${String(i + 1).padStart(2, '0')}`);
const GROUPS = { Web: TEAMS.slice(0, 4), Mobile: TEAMS.slice(4, 8), Platform: TEAMS.slice(8) };
const SINCE = '2026-06-01';

/** The bundled model's level-1 and level-2 activity uuids, in file order. */
function activitiesOf(level) {
  const text = readFileSync(new URL('../src/assets/YAML/default/model.yaml', import.meta.url), 'utf8');
  return [...text.matchAll(/^ {6}uuid: (\S+)\n {6}level: (\d)/gm)]
    .filter((m) => Number(m[2]) === level)
    .map((m) => m[1]);
}

function teamsFile(groups = GROUPS) {
  const list = (names) => names.map((name) => `    - ${name}`).join('\n');
  return [
    'teams:',
    ...TEAMS.map((team) => `  - ${team}`),
    'teamGroups:',
    ...Object.entries(groups).map(([group, members]) => `  ${group}:\n${list(members)}`),
    'teamTargets:',
    "  '*': 1",
    '  Team 01: 2',
    '',
  ].join('\n');
}

/**
 * Every team has done a third of level 1 by March, reached "Partly implemented" on another third
 * in October (after SINCE), started a few in June 2025 (due for review a year later), and marked
 * one activity in seven not applicable; level 2 is started by the Web teams.
 */
function progressFile() {
  const lines = ['progress:'];
  const levelOne = activitiesOf(1);
  const levelTwo = activitiesOf(2).slice(0, 10);
  for (const [j, uuid] of levelOne.entries()) {
    lines.push(`  ${uuid}:`);
    for (const [i, team] of TEAMS.entries()) {
      const entries = [];
      if (j % 7 === 6) entries.push(`      'Not applicable: bought as a service': 2026-02-01`);
      else if ((i + j) % 3 === 0) entries.push('      Fully implemented: 2026-03-01', '      Started: 2025-01-15');
      else if ((i + j) % 3 === 1) entries.push('      Partly implemented: 2026-10-01');
      else if (j < 4) entries.push('      Started: 2025-06-01');
      if (entries.length > 0) lines.push(`    ${team}:`, ...entries);
    }
  }
  for (const uuid of levelTwo) {
    lines.push(`  ${uuid}:`, ...GROUPS.Web.flatMap((team) => [`    ${team}:`, '      Started: 2026-04-01']));
  }
  return lines.join('\n') + '\n';
}

// A4 at 96 px per inch, less the summary's 12 mm margins (its @page rule).
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor((210 - 24) * MM);
const PAGE_HEIGHT = (297 - 24) * MM;

const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/**
 * Chromium's PDF of the summary is 1–3 A4 pages, and the heatmap and the score tables are on the
 * first: without the lists (which start a page of their own) it is one page, and laid out as on
 * paper (the page's width, print styles) they end above the first page's height.
 */
async function assertPrintsOnA4(page, name = 'summary') {
  const pdf = await page.pdf({ format: 'A4' });
  if (process.env.E2E_PDF_DIR) writeFileSync(`${process.env.E2E_PDF_DIR}/${name}.pdf`, pdf);
  const pages = pageCount(pdf);
  assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
  const lists = page.locator('app-executive-lists');
  await lists.evaluate((element) => (element.style.display = 'none'));
  try {
    assert.equal(pageCount(await page.pdf({ format: 'A4' })), 1, 'the figures fill more than page 1');
  } finally {
    await lists.evaluate((element) => (element.style.display = ''));
  }
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1100 });
  await page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await lists.evaluate((element) => getComputedStyle(element).breakBefore), 'page');
    for (const selector of [
      'app-executive-report app-heatmap-chart svg',
      'app-executive-dimensions table',
      'app-executive-breakdown table',
    ]) {
      const bottom = await page
        .locator(selector)
        .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
      assert.ok(bottom > 0 && bottom <= PAGE_HEIGHT, `${selector} ends at ${bottom} px, page 1 at ${PAGE_HEIGHT}`);
    }
  } finally {
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  return pages;
}

/**
 * Waits until the navigation has slid in or out (`open`) and the page beside it has taken the room
 * it leaves: nothing of either moves, and the page's margin is the drawer's width or none.
 */
const navigationStill = (page, open) =>
  page.waitForFunction((open) => {
    const [drawer, content] = [document.querySelector('#app-nav'), document.querySelector('mat-sidenav-content')];
    const beside = open && drawer.classList.contains('mat-drawer-side');
    return (
      content.style.marginLeft === (beside ? `${drawer.offsetWidth}px` : '') &&
      [drawer, content].every((element) => element.getAnimations().length === 0)
    );
  }, open);

async function openSummary(app, query) {
  const { page } = app;
  await page.goto(`${app.url}/report?mode=summary&since=${SINCE}${query}`);
  await page.locator('app-executive-report app-heatmap-chart path.sector').first().waitFor();
  await page.locator('app-executive-breakdown table').waitFor();
}

describe('executive summary', () => {
  let app;
  before(
    async () =>
      (app = await openApp({
        overrides: {
          '/assets/YAML/default/teams.yaml': teamsFile(),
          '/assets/YAML/team-progress.yaml': progressFile(),
        },
        // Only so that the axe script can be injected.
        bypassCSP: true,
      })),
  );
  after(async () => app?.close());

  it('names the teams, groups them, and prints on 1–3 A4 pages with the heatmap and tables on page 1', async () => {
    const { page } = app;
    await openSummary(app, '');
    await page.getByRole('heading', { level: 1, name: 'Executive summary: All teams' }).waitFor();
    await page.getByText(`Summarises 12 teams: ${TEAMS.join(', ')}.`).waitFor();
    const groups = page.locator('app-executive-breakdown tbody th');
    assert.deepEqual(
      (await groups.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
      ['Web (4 teams)', 'Mobile (4 teams)', 'Platform (4 teams)'],
    );
    // At 1280 px the groups table fits the page: its words ('… (target or next step)') wrap.
    const viewport = page.locator('app-executive-breakdown app-scroll-area .viewport');
    const { scrollWidth, clientWidth } = await viewport.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `the groups table is ${scrollWidth} px wide in ${clientWidth} px`);
    assert.equal(await page.locator('app-executive-breakdown').getByText('Scroll sideways').count(), 0);
    // Level 1 moved since June: "Partly implemented" in October.
    assert.match(await page.locator('.tiles li').first().innerText(), /\+\d+ points since/);

    await assertPrintsOnA4(page, 'groups');
    assert.deepEqual(app.errors, []);
  });

  it('reads at 390 px: the tables scroll in their own boxes, captions wrap, names stay in view', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 390, height: 900 });
    try {
      await openSummary(app, '');
      const shell = page.locator('mat-sidenav-content');
      const page390 = await shell.evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
      assert.ok(page390.scroll <= page390.width, `the page is ${page390.scroll} px wide in ${page390.width} px`);
      for (const table of ['app-executive-dimensions', 'app-executive-breakdown']) {
        const { caption, box } = await page.locator(table).evaluate((host) => ({
          caption: host.querySelector('caption').getBoundingClientRect().right,
          box: host.getBoundingClientRect().right,
        }));
        assert.ok(caption <= box, `${table}'s caption ends at ${caption} px, its box at ${box}`);
      }
      // A group's row is a line ('118 to levels 1–2 (target)' does not wrap where the box scrolls).
      const rows = await page
        .locator('app-executive-breakdown tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => tr.getBoundingClientRect().height / parseFloat(getComputedStyle(tr.cells[1]).lineHeight)),
        );
      assert.ok(
        rows.every((lines) => lines < 2),
        `rows of ${rows.map((n) => n.toFixed(1))} lines`,
      );
      // Scrolled to the last column, the groups are still named beside it.
      const viewport = page.locator('app-executive-breakdown app-scroll-area .viewport');
      await viewport.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const [name, box] = await Promise.all([
        page.locator('app-executive-breakdown tbody th').first().boundingBox(),
        viewport.boundingBox(),
      ]);
      assert.ok(Math.abs(name.x - box.x) < 1, `the first group's name at ${name.x} px, the box at ${box.x}`);
      await page.getByText('Web (4 teams)').waitFor();
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('gives the dimensions table the width of the page between 768 and 1280 px, the navigation open or closed', async () => {
    const { page } = app;
    const toggle = page.getByRole('button', { name: 'Toggle navigation' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const table = page.locator('app-executive-dimensions app-scroll-area .viewport');
    try {
      for (const width of [768, 900, 1024, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await openSummary(app, '');
        for (const open of [true, false]) {
          if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
          await (open ? nav.waitFor() : nav.waitFor({ state: 'hidden' }));
          await navigationStill(page, open);
          const box = await table.evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
          const where = `${width} px, navigation ${open ? 'open' : 'closed'}`;
          assert.ok(box.scroll <= box.width, `${where}: the table is ${box.scroll} px wide in a ${box.width} px box`);
          assert.equal(await page.locator('app-executive-dimensions').getByText('Scroll sideways').count(), 0, where);
        }
      }
      // Where there is room (1280 px, navigation open), the heatmap and the table are side by side.
      await toggle.click();
      await nav.waitFor();
      await navigationStill(page, true);
      const [chart, dimensions] = await Promise.all([
        page.locator('app-executive-report app-heatmap-chart').boundingBox(),
        page.locator('app-executive-dimensions').boundingBox(),
      ]);
      assert.ok(dimensions.x >= chart.x + chart.width, 'the table beside the heatmap at 1280 px');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('shows a group as its teams, with the numbers of the heatmap page for the same teams', async () => {
    const { page } = app;
    await openSummary(app, '&group=Web');
    await page.getByRole('heading', { level: 1, name: 'Executive summary: Web' }).waitFor();
    const teams = page.locator('app-executive-breakdown tbody th');
    assert.deepEqual(
      (await teams.allTextContents()).map((t) => t.trim()),
      GROUPS.Web,
    );
    const overall = (await page.locator('.tiles li .value').first().innerText()).trim();
    const assessed = (await page.locator('.tiles li .value').nth(1).innerText()).trim();
    // Team 01's target is level 2, the others' level 1.
    await page
      .locator('app-executive-breakdown tbody tr', { hasText: 'Team 01' })
      .getByText(/to level 2 \(target\)/)
      .waitFor();
    await page.getByRole('heading', { name: 'Top gaps toward the targets' }).waitFor();
    await page.getByRole('heading', { name: 'Due for review' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(`${app.url}/heatmap?group=Web`);
    const coverage = page.locator('.coverage');
    await coverage.waitFor();
    const [, done, of] = /have assessed ([\d,]+) of ([\d,]+) activity × team pairs/.exec(await coverage.innerText());
    assert.equal(assessed, `${done} of ${of}`);
    const centre = page.locator('app-heatmap-chart text.centre');
    await centre.waitFor();
    assert.equal((await centre.textContent()).trim(), overall);
    assert.deepEqual(app.errors, []);
  });
});

describe('executive summary of 12 teams in no group', () => {
  let app;
  before(
    async () =>
      (app = await openApp({
        overrides: {
          '/assets/YAML/default/teams.yaml': teamsFile({}),
          '/assets/YAML/team-progress.yaml': progressFile(),
        },
      })),
  );
  after(async () => app?.close());

  it('gives a row per team, all twelve on the first printed page', async () => {
    const { page } = app;
    await openSummary(app, '');
    const teams = page.locator('app-executive-breakdown tbody th');
    assert.deepEqual(
      (await teams.allTextContents()).map((t) => t.trim()),
      TEAMS,
    );
    await assertPrintsOnA4(page, 'teams');
    assert.deepEqual(app.errors, []);
  });
});
