// Scale benchmark (issue 16) of the production build, in headless Chromium, with generated data:
//   - 10,000 teams with progress on every activity (their highest stage, see compactProgressYaml):
//     after a cold load of the heatmap, each page is opened in the app (a router navigation) and
//     timed until its content is painted; then the longest main-thread task (PerformanceObserver
//     'longtask') while typing in the page's search field and while toggling a team; and a cold
//     visit straight to /report and to /history (their URL opened, no heatmap before): the page
//     painted after the data is loaded, and the longest task from then; `groups` is the compare
//     page with two groups of 5,000 teams;
//   - 100,000 teams (teams.yaml, and a progress file for all of them, streamed: ~500 MB): what the
//     app shows within a minute, and the longest main-thread task meanwhile;
//   - the mappings page's exports at 10,000 teams (Excel, CSV, per team CSV, the Statement of
//     Applicability): button pressed -> file saved, the longest main-thread task meanwhile, its size;
//   - the data centre's import of a 14 MB progress file of 1,000 teams (every activity, as
//     e2e/large-import): file chosen -> preview shown (read and worked out in the import worker),
//     and the longest task meanwhile; then Merge clicked -> imported, and its longest task.
//   npm run build && npm run bench:scale
//   BENCH_ONLY=pages,direct,export,huge,import npm run bench:scale      only some parts
//   BENCH_PAGES=teams,report npm run bench:scale          only some pages
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { DIST, startStaticServer } from '../e2e/static-server.mjs';
import { launchChromium } from './measure-load.mjs';
import { bigProgressYaml, compactProgressYaml, modelActivities, teamNames, teamsYaml } from './heatmap-data.mjs';

const SOURCE = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : DIST;
const PARTS = ['pages', 'direct', 'export', 'import', 'huge'];
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
// A part named otherwise ('exports', '10000') ran nothing and said nothing.
if (ONLY?.some((part) => !PARTS.includes(part))) {
  console.error(`BENCH_ONLY=${process.env.BENCH_ONLY}: the parts are ${PARTS.join(', ')}`);
  process.exit(2);
}
const PAGE_FILTER = process.env.BENCH_PAGES?.split(',');
const PAGE_TIMEOUT = Number(process.env.BENCH_PAGE_TIMEOUT ?? 60_000);
const TEAMS = 10_000;
const HUGE = 100_000;
const TARGETS = { render: 2000, task: 200, preview: 1500 };

if (!existsSync(`${SOURCE}index.html`)) {
  console.error(`No production build in ${SOURCE}; run "npm run build" first.`);
  process.exit(2);
}
const ROOT = `${mkdtempSync(join(tmpdir(), 'dsomm-scale-'))}/`;
cpSync(SOURCE, ROOT, { recursive: true });

const ACTIVITY = modelActivities()[0].uuid;
const TEAM_CHIP = 'app-team-chips [role=option]:last-child';
const CHIP_SEARCH = 'app-team-chips input[type=search]';
/**
 * Each page: where it is, what shows once it has rendered, and what is typed into / clicked on it.
 * `search` is typed into ("Team 9999"); `toggle` is clicked (a team chip, a team of a list).
 */
const PAGES = [
  { name: 'heatmap', path: '/', ready: 'app-heatmap-chart path.sector', search: CHIP_SEARCH, toggle: TEAM_CHIP },
  {
    name: 'matrix',
    path: '/matrix',
    ready: 'app-matrix-table tbody tr:not(.dimension-row)',
    search: CHIP_SEARCH,
    toggle: TEAM_CHIP,
  },
  {
    name: 'activity',
    path: `/activity/${ACTIVITY}`,
    ready: 'app-activity-progress app-team-stages',
    search: CHIP_SEARCH,
    toggle: TEAM_CHIP,
  },
  { name: 'mapping', path: '/mapping', ready: 'app-mapping-table tr', search: CHIP_SEARCH, toggle: TEAM_CHIP },
  // The inverse view, every control of ISO 27001:2022 with how far the teams (all 10,000) are.
  {
    name: 'controls',
    path: '/mapping?view=controls',
    ready: 'app-control-table tbody tr',
    search: CHIP_SEARCH,
    toggle: TEAM_CHIP,
  },
  { name: 'roadmap', path: '/roadmap', ready: 'app-roadmap-list li, app-roadmap-page .app-empty', picker: true },
  { name: 'compare', path: '/compare', ready: 'app-compare-page app-radar-chart svg', picker: true },
  // The two groups of 5,000 teams side by side (a link to them, or both chosen in the picker), then a team added.
  {
    name: 'groups',
    path: '/compare?compare=group:First%20half&compare=group:Second%20half',
    ready: 'app-compare-page app-radar-chart svg',
    complete: 'app-compare-page:not([aria-busy=true]) app-compare-table:not([aria-busy=true])',
    picker: true,
  },
  {
    name: 'history',
    path: '/history',
    ready: 'app-score-line-chart svg',
    search: CHIP_SEARCH,
    toggle: TEAM_CHIP,
    direct: true,
  },
  // The summary and the first entries render at once, the other entries in steps: `complete` is when all are.
  {
    name: 'report',
    path: '/report',
    ready: 'app-report-summary',
    complete: 'app-report-page[aria-busy=false]',
    direct: true,
  },
  {
    name: 'teams',
    path: '/teams',
    ready: 'app-team-list li[data-team], app-team-list [role=option]',
    search: 'app-team-list input[type=search]',
    toggle: 'app-team-list [data-team] button.name, app-team-list [role=option]',
  },
  { name: 'settings', path: '/settings', ready: 'app-stage-editor li' },
  { name: 'data', path: '/data', ready: 'app-download-panel button' },
].filter(({ name }) => !PAGE_FILTER || PAGE_FILTER.includes(name));

/** Init script: keeps every long task (> 50 ms) of the page, and the time of each navigation's start. */
function observeTasks() {
  window.benchTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves once `selector` matches and the frame showing it has been painted: the time then. */
function waitPainted(selector) {
  return new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(selector)) return false;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** A router navigation to `path`: Angular's router follows popstate to the location's URL. */
function navigate(path) {
  const start = performance.now();
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate', { state: null }));
  return start;
}

const longest = (page, from) =>
  page.evaluate(
    (from) => Math.max(0, ...window.benchTasks.filter((t) => t.start >= from).map((t) => t.duration)),
    from,
  );

/** page.evaluate, or undefined after `ms` (a page whose main thread hangs answers nothing). */
async function within(ms, promise) {
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function openContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(observeTasks);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, errors };
}

/** Cold load of the heatmap: ms from navigation to the data loaded and to the heatmap painted. */
async function coldLoad(page, url) {
  await page.goto(`${url}/`, { waitUntil: 'commit' });
  const painted = await within(
    10 * PAGE_TIMEOUT,
    page.evaluate(waitPainted, 'app-heatmap-chart path.sector').catch(() => undefined),
  );
  const loaded = await page.evaluate(() => performance.getEntriesByName('dsomm:loaded')[0]?.startTime);
  return { painted, loaded };
}

/**
 * A cold visit straight to the page's URL (no heatmap scored before): ms from navigation to the
 * data loaded and to the page painted (and `complete`), and the longest task from the data loaded.
 */
async function directVisit(browser, url, spec) {
  const { context, page, errors } = await openContext(browser);
  try {
    await page.goto(`${url}${spec.path}`, { waitUntil: 'commit' });
    const painted = await within(
      10 * PAGE_TIMEOUT,
      page.evaluate(waitPainted, spec.ready).catch(() => undefined),
    );
    const complete =
      painted !== undefined && spec.complete
        ? await within(
            PAGE_TIMEOUT,
            page.evaluate(waitPainted, spec.complete).catch(() => undefined),
          )
        : undefined;
    const loaded = await page.evaluate(() => performance.getEntriesByName('dsomm:loaded')[0]?.startTime);
    await page.waitForTimeout(500);
    const task = await within(PAGE_TIMEOUT, longest(page, loaded ?? 0));
    return { name: spec.name, loaded, painted, complete, task, errors };
  } finally {
    await context.close();
  }
}

async function directCase(browser) {
  const teams = teamNames(TEAMS);
  const server = await startStaticServer(ROOT, {
    '/assets/YAML/default/teams.yaml': teamsYaml(teams),
    '/assets/YAML/team-progress.yaml': compactProgressYaml(teams),
  });
  try {
    const results = [];
    for (const spec of PAGES.filter((spec) => spec.direct)) {
      const result = await directVisit(browser, server.url, spec);
      process.stderr.write(`  ${spec.name}, opened directly: ${JSON.stringify(result)}\n`);
      results.push(result);
    }
    return results;
  } finally {
    await server.close();
  }
}

async function interact(page, spec) {
  const result = {};
  if (spec.search && (await page.locator(spec.search).count()) > 0) {
    const from = await page.evaluate(() => performance.now());
    await page.locator(spec.search).first().click();
    await page.keyboard.type('Team 9999', { delay: 80 });
    await within(PAGE_TIMEOUT, page.waitForTimeout(1000));
    result.search = await within(PAGE_TIMEOUT, longest(page, from));
  }
  if (spec.toggle && (await page.locator(spec.toggle).count()) > 0) {
    const from = await page.evaluate(() => performance.now());
    await page.locator(spec.toggle).first().click();
    await within(PAGE_TIMEOUT, page.waitForTimeout(1000));
    result.toggle = await within(PAGE_TIMEOUT, longest(page, from));
  }
  if (spec.picker) {
    // The team picker: "Team 9999" typed, then the first team found chosen.
    const from = await page.evaluate(() => performance.now());
    await page.locator('app-team-picker input').first().focus();
    await page.keyboard.type('Team 9999', { delay: 80 });
    await within(PAGE_TIMEOUT, page.waitForTimeout(1000));
    result.search = await within(PAGE_TIMEOUT, longest(page, from));
    const option = page.locator('mat-option:not(.mat-mdc-option-disabled)').first();
    if (
      await within(
        PAGE_TIMEOUT,
        option.waitFor().then(() => true),
      )
    ) {
      const at = await page.evaluate(() => performance.now());
      await option.click();
      await within(PAGE_TIMEOUT, page.waitForTimeout(1000));
      result.toggle = await within(PAGE_TIMEOUT, longest(page, at));
    }
  }
  return result;
}

async function pagesCase(browser) {
  const teams = teamNames(TEAMS);
  const started = Date.now();
  const server = await startStaticServer(ROOT, {
    '/assets/YAML/default/teams.yaml': teamsYaml(teams),
    '/assets/YAML/team-progress.yaml': compactProgressYaml(teams),
  });
  process.stderr.write(`  ${TEAMS} teams: data generated in ${Date.now() - started} ms\n`);
  const results = [];
  let open;
  const fresh = async () => {
    if (open) await open.context.close();
    open = await openContext(browser);
    open.load = await coldLoad(open.page, server.url);
    process.stderr.write(
      `  cold load: data loaded ${open.load.loaded?.toFixed(0)} ms, heatmap ${open.load.painted?.toFixed(0)} ms\n`,
    );
    await open.page.waitForTimeout(3000); // the first save to IndexedDB
  };
  try {
    await fresh();
    for (const spec of PAGES) {
      const { page } = open;
      const from = await page.evaluate(() => performance.now());
      const start = await page.evaluate(navigate, spec.path === '/' ? '/heatmap' : spec.path);
      const painted = await within(
        PAGE_TIMEOUT,
        page.evaluate(waitPainted, spec.ready).catch(() => undefined),
      );
      const result = { name: spec.name, render: painted === undefined ? undefined : painted - start };
      if (painted !== undefined && spec.complete) {
        const complete = await within(
          PAGE_TIMEOUT,
          page.evaluate(waitPainted, spec.complete).catch(() => undefined),
        );
        result.complete = complete === undefined ? undefined : complete - start;
      }
      if (painted === undefined) {
        process.stderr.write(`  ${spec.name}: not rendered after ${PAGE_TIMEOUT / 1000} s\n`);
        results.push(result);
        await fresh();
        continue;
      }
      await page.waitForTimeout(500);
      result.renderTask = await longest(page, from);
      Object.assign(result, await interact(page, spec));
      process.stderr.write(`  ${spec.name}: ${JSON.stringify(result)}\n`);
      results.push(result);
      if (Object.values(result).includes(undefined)) await fresh();
    }
    return { load: open.load, pages: results, errors: open.errors };
  } finally {
    await open?.context.close();
    await server.close();
  }
}

/** teams.yaml of 100,000 teams and their progress, streamed as it is generated (~500 MB, gzipped). */
async function hugeCase(browser) {
  const teams = teamNames(HUGE);
  const progress = (req, res) => {
    res.writeHead(200, { 'content-type': 'application/yaml', 'cache-control': 'no-cache', 'content-encoding': 'gzip' });
    const gzip = createGzip({ level: 1 });
    gzip.pipe(res);
    const activities = modelActivities();
    let i = 0;
    const write = () => {
      while (i < activities.length) {
        const text = compactProgressYaml(teams, 42 + i, [activities[i]]).replace(
          /^progress:\n/,
          i === 0 ? 'progress:\n' : '',
        );
        i++;
        if (!gzip.write(text)) return gzip.once('drain', write);
      }
      gzip.end();
    };
    write();
    res.on('close', () => gzip.destroy());
  };
  const server = await startStaticServer(
    ROOT,
    { '/assets/YAML/default/teams.yaml': teamsYaml(teams) },
    { '/assets/YAML/team-progress.yaml': progress },
  );
  const { context, page, errors } = await openContext(browser);
  try {
    const started = Date.now();
    await page.goto(`${server.url}/teams`, { waitUntil: 'commit' });
    // Every 5 s: does the page answer, and what does it say?
    const samples = [];
    let shown;
    while (Date.now() - started < PAGE_TIMEOUT) {
      await new Promise((r) => setTimeout(r, 5000));
      const at = Date.now();
      const text = await within(
        5000,
        page.evaluate(() => document.querySelector('main, app-root')?.innerText ?? ''),
      );
      samples.push({ at: at - started, answered: text === undefined ? undefined : Date.now() - at });
      if (text !== undefined) shown = text.replace(/\s+/g, ' ').slice(0, 400);
      if (text && /Teams \(|not read|refused|more than/i.test(text)) break;
    }
    const task = await within(PAGE_TIMEOUT, longest(page, 0));
    return { elapsed: Date.now() - started, shown, samples, task, errors };
  } finally {
    await context.close();
    await server.close();
  }
}

/** The buttons pressed on /mapping, each until its file is saved. */
const EXPORTS = [
  { name: 'Excel (.xlsx)', button: 'Excel (.xlsx)' },
  { name: 'CSV', button: 'CSV', exact: true },
  { name: 'Per team (CSV)', button: 'Per team (CSV)' },
  { name: 'Statement (.xlsx)', button: 'Statement (.xlsx)' },
  { name: 'Statement (CSV)', button: 'Statement (CSV)' },
];

async function exportCase(browser) {
  const teams = teamNames(TEAMS);
  const server = await startStaticServer(ROOT, {
    '/assets/YAML/default/teams.yaml': teamsYaml(teams),
    '/assets/YAML/team-progress.yaml': compactProgressYaml(teams),
  });
  const { context, page, errors } = await openContext(browser);
  try {
    await page.goto(`${server.url}/mapping`, { waitUntil: 'commit' });
    await within(10 * PAGE_TIMEOUT, page.evaluate(waitPainted, 'app-mapping-table tr'));
    await page.waitForTimeout(3000); // the first save to IndexedDB
    const results = [];
    for (const spec of EXPORTS) {
      const from = await page.evaluate(() => performance.now());
      const saved = page.waitForEvent('download', { timeout: 10 * PAGE_TIMEOUT }).catch(() => undefined);
      const button = page.getByRole('button', { name: spec.button, exact: spec.exact ?? false });
      if ((await button.count()) === 0) continue; // a build without that button
      await button.click({ timeout: PAGE_TIMEOUT });
      const download = await saved;
      const at = await page.evaluate(() => performance.now());
      const path = download && (await download.path());
      const bytes = path ? statSync(path).size : undefined;
      await page.waitForTimeout(500);
      const result = { name: spec.name, time: at - from, task: await longest(page, from), bytes };
      process.stderr.write(`  export ${JSON.stringify(result)}\n`);
      results.push(result);
    }
    return { results, errors };
  } finally {
    await context.close();
    await server.close();
  }
}

async function importCase(browser) {
  const server = await startStaticServer(ROOT);
  const text = bigProgressYaml();
  const runs = [];
  try {
    for (let run = 0; run < 3; run++) {
      const { context, page } = await openContext(browser);
      await page.goto(`${server.url}/data`);
      await page.locator('app-import-panel input[type=file]').waitFor({ state: 'attached' });
      await page.waitForTimeout(1000);
      // From the input's change event (the file handed to the page; Playwright's own transfer of
      // 14 MB over the protocol is not the app's) to the preview painted.
      const changed = page.evaluate(
        () =>
          new Promise((resolve) =>
            document
              .querySelector('app-import-panel input[type=file]')
              .addEventListener('change', () => resolve(performance.now()), { capture: true, once: true }),
          ),
      );
      await page
        .locator('app-import-panel input[type=file]')
        .setInputFiles({ name: 'team-progress.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
      const from = await changed;
      // The preview's "What changes" heading: the review's own heading shows while it is worked out.
      const painted = await page.evaluate(waitPainted, 'app-import-review h4');
      await page
        .getByRole('heading', { name: 'Import "team-progress.yaml": a progress file' })
        .waitFor({ timeout: PAGE_TIMEOUT });
      const preview = painted - from;
      await page.waitForTimeout(500);
      const task = await longest(page, from);
      // Apply: the data copied from the worker, merged and stored; a task the user asked for.
      const confirmed = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Merge the file' }).click();
      await page.getByText('Imported team-progress.yaml').waitFor({ timeout: PAGE_TIMEOUT });
      const applied = (await page.evaluate(() => performance.now())) - confirmed;
      runs.push({ preview, task, applied, applyTask: await longest(page, confirmed) });
      await context.close();
    }
  } finally {
    await server.close();
  }
  return { bytes: text.length, runs };
}

const ms = (value) => (value === undefined ? 'not rendered' : `${Math.round(value)} ms`);
const load = loadavg()[0];
const browser = await launchChromium();
try {
  console.log(
    `Scale benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, headless Chromium ${browser.version()}, load average ${load.toFixed(1)}`,
  );
  console.log(`Parts: ${(ONLY ?? PARTS).join(', ')}`);
  if (!ONLY || ONLY.includes('pages')) {
    const { load, pages, errors } = await pagesCase(browser);
    console.log(
      `\n${TEAMS.toLocaleString('en-US')} teams: cold load -> data loaded ${ms(load.loaded)}, heatmap painted ${ms(load.painted)}`,
    );
    console.log('page      render after load  longest task: render  typing a search  toggling a team');
    for (const p of pages) {
      const cell = (v) => (v === undefined ? '–' : ms(v)).padStart(8);
      console.log(
        `${p.name.padEnd(10)}${ms(p.render).padStart(17)}${cell(p.renderTask).padStart(22)}${cell(p.search).padStart(17)}${cell(p.toggle).padStart(17)}`,
      );
    }
    for (const p of pages.filter((p) => 'complete' in p)) {
      console.log(`${p.name}: every part rendered ${ms(p.complete)} after the navigation`);
    }
    const met = (v, limit) => (v !== undefined && v <= limit ? 'met' : 'NOT met');
    const worstRender = Math.max(...pages.map((p) => p.render ?? Infinity));
    const worstTask = Math.max(...pages.map((p) => Math.max(p.search ?? 0, p.toggle ?? 0)));
    console.log(`render ≤ ${TARGETS.render} ms: worst ${ms(worstRender)}, ${met(worstRender, TARGETS.render)}`);
    console.log(
      `task while typing/toggling ≤ ${TARGETS.task} ms: worst ${ms(worstTask)}, ${met(worstTask, TARGETS.task)}`,
    );
    if (errors.length) console.log(`page errors: ${errors.join('\n')}`);
  }
  if (!ONLY || ONLY.includes('direct')) {
    const visits = await directCase(browser);
    console.log(`\n${TEAMS.toLocaleString('en-US')} teams, a cold visit straight to the page's URL:`);
    console.log('page      data loaded  painted  after the data  complete after the data  longest task from the data');
    for (const v of visits) {
      const after = (at) => (at === undefined || v.loaded === undefined ? '–' : ms(at - v.loaded));
      console.log(
        `${v.name.padEnd(10)}${ms(v.loaded).padStart(11)}${ms(v.painted).padStart(9)}${after(v.painted).padStart(16)}` +
          `${after(v.complete).padStart(25)}${(v.task === undefined ? 'no answer' : ms(v.task)).padStart(28)}`,
      );
      if (v.errors.length) console.log(`  page errors: ${v.errors.join('\n')}`);
    }
  }
  if (!ONLY || ONLY.includes('export')) {
    const { results, errors } = await exportCase(browser);
    console.log(`\n${TEAMS.toLocaleString('en-US')} teams, /mapping's exports (pressed -> file saved):`);
    console.log('file                  saved after  longest task       size');
    for (const r of results) {
      const size =
        r.bytes === undefined
          ? 'no file'
          : r.bytes < 1e6
            ? `${Math.round(r.bytes / 1e3)} kB`
            : `${(r.bytes / 1e6).toFixed(1)} MB`;
      console.log(`${r.name.padEnd(20)}${ms(r.time).padStart(13)}${ms(r.task).padStart(14)}${size.padStart(11)}`);
    }
    if (errors.length) console.log(`page errors: ${errors.join('\n')}`);
  }
  if (!ONLY || ONLY.includes('import')) {
    const { bytes, runs } = await importCase(browser);
    const previews = runs.map((r) => r.preview).sort((a, b) => a - b);
    console.log(
      `\nImport of a ${(bytes / 1e6).toFixed(1)} MB progress file (1,000 teams): preview ${previews.map(ms).join(', ')} ` +
        `(median ${ms(previews[1])}); longest task ${runs.map((r) => ms(r.task)).join(', ')}`,
    );
    console.log(
      `  Merge clicked -> imported: ${runs.map((r) => ms(r.applied)).join(', ')}; longest task ${runs.map((r) => ms(r.applyTask)).join(', ')}`,
    );
  }
  if (!ONLY || ONLY.includes('huge')) {
    const huge = await hugeCase(browser);
    console.log(
      `\n${HUGE.toLocaleString('en-US')} teams, /teams after ${ms(huge.elapsed)}: "${huge.shown ?? '(no answer)'}"`,
    );
    console.log(
      `  page answered (every 5 s): ${huge.samples.map((s) => (s.answered === undefined ? 'no' : ms(s.answered))).join(', ')}`,
    );
    console.log(`  longest task: ${huge.task === undefined ? 'no answer' : ms(huge.task)}`);
  }
} finally {
  await browser.close();
  rmSync(ROOT, { recursive: true, force: true });
}
