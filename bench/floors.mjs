// The floors under "cold load -> heatmap painted", built on this machine for the run that measures
// them (`npm run bench` and `npm run bench:floor`):
//   static  a static HTML page holding the heatmap's 95 sector paths: no script at all, what the
//           browser itself needs to show the chart;
//   bare    Angular alone (this repository's Angular), rendering the same 95 paths;
//   shell   the same chart on a lazy route, with the router and a Material toolbar and side nav.
// All draw fixed geometry: nothing is fetched or parsed, nothing is styled.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arc } from 'd3-shape';

const HERE = new URL('./floor/', import.meta.url).pathname;
const REPO = new URL('../', import.meta.url).pathname;

/**
 * What every floor paints, and what the app paints: the benchmarks wait for these. The app's
 * heatmap chart and the one main.ts paints before Angular (shared/early-heatmap) mark their sectors
 * `heat-sector`; the early one is painted only with the data Angular's chart will show (the same
 * scores from the same functions, e2e/early-heatmap compares every sector's fill), never with
 * placeholder data, so either counts as the heatmap painted.
 */
// (`app-heatmap-chart path.sector` too: builds from before the early chart, BENCH_DIST, show that.)
export const HEATMAP_TARGET = { selector: 'path.heat-sector, app-heatmap-chart path.sector', count: 19 * 5 };

/** The static floor: floor/common/floor-chart.ts's geometry (19 wedges, 5 rings), as plain HTML. */
function staticPage() {
  const step = (2 * Math.PI) / 19;
  const paths = Array.from({ length: 95 }, (_, i) => {
    const [wedge, ring] = [Math.floor(i / 5), i % 5];
    const d = arc()({
      innerRadius: ring * 40,
      outerRadius: ring * 40 + 38,
      startAngle: wedge * step,
      endAngle: (wedge + 1) * step,
    });
    return `<path class="sector heat-sector" d="${d}" fill="steelblue" stroke="white"></path>`;
  });
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title>' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>' +
    `<app-heatmap-chart><svg width="420" height="420" viewBox="-210 -210 420 420">${paths.join('')}</svg>` +
    '</app-heatmap-chart></body></html>'
  );
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

/** Builds an Angular floor's sources (common/ plus its own folder) in the workspace. */
function buildAngular(work, variant) {
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

/**
 * Builds the floors named in `variants` ('static', 'bare', 'shell') in a temporary folder: their
 * served folders by name, and `remove()` to delete them.
 */
export function buildFloors(variants) {
  const work = workspace();
  const roots = {};
  for (const variant of variants) {
    if (variant === 'static') {
      roots.static = join(work, 'static/');
      mkdirSync(roots.static);
      writeFileSync(join(roots.static, 'index.html'), staticPage());
    } else roots[variant] = buildAngular(work, variant);
  }
  return { roots, remove: () => rmSync(work, { recursive: true, force: true }) };
}
