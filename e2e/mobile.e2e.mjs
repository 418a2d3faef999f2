// On a phone (390 × 844, touch): a tapped sector's panel comes into view with the focus on it, and
// back to the chart on close; wide tables and the dependency graph say that they scroll sideways,
// and tables never cut a stage name inside a word. On a wide window the same tables show no hint when they fit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { axeViolations, importFile, MODEL_UUIDS, setStage, yamlFile } from './steps.mjs';

const progressFile = [
  'progress:',
  ...MODEL_UUIDS.slice(0, 20).flatMap((uuid, i) => [
    `  ${uuid}:`,
    '    Team A:',
    '      Started: 2026-01-05',
    ...(i % 2 === 0
      ? ['      Partly implemented: 2026-02-10', '    Team B:', '      Fully implemented: 2026-03-01']
      : []),
  ]),
  '',
].join('\n');
const COMPARE = '/compare?compare=team:Team%20A&compare=team:Team%20B&compare=team:Team%20C';

/** Where `locator` is relative to the window: its box and the window's height. */
const placement = (locator) =>
  locator.evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right, height: innerHeight, width: innerWidth };
  });

/** Words of the cells that the browser broke over two lines (a word split inside, e.g. "Sta-rted"). */
/** Words (by default: runs of non-space; `word` may let them break after a hyphen or slash) split over lines. */
const splitWords = (cells, word = /\S+/g) =>
  cells.evaluateAll((elements, word) => {
    const split = [];
    for (const cell of elements) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(word)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  }, word);

/** The app on a phone (390 × 844, touch) with served files replaced. */
const openPhone = (overrides) => openApp({ viewport: { width: 390, height: 844 }, touch: true, overrides });

/** Records every layout shift of the page from its start, in `window.shifts`. */
const recordShifts = (page) =>
  page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) {
        const moved = shift.sources.map(
          (s) => `${s.node?.nodeName} ${Math.round(s.previousRect.y)}->${Math.round(s.currentRect.y)}`,
        );
        window.shifts.push({ value: shift.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

/**
 * Opens each route and waits for `ready`, then the fonts: the layout shifts of the whole time add up
 * to less than 0.005 (a "good" CLS is under 0.1; this is nearly none). Every shift counts: nothing is
 * clicked or typed (and a phone's emulation marks them all `hadRecentInput`).
 */
async function assertNothingMoves(app, routes, ready) {
  const { page } = app;
  await recordShifts(page);
  for (const route of routes) {
    await page.goto(`${app.url}/${route}`);
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.shifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    assert.ok(total < 0.005, `${route}: layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
  }
  assert.deepEqual(app.errors, []);
}

describe('on a phone (390 × 844)', () => {
  let app;
  // bypassCSP only so that axe can be injected.
  before(async () => (app = await openApp({ viewport: { width: 390, height: 844 }, touch: true, bypassCSP: true })));
  after(async () => app?.close());

  it('a tapped sector brings its panel into view, focused; closing it returns to the sector', async () => {
    const { page, url } = app;
    await page.goto(`${url}/heatmap`);
    const sector = page.locator('path.sector[aria-label^="Deployment (Build and Deployment), level 1:"]');
    await sector.tap();
    const heading = page.getByRole('heading', { level: 2, name: 'Deployment level 1' });
    await heading.waitFor();
    await page.waitForFunction(() => {
      const h = document.querySelector('app-sector-panel h2');
      const top = h?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < innerHeight / 4;
    });
    assert.equal(await heading.evaluate((h) => h === document.activeElement), true, 'the heading has the focus');
    // The first activity's stage selects are on screen, not below it.
    const firstSelect = page.getByRole('combobox', { name: /^Stage of Team A for / }).first();
    const box = await placement(firstSelect);
    assert.ok(box.bottom <= box.height, `the first stage select is in view (${box.bottom} of ${box.height})`);
    assert.deepEqual(await axeViolations(page), [], 'the open panel is accessible');

    await page.getByRole('button', { name: 'Close the sector' }).tap();
    await heading.waitFor({ state: 'detached' });
    assert.equal(await sector.evaluate((s) => s === document.activeElement), true, 'the sector has the focus');
    const back = await placement(sector);
    assert.ok(back.top >= 0 && back.bottom <= back.height, 'the sector is in view again');
  });

  it('the compare table wraps stage names between words and shows that it scrolls', async () => {
    const { page, url } = app;
    await importFile(page, url, yamlFile('team-progress.yaml', progressFile));
    await page.goto(`${url}${COMPARE}`);
    const table = page.locator('app-compare-table');
    await table.locator('td').first().waitFor();
    assert.deepEqual(await splitWords(table.locator('td, thead th')), [], 'no stage or team name is cut inside');
    const region = page.getByRole('region', { name: 'Activities on which they differ (scrolls sideways)' });
    await region.waitFor();
    // The first team's column fits beside the activities: no stage name is cut off at the edge.
    const edge = (await placement(region)).right;
    const cut = await table
      .locator('tbody tr td:nth-of-type(2)')
      .evaluateAll((cells, right) => cells.filter((c) => c.getBoundingClientRect().right > right).length, edge);
    assert.equal(cut, 0, "every stage of the first team's column is whole on screen");
    await page.getByText('Scroll sideways for more columns').first().waitFor();
    const frame = table.locator('.frame');
    assert.match(await frame.getAttribute('class'), /more-end/, 'a shadow on the right edge');
    assert.doesNotMatch(await frame.getAttribute('class'), /more-start/);

    // The keyboard scrolls it too: the region is in the tab order.
    await region.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated: wait for it rather than read the first frame.
    const scrolled = await region.evaluate((el) => new Promise((done) => setTimeout(() => done(el.scrollLeft), 1000)));
    assert.ok(scrolled > 0, 'the arrow keys scroll it');
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await page.waitForFunction(
      () => !document.querySelector('app-compare-table .frame')?.classList.contains('more-end'),
    );
    assert.match(await frame.getAttribute('class'), /more-start/, 'now the shadow is on the left edge');
    assert.deepEqual(await axeViolations(page), [], 'the compare page is accessible');
  });

  it("a group's count due for review reads on one line under its score, in full on a wide window", async () => {
    // Team A and Team B (the group Frontend teams) set their stages in 2024, with no evidence since.
    const due = [
      'progress:',
      ...MODEL_UUIDS.slice(0, 3).flatMap((uuid) => [
        `  ${uuid}:`,
        ...['Team A', 'Team B'].flatMap((team) => [`    ${team}:`, '      Fully implemented: 2024-03-05']),
      ]),
      '',
    ].join('\n');
    const phone = await openPhone({ '/assets/YAML/team-progress.yaml': due });
    try {
      const { page, url } = phone;
      await page.goto(`${url}/compare?compare=group:Frontend%20teams&compare=team:Team%20C&compare=group:Platform`);
      const cell = page.locator('app-compare-table tbody tr').first().locator('td .due');
      await cell.waitFor();
      /** The lines its visible text takes. */
      const lines = () =>
        cell.evaluate((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top))).size;
        });
      assert.equal(await cell.textContent(), '2 due for review', 'what a screen reader says');
      assert.equal(await lines(), 1, '"2 due" on one line (it wrapped to "2 due for / review")');
      await page.setViewportSize({ width: 1280, height: 844 });
      await page.waitForFunction(
        () => document.querySelector('app-compare-table td .due-end')?.getBoundingClientRect().width > 1,
      );
      assert.equal(await lines(), 1, 'the whole "2 due for review" on one line at 1280 px');
    } finally {
      await phone.close();
    }
  });

  it('"Due for review" and a group\'s count stay on one line: on a phone, and among many columns on a wide window', async () => {
    // Eight teams and two groups, every stage set in 2024 with no evidence since: all due for review.
    // Team G and Team H only "Started": their columns are no wider than that word on a phone.
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((letter) => `Team ${letter}`);
    const teams = [
      'teams:',
      ...names.map((name) => `  - ${name}`),
      'teamGroups:',
      '  Frontend teams: [Team A, Team B, Team C]',
      '  Platform: [Team D, Team E]',
      '',
    ].join('\n');
    const progress = [
      'progress:',
      ...MODEL_UUIDS.slice(0, 4).flatMap((uuid, i) => [
        `  ${uuid}:`,
        ...names.flatMap((team, t) => [
          `    ${team}:`,
          `      ${(i + t) % 2 || t > 5 ? 'Started' : 'Fully implemented'}: 2024-03-05`,
        ]),
      ]),
      '',
    ].join('\n');
    const phone = await openPhone({
      '/assets/YAML/default/teams.yaml': teams,
      '/assets/YAML/team-progress.yaml': progress,
    });
    /** The texts of the cells' "due" notes that the browser laid out on more than one line. */
    const wrapped = (page) =>
      page.locator('app-compare-table td .due').evaluateAll((notes) =>
        notes
          .filter((note) => {
            const range = document.createRange();
            range.selectNodeContents(note);
            return (
              new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top))).size > 1
            );
          })
          .map((note) => note.textContent),
      );
    try {
      const { page, url } = phone;
      const columns = [
        'group:Frontend%20teams',
        'group:Platform',
        ...names.map((name) => `team:${encodeURIComponent(name)}`),
      ];
      await page.goto(`${url}/compare?compare=${columns.join('&compare=')}`);
      await page.locator('app-compare-table:not([aria-busy=true]) td .due').first().waitFor();
      assert.ok((await page.locator('app-compare-table td .due').count()) >= 40, 'every cell is due for review');
      assert.deepEqual(await wrapped(page), [], 'on a phone');
      await page.setViewportSize({ width: 1280, height: 844 });
      await page.waitForFunction(
        () => document.querySelector('app-compare-table td .due-end')?.getBoundingClientRect().width > 1,
      );
      assert.deepEqual(await wrapped(page), [], 'at 1280 px, ten columns');
    } finally {
      await phone.close();
    }
  });

  it('the mapping and control tables show that they scroll', async () => {
    const { page, url } = app;
    await page.goto(`${url}/mapping`);
    await page.getByRole('region', { name: 'Activities and the controls they map to (scrolls sideways)' }).waitFor();
    await page.getByRole('radio', { name: 'By control' }).click();
    await page.getByRole('region', { name: /controls \(scrolls sideways\)$/ }).waitFor();
    await page.getByText('Scroll sideways for more columns').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the mapping page is accessible');
    assert.deepEqual(app.errors, []);
  });

  it('the mappings table keeps each activity in view, whole, as the ids scroll under it', async () => {
    const { page, url } = app;
    await page.goto(`${url}/mapping`);
    const region = page.getByRole('region', { name: 'Activities and the controls they map to (scrolls sideways)' });
    await region.waitFor();
    const box = await region.boundingBox();
    const activity = page.locator('td.mat-column-activity').first();
    const inBox = async (where) => {
      const cell = await activity.boundingBox();
      assert.ok(
        cell.x >= box.x - 1 && cell.x + cell.width <= box.x + box.width + 1,
        `${where}: the activity at ${cell.x}-${cell.x + cell.width} px, its box at ${box.x}-${box.x + box.width}`,
      );
      return cell;
    };
    await inBox('first shown');
    // Its dimension and sub-dimension are said under its name.
    assert.match(await activity.innerText(), /\n.+ › .+$/);
    // Scrolled by keyboard, then to the last column: the activity stays at the box's left edge.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement.scrollLeft > 0);
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    const cell = await inBox('scrolled to the end');
    assert.ok(Math.abs(cell.x - box.x) < 1.5, `the activity at ${cell.x} px, the box at ${box.x}`);
    assert.deepEqual(app.errors, []);
  });
});

describe('on a phone, the dependency graph', () => {
  let app;
  before(async () => (app = await openApp({ viewport: { width: 390, height: 844 }, touch: true, bypassCSP: true })));
  after(async () => app?.close());

  it('shows that it scrolls sideways, and every node can be brought whole into its box, by keyboard too', async () => {
    const { page, url } = app;
    // "Defined build process": 33 activities depend on it, in four columns (1,900 px wide at full size).
    await page.goto(`${url}/activity/${MODEL_UUIDS[0]}`);
    const region = page.getByRole('region', { name: 'Dependency graph (scrolls sideways)' });
    await region.waitFor();
    const graph = page.locator('app-dependency-graph');
    await graph.getByText('Scroll sideways for more columns').waitFor();
    assert.match(await graph.locator('.frame').getAttribute('class'), /more-end/, 'a shadow on the right edge');
    const box = await placement(region);
    assert.ok(box.left >= 0 && box.right <= box.width, 'the box is within the window');

    // Each node, scrolled to, is whole inside the box: its name can be read.
    const nodes = graph.locator('svg .node rect');
    const count = await nodes.count();
    assert.ok(count > 20);
    const cut = [];
    for (let i = 0; i < count; i++) {
      const node = nodes.nth(i);
      await node.evaluate((rect) => rect.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' }));
      const [rect, frame] = [await placement(node), await placement(region)];
      if (rect.left < frame.left - 1 || rect.right > frame.right + 1) cut.push(i);
    }
    assert.deepEqual(cut, [], 'no node stays cut at the edge of the box');

    // By keyboard: the last node of the right-most column, reached with Tab, is whole in the box.
    await region.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
    const links = graph.locator('svg a.node');
    const right = await links.evaluateAll((all) =>
      all.reduce((best, a, i, list) => (a.getBBox().x > list[best].getBBox().x ? i : best), 0),
    );
    await links.nth(right - 1).focus();
    await page.keyboard.press('Tab');
    assert.equal(await links.nth(right).evaluate((a) => a === document.activeElement), true);
    // The focus scrolls the box: wait until the node is whole in it, as a user then sees it.
    await page.waitForFunction(
      ([node, box]) => {
        const [n, b] = [node.getBoundingClientRect(), box.getBoundingClientRect()];
        return n.left >= b.left - 1 && n.right <= b.right + 1;
      },
      [await links.nth(right).locator('rect').elementHandle(), await region.elementHandle()],
    );
    const [focused, frame] = [await placement(links.nth(right).locator('rect')), await placement(region)];
    assert.ok(focused.left >= frame.left - 1 && focused.right <= frame.right + 1, 'the focused node is whole in view');
    assert.deepEqual(await axeViolations(page), [], 'the activity page is accessible');
    assert.deepEqual(app.errors, []);
  });
});

describe('on a phone, while Roboto is on its way', () => {
  let app;
  // A dozen teams: the heatmap's and the report's lines of coverage are long enough to wrap at 390
  // px in a font wider than Roboto.
  const teams = 'Aurora Birch Cedar Dune Ember Fjord Granite Harbor Iris Juniper Kestrel Lumen'.split(' ');
  const list = (names) => names.map((team) => `    - ${team}`);
  const teamsFile = [
    'teams:',
    ...teams.map((team) => `  - ${team}`),
    'teamGroups:',
    '  Web:',
    ...list(teams.slice(0, 6)),
    '  Platform:',
    ...list(teams.slice(6)),
    '',
  ].join('\n');
  before(
    async () =>
      (app = await openPhone({
        '/assets/YAML/default/teams.yaml': teamsFile,
        // Their progress (the file's Team A and B renamed): no note about unknown teams.
        '/assets/YAML/team-progress.yaml': progressFile.replaceAll('Team A', teams[0]).replaceAll('Team B', teams[1]),
      })),
  );
  after(async () => app?.close());

  it('nothing moves when Roboto arrives after the first paint: the heatmap and the report', async () => {
    // Before the fallback took Roboto's metrics: 0.017 (the chart 16 px down) and 0.236 (36 px).
    await assertNothingMoves(app, ['heatmap', 'report'], async (page) => {
      await page.locator('h1').first().waitFor();
      await page.locator('link[href="fonts.css"]').waitFor({ state: 'attached' });
      await page.waitForFunction(() =>
        [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Roboto' && face.status === 'loaded'),
      );
    });
  });
});

describe('on a phone, with notes about the loaded files', () => {
  // A team the team list lacks: the app loads the progress and notes it in a banner.
  const withGhost = `${progressFile}  ${MODEL_UUIDS[30]}:\n    Ghost team:\n      Started: 2026-02-01\n`;

  // A first visit each (no page cached yet): the page comes with the banner.
  for (const route of ['heatmap', 'teams']) {
    it(`the banner takes the loading bar's place without moving the page (${route})`, async () => {
      const app = await openPhone({ '/assets/YAML/team-progress.yaml': withGhost });
      try {
        // Before: 0.013, the whole of main 12 px down (the banner's margin collapsed through it).
        await assertNothingMoves(app, [route], (page) => page.getByText(/^1 note about the loaded files$/).waitFor());
      } finally {
        await app.close();
      }
    });
  }

  // Visits after the first: the page's scripts are cached, so Angular is up before the files are read
  // (the progress held back 400 ms here, as a slow server or a busy machine does).
  const slowProgress = (req, res) =>
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/yaml; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(withGhost);
    }, 400);
  for (const route of ['heatmap', 'teams']) {
    it(`nor on the visits after the first, the page's scripts cached (${route})`, async () => {
      const app = await openApp({
        viewport: { width: 390, height: 844 },
        touch: true,
        handlers: { '/assets/YAML/team-progress.yaml': slowProgress },
      });
      try {
        // Before: the heading shown under the loading bar, then pushed down by the banner (0.077 on
        // /teams in 1 of 4 reloads at load 13; every time with the progress held back).
        await assertNothingMoves(app, [route, route, route], (page) =>
          page.getByText(/^1 note about the loaded files$/).waitFor(),
        );
      } finally {
        await app.close();
      }
    });
  }
});

describe("on a phone, with the browser's storage full", () => {
  it('"Not saved" in the toolbar brings the banner that says why into view, focused', async () => {
    const app = await openPhone();
    try {
      const { page, url } = app;
      await page.addInitScript(() => {
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // The sector's panel is below the chart: opening it scrolls the page down to it.
      await page.goto(`${url}/?sector=Build&level=1`);
      await setStage(page, 'Team A', 'Defined build process', 'Started');
      const notSaved = page.locator('app-save-status').getByRole('button', { name: 'Not saved' });
      await notSaved.waitFor();
      const banner = page.getByRole('alert').filter({ hasText: /could not|quota|full/i });
      const before = await placement(banner);
      assert.ok(before.bottom <= 0, `the banner is above the window (${before.bottom})`);

      await notSaved.tap();
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
      const after = await placement(banner);
      assert.ok(
        after.top >= 0 && after.bottom <= after.height,
        `the banner is in view (${after.top}..${after.bottom})`,
      );
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
});

describe('the team list of 40 teams', () => {
  const teamsFile = `teams:\n${Array.from({ length: 40 }, (_, i) => `  - Team ${i + 1}`).join('\n')}\nteamGroups: {}\n`;
  const overrides = { '/assets/YAML/default/teams.yaml': teamsFile };
  /** The list's box: whether it scrolls inside, and what its background paints at its edges. */
  const listBox = (page) =>
    page.locator('app-team-list ul.rows').evaluate((list) => ({
      scrollsInside: list.scrollHeight > list.clientHeight + 1,
      background: getComputedStyle(list).backgroundImage,
    }));

  it('on a phone flows with the page: no box of its own hides the rows below, the last reached by the page', async () => {
    const app = await openPhone(overrides);
    try {
      const { page, url } = app;
      await page.goto(`${url}/teams`);
      const last = page.locator('app-team-list li[data-team="Team 40"]');
      await last.waitFor();
      assert.deepEqual(await listBox(page), { scrollsInside: false, background: 'none' });
      // The keyboard reaches it, and the page scrolls it into view.
      await last.getByRole('button', { name: 'Team 40', exact: true }).focus();
      const box = await placement(last);
      assert.ok(box.top >= 0 && box.bottom <= box.height, `the last team is in view (${box.top}-${box.bottom})`);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });

  it('on a phone, a tapped team brings its summary into view; the focus stays on the team', async () => {
    const app = await openPhone(overrides);
    try {
      const { page, url } = app;
      await page.goto(`${url}/teams`);
      const team = page
        .locator('app-team-list li[data-team="Team 12"]')
        .getByRole('button', { name: 'Team 12', exact: true });
      await team.tap();
      await page.getByRole('heading', { name: 'Team: Team 12' }).waitFor();
      await page.waitForFunction(() => {
        const top = document.querySelector('app-team-summary-panel')?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < innerHeight / 2;
      });
      // Once scrolled, a margin above it, not flush under the toolbar (the scrolling box's top).
      await page.waitForFunction(() => {
        const gap =
          document.querySelector('app-team-summary-panel').getBoundingClientRect().top -
          document.querySelector('mat-sidenav-content').getBoundingClientRect().top;
        return gap >= 12 && gap <= 20;
      });
      assert.equal(await team.evaluate((button) => button === document.activeElement), true, 'the team has the focus');
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });

  it('beside the summary (1280) scrolls in its box, with a shadow at the edge that has more rows', async () => {
    const app = await openApp({ overrides });
    try {
      const { page, url } = app;
      await page.goto(`${url}/teams`);
      await page.locator('app-team-list li[data-team="Team 40"]').waitFor({ state: 'attached' });
      const { scrollsInside, background } = await listBox(page);
      assert.equal(scrollsInside, true);
      assert.match(background, /radial-gradient/, 'the edge shadows');
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
});

describe('on a wide window (1280)', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('tables that fit show no hint, and the sector panel stays beside the chart', async () => {
    const { page, url } = app;
    await importFile(page, url, yamlFile('team-progress.yaml', progressFile));
    await page.goto(`${url}${COMPARE}`);
    await page.locator('app-compare-table td').first().waitFor();
    assert.equal(await page.getByText('Scroll sideways for more columns').count(), 0);
    assert.equal(await page.getByRole('region', { name: /scrolls sideways/ }).count(), 0);

    await page.goto(`${url}/matrix`);
    await page.locator('app-matrix-table a.activity').first().waitFor();
    assert.equal(await page.getByRole('region', { name: /scrolls sideways/ }).count(), 0, 'the matrix fits');

    await page.goto(`${url}/heatmap`);
    const scrolled = () => page.evaluate(() => document.querySelector('.mat-sidenav-content')?.scrollTop ?? 0);
    await page.locator('path.sector[aria-label^="Deployment (Build and Deployment), level 1:"]').click();
    await page.getByRole('heading', { level: 2, name: 'Deployment level 1' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await scrolled(), 0, 'the page did not move');
    assert.deepEqual(app.errors, []);
  });
});

describe('on a small laptop (900)', () => {
  let app;
  before(async () => (app = await openApp({ viewport: { width: 900, height: 800 } })));
  after(async () => app?.close());

  it('the matrix keeps activity names whole and scrolls sideways instead', async () => {
    const { page, url } = app;
    await page.goto(`${url}/matrix`);
    const names = page.locator('app-matrix-table a.activity .name');
    await names.first().waitFor();
    // Roboto arrives after the first page is drawn; the words must fit in it (the fallback is wider).
    await page.locator('link[href="fonts.css"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() =>
      [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Roboto' && face.status === 'loaded'),
    );
    await page.evaluate(() => document.fonts.ready);
    // A line may end after the hyphen of "non-root" or the slash of "libraries/components".
    assert.deepEqual(await splitWords(names, /[^\s/-]+[/-]?/g), [], 'no activity name is broken inside a word');
    await page.getByRole('region', { name: 'Activity matrix (scrolls sideways)' }).waitFor();
    assert.deepEqual(app.errors, []);
  });
});
