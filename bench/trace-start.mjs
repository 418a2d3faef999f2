// Accounts for a cold start at N teams (default 4), from navigation to the heatmap painted: a
// Chromium trace (CDP Tracing) of fresh contexts, summarised as a time line of the main thread
// (HTML parse, each script's compile and evaluation, each fetch, style, layout, paint, the app's
// User Timing marks) and the main thread's busy time between the marks, by kind; with
// It also gives the CPU time (thread clock) of the main thread and of the renderer's other threads
// between the marks: on a loaded machine wall times stretch 2-3x, thread times much less.
// TRACE_PROFILE=1 also the functions with the most self time (CDP Profiler) until the paint, and
// between each two marks, the medians of the runs (build with EARLY_NAMES=1 for the early script's names;
// one run's attributions mislead: a single slow call or collection weighs as much as the rest).
// Prints the medians over TRACE_RUNS runs (default 5) and the time line of the last one.
// TRACE_FLOOR=1 also loads the bare Angular floor (bench/floors.mjs) in every run, traced the same
// way, and prints the CPU time (thread clock) of every process and thread of the browser from the
// navigation's start to the paint, the app's against the floor's: what the app makes the browser,
// the network service, the GPU process and the renderer's other threads do that the floor does not.
// Each build also gets what its start waited for before its first script ran (`milestones`), and
// where the main thread's wall time between the marks went (in tasks, against its CPU time).
//   npm run build && node bench/trace-start.mjs
//   BENCH_DIST=/tmp/other/browser TRACE_TEAMS=4 TRACE_RUNS=5 node bench/trace-start.mjs
//   TRACE_FLOOR=1 node bench/trace-start.mjs /tmp/before/browser dist/dsomm-studio/browser   (interleaved)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { DIST } from '../e2e/static-server.mjs';
import { startBenchServer } from './bench-server.mjs';
import { buildFloors, HEATMAP_TARGET } from './floors.mjs';
import { cliOf, overrides } from './heatmap-data.mjs';
import { launchChromium, measureLoad, observePainted, settleNewContext } from './measure-load.mjs';

const ROOT = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : DIST;
const TEAMS = Number(process.env.TRACE_TEAMS ?? 4);
const RUNS = Number(process.env.TRACE_RUNS ?? 5);
const PROFILE = process.env.TRACE_PROFILE === '1';
const FLOOR = process.env.TRACE_FLOOR === '1';
// TRACE_COMPACT=1: the progress file's compact form served beside it (`dsomm compact`, the README's deployment step).
const COMPACT = process.env.TRACE_COMPACT === '1';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'netlog',
  // The renderer's worker threads' tasks (V8's compilers, GC helpers), for their CPU time.
  'toplevel',
].join(',');

/** One cold load traced; returns its trace events (and a CPU profile with TRACE_PROFILE). */
async function tracedLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(observePainted, HEATMAP_TARGET);
  const page = await context.newPage();
  await settleNewContext(page);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const result = await measureLoad(page, url);
  const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : undefined;
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return { result, events, profile };
}

/** The renderer's main thread (CrRendererMain of the page's process) and the navigation's start. */
function mainThread(events, result) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer is the one that ran its scripts.
  const counts = new Map();
  for (const e of events) {
    if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') {
      const key = `${e.pid}:${e.tid}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const thread = names.find((e) => `${e.pid}:${e.tid}` === key) ?? names[0];
  // performance.timeOrigin (ms since epoch) against trace clock: use navigationStart of the frame.
  // The trace's clock against the page's: the main script's User Timing mark, at result.main.
  const mark = events.find((e) => e.name === 'dsomm:main' && e.pid === thread.pid);
  return { pid: thread.pid, tid: thread.tid, t0: mark.ts - result.main * 1000, end: result.painted };
}

const KIND = [
  [/^(ParseHTML)$/, 'parse HTML'],
  [/^(v8\.compileModule|v8\.compile|V8\.CompileCode|CompileScript|v8\.parseOnBackground)$/, 'compile'],
  [
    /^(v8\.evaluateModule|EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|v8\.run|RunMicrotasks|V8\.GCScavenger|MinorGC|MajorGC|EventDispatch|XHRLoad|V8\.Execute)$/,
    'script',
  ],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
  [/^(Layout)$/, 'layout'],
  [/^(Paint|PaintImage|UpdateLayerTree|Layerize|PrePaint|Commit|CompositeLayers)$/, 'paint'],
];

function summarise({ events, result }) {
  const { pid, tid, t0, end } = mainThread(events, result);
  const at = (e) => (e.ts - t0) / 1000;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && at(e) <= end + 5);
  // Self time by kind: top-level complete events only, each counted once (nested ones are inside).
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  let until = -Infinity;
  for (const e of main) {
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    if (e.ts >= until) {
      top.push(e);
      until = e.ts + e.dur;
    }
  }
  const kindOf = (name) => KIND.find(([re]) => re.test(name))?.[1];
  const byKind = new Map();
  // Attribute each task's time to the innermost classified events inside it.
  for (const task of top) {
    const inner = main.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
    const classified = inner.filter((e) => kindOf(e.name));
    let covered = 0;
    // Outermost classified events (not inside another classified one) take their whole duration.
    let u = -Infinity;
    for (const e of classified) {
      if (e.ts < u) continue;
      u = e.ts + e.dur;
      byKind.set(kindOf(e.name), (byKind.get(kindOf(e.name)) ?? 0) + e.dur / 1000);
      covered += e.dur;
    }
    byKind.set('other', (byKind.get('other') ?? 0) + (task.dur - covered) / 1000);
  }
  const marks = Object.fromEntries(
    ['main', 'read', 'early', 'painted'].map((k) => [k, result[k]]).filter(([, v]) => v !== undefined),
  );
  // Network: each resource's request sent, response and finish, relative to navigation.
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    const r = requests.get(d.requestId) ?? { id: d.requestId };
    if (e.name === 'ResourceSendRequest') Object.assign(r, { url: d.url, sent: at(e), priority: d.priority });
    if (e.name === 'ResourceReceiveResponse') r.response = at(e);
    if (e.name === 'ResourceFinish') r.finish = at(e);
    requests.set(d.requestId, r);
  }
  const depth = (e) => main.filter((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur).length;
  const timeline = main
    .filter((e) => e.dur >= 1000 && at(e) >= 0 && depth(e) <= (process.env.TRACE_DEPTH ?? 2))
    .map((e) => ({
      at: at(e),
      dur: e.dur / 1000,
      name: `${'  '.repeat(depth(e))}${e.name}`,
      what: e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? e.args?.data?.type ?? '',
    }));
  // The app's User Timing marks, in the time line.
  for (const e of events) {
    if (e.pid === pid && e.cat?.includes('user_timing') && e.ph !== 'X' && at(e) >= 0 && at(e) <= end + 5)
      timeline.push({ at: at(e), dur: 0, name: `mark ${e.name}`, what: '' });
  }
  timeline.sort((a, b) => a.at - b.at);
  return {
    t0,
    end,
    marks,
    cpu: threadCpu(events, pid, tid, t0, marks),
    byKind,
    requests: [...requests.values()].filter((r) => r.url && r.sent !== undefined),
    timeline,
  };
}

/**
 * CPU time (the thread clock of the trace's events, `tdur`) between consecutive marks: of the
 * renderer's main thread, and of its other threads (V8's compilers and GC helpers). On a loaded
 * 2-core machine a step's wall time stretches with the load; the thread's own time much less.
 */
function threadCpu(events, pid, tid, t0, marks) {
  const threads = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || e.tdur === undefined) continue;
    if (!threads.has(e.tid)) threads.set(e.tid, []);
    threads.get(e.tid).push(e);
  }
  // A thread's outermost events, and its time until `ts` (a running event counted pro rata).
  const outermost = (list) => {
    const sorted = [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const outer = [];
    let until = -Infinity;
    for (const e of sorted) {
      if (e.ts < until) continue;
      outer.push(e);
      until = e.ts + e.dur;
    }
    return outer;
  };
  // The thread's CPU time until `ts`, or with `wall` its events' wall time (busy, whether it ran or waited for a core).
  const timeUntil = (outer, ts, wall = false) => {
    let sum = 0;
    for (const e of outer) {
      const time = wall ? e.dur : e.tdur;
      if (e.ts + e.dur <= ts) sum += time;
      else if (e.ts < ts) sum += (time * (ts - e.ts)) / e.dur;
    }
    return sum / 1000;
  };
  const outer = new Map([...threads].map(([thread, list]) => [thread, outermost(list)]));
  const steps = ['main', 'read', 'early', 'painted'].filter((key) => marks[key] !== undefined);
  const cpu = new Map();
  for (let k = 1; k < steps.length; k++) {
    const [from, to] = [t0 + marks[steps[k - 1]] * 1000, t0 + marks[steps[k]] * 1000];
    let others = 0;
    let main = 0;
    let busy = 0;
    for (const [thread, list] of outer) {
      const time = timeUntil(list, to) - timeUntil(list, from);
      if (thread === tid) {
        main = time;
        busy = timeUntil(list, to, true) - timeUntil(list, from, true);
      } else others += time;
    }
    cpu.set(`${steps[k - 1]} -> ${steps[k]}`, { main, others, busy, wall: (to - from) / 1000 });
  }
  return cpu;
}

/** Self time by function in the samples taken until `end` (trace clock, µs). */
function profileTop(profile, end, n = 40, start = -Infinity) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at > end || at < start) return;
    const node = byId.get(id);
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** Total (inclusive) time of the functions named in TRACE_FUNCS, in the samples taken until `end`. */
function profileTotals(profile, end, names) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map(names.map((name) => [name, 0]));
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at > end) return;
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const name = byId.get(node).callFrame.functionName;
      if (total.has(name) && !seen.has(name)) {
        seen.add(name);
        total.set(name, total.get(name) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
      }
    }
  });
  return [...total];
}

/**
 * CPU time (thread clock) of each process and thread from the navigation's start (the page's
 * navigationStart) to the paint, by "process / thread" (a pool's numbered threads counted together;
 * the page's renderer apart from any other, such as a spare one starting meanwhile).
 */
function cpuByThread({ events, result }) {
  const processes = new Map();
  const threads = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') processes.set(e.pid, e.args.name);
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const start = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'))
    .at(-1);
  const [from, to] = [start.ts, start.ts + result.painted * 1000];
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const cpu = new Map();
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let until = -Infinity;
    let sum = 0;
    for (const e of list) {
      if (e.ts < until) continue;
      until = e.ts + e.dur;
      const span = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
      if (span > 0 && e.dur > 0) sum += (e.tdur * span) / e.dur;
    }
    const pid = Number(key.split(':')[0]);
    const process = pid === start.pid ? 'page renderer' : (processes.get(pid) ?? `process ${pid}`);
    const name = `${process} / ${(threads.get(key) ?? 'thread').replace(/\d+$/, '')}`;
    cpu.set(name, (cpu.get(name) ?? 0) + sum / 1000);
  }
  return cpu;
}

/** The app's and the floor's CPU by process and thread (medians of the runs), largest first. */
function printCpuByThread(app, floor) {
  const keys = new Set([...app, ...floor].flatMap((cpu) => [...cpu.keys()]));
  const of = (runs, key) => median(runs.map((cpu) => cpu.get(key) ?? 0));
  const rows = [...keys].map((key) => [key, of(app, key), of(floor, key)]).filter(([, a, f]) => a + f >= 0.5);
  rows.sort((a, b) => b[1] - a[1]);
  const total = (runs) => median(runs.map((cpu) => [...cpu.values()].reduce((sum, v) => sum + v, 0)));
  console.log('CPU time (thread clock) from navigation to painted, by process and thread: app / bare floor');
  for (const [key, a, f] of rows) console.log(`  ${a.toFixed(1).padStart(7)} ${f.toFixed(1).padStart(7)}  ${key}`);
  console.log(
    `  ${total(app).toFixed(1).padStart(7)} ${total(floor).toFixed(1).padStart(7)}  all (median of the sums)`,
  );
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Builds named on the command line are traced interleaved (A, B, A, B ... the order alternating
// each round), so that both meet the same load; without any, BENCH_DIST or the worktree's build.
const builds = process.argv.length > 2 ? process.argv.slice(2).map((dir) => `${dir.replace(/\/$/, '')}/`) : [ROOT];
for (const dir of builds) {
  if (!existsSync(`${dir}index.html`)) {
    console.error(`No production build in ${dir}; run "npm run build" first.`);
    process.exit(2);
  }
}
const servers = await Promise.all(
  builds.map((dir) => startBenchServer(dir, overrides(TEAMS, { compact: COMPACT, cli: cliOf(dir) }))),
);
const floors = FLOOR ? buildFloors(['bare']) : undefined;
const floor = floors ? await startBenchServer(floors.roots.bare) : undefined;
const browser = await launchChromium();
try {
  const startLoad = loadavg()[0];
  for (const server of servers) await tracedLoad(browser, `${server.url}/`); // warm-up: server caches
  const runs = builds.map(() => []);
  const floorRuns = [];
  for (let i = 0; i < RUNS; i++) {
    const order = builds.map((_, b) => b);
    if (i % 2) order.reverse();
    for (const b of order) runs[b].push(await tracedLoad(browser, `${servers[b].url}/`));
    if (floor) floorRuns.push(await tracedLoad(browser, `${floor.url}/`));
  }
  console.log(`load ${startLoad.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
  if (floor) printMilestones('bare floor', floorRuns.map(milestones));
  for (const [b, dir] of builds.entries()) report(dir, servers[b], runs[b], floorRuns);
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  await floor?.close();
  floors?.remove();
}

/**
 * What a start waits for before its first script runs, from navigation (ms): the document's
 * response and last byte, each script's and stylesheet's last byte, the end of the HTML's parse,
 * the first style recalculation and layout, the first script evaluated, and the paint.
 */
function milestones({ events, result }) {
  const start = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'))
    .at(-1);
  const at = (e) => (e.ts - start.ts) / 1000;
  const page = events.filter((e) => e.pid === start.pid && e.ph === 'X' && e.ts >= start.ts);
  const main = page.filter((e) => e.tid === start.tid);
  const finish = new Map();
  const sent = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && d?.url && !sent.has(d.requestId)) sent.set(d.requestId, d.url);
    if (e.name === 'ResourceFinish' && sent.has(d?.requestId) && !finish.has(d.requestId))
      finish.set(d.requestId, at(e));
  }
  const requests = [...sent].filter(([id]) => finish.has(id)).map(([id, url]) => [url, finish.get(id)]);
  const file = (re) => requests.find(([url]) => re.test(url))?.[1] ?? NaN;
  const first = (name, list = main) => list.filter((e) => e.name === name).sort((a, b) => a.ts - b.ts)[0];
  const evaluate = first('v8.evaluateModule') ?? first('EvaluateScript');
  const before = (evaluate ? main.filter((e) => e.ts < evaluate.ts) : main).sort((a, b) => a.ts - b.ts);
  const parses = before.filter((e) => e.name === 'ParseHTML');
  const end = (e) => (e ? at(e) + e.dur / 1000 : NaN);
  // The main thread's CPU (thread clock) from navigation until `ms`, its outermost events only.
  const outer = [];
  let until = -Infinity;
  for (const e of [...main].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts < until || e.tdur === undefined) continue;
    outer.push(e);
    until = e.ts + e.dur;
  }
  const cpuUntil = (ms) =>
    outer.reduce((sum, e) => {
      const to = start.ts + ms * 1000;
      if (e.ts + e.dur <= to) return sum + e.tdur / 1000;
      return e.ts < to ? sum + (e.tdur * (to - e.ts)) / e.dur / 1000 : sum;
    }, 0);
  return {
    'document in': requests[0]?.[1] ?? NaN,
    'script in': file(/\/(early|main)-[\w]+\.js$/),
    'stylesheet in': file(/\/styles-[\w]+\.css$/),
    'HTML parse tasks': parses.length,
    'HTML parse CPU': parses.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    'HTML parsed': parses.length ? Math.max(...parses.map(end)) : NaN,
    'style before it': before.filter((e) => e.name === 'UpdateLayoutTree').reduce((sum, e) => sum + e.dur / 1000, 0),
    'layout before it': before.filter((e) => e.name === 'Layout').reduce((sum, e) => sum + e.dur / 1000, 0),
    'last layout end': end(before.filter((e) => e.name === 'Layout').at(-1)),
    'script evaluated': evaluate ? at(evaluate) : NaN,
    painted: result.painted,
    'CPU to evaluated': evaluate ? cpuUntil(at(evaluate)) : NaN,
    'CPU to painted': cpuUntil(result.painted),
  };
}

function printMilestones(name, list) {
  console.log(`${name}: before the first script runs (median of ${list.length}), ms from navigation`);
  for (const key of Object.keys(list[0] ?? {}))
    console.log(
      `  ${key.padEnd(18)} ${median(list.map((m) => m[key]))
        .toFixed(1)
        .padStart(7)}`,
    );
}

function report(root, server, runs, floorRuns) {
  const summaries = runs.map(summarise);
  console.log(`cold start at ${TEAMS} teams, ${root}, median of ${RUNS}`);
  printMilestones('this build', runs.map(milestones));
  for (const key of ['main', 'read', 'early', 'painted'])
    console.log(`  mark ${key}: ${median(summaries.map((s) => s.marks[key] ?? NaN)).toFixed(1)} ms`);
  const kinds = new Set(summaries.flatMap((s) => [...s.byKind.keys()]));
  console.log('main thread busy until painted, by kind:');
  for (const kind of kinds)
    console.log(`  ${kind}: ${median(summaries.map((s) => s.byKind.get(kind) ?? 0)).toFixed(1)} ms`);
  console.log("CPU time (thread clock) between the marks: the main thread's own, the renderer's other threads':");
  for (const step of summaries[0].cpu.keys()) {
    const of = (key) => median(summaries.map((s) => s.cpu.get(step)?.[key] ?? NaN)).toFixed(1);
    console.log(`  ${step}: main thread ${of('main')} ms, other threads ${of('others')} ms`);
    // Where the main thread's wall time went: running, in a task without a core (load), or idle.
    console.log(`    wall ${of('wall')} ms, the main thread in tasks ${of('busy')} ms (the rest idle, waiting)`);
  }
  if (floor) {
    const painted = (list) => median(list.map((run) => run.result.painted)).toFixed(1);
    console.log(`painted: app ${painted(runs)} ms, bare floor ${painted(floorRuns)} ms (traced)`);
    printCpuByThread(runs.map(cpuByThread), floorRuns.map(cpuByThread));
  }
  const last = summaries.at(-1);
  console.log(
    `last run's marks: ${JSON.stringify(Object.fromEntries(Object.entries(last.marks).map(([k, v]) => [k, +v.toFixed(1)])))}`,
  );
  console.log('requests (last run): sent / response / finish');
  for (const r of last.requests.sort((a, b) => a.sent - b.sent))
    console.log(
      `  ${r.sent.toFixed(1).padStart(7)} ${(r.response ?? NaN).toFixed(1).padStart(7)} ${(r.finish ?? NaN).toFixed(1).padStart(7)}  ${r.priority ?? ''} ${r.url.replace(server.url, '')}`,
    );
  console.log('main thread, events of 1 ms or more (last run):');
  for (const e of last.timeline)
    console.log(`  ${e.at.toFixed(1).padStart(7)} +${e.dur.toFixed(1).padStart(6)}  ${e.name} ${e.what}`);
  if (PROFILE) {
    console.log('self time until painted (last run, CPU profile):');
    const names = (process.env.TRACE_FUNCS ?? '').split(',').filter(Boolean);
    if (names.length > 0) console.log('total time until painted, by function (last run):');
    for (const [key, value] of profileTotals(runs.at(-1).profile, last.t0 + last.end * 1000, names))
      console.log(`  ${value.toFixed(1).padStart(7)} ${key}`);
    for (const [key, value] of profileTop(runs.at(-1).profile, last.t0 + last.end * 1000))
      console.log(`  ${value.toFixed(1).padStart(7)} ${key}`);
    // The same, between consecutive marks: where each step of the start spends its time.
    const steps = ['main', 'read', 'early', 'painted'].filter((key) => last.marks[key] !== undefined);
    for (let k = 1; k < steps.length; k++) {
      console.log(`self time from mark ${steps[k - 1]} to mark ${steps[k]} (median of the runs):`);
      // Each run's self times between the two marks; a function a run did not sample counts 0 there.
      const perRun = runs.map((run, r) => {
        const at = (key) => summaries[r].t0 + summaries[r].marks[key] * 1000;
        return new Map(profileTop(run.profile, at(steps[k]), Infinity, at(steps[k - 1])));
      });
      const keys = new Set(perRun.flatMap((m) => [...m.keys()]));
      const rows = [...keys].map((key) => [key, median(perRun.map((m) => m.get(key) ?? 0))]);
      for (const [key, value] of rows.sort((a, b) => b[1] - a[1]).slice(0, 20))
        console.log(`  ${value.toFixed(1).padStart(7)} ${key}`);
    }
  }
}
