// Router navigations to pages at 10,000 teams (bench/scale.bench.mjs's data), two builds alternated:
// the renderer main thread's CPU time (thread clock, from a CDP trace) from the navigation until
// the page is painted, and until a second later (what the page does once shown). Thread time is
// what the page costs however loaded the machine is; the wall-clock figures of bench:scale are
// not, at the load of a shared machine.
//   npm run build && BENCH_A=/work/wt-base/dist/dsomm-studio/browser node bench/page-cpu.mjs
//   PAGE_CPU_PAGES=/roadmap,/compare ROUNDS=5 ...     (default: the pages with a team picker)
// Each round opens /heatmap then the page, in a tab per build that was cold-loaded once.
import { DIST, startStaticServer } from '../e2e/static-server.mjs';
import { launchChromium } from './measure-load.mjs';
import { compactProgressYaml, teamNames, teamsYaml } from './heatmap-data.mjs';
import { loadavg } from 'node:os';

const B = process.env.BENCH_B ? `${process.env.BENCH_B.replace(/\/$/, '')}/` : DIST;
const A = process.env.BENCH_A ? `${process.env.BENCH_A.replace(/\/$/, '')}/` : undefined;
const PAGES = (process.env.PAGE_CPU_PAGES ?? '/roadmap,/compare,/data').split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TEAMS = Number(process.env.PAGE_CPU_TEAMS ?? 10_000);
/** What shows once each page has rendered (bench/scale.bench.mjs's). */
const READY = {
  '/roadmap': 'app-roadmap-list li, app-roadmap-page .app-empty',
  '/compare': 'app-compare-page app-radar-chart svg',
  '/data': 'app-download-panel button',
  '/mapping?view=controls': 'app-control-table tbody tr',
  '/heatmap': 'app-heatmap-chart path.sector',
};
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline'].join(',');

const teams = teamNames(TEAMS);
const data = {
  '/assets/YAML/default/teams.yaml': teamsYaml(teams),
  '/assets/YAML/team-progress.yaml': compactProgressYaml(teams),
};

/** A router navigation, then the frame with `selector` painted; marks both for the trace. */
function visit([path, selector]) {
  performance.mark('bench:from');
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate', { state: null }));
  return new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(selector)) return false;
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('bench:painted');
          setTimeout(() => {
            performance.mark('bench:later');
            resolve();
          }, 1000);
        }),
      );
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The thread time of the page's main thread between two marks: its top-level tasks' `tdur`. */
function cpuBetween(events, from, to) {
  const mark = (name) => events.find((e) => e.name === name && e.ph !== 'M');
  const [start, end] = [mark(from), mark(to)];
  const own = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.tdur !== undefined);
  let cpu = 0;
  let until = -Infinity;
  for (const e of own.filter((e) => e.ts >= start.ts && e.ts < end.ts).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts < until) continue;
    until = e.ts + e.dur;
    cpu += e.tdur / 1000;
  }
  return cpu;
}

async function open(browser, root, name) {
  const server = await startStaticServer(root, data);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator(READY['/heatmap']).first().waitFor({ timeout: 600_000 });
  await page.waitForTimeout(3000); // the first save to IndexedDB
  const cdp = await context.newCDPSession(page);
  return { name, page, cdp, close: () => context.close().then(() => server.close()) };
}

async function traced(tab, path) {
  await tab.page.evaluate(visit, ['/heatmap', READY['/heatmap']]);
  const events = [];
  const collect = ({ value }) => events.push(...value);
  tab.cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => tab.cdp.once('Tracing.tracingComplete', resolve));
  await tab.cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await tab.page.evaluate(visit, [path, READY[path] ?? 'h1']);
  await tab.cdp.send('Tracing.end');
  await complete;
  tab.cdp.off('Tracing.dataCollected', collect);
  return {
    painted: cpuBetween(events, 'bench:from', 'bench:painted'),
    later: cpuBetween(events, 'bench:from', 'bench:later'),
  };
}

const browser = await launchChromium();
const tabs = [];
try {
  if (A) tabs.push(await open(browser, A, 'A'));
  tabs.push(await open(browser, B, 'B'));
  console.log(`${TEAMS} teams, ${tabs.map((t) => t.name).join('/')} alternated, load ${loadavg()[0].toFixed(1)}`);
  const results = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const path of PAGES) {
      for (const tab of round % 2 ? [...tabs].reverse() : tabs) {
        const r = await traced(tab, path);
        ((results[path] ??= {})[tab.name] ??= []).push(r);
      }
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const line = (runs, key) =>
    `${runs.map((r) => Math.round(r[key])).join(', ')} (median ${Math.round(median(runs.map((r) => r[key])))})`;
  for (const [path, byTab] of Object.entries(results)) {
    console.log(`${path}: main-thread CPU ms, navigation -> painted / -> a second later`);
    for (const [name, runs] of Object.entries(byTab))
      console.log(`  ${name}: ${line(runs, 'painted')} / ${line(runs, 'later')}`);
  }
  console.log(`load at the end ${loadavg()[0].toFixed(1)}`);
} finally {
  for (const tab of tabs) await tab.close();
  await browser.close();
}
