// After `ng build --stats-json`: makes index.html start every script the start page needs at once.
// - Angular adds <link rel="modulepreload"> for at most 10 initial chunks; the others (which can be
//   @angular/core itself) are only found once the chunks importing them have been downloaded and
//   parsed, one round trip later each. Every chunk that main imports statically gets a link here.
// - main.ts starts reading the served files and imports the app dynamically, so that it runs before
//   the app's scripts have arrived: the app's chunks are listed (meta app-modules) for main.ts to
//   preload once it has painted the start page's heatmap (or knows it will not).
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
const MAIN = 'src/main.ts';
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

const main = chunkOf(MAIN);
const script = `<script src="${main}" type="module"></script>`;
if (!html.includes(script)) throw new Error(`preload-modules: no ${script} in ${indexPath}.`);
const referenced = new Set([...html.matchAll(/(?:href|src)="([\w.-]+\.js)"/g)].map((match) => match[1]));
const mainGraph = closure(main);
// The app: what main imports dynamically (the bootstrap), with everything that imports statically.
const app = new Set(
  [...mainGraph].flatMap((file) => imports(file, 'dynamic-import')).flatMap((file) => [...closure(file)]),
);
const initial = new Set([...mainGraph, ...app]);
const page = chunkOf(START_PAGE);
const startPage = [...closure(page)].filter((file) => !initial.has(file));

// Requests go out in document order (same priority): the app's own graph before the main script,
// whose evaluation waits for all of it, and the start page after it.
const links = (files) =>
  files
    .filter((file) => !referenced.has(file))
    .map((file) => `<link rel="modulepreload" href="${file}">`)
    .join('');
const before = links([...mainGraph]);
// The app's and the start page's chunks are preloaded by main.ts, once it has painted the start
// page's heatmap (or knows it will not): before that they would compete with the served files.
const deferred = [...[...app].filter((file) => !mainGraph.has(file)), ...startPage].filter(
  (file) => !referenced.has(file),
);
if (!html.includes('</head>')) throw new Error(`preload-modules: no </head> in ${indexPath}.`);
html = html
  .replace(script, `${before}${script}`)
  .replace('</head>', `<meta name="app-modules" content="${deferred.join(' ')}"></head>`);
writeFileSync(indexPath, html);
const added = before.split('<link').length - 1;
console.log(
  `preload-modules: ${added} module preloads added, ${deferred.length} listed for main.ts (start page ${page})`,
);
