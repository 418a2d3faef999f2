// Profiles cold loads of the start page (bench/heatmap.bench.mjs's data, 1,000 teams by default)
// with the CDP Profiler, from navigation until the heatmap has painted, and prints where the main
// thread went: the functions with the most self and total time (medians over the runs), the
// marks, and when team-progress.yaml's response started and ended. Build without mangling to
// read the names:
//   NG_BUILD_MANGLE=false npm run build && node bench/profile-cold.mjs
// PROFILE_TEAMS=200, PROFILE_RUNS=5 (default 3), BENCH_DIST=<browser dir> for another build.
import { DIST, startStaticServer } from '../e2e/static-server.mjs';
import { profileTimes } from './cpu-profile.mjs';
import { HEATMAP_TARGET } from './floors.mjs';
import { overrides } from './heatmap-data.mjs';
import { launchChromium, observePainted, settleNewContext } from './measure-load.mjs';

const ROOT = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : DIST;
const TEAMS = Number(process.env.PROFILE_TEAMS ?? 1000);
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);

const server = await startStaticServer(ROOT, overrides(TEAMS));
const browser = await launchChromium();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const selfRuns = [];
const totalRuns = [];
const timings = [];
try {
  for (let run = -1; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(observePainted, HEATMAP_TARGET);
    const page = await context.newPage();
    await settleNewContext(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const painted = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:painted', timeout: 60_000 });
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await painted;
    const { profile } = await cdp.send('Profiler.stop');
    const marks = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const progress = performance.getEntriesByType('resource').find((r) => r.name.endsWith('team-progress.yaml'));
      return {
        main: mark('dsomm:main'),
        read: mark('dsomm:served-read'),
        early: mark('dsomm:early-paint'),
        painted: window.benchPainted.painted,
        progressStart: progress?.responseStart,
        progressEnd: progress?.responseEnd,
      };
    });
    await context.close();
    if (run < 0) continue; // warm-up: server caches, Chromium's code caches
    timings.push(marks);
    const { self, total } = profileTimes(profile);
    selfRuns.push(self);
    totalRuns.push(total);
  }
  for (const key of Object.keys(timings[0]))
    console.log(`${key.padEnd(14)} ${median(timings.map((t) => t[key] ?? NaN)).toFixed(0)} ms`);
  const report = (runs, n) => {
    const keys = new Set(runs.flatMap((m) => [...m.keys()]));
    return [...keys]
      .map((k) => [k, median(runs.map((m) => m.get(k) ?? 0))])
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  };
  console.log(`\nself (median of ${RUNS}):\n${report(selfRuns, 40)}\n\ntotal:\n${report(totalRuns, 60)}`);
} finally {
  await browser.close();
  await server.close();
}
