// Cold starts driven over a bare DevTools connection (no Playwright), each build loaded with and
// without DevTools' Network domain, interleaved with the bare Angular floor in every round.
// Playwright enables the Network domain on every page it drives (all the other benchmarks), and with
// it the renderer keeps a copy of every response body for DevTools on its main thread, decoded to
// text when the response ends: at 1,000 teams that is the 7.7 MB progress file, work no user's
// browser does. This shows how much of a cold start that is ("with the Network domain" against
// "raw", in the same rounds).
//   node bench/raw-start.mjs dist/dsomm-studio/browser [<other build>/browser ...]
//   TRACE_TEAMS (default 1000), AB_RUNS (default 9), BENCH_SETTLE_MS (default 1500); RAW_TRACE=1
//   traces the app's loads and gives the renderer main thread's CPU time (thread clock) until the
//   paint, and the part of it in the tasks that take response bodies in.
import { loadavg } from 'node:os';
import { startBenchServer } from './bench-server.mjs';
import { launchBarePipe, loadOverPipe as load } from './bare-pipe.mjs';
import { buildFloors } from './floors.mjs';
import { overrides } from './heatmap-data.mjs';

const builds = process.argv.slice(2).map((dir) => `${dir.replace(/\/$/, '')}/`);
const RUNS = Number(process.env.AB_RUNS ?? 9);
const TEAMS = Number(process.env.TRACE_TEAMS ?? 1000);
const TRACE = process.env.RAW_TRACE === '1';
if (builds.length < 1) {
  console.error('Usage: node bench/raw-start.mjs <build>/browser [<other build>/browser ...]');
  process.exit(2);
}

const median = (values) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const floors = buildFloors(['bare']);
const servers = await Promise.all(builds.map((root) => startBenchServer(root, overrides(TEAMS, {}))));
const floor = await startBenchServer(floors.roots.bare);
const browser = launchBarePipe();
const variants = builds.flatMap((dir, i) => [
  { build: dir, network: false, url: `${servers[i].url}/` },
  { build: dir, network: true, url: `${servers[i].url}/` },
]);
try {
  const start = loadavg()[0];
  const rounds = [];
  for (let run = -1; run < RUNS; run++) {
    const round = { floor: (await load(browser, `${floor.url}/`, false)).painted, loads: [] };
    const order = variants.map((_, i) => i);
    if (run % 2) order.reverse();
    for (const i of order) round.loads[i] = await load(browser, variants[i].url, variants[i].network, TRACE);
    if (run >= 0) rounds.push(round); // the first round warms the server's caches up
  }
  console.log(
    `cold start at ${TEAMS} teams over a bare DevTools connection, median of ${RUNS} interleaved rounds, load ${start.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`  bare Angular floor painted: ${median(rounds.map((r) => r.floor)).toFixed(1)} ms`);
  for (const [i, variant] of variants.entries()) {
    const pick = (key) => median(rounds.map((r) => r.loads[i][key])).toFixed(1);
    const ratio = median(rounds.map((r) => r.loads[i].painted / r.floor)).toFixed(2);
    const mainToRead = median(rounds.map((r) => r.loads[i].read - r.loads[i].main)).toFixed(1);
    console.log(`  ${variant.build} ${variant.network ? 'with the Network domain' : 'raw'}`);
    console.log(`    heatmap painted / bare floor ${ratio}x, painted ${pick('painted')} ms`);
    console.log(`    main ${pick('main')}, read ${pick('read')}, main -> read ${mainToRead} ms`);
    if (TRACE) {
      const cpu = (key) => median(rounds.map((r) => r.loads[i][key])).toFixed(1);
      console.log(
        `    main thread CPU navigation -> painted ${cpu('cpu')} ms, of which taking bodies in ${cpu('bodies')} ms`,
      );
    }
    if (variant.network) {
      // The same build's two loads of each round, paired: what the Network domain added.
      const added = (key) => {
        const ms = median(rounds.map((r) => r.loads[i][key] - r.loads[i - 1][key]));
        return `${ms >= 0 ? '+' : ''}${ms.toFixed(1)}`;
      };
      console.log(`    added by the Network domain (paired): painted ${added('painted')}, main ${added('main')} ms`);
    }
  }
} finally {
  await browser.close();
  await Promise.all([...servers, floor].map((server) => server.close()));
  floors.remove();
}
