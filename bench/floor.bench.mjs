// The floor under "cold load -> heatmap painted" on this machine: two minimal Angular apps built
// with this repository's Angular and measured exactly as `npm run bench` measures DSOMM Studio,
// which is measured in the same run for comparison (4 teams):
//   bare   Angular alone, rendering the heatmap's 95 sector paths (fixed geometry, no data);
//   shell  the same chart on a lazy route, with the router and a Material toolbar and side nav.
// Nothing is fetched or parsed, nothing is styled: what remains of the 250 ms target once the
// framework has started is what the app has for its data, its styles and the rest of its page.
//   npm run build && npm run bench:floor        (FLOOR_RUNS=n, default 7, after one warm-up each)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';
import { DIST, startStaticServer } from '../e2e/static-server.mjs';
import { overrides } from './heatmap-data.mjs';
import { measureLoad, observePainted } from './measure-load.mjs';

const RUNS = Number(process.env.FLOOR_RUNS ?? 7);
const HERE = new URL('./floor/', import.meta.url).pathname;
const REPO = new URL('../', import.meta.url).pathname;
const TARGET = { selector: 'app-heatmap-chart path.sector', count: 95 };

if (!existsSync(`${DIST}index.html`)) {
  console.error(`No production build in ${DIST}; run "npm run build" first.`);
  process.exit(2);
}

/** Builds the variant's sources (common/ plus its own folder) in a throwaway workspace. */
function build(work, variant) {
  rmSync(join(work, 'src'), { recursive: true, force: true });
  mkdirSync(join(work, 'src'));
  cpSync(join(HERE, 'common'), join(work, 'src'), { recursive: true });
  cpSync(join(HERE, variant), join(work, 'src'), { recursive: true });
  writeFileSync(join(work, 'src/styles.css'), '');
  const out = join(work, 'dist', variant);
  execFileSync(join(REPO, 'node_modules/.bin/ng'), ['build', '--output-path', out], {
    cwd: work,
    stdio: 'ignore',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  return `${out}/browser/`;
}

function workspace() {
  const work = mkdtempSync(join(tmpdir(), 'dsomm-floor-'));
  symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'));
  const project = {
    projectType: 'application',
    root: '',
    sourceRoot: 'src',
    architect: {
      build: {
        builder: '@angular/build:application',
        options: {
          browser: 'src/main.ts',
          index: 'src/index.html',
          tsConfig: 'tsconfig.json',
          styles: ['src/styles.css'],
          outputHashing: 'all',
        },
      },
    },
  };
  const json = (file, value) => writeFileSync(join(work, file), JSON.stringify(value, null, 2));
  json('angular.json', { version: 1, cli: { analytics: false }, projects: { floor: project } });
  json('tsconfig.json', {
    compilerOptions: { strict: true, skipLibCheck: true, isolatedModules: true, target: 'ES2022', module: 'preserve' },
    angularCompilerOptions: { strictTemplates: true },
    include: ['src/**/*.ts'],
  });
  return work;
}

async function measure(browser, root, files = {}) {
  const server = await startStaticServer(root, files);
  const times = [];
  try {
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(observePainted, TARGET);
      const result = await measureLoad(await context.newPage(), `${server.url}/`);
      await context.close();
      if (run > 0) times.push(result);
    }
  } finally {
    await server.close();
  }
  return times;
}

const work = workspace();
const builds = { bare: build(work, 'bare'), shell: build(work, 'shell') };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows = [];
try {
  const load = loadavg()[0];
  for (const [name, root] of Object.entries(builds)) rows.push([name, await measure(browser, root)]);
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
  rmSync(work, { recursive: true, force: true });
}
