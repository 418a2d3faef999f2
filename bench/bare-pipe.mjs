// Cold loads driven over a bare DevTools connection (no Playwright): headless Chromium on its
// DevTools pipe with nothing enabled that a measurement does not ask for. Playwright enables
// DevTools' Network domain on every page it drives, and with it the renderer keeps a copy of every
// response body for DevTools on its main thread, decoded to text when the response ends: work no
// user's browser does (80–96 ms of CPU at 1,000 teams, session 13). bench/raw-start.mjs loads
// builds with and without that domain over this driver; `npm run bench` adds untracked rows with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';
import { HEATMAP_TARGET } from './floors.mjs';
import { observePainted, SETTLE_MS } from './measure-load.mjs';

/**
 * The switches of Playwright's own launch (its chromiumSwitches) that change how a page is scheduled
 * and painted, so that the two Chromiums of `npm run bench` differ only by the Network domain:
 * without them the pipe's pages were painted later than Playwright's, tracked or not (session 13,
 * rawbench13's runs), which is the launch, not the tracking.
 */
const PLAYWRIGHT_SCHEDULING_ARGS = [
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-back-forward-cache',
  '--disable-component-extensions-with-background-pages',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--allow-pre-commit-input',
  '--disable-features=PaintHolding,OptimizationHints,MediaRouter,Translate',
];

/**
 * Headless Chromium driven over its DevTools pipe (as Playwright connects, file descriptors 3 and 4,
 * messages ending in a NUL byte), with nothing enabled that the measurement does not ask for.
 */
export function launchBarePipe() {
  const profile = mkdtempSync(join(tmpdir(), 'bare-pipe-'));
  const chrome = spawn(
    process.env.CHROME_BIN ?? '/usr/bin/chromium',
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      ...CHROMIUM_ARGS,
      ...PLAYWRIGHT_SCHEDULING_ARGS,
      'about:blank',
    ],
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
 * One cold load of the heatmap in a new browser context, after the same settle wait as the
 * Playwright benchmarks (BENCH_SETTLE_MS), with DevTools' Network domain enabled only when `network`
 * is true: observePainted's timings (when `traced`, the main thread's CPU too). Nothing is evaluated in the page while it loads but a poll every 100 ms for
 * that result (one property read, no injected script).
 */
export async function loadOverPipe({ send, listeners }, url, network, traced = false) {
  const { browserContextId } = await send('Target.createBrowserContext');
  const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  try {
    const metrics = { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false };
    await send('Emulation.setDeviceMetricsOverride', metrics, sessionId);
    // As Playwright does for every page: a page in a headless window is otherwise not focused.
    await send('Emulation.setFocusEmulationEnabled', { enabled: true }, sessionId);
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
