// Benchmark of the production build (issue 8): builds nothing itself, serves a copy of the build on
// loopback (with generated YAML, gzipped as nginx does) and drives headless Chromium. For 4, 50,
// 200 and 1,000 teams with generated progress (1,000 twice: the YAML only, and with the progress
// file's compact form beside it, written by `dsomm compact`), and for a model of 2,000 activities:
//   - cold load (new browser profile: empty cache and storage) -> heatmap painted, and -> matrix
//     rows painted; a reload -> heatmap painted (cached files, assessment in IndexedDB);
//   - JS heap after the cold load (after a forced garbage collection);
//   - a stage change (keyboard, one team; six presses per run, at moments spread over a frame
//     interval) -> DOM updated, -> the next frame (the requestAnimationFrame callback of the frame
//     that shows it: the issue's "stage change to next frame") and -> that frame painted; "set for
//     all visible teams" -> the next frame showing the recoloured sector;
//   - initial transfer: encoded (gzip) body sizes and number of the requests (the page's and any
//     worker's) made before the heatmap was in the page and completed when it was painted;
//   - User Timing marks of the app (main.ts ran, served files read, heatmap painted by main.ts,
//     Angular bootstrapped, data ready), and when Angular's chart took over from main.ts's (the app
//     can be used from then on);
//   - the floors (floors.mjs, built by this run): a static HTML page with the heatmap's 95 sector
//     paths and a bare Angular app rendering them, loaded cold once in every run of every case, so
//     that "cold load -> heatmap painted" is also given as a multiple of each, taken in the same run;
//   - the same cold load and bare floor without DevTools' network tracking (bench/bare-pipe.mjs, a
//     second Chromium driven without Playwright, which always enables it and with it copies and
//     decodes every response body on the page's main thread), floor then app in every run.
// Prints the medians of BENCH_RUNS runs (default 5) after one warm-up run per case.
//   npm run build && npm run bench                   all cases
//   BENCH_DIST=/path/to/browser npm run bench        another build (copied to a temp dir first)
//   BENCH_ONLY=4,200 npm run bench                   only the cases of 4 and 200 teams (chosenCases)
//   BENCH_ONLY=compact npm run bench                 only 1,000 teams with the compact progress
//   npm run bench -- --readme                        also writes the table into README.md
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';
import { DIST } from '../e2e/static-server.mjs';
import { startBenchServer } from './bench-server.mjs';
import { buildFloors, HEATMAP_TARGET } from './floors.mjs';
import { overrides } from './heatmap-data.mjs';
import { launchBarePipe, loadOverPipe } from './bare-pipe.mjs';
import { measureLoad, observePainted } from './measure-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SOURCE = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : DIST;
const WRITE_README = process.argv.includes('--readme');
const ALL_CASES = [
  { name: '4 teams', teams: 4 },
  { name: '50 teams', teams: 50 },
  { name: '200 teams', teams: 200 },
  // Both ways a deployment can serve 1,000 teams: the YAML alone, and with the compact form of the
  // progress file beside it, written by the deployment step the README gives (`dsomm compact`).
  { name: '1,000 teams, YAML only', teams: 1000 },
  { name: '1,000 teams, compact progress', teams: 1000, compact: true },
  { name: '2,000 activities', teams: 4, activities: 2000 },
];

/**
 * The cases BENCH_ONLY names: a number, the case of that many (the number its name starts with:
 * `1000` or `1,000` for 1,000 teams, `2000` for 2,000 activities; `1` none); a word, the cases
 * whose name holds it (`activities`).
 */
function chosenCases(only) {
  if (!only) return ALL_CASES;
  const count = (text) => Number(text.replaceAll(',', ''));
  const matches = (name, wanted) =>
    /^\d[\d,]*$/.test(wanted)
      ? count(name.split(' ')[0]) === count(wanted)
      : name.toLowerCase().includes(wanted.toLowerCase());
  const wanted = only
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // `1,000` arrives split at its comma: three digits after a number are its own when together
  // they name a case (`4,200` stays the cases of 4 and 200).
  const names = (part) => ALL_CASES.some(({ name }) => matches(name, part));
  const joined = wanted.reduce((list, part) => {
    const together = `${list.at(-1)},${part}`;
    return /^\d{3}$/.test(part) && /^\d[\d,]*$/.test(list.at(-1) ?? '') && names(together)
      ? [...list.slice(0, -1), together]
      : [...list, part];
  }, []);
  return ALL_CASES.filter(({ name }) => joined.some((part) => matches(name, part)));
}
const CASES = chosenCases(process.env.BENCH_ONLY);
if (CASES.length === 0) {
  console.error(
    `BENCH_ONLY=${process.env.BENCH_ONLY} names no case; the cases: ${ALL_CASES.map((c) => c.name).join(', ')}`,
  );
  process.exit(2);
}
console.log(`Cases: ${CASES.map((c) => c.name).join(', ')}`);
const TARGETS = { heatmap4: 250, heatmap200: 400, stage200: 16, transferKb: 150, floor4: 1.5, floor1000: 2.5 };

if (!existsSync(`${SOURCE}index.html`)) {
  console.error(`No production build in ${SOURCE}; run "npm run build" first.`);
  process.exit(2);
}
// Other work may rebuild dist/ meanwhile: measure a copy taken now.
const ROOT = `${mkdtempSync(join(tmpdir(), 'dsomm-bench-'))}/`;
cpSync(SOURCE, ROOT, { recursive: true });

const HEATMAP = HEATMAP_TARGET;
const MATRIX = { selector: 'app-matrix-table tbody tr:not(.dimension-row)' };

/**
 * Presses `key` on (or clicks) `selector`, `offset` ms into a frame interval, and times from the
 * event's timestamp to the DOM change in `watch` (seen by a MutationObserver), to the next frame
 * (the requestAnimationFrame callback of the frame that shows the change) and to the end of that
 * frame (a task queued after it runs once its rendering is done). Angular renders in an animation
 * frame when it can: a change made inside a frame's callbacks is shown by that frame, one made in
 * a task by the next frame. Key presses come at any moment of a frame, so the cases press at
 * offsets spread over the frame interval rather than always at the same one.
 */
function timeInteraction({ selector, key, keyCode, click, watch, offset }) {
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
    const observer = new MutationObserver(() => {
      if (changedAt !== undefined || snapshot() === before) return;
      changedAt = performance.now();
      observer.disconnect();
      const painted = (frame) =>
        setTimeout(() => {
          running = false;
          resolve({ dom: changedAt - start, frame: frame - start, painted: performance.now() - start });
        });
      if (inFrame) painted(changedAt);
      else requestAnimationFrame(() => painted(performance.now()));
    });
    observer.observe(watched, { attributes: true, characterData: true, childList: true, subtree: true });
    const record = (event) => (start ??= event.timeStamp);
    addEventListener('keydown', record, { capture: true, once: true });
    addEventListener('click', record, { capture: true, once: true });
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (click) target.click();
        else target.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode, bubbles: true, cancelable: true }));
      }, offset),
    );
  });
}

/** MB of JS heap in use once garbage is collected. */
async function heapMb(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Press offsets in a 16.7 ms frame interval: spread over it, a different set on each run. */
const offsets = (run, count) => Array.from({ length: count }, (_, i) => ((run * 5 + i * 3) % 15) + 0.5);

/**
 * Opens the first sector and times stage changes (down and up again, 6 presses) and one "set for
 * all visible teams" in its first activity.
 */
async function measureInteractions(page, teams, run) {
  await page.locator('path.sector[data-key="0:1"]').click();
  const select = 'app-activity-assessment mat-select';
  if (teams > 8) {
    await page
      .getByRole('button', { name: /^Show the stages of [\d,]+ teams$/ })
      .first()
      .click();
  }
  await page.locator(select).first().waitFor();
  await page.locator(select).first().focus();
  await page.waitForTimeout(300);
  const stage = [];
  for (const [i, offset] of offsets(run, 6).entries()) {
    // mat-select changes its value with the arrow keys while closed.
    const [key, keyCode] = i % 2 === 0 ? ['ArrowDown', 40] : ['ArrowUp', 38];
    stage.push(await page.evaluate(timeInteraction, { selector: select, key, keyCode, watch: select, offset }));
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(600);
  await page
    .getByRole('button', { name: /^Set for all [\d,]+ visible teams/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'Fully implemented' }).waitFor();
  const setAll = await page.evaluate(timeInteraction, {
    selector: '.mat-mdc-menu-panel button:last-of-type',
    click: true,
    watch: 'path.sector[data-key="0:1"]',
    offset: offsets(run, 1)[0],
  });
  return { stage, setAll };
}

async function runOnce({ browser, pipe }, server, spec, run, floors) {
  const errors = [];
  const open = async (target) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(observePainted, target);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    return { context, page };
  };
  const result = { floors: {} };
  for (const [name, url] of Object.entries(floors)) {
    const { context, page } = await open(HEATMAP);
    result.floors[name] = await measureLoad(page, `${url}/`);
    await context.close();
  }
  {
    const { context, page } = await open(HEATMAP);
    result.cold = await measureLoad(page, `${server.url}/`);
    result.heap = await heapMb(context, page);
    await page.waitForTimeout(600); // let the first save to IndexedDB finish
    result.warm = await measureLoad(page, `${server.url}/`);
    Object.assign(result, await measureInteractions(page, spec.teams, run));
    await context.close();
  }
  {
    const { context, page } = await open(MATRIX);
    result.matrix = await measureLoad(page, `${server.url}/matrix`);
    await context.close();
  }
  // The untracked pair last, so that the tracked rows are measured as before.
  const floor = await loadOverPipe(pipe, `${floors.bare}/`, false);
  result.untracked = { floor: floor.painted, cold: (await loadOverPipe(pipe, `${server.url}/`, false)).painted };
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return result;
}

async function benchCase(browsers, spec, floors) {
  const server = await startBenchServer(
    ROOT,
    overrides(spec.teams, { activities: spec.activities, compact: spec.compact }),
  );
  const runs = [];
  try {
    await runOnce(browsers, server, spec, RUNS, floors); // warm-up: server caches, Chromium's code caches
    for (let run = 0; run < RUNS; run++) runs.push(await runOnce(browsers, server, spec, run, floors));
  } finally {
    await server.close();
  }
  process.stderr.write(`  ${spec.name}: done\n`);
  return { ...spec, runs };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// A mark the build does not set (an older build) reads as a dash.
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 100 ? 1 : 0)} ms` : '–');
const kb = (bytes) => `${(bytes / 1000).toFixed(bytes < 10e6 ? 1 : 0)} kB`;
const mb = (value) => `${value.toFixed(1)} MB`;
const times = (value) => `${value.toFixed(2)}×`;

const ROWS = [
  ['cold load -> heatmap painted', (r) => r.cold.painted, ms],
  ['  floor: static HTML page with the 95 paths -> painted', (r) => r.floors.static.painted, ms],
  ['  floor: bare Angular app with the 95 paths -> painted', (r) => r.floors.bare.painted, ms],
  ['  heatmap painted / static floor (same run)', (r) => r.cold.painted / r.floors.static.painted, times],
  ['  heatmap painted / bare Angular floor (same run)', (r) => r.cold.painted / r.floors.bare.painted, times],
  ['cold load -> heatmap painted, without DevTools network tracking', (r) => r.untracked.cold, ms],
  ['  floor: bare Angular app with the 95 paths -> painted, untracked', (r) => r.untracked.floor, ms],
  ['  heatmap painted / bare Angular floor (same run, untracked)', (r) => r.untracked.cold / r.untracked.floor, times],
  ["cold load -> Angular's heatmap drawn (usable)", (r) => r.cold.interactive, ms],
  ['cold load -> matrix rows painted', (r) => r.matrix.painted, ms],
  ['reload -> heatmap painted', (r) => r.warm.painted, ms],
  ['  cold: navigation -> main script runs, starts reading the files', (r) => r.cold.main, ms],
  ['  cold: navigation -> served files fetched and parsed', (r) => r.cold.read, ms],
  ['  cold: navigation -> heatmap painted before Angular (main.ts)', (r) => r.cold.early, ms],
  ['  cold: navigation -> Angular bootstrapped', (r) => r.cold.bootstrapped, ms],
  ['  cold: navigation -> assessment ready (stored data combined)', (r) => r.cold.loaded, ms],
  ['JS heap after cold load (after GC)', (r) => r.heap, mb],
  ['stage change (keyboard, 1 team) -> DOM updated', (r) => r.stage.map((t) => t.dom), ms],
  ['stage change -> next frame (its rAF)', (r) => r.stage.map((t) => t.frame), ms],
  ['stage change -> next frame painted', (r) => r.stage.map((t) => t.painted), ms],
  ['set for all visible teams -> next frame (its rAF)', (r) => r.setAll.frame, ms],
  ['transfer until heatmap painted (gzip)', (r) => r.cold.transfer, kb],
  ['  of which data files (YAML, compact progress)', (r) => r.cold.dataTransfer, kb],
  ['  of which app (HTML, JS, CSS, fonts)', (r) => r.cold.transfer - r.cold.dataTransfer, kb],
  ['requests until heatmap painted', (r) => r.cold.requests, (n) => String(Math.round(n))],
];

/** The median over all runs of a measure (a run may give several values, e.g. six key presses). */
const measure = (result, pick) => median(result.runs.flatMap((run) => pick(run)));

function table(results) {
  const head = ['', ...results.map((r) => r.name)];
  const body = ROWS.map(([label, pick, format]) => [label, ...results.map((r) => format(measure(r, pick)))]);
  return [head, ...body];
}

function targetReadings(results) {
  const value = (name, pick) => {
    const result = results.find((r) => r.name === name);
    return result && measure(result, pick);
  };
  // Judged on the tracked figure; the untracked one, when given, is shown beside it.
  const reading = (label, actual, limit, format, untracked) =>
    actual === undefined
      ? undefined
      : `- ${label} ≤ ${format(limit)}: ${format(actual)}` +
        (untracked === undefined ? '' : ` (without DevTools network tracking: ${format(untracked)})`) +
        `, **${actual <= limit ? 'met' : 'not met'}**`;
  const app4 = value('4 teams', (r) => r.cold.transfer - r.cold.dataTransfer);
  const issue16 = [
    reading(
      'Heatmap at 4 teams, multiple of the bare Angular floor',
      value('4 teams', (r) => r.cold.painted / r.floors.bare.painted),
      TARGETS.floor4,
      times,
      value('4 teams', (r) => r.untracked.cold / r.untracked.floor),
    ),
    // Judged on the deployment the README gives for many teams; the YAML alone shown too.
    ...['compact progress', 'YAML only'].map((way) =>
      reading(
        `Heatmap at 1,000 teams (${way}), multiple of the bare Angular floor`,
        value(`1,000 teams, ${way}`, (r) => r.cold.painted / r.floors.bare.painted),
        TARGETS.floor1000,
        times,
        value(`1,000 teams, ${way}`, (r) => r.untracked.cold / r.untracked.floor),
      ),
    ),
    reading(
      'Transfer of the app until the heatmap is painted (4 teams, YAML data apart)',
      app4,
      TARGETS.transferKb * 1000,
      kb,
    ),
  ];
  const issue8 = [
    reading(
      'Heatmap at 4 teams',
      value('4 teams', (r) => r.cold.painted),
      TARGETS.heatmap4,
      ms,
    ),
    reading(
      'Heatmap at 200 teams',
      value('200 teams', (r) => r.cold.painted),
      TARGETS.heatmap200,
      ms,
    ),
    reading(
      'Stage change at 200 teams, key press to the next frame',
      value('200 teams', (r) => r.stage.map((t) => t.frame)),
      TARGETS.stage200,
      ms,
    ),
    reading(
      'Initial transfer (4 teams, everything until the heatmap is painted)',
      value('4 teams', (r) => r.cold.transfer),
      TARGETS.transferKb * 1000,
      kb,
    ) + (app4 === undefined ? '' : ` (the app alone: ${kb(app4)}, the rest is the YAML data)`),
  ];
  const lines = (list) => list.filter((line) => line !== undefined);
  return { issue16: lines(issue16), issue8: lines(issue8) };
}

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function writeReadme(rows, readings, machine) {
  const path = new URL('../README.md', import.meta.url);
  const escape = (cell) => cell.replace(/\|/g, '\\|').replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length));
  const markdown = [
    `| ${rows[0].map(escape).join(' | ')} |`,
    `| --- | ${rows[0]
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...rows.slice(1).map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
  const section = [
    '<!-- bench:start (written by `npm run bench -- --readme`) -->',
    `Measured on ${machine.date}: ${machine.text}; median of ${RUNS} runs.`,
    '',
    markdown,
    '',
    'Targets (issue 16):',
    '',
    ...readings.issue16,
    '',
    'Targets (issue 8):',
    '',
    ...readings.issue8,
    '<!-- bench:end -->',
  ].join('\n');
  let readme = readFileSync(path, 'utf8');
  const block = /<!-- bench:start[^]*?<!-- bench:end -->/;
  if (block.test(readme)) readme = readme.replace(block, section);
  else readme = readme.replace('\n## Development', `\n## Performance\n\n${section}\n\n## Development`);
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path.pathname)) ?? {};
  writeFileSync(path, await prettier.format(readme, { ...options, parser: 'markdown' }));
  console.log('\nREADME.md updated.');
}

const load = loadavg()[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});
const floors = buildFloors(['static', 'bare']);
const floorServers = await Promise.all(Object.values(floors.roots).map((root) => startBenchServer(root)));
const pipe = launchBarePipe();
try {
  const floorUrls = Object.fromEntries(Object.keys(floors.roots).map((name, i) => [name, floorServers[i].url]));
  const results = [];
  for (const spec of CASES) results.push(await benchCase({ browser, pipe }, spec, floorUrls));
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    text:
      `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, ` +
      `Node ${process.versions.node}, headless Chromium ${browser.version()}, ` +
      `load average ${load.toFixed(1)} at the start`,
  };
  const rows = table(results);
  const readings = targetReadings(results);
  console.log(`\nHeatmap benchmark, ${machine.date}: ${machine.text}; median of ${RUNS} runs.\n`);
  printTable(rows);
  const plain = (list) => list.join('\n').replace(/\*\*/g, '');
  console.log(`\nTargets (issue 16):\n${plain(readings.issue16)}\n\nTargets (issue 8):\n${plain(readings.issue8)}`);
  if (WRITE_README) await writeReadme(rows, readings, machine);
} finally {
  await browser.close();
  await pipe.close();
  await Promise.all(floorServers.map((server) => server.close()));
  floors.remove();
  rmSync(ROOT, { recursive: true, force: true });
}
