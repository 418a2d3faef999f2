// The floors under "cold load -> heatmap painted" on this machine (see floors.mjs): a static HTML
// page with the heatmap's 95 sector paths, and two minimal Angular apps built with this
// repository's Angular (bare, and shell: router and Material), measured exactly as `npm run bench`
// measures DSOMM Studio, which is measured in the same run for comparison (4 teams). `npm run bench`
// measures the static and bare floors itself, alongside the app; this adds the shell.
// Nothing is fetched or parsed, nothing is styled: what remains once the framework has started is
// what the app has for its data, its styles and the rest of its page.
//   npm run build && npm run bench:floor        (FLOOR_RUNS=n, default 7, after one warm-up each)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';
import { DIST, startStaticServer } from '../e2e/static-server.mjs';
import { buildFloors, HEATMAP_TARGET } from './floors.mjs';
import { overrides } from './heatmap-data.mjs';
import { measureLoad, observePainted } from './measure-load.mjs';

const RUNS = Number(process.env.FLOOR_RUNS ?? 7);

if (!existsSync(`${DIST}index.html`)) {
  console.error(`No production build in ${DIST}; run "npm run build" first.`);
  process.exit(2);
}

async function measure(browser, root, files = {}) {
  const server = await startStaticServer(root, files);
  const times = [];
  try {
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(observePainted, HEATMAP_TARGET);
      const result = await measureLoad(await context.newPage(), `${server.url}/`);
      await context.close();
      if (run > 0) times.push(result);
    }
  } finally {
    await server.close();
  }
  return times;
}

const floors = buildFloors(['static', 'bare', 'shell']);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows = [];
try {
  const load = loadavg()[0];
  for (const [name, root] of Object.entries(floors.roots)) rows.push([name, await measure(browser, root)]);
  rows.push(['DSOMM Studio, 4 teams', await measure(browser, DIST, overrides(4))]);
  console.log(`Floor benchmark: median, min and max of ${RUNS} cold loads; load average ${load.toFixed(1)}.\n`);
  for (const [name, results] of rows) {
    const painted = results.map((r) => r.painted).sort((a, b) => a - b);
    const kb = (results[0].transfer / 1000).toFixed(1);
    const at = (i) => `${painted[i].toFixed(0)} ms`;
    console.log(
      `${name.padEnd(24)} painted ${at(Math.floor(painted.length / 2)).padStart(7)}  ` +
        `(${at(0)}-${at(painted.length - 1)})  transfer ${kb} kB`,
    );
  }
} finally {
  await browser.close();
  floors.remove();
}
