// After `ng build --stats-json` and scripts/early-bundle.mjs: lists for main.ts (the early script,
// which index.html runs in place of Angular's entry) every script of the app and its start page, to
// preload all at once when it starts the app, rather than each only once the chunk importing it has
// arrived, one round trip later each.
// - Angular's entry (src/app/bootstrap.ts in the production build) and every chunk it imports
//   statically: main.ts imports the entry once it has painted the start page's heatmap (or knows it
//   will not); before that they would compete with the served files for the line and the cores.
// - The start page (the heatmap) is a lazy route: the router asks for its chunk once the app has
//   bootstrapped, and for that chunk's imports once it has arrived. Preloading them lets them
//   download while the app's own scripts are evaluated. Its @defer blocks stay lazy.
// The chunk graph comes from the build's own record of it (esbuild's metafile, `stats.json` beside
// the browser folder), where each chunk names the source file it was built from and what it
// imports, statically or not: no searching compiled code for names that minification may change.
// Usage: node scripts/preload-modules.mjs [dist/dsomm-studio]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist/dsomm-studio';
/** The source files of the chunks that start the app and its start page (the route '' in app.routes.ts). */
const APP = 'src/app/bootstrap.ts';
const START_PAGE = 'src/app/features/heatmap/heatmap-page.ts';

const root = join(dist, 'browser');
const indexPath = join(root, 'index.html');
const statsPath = join(dist, 'stats.json');
let html = readFileSync(indexPath, 'utf8');
/** @type {{ outputs: Record<string, { entryPoint?: string, imports: { path: string, kind: string }[] }> }} */
const stats = JSON.parse(readFileSync(statsPath, 'utf8'));

const chunkOf = (entryPoint) => {
  const chunks = Object.keys(stats.outputs).filter((file) => stats.outputs[file].entryPoint === entryPoint);
  if (chunks.length !== 1) {
    throw new Error(
      `preload-modules: ${chunks.length} chunks built from ${entryPoint} in ${statsPath}; ` +
        'if the file moved, update scripts/preload-modules.mjs.',
    );
  }
  return chunks[0];
};
const imports = (file, kind) =>
  stats.outputs[file].imports.filter((i) => i.kind === kind && i.path.endsWith('.js')).map((i) => i.path);

/** A chunk with every chunk it imports statically, and theirs. */
function closure(start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file, 'import-statement'));
  }
  return seen;
}

const app = chunkOf(APP);
if (html.includes(`src="${app}"`))
  throw new Error(`preload-modules: index.html runs ${app}; run early-bundle.mjs first.`);
const appGraph = closure(app);
const page = chunkOf(START_PAGE);
// In the order they are needed: the app's entry and its imports, then the start page's.
const deferred = [...appGraph, ...[...closure(page)].filter((file) => !appGraph.has(file))];
if (!html.includes('</head>')) throw new Error(`preload-modules: no </head> in ${indexPath}.`);
html = html.replace('</head>', `<meta name="app-modules" content="${deferred.join(' ')}"></head>`);
writeFileSync(indexPath, html);
console.log(`preload-modules: ${deferred.length} listed for main.ts (app ${app}, start page ${page})`);
