// Compares the cold start of two builds at 4 teams (TRACE_TEAMS), their loads interleaved with
// each other and with the bare Angular floor's in every round, so that both meet the same load on
// the shared machine: the heatmap painted and the app's marks, each as a multiple of that round's
// floor. A check of one change, before `npm run bench` measures the whole table. A build named
// with `+compact` after it is served with the compact form of the progress file beside it (the
// README's deployment step, `dsomm compact`, by the command line of the checkout the build is in, so
// that each build gets the form its version reads): the same build can be compared with and without it.
//   node bench/ab-start.mjs /tmp/before/browser dist/dsomm-studio/browser    (AB_RUNS, default 15)
//   TRACE_TEAMS=1000 node bench/ab-start.mjs dist/dsomm-studio/browser dist/dsomm-studio/browser+compact
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startBenchServer } from './bench-server.mjs';
import { buildFloors, HEATMAP_TARGET } from './floors.mjs';
import { cliOf, overrides } from './heatmap-data.mjs';
import { launchChromium, measureLoad, observePainted } from './measure-load.mjs';

const named = process.argv.slice(2);
const compacts = named.map((name) => name.endsWith('+compact'));
const builds = named.map((name) => `${name.replace(/\+compact$/, '').replace(/\/$/, '')}/`);
const RUNS = Number(process.env.AB_RUNS ?? 15);
const TEAMS = Number(process.env.TRACE_TEAMS ?? 4);
if (builds.length < 1 || builds.some((dir) => !existsSync(`${dir}index.html`))) {
  console.error('Usage: node bench/ab-start.mjs <build>/browser [<other build>/browser ...]');
  process.exit(2);
}

const floors = buildFloors(['bare']);
const servers = await Promise.all(
  builds.map((root, i) => startBenchServer(root, overrides(TEAMS, { compact: compacts[i], cli: cliOf(root) }))),
);
const floor = await startBenchServer(floors.roots.bare);
const browser = await launchChromium();
const load = async (url) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(observePainted, HEATMAP_TARGET);
  const page = await context.newPage();
  try {
    return await measureLoad(page, `${url}/`);
  } finally {
    await context.close();
  }
};
const median = (values) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
try {
  const start = loadavg()[0];
  const rounds = [];
  for (let run = -1; run < RUNS; run++) {
    const round = { floor: await load(floor.url), builds: [] };
    // Alternate which build goes first.
    const order = builds.map((_, i) => i);
    if (run % 2) order.reverse();
    for (const i of order) round.builds[i] = await load(servers[i].url);
    if (run >= 0) rounds.push(round); // the first round warms the server's caches up
  }
  console.log(
    `cold start at ${TEAMS} teams, median of ${RUNS} interleaved rounds, load ${start.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`  bare Angular floor painted: ${median(rounds.map((r) => r.floor.painted)).toFixed(1)} ms`);
  console.log(`  its script in: ${median(rounds.map((r) => r.floor.scriptIn)).toFixed(1)} ms`);
  for (const [i, dir] of named.entries()) {
    const pick = (key) => rounds.map((r) => r.builds[i][key]);
    const ratio = median(rounds.map((r) => r.builds[i].painted / r.floor.painted));
    console.log(`  ${dir}`);
    console.log(`    heatmap painted / bare floor: ${ratio.toFixed(2)}x`);
    // scriptIn, stylesheetIn, filesIn: the last byte of the start's script, its stylesheet and its last served file.
    for (const key of ['scriptIn', 'stylesheetIn', 'filesIn', 'main', 'read', 'early', 'painted', 'interactive'])
      console.log(`    ${key.padEnd(11)} ${median(pick(key)).toFixed(1).padStart(7)} ms`);
    // Spans within each load, less shaken by the network and the machine than the times from navigation.
    for (const [from, to] of [
      ['main', 'read'],
      ['read', 'early'],
      ['early', 'painted'],
      ['main', 'painted'],
    ]) {
      const span = median(rounds.map((r) => r.builds[i][to] - r.builds[i][from]));
      console.log(`    ${`${from} -> ${to}`.padEnd(18)} ${span.toFixed(1).padStart(7)} ms`);
    }
  }
} finally {
  await browser.close();
  await Promise.all([...servers, floor].map((server) => server.close()));
  floors.remove();
}
