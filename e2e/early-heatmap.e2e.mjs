// The start page's heatmap painted by main.ts before Angular (shared/early-heatmap): it shows what
// Angular's chart then shows (every sector's fill), where and as large as Angular's chart is, is
// accessible while it is there, and is not painted where it cannot be told in advance.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { overrides, progressYaml, teamNames, withCompactProgress } from '../bench/heatmap-data.mjs';
import { openApp } from './support.mjs';
import { allSaved, axeViolations, putStoredRecord, setStage, storedRecord } from './steps.mjs';

/**
 * An init script: keeps what the early chart showed when it appeared (`window.earlyChart`) and,
 * when it went, the box and fills of Angular's chart at that moment.
 */
function watchEarlyChart() {
  const fills = (selector) =>
    Object.fromEntries(
      [...document.querySelectorAll(selector)].map((path) => [path.dataset.key, getComputedStyle(path).fill]),
    );
  const box = (element) => {
    const r = element.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height];
  };
  const seen = { painted: false, removed: false };
  window.earlyChart = seen;
  new MutationObserver(() => {
    const chart = document.querySelector('[data-early-heatmap]');
    if (chart && !seen.painted) {
      const shell = chart.closest('.early-shell');
      Object.assign(seen, {
        painted: true,
        box: box(chart),
        fills: fills('[data-early-heatmap] path.heat-sector'),
        role: chart.getAttribute('role'),
        label: chart.getAttribute('aria-label'),
        busy: shell.getAttribute('aria-busy'),
        focusable: shell.querySelectorAll('a, button, input, select, textarea, [tabindex]').length,
      });
    }
    if (seen.painted && !seen.removed && !document.querySelector('.early-shell')) {
      const angular = document.querySelector('app-heatmap-chart svg.chart');
      Object.assign(seen, {
        removed: true,
        angularBox: angular && box(angular),
        angularFills: fills('app-heatmap-chart path.sector'),
      });
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * An init script: whether the page touched localStorage before the early chart was in it
 * (`window.storageSeen.beforeChart`), and whether <html> ever had the dark theme's class.
 */
function watchStorageAndTheme() {
  const seen = { beforeChart: 0, dark: false };
  window.storageSeen = seen;
  // Once painted, the early chart is later taken away by Angular's, and the app then writes the
  // theme shown: only the reads before the first paint count (a flag, not the chart's presence).
  let painted = false;
  const chartPainted = () => (painted ||= document.querySelector('[data-early-heatmap]') !== null);
  const owner = Object.getOwnPropertyDescriptor(window, 'localStorage') ? window : Window.prototype;
  const { get } = Object.getOwnPropertyDescriptor(owner, 'localStorage');
  Object.defineProperty(owner, 'localStorage', {
    configurable: true,
    enumerable: true,
    get() {
      if (!chartPainted()) seen.beforeChart++;
      return get.call(this);
    },
  });
  new MutationObserver(() => {
    chartPainted();
    if (document.documentElement?.classList.contains('theme-dark')) seen.dark = true;
  }).observe(document, { attributes: true, attributeFilter: ['class'], childList: true, subtree: true });
}

/** Holds the app's scripts (those main.ts loads after the early paint) until `release()`. */
async function holdApp(page, url) {
  const html = await (await fetch(`${url}/`)).text();
  const deferred = new Set((/<meta name="app-modules" content="([^"]*)"/.exec(html)?.[1] ?? '').split(' '));
  assert.ok(deferred.size > 5, 'index.html lists the app modules for main.ts');
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    if (deferred.has(new URL(route.request().url()).pathname.slice(1))) await held;
    await route.continue();
  });
  return release;
}

const early = (page) => page.evaluate(() => window.earlyChart);

async function handedOver(page) {
  await page.waitForFunction(() => window.earlyChart.removed);
  return early(page);
}

/**
 * The start page loaded with `overrides` served (files mounted over the image's): the early chart
 * and Angular's must be the same, with no errors; `check` looks at the page before it closes.
 */
async function earlyChartWith(overrides, check = async () => undefined, watch = () => undefined) {
  const app = await openApp({ overrides });
  try {
    const { page } = app;
    watch(page);
    await page.addInitScript(watchEarlyChart);
    await page.goto(`${app.url}/`);
    const seen = await handedOver(page);
    assertSameChart(seen);
    await check(page);
    assert.deepEqual(app.errors, []);
    return seen;
  } finally {
    await app.close();
  }
}

function assertSameChart(seen) {
  assert.ok(seen.angularBox, "Angular's chart was drawn when the early one went");
  seen.box.forEach((value, i) =>
    assert.ok(Math.abs(value - seen.angularBox[i]) <= 2, `box ${seen.box} vs Angular's ${seen.angularBox}`),
  );
  assert.equal(Object.keys(seen.fills).length, 19 * 5);
  assert.deepEqual(seen.fills, seen.angularFills);
}

describe('the heatmap painted before Angular', () => {
  for (const { width, height, colorScheme } of [
    { width: 1280, height: 900, colorScheme: 'light' },
    { width: 390, height: 844, colorScheme: 'dark' },
  ]) {
    it(`shows Angular's chart, in its place, before Angular (${width} px, ${colorScheme})`, async () => {
      const app = await openApp({ viewport: { width, height }, colorScheme, bypassCSP: true });
      try {
        const { page } = app;
        await page.addInitScript(watchEarlyChart);
        const release = await holdApp(page, app.url);
        await page.goto(`${app.url}/?teams=Team%20A,Team%20B`);
        const chart = page.getByRole('img', { name: /^Circular heatmap for Team A, Team B: / });
        await chart.waitFor();
        const seen = await early(page);
        assert.equal(seen.busy, 'true');
        assert.equal(seen.focusable, 0, 'nothing in the stand-in takes the focus');
        assert.equal(await page.locator('app-heatmap-chart').count(), 0, 'Angular has not drawn yet');
        assert.deepEqual(await axeViolations(page), []);
        release();
        assertSameChart(await handedOver(page));
        assert.equal(await page.locator('.early-shell').count(), 0);
        assert.deepEqual(app.errors, []);
      } finally {
        await app.close();
      }
    });
  }

  it('is painted on a first visit without a read of localStorage, in the system theme to the end', async () => {
    // An origin's first read of localStorage waits while the browser loads its storage (up to
    // 118 ms measured), and on a first visit there is nothing of the app's to read.
    const app = await openApp({ colorScheme: 'light' });
    try {
      const { page } = app;
      await page.addInitScript(watchEarlyChart);
      await page.addInitScript(watchStorageAndTheme);
      await page.goto(`${app.url}/`);
      assertSameChart(await handedOver(page));
      assert.deepEqual(await page.evaluate(() => window.storageSeen), { beforeChart: 0, dark: false });

      // Site data cleared but for localStorage, whose copy of the theme last shown says dark: the
      // database is gone, so is the stored theme, and the app shows the system's from the first paint.
      const cleared = await openApp({ colorScheme: 'light' });
      try {
        const fresh = cleared.page;
        // A file, not a route: the server answers any other path with the app, which would create
        // the database before the next navigation (or not: CI failed here now and then).
        await fresh.goto(`${cleared.url}/fonts.css`);
        await fresh.evaluate(() => localStorage.setItem('dsomm-studio.theme-shown', 'dark'));
        await fresh.addInitScript(watchEarlyChart);
        await fresh.addInitScript(watchStorageAndTheme);
        await fresh.goto(`${cleared.url}/`);
        assertSameChart(await handedOver(fresh));
        await fresh.getByRole('button', { name: /^Colour theme: follow the system\./ }).waitFor();
        assert.deepEqual(await fresh.evaluate(() => window.storageSeen), { beforeChart: 0, dark: false });
        assert.equal(await fresh.evaluate(() => localStorage.getItem('dsomm-studio.theme-shown')), 'system');
        assert.deepEqual(cleared.errors, []);
      } finally {
        await cleared.close();
      }
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });

  it("includes the browser's stored data, and leaves custom activity files to Angular", async () => {
    const app = await openApp();
    try {
      const { page } = app;
      await page.addInitScript(watchEarlyChart);
      await page.goto(`${app.url}/`);
      await handedOver(page);
      await page.locator('path.sector[data-key="0:1"]').click();
      await setStage(page, 'Team A', 'Defined build process', 'Fully implemented');
      await allSaved(page);
      await page.goto(`${app.url}/`);
      const seen = await handedOver(page);
      assertSameChart(seen);
      // The stage set above colours the sector, in both charts.
      assert.notEqual(seen.fills['0:1'], seen.fills['1:1']);

      const record = await storedRecord(page);
      const overlay =
        'Build and Deployment:\n  Build:\n    Extra step:\n      uuid: 0b8d3b3c-3c9a-4a43-8a2b-5f1d2d0c9e11\n      level: 1\n';
      await putStoredRecord(page, {
        ...record,
        value: { ...record.value, customFiles: [{ name: 'extra.yaml', text: overlay }] },
      });
      await page.goto(`${app.url}/`);
      await page.locator('app-heatmap-chart path.sector').first().waitFor();
      assert.equal((await early(page)).painted, false, 'custom files: Angular paints');
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });

  it("reads a model mounted over the image's, rather than the build's snapshot of it", async () => {
    const bundled = readFileSync(new URL('../src/assets/YAML/default/model.yaml', import.meta.url), 'utf8');
    // The Build sub-dimension's level-1 activities moved to level 2: its innermost sector empties.
    const lines = bundled.split('\n');
    const build = lines.indexOf('  Build:');
    const next = lines.findIndex((line, i) => i > build && /^  \S/.test(line));
    const mounted = [
      ...lines.slice(0, build),
      ...lines.slice(build, next).map((line) => line.replace(/^ {6}level: 1$/, '      level: 2')),
      ...lines.slice(next),
    ].join('\n');
    assert.notEqual(mounted, bundled);
    await earlyChartWith({ '/assets/YAML/default/model.yaml': mounted }, async (page) =>
      // The same in both charts (their fills are equal): drawn as a sector without activities.
      assert.match(await page.locator('path.sector[data-key="0:1"]').getAttribute('class'), /\bempty\b/),
    );
  });

  it("reads a meta.yaml mounted over the image's, rather than the build's read of it", async () => {
    const bundled = readFileSync(new URL('../src/assets/YAML/meta.yaml', import.meta.url), 'utf8');
    // Started counts 80% rather than 20%, and "All teams" is called "Everyone".
    const mounted = bundled
      .replace(/(  Started:\n    score: )20%/, '$180%')
      .replace('allTeamsGroupName: All teams', 'allTeamsGroupName: Everyone');
    assert.notEqual(mounted, bundled);
    assert.equal(mounted.split('\n').length, bundled.split('\n').length);
    // Team A has started the Build sub-dimension's level-1 activity "Defined build process".
    const progress = [
      'progress:',
      '  f6f7737f-25a9-4317-8de2-09bf59f29b5b:',
      '    Team A:',
      '      Started: 2026-01-10',
      '',
    ].join('\n');
    const buildLevel1 = async (overrides) => {
      const seen = await earlyChartWith({ '/assets/YAML/team-progress.yaml': progress, ...overrides });
      return { fill: seen.fills['0:1'], label: seen.label };
    };
    const withBundled = await buildLevel1({});
    const withMounted = await buildLevel1({ '/assets/YAML/meta.yaml': mounted });
    assert.match(withBundled.label, /All teams/);
    assert.match(withMounted.label, /Everyone/);
    assert.notEqual(withMounted.fill, withBundled.fill, "the mounted meta.yaml's score of Started");
  });

  it("paints 1,000 teams from the compact progress deployed beside the YAML, as the YAML's read paints them", async () => {
    const yamlOnly = await earlyChartWith(overrides(1000));
    const compactAnswers = [];
    const watch = (page) =>
      page.on('response', (response) => {
        if (response.url().endsWith('/assets/YAML/team-progress.compact.json')) compactAnswers.push(response.status());
      });
    const withCompact = await earlyChartWith(overrides(1000, { compact: true }), undefined, watch);
    assert.deepEqual(compactAnswers, [200], 'the compact form was asked for, once');
    assert.deepEqual(withCompact.fills, yamlOnly.fills);
    assert.equal(withCompact.label, yamlOnly.label);
  });

  it('never paints a compact form over a progress file mounted since it was written', async () => {
    // Written for the image's progress; then a team-progress.yaml mounted over it, whose teams
    // have not got past "Started" anywhere: the early chart must show that file, not the old form.
    const image = withCompactProgress(overrides(1000));
    const mounted = progressYaml(teamNames(1000)).replace(/^ {6}(Fully|Partly) implemented: .*\n/gm, '');
    const stale = await earlyChartWith({
      ...image,
      '/assets/YAML/team-progress.yaml': mounted,
    });
    const without = await earlyChartWith({
      ...overrides(1000),
      '/assets/YAML/team-progress.yaml': mounted,
    });
    const old = await earlyChartWith(image);
    assert.deepEqual(stale.fills, without.fills);
    assert.notDeepEqual(stale.fills, old.fills, "the mounted file's scores differ from the image's");
  });

  it('is not painted when the only note about the files is a date after today', async () => {
    // The note's banner would follow the early chart and move the page (the README's rule).
    const progress = [
      'progress:',
      '  f6f7737f-25a9-4317-8de2-09bf59f29b5b:',
      '    Team A:',
      '      Started: 2999-01-10',
      '',
    ].join('\n');
    const app = await openApp({ overrides: { '/assets/YAML/team-progress.yaml': progress } });
    try {
      const { page } = app;
      await page.addInitScript(watchEarlyChart);
      await page.goto(`${app.url}/`);
      await page.getByText(/^1 note about the loaded files$/).click();
      await page.getByText(/stage "Started" is dated 2999-01-10, after today/).waitFor();
      await page.getByText('team-progress.yaml, line 4', { exact: true }).waitFor();
      await page.locator('app-heatmap-chart path.sector').first().waitFor();
      assert.equal((await early(page)).painted, false);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });

  it('is not painted on another page, with a sector opened, or when a theme would change', async () => {
    const app = await openApp();
    try {
      const { page } = app;
      await page.addInitScript(watchEarlyChart);
      await page.goto(`${app.url}/matrix`);
      await page.locator('app-matrix-table').waitFor();
      assert.equal((await early(page)).painted, false);
      // index.html's stand-in of the start page (hidden until painted) is gone, not left over the app.
      assert.equal(await page.locator('.early-shell').count(), 0);
      await page.goto(`${app.url}/?sector=Build&level=1`);
      await page.getByRole('heading', { name: /^Build\s+level 1$/ }).waitFor();
      assert.equal((await early(page)).painted, false);
      // Shown until the store has loaded, then the stored choice (none: the system's).
      await page.evaluate(() => localStorage.setItem('dsomm-studio.theme-shown', 'dark'));
      await page.goto(`${app.url}/`);
      await page.locator('app-heatmap-chart path.sector').first().waitFor();
      assert.equal((await early(page)).painted, false);
      assert.equal(await page.locator('.early-shell').count(), 0);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
});
