// Profiles one page of the app at 10,000 teams (bench/scale.bench.mjs's data) with the CDP
// Profiler: the cold load of the heatmap, then a router navigation to PROFILE_PATH; prints the
// functions with the most self time and the most total time (inclusive), with their source line.
//   npx ng build --configuration development --output-path /tmp/dev && \
//   BENCH_DIST=/tmp/dev/browser PROFILE_PATH=/teams node bench/profile-page.mjs
// PROFILE_CLICK=<selector>: profiles a click on it once the page has rendered, not the navigation;
// PROFILE_TYPE=<text>: the same for typing it into PROFILE_SEARCH (default: the first search field).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';
import { DIST, startStaticServer } from '../e2e/static-server.mjs';
import { profileTimes } from './cpu-profile.mjs';
import { compactProgressYaml, teamNames, teamsYaml } from './heatmap-data.mjs';

const ROOT = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : DIST;
const PATH = process.env.PROFILE_PATH ?? '/teams';
const WAIT = process.env.PROFILE_WAIT ?? 'h1';
const TEAMS = Number(process.env.PROFILE_TEAMS ?? 10_000);
const teams = teamNames(TEAMS);
const server = await startStaticServer(ROOT, {
  '/assets/YAML/default/teams.yaml': teamsYaml(teams),
  '/assets/YAML/team-progress.yaml': compactProgressYaml(teams),
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/`);
  await page.locator('app-heatmap-chart path.sector').first().waitFor({ timeout: 300_000 });
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const CLICK = process.env.PROFILE_CLICK;
  const TYPE = process.env.PROFILE_TYPE;
  if (!CLICK && !TYPE) await cdp.send('Profiler.start');
  let started = Date.now();
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, PATH);
  // A page that never renders is profiled for PROFILE_MAX ms (default 20 s).
  await page
    .locator(WAIT)
    .first()
    .waitFor({ timeout: Number(process.env.PROFILE_MAX ?? 20_000) })
    .catch(() => console.log(`${WAIT}: not shown`));
  if (CLICK || TYPE) {
    await page.waitForTimeout(1500);
    if (TYPE)
      await page
        .locator(process.env.PROFILE_SEARCH ?? 'input[type=search]')
        .first()
        .click();
    await cdp.send('Profiler.start');
    started = Date.now();
    if (CLICK) await page.locator(CLICK).first().click();
    if (TYPE) await page.keyboard.type(TYPE, { delay: 80 });
  }
  await page.waitForTimeout(1500);
  console.log(`${PATH}: ${Date.now() - started} ms`);
  const { profile } = await Promise.race([
    cdp.send('Profiler.stop'),
    new Promise((resolve, reject) => setTimeout(() => reject(new Error('no answer')), 600_000)),
  ]);
  const { self, total } = profileTimes(profile);
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`self:\n${top(self, 25)}\n\ntotal:\n${top(total, 45)}`);
} finally {
  await browser.close();
  await server.close();
}
