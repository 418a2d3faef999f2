// Heatmap benchmark: the production build served on loopback, headless Chromium, 4 and 200 teams
// with generated progress. Measures
//   - navigation -> painted heatmap, on a first visit (empty cache and browser storage) and on a
//     reload (cached files, assessment in IndexedDB);
//   - a stage change (keyboard, one team, 200 teams visible) -> DOM updated and -> frame painted;
//   - "set for all 200 visible teams" (one click, 200 entries) -> sector recoloured -> frame painted.
// Prints medians of several runs. Run `npm run build` first, then `npm run bench`.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';
import { DIST, startStaticServer } from '../e2e/static-server.mjs';
import { overrides } from './heatmap-data.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** The build to serve (default: the one `npm run build` writes). */
const ROOT = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : DIST;
const TEAM_COUNTS = [4, 200];
const SECTORS = 19 * 5;

if (!existsSync(`${ROOT}index.html`)) {
  console.error(`No production build in ${ROOT}; run "npm run build" first.`);
  process.exit(2);
}

/** Resolves (in the page) once the chart is in the DOM with every sector, after the next paint. */
function waitForPaintedHeatmap(sectors) {
  return new Promise((resolve) => {
    const check = () => {
      const paths = document.querySelectorAll('app-heatmap-chart path.sector');
      if (paths.length !== sectors) return false;
      const domAt = performance.now();
      // rAF runs just before the frame is painted; the task after it runs once it has been.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const navigation = performance.getEntriesByType('navigation')[0];
          const yaml = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.yaml'));
          resolve({
            dom: domAt,
            painted: performance.now(),
            bootstrapped: navigation?.domContentLoadedEventEnd ?? 0,
            dataReceived: Math.max(0, ...yaml.map((entry) => entry.responseEnd)),
          });
        }),
      );
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function measureLoad(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(waitForPaintedHeatmap, SECTORS);
}

/**
 * Presses `key` on (or clicks) `selector` and times, in the page, from the event's timestamp to
 * the DOM change in `watch` (seen by a MutationObserver) and to the end of the frame that paints it.
 * Angular renders in an animation frame when it can: a change made inside a frame's callbacks is
 * painted by that frame, one made in a task is painted by the next frame. A task queued after a
 * frame runs once its rendering (style, layout, paint, commit) is done.
 */
function timeInteraction({ selector, key, click, watch }) {
  return new Promise((resolve) => {
    const target = document.querySelector(selector);
    const watched = document.querySelector(watch);
    let inFrame = false;
    let running = true;
    const loop = () => {
      if (!running) return;
      inFrame = true;
      setTimeout(() => (inFrame = false));
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    let start;
    let changedAt;
    const snapshot = () => watched.getAttribute('style') + watched.textContent;
    const before = snapshot();
    const done = () => {
      running = false;
      resolve({ dom: changedAt - start, painted: performance.now() - start });
    };
    const observer = new MutationObserver(() => {
      if (changedAt !== undefined || snapshot() === before) return;
      changedAt = performance.now();
      observer.disconnect();
      if (inFrame) setTimeout(done);
      else requestAnimationFrame(() => setTimeout(done));
    });
    observer.observe(watched, { attributes: true, characterData: true, childList: true, subtree: true });
    const record = (event) => (start ??= event.timeStamp);
    addEventListener('keydown', record, { capture: true, once: true });
    addEventListener('click', record, { capture: true, once: true });
    // Start between frames, as a user's key press does on average.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (click) target.click();
        else target.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode: 40, bubbles: true, cancelable: true }));
      }),
    );
  });
}

async function benchTeams(browser, count) {
  const server = await startStaticServer(ROOT, overrides(count));
  const cold = [];
  const coldParts = [];
  const warm = [];
  const stage = [];
  const setAll = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const first = await measureLoad(page, `${server.url}/`);
      cold.push(first.painted);
      coldParts.push(first);
      await page.waitForTimeout(600); // let the first save to IndexedDB finish
      warm.push((await measureLoad(page, `${server.url}/`)).painted);

      if (count === 200) {
        await page.locator('path.sector[data-key="0:1"]').click();
        await page
          .getByRole('button', { name: /^Show the stages of 200 teams$/ })
          .first()
          .click();
        const select = 'app-activity-assessment mat-select';
        await page.locator(select).first().waitFor();
        await page.locator(select).first().focus();
        await page.waitForTimeout(300);
        // mat-select changes its value with ArrowDown while closed.
        stage.push(
          await page.evaluate(timeInteraction, {
            selector: select,
            key: 'ArrowDown',
            watch: 'app-activity-assessment mat-select',
          }),
        );
        await page.waitForTimeout(600);
        await page
          .getByRole('button', { name: /^Set for all 200 visible teams/ })
          .first()
          .click();
        await page.getByRole('menuitem', { name: 'Fully implemented' }).waitFor();
        setAll.push(
          await page.evaluate(timeInteraction, {
            selector: '.mat-mdc-menu-panel button:last-of-type',
            click: true,
            watch: 'path.sector[data-key="0:1"]',
          }),
        );
      }
      if (errors.length > 0) throw new Error(errors.join('\n'));
      await context.close();
    }
  } finally {
    await server.close();
  }
  return { count, cold, coldParts, warm, stage, setAll };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value) => (value === undefined ? '-' : `${value.toFixed(1)} ms`);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const results = [];
  for (const count of TEAM_COUNTS) results.push(await benchTeams(browser, count));
  console.log(`\nHeatmap benchmark (median of ${RUNS} runs, headless Chromium, loopback static server)\n`);
  const rows = [['measure', ...results.map((r) => `${r.count} teams`)]];
  rows.push(['navigation -> painted heatmap, first visit', ...results.map((r) => ms(median(r.cold)))]);
  rows.push(['navigation -> painted heatmap, reload', ...results.map((r) => ms(median(r.warm)))]);
  const part = (label, pick) => rows.push([label, ...results.map((r) => ms(median(r.coldParts.map(pick))))]);
  part('  first visit: navigation -> app bootstrapped (DCL)', (t) => t.bootstrapped);
  part('  first visit: navigation -> last YAML file received', (t) => t.dataReceived);
  part('  first visit: last YAML received -> painted', (t) => t.painted - t.dataReceived);
  const interaction = (label, key, pick) =>
    rows.push([label, ...results.map((r) => (r[key].length ? ms(median(r[key].map(pick))) : '-'))]);
  interaction('stage change (keyboard, 1 team) -> DOM updated', 'stage', (t) => t.dom);
  interaction('stage change (keyboard, 1 team) -> frame painted', 'stage', (t) => t.painted);
  interaction('set for all 200 teams -> sector recoloured', 'setAll', (t) => t.dom);
  interaction('set for all 200 teams -> frame painted', 'setAll', (t) => t.painted);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('\nTargets: <= 250 ms (4 teams) and <= 400 ms (200 teams) to the painted heatmap; <= 16 ms from a');
  console.log('stage change to the next painted frame at 200 teams.');
} finally {
  await browser.close();
}
