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
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';
import { startStaticServer } from '../e2e/static-server.mjs';
import { buildFloors, HEATMAP_TARGET } from './floors.mjs';
import { overrides } from './heatmap-data.mjs';
import { observePainted } from './measure-load.mjs';

const builds = process.argv.slice(2).map((dir) => `${dir.replace(/\/$/, '')}/`);
const RUNS = Number(process.env.AB_RUNS ?? 9);
const TEAMS = Number(process.env.TRACE_TEAMS ?? 1000);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1500);
const TRACE = process.env.RAW_TRACE === '1';
if (builds.length < 1) {
  console.error('Usage: node bench/raw-start.mjs <build>/browser [<other build>/browser ...]');
  process.exit(2);
}

/**
 * Headless Chromium driven over its DevTools pipe (as Playwright connects, file descriptors 3 and 4,
 * messages ending in a NUL byte), with nothing enabled that the measurement does not ask for.
 */
function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'raw-start-'));
  const chrome = spawn(
    process.env.CHROME_BIN ?? '/usr/bin/chromium',
    ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toChrome, fromChrome] = chrome.stdio;
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  let buffered = '';
  fromChrome.setEncoding('utf8');
  fromChrome.on('data', (data) => {
    const parts = (buffered + data).split('\0');
    buffered = parts.pop();
    for (const part of parts) {
      const message = JSON.parse(part);
      if (message.id === undefined) for (const listener of listeners) listener(message);
      const call = pending.get(message.id);
      if (call === undefined) continue;
      pending.delete(message.id);
      if (message.error) call.reject(new Error(message.error.message));
      else call.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toChrome.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  const close = async () => {
    const exited = new Promise((resolve) => chrome.once('exit', resolve));
    await send('Browser.close').catch(() => chrome.kill());
    await exited;
    // Its helper processes may still be writing the profile for a moment.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  return { send, close, listeners };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One cold load in a new browser context: observePainted's timings (with RAW_TRACE, the main
 * thread's CPU too). Nothing is evaluated in the page while it loads but a poll every 100 ms for
 * that result (one property read, no injected script).
 */
async function load({ send, listeners }, url, network, traced = false) {
  const { browserContextId } = await send('Target.createBrowserContext');
  const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  try {
    const metrics = { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false };
    await send('Emulation.setDeviceMetricsOverride', metrics, sessionId);
    await send('Page.enable', {}, sessionId);
    const source = `(${observePainted})(${JSON.stringify(HEATMAP_TARGET)})`;
    await send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId);
    if (network) await send('Network.enable', {}, sessionId);
    await sleep(SETTLE_MS);
    const events = [];
    const collect = (message) => {
      if (message.sessionId === sessionId && message.method === 'Tracing.dataCollected')
        events.push(...message.params.value);
    };
    if (traced) {
      listeners.add(collect);
      await send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' }, sessionId);
    }
    await send('Page.navigate', { url }, sessionId);
    const expression =
      'location.href !== "about:blank" && window.benchPainted ? JSON.stringify(window.benchPainted) : ""';
    for (let waited = 0; waited < 60_000; waited += 100) {
      await sleep(100);
      const { result } = await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId).catch(() => ({
        result: { value: '' },
      }));
      if (!result.value) continue;
      const timings = JSON.parse(result.value);
      if (!traced) return timings;
      const complete = new Promise((resolve) => {
        const done = (message) => {
          if (message.sessionId !== sessionId || message.method !== 'Tracing.tracingComplete') return;
          listeners.delete(done);
          resolve();
        };
        listeners.add(done);
      });
      await send('Tracing.end', {}, sessionId);
      await complete;
      listeners.delete(collect);
      return { ...timings, ...mainThreadCpu(events, timings) };
    }
    throw new Error(`${url}: not painted within 60 s`);
  } finally {
    await send('Target.closeTarget', { targetId });
    await send('Target.disposeBrowserContext', { browserContextId });
  }
}

const TRACE_CATEGORIES = ['devtools.timeline', 'blink', 'blink.user_timing', 'toplevel', 'v8'].join(',');

/**
 * The renderer main thread's CPU time (thread clock) from navigation to the paint, and the part of
 * it in tasks that take a response body in (data arriving, the body's end), from a trace.
 */
function mainThreadCpu(events, timings) {
  const mark = events.find((e) => e.name === 'dsomm:main');
  if (mark === undefined) return {};
  const thread = events.find((e) => e.pid === mark.pid && e.name === 'v8.evaluateModule');
  const t0 = mark.ts - timings.main * 1000;
  const end = t0 + timings.painted * 1000;
  const own = events
    .filter((e) => e.pid === mark.pid && e.tid === thread?.tid && e.ph === 'X' && e.tdur !== undefined)
    .filter((e) => e.ts >= t0 && e.ts + e.dur <= end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let cpu = 0;
  let bodies = 0;
  let until = -Infinity;
  for (const e of own) {
    if (e.ts < until) continue;
    until = e.ts + e.dur;
    cpu += e.tdur / 1000;
  }
  until = -Infinity;
  for (const e of own) {
    if (e.ts < until || !/^(SimpleWatcher::OnHandleReady|ResponseBodyLoader::DidFinishLoadingBody)$/.test(e.name))
      continue;
    until = e.ts + e.dur;
    bodies += e.tdur / 1000;
  }
  return { cpu, bodies };
}

const median = (values) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const floors = buildFloors(['bare']);
const servers = await Promise.all(builds.map((root) => startStaticServer(root, overrides(TEAMS, {}))));
const floor = await startStaticServer(floors.roots.bare);
const browser = launch();
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
