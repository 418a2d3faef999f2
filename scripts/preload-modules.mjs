// After `ng build`: makes index.html start every script the start page needs at once.
// - Angular adds <link rel="modulepreload"> for at most 10 initial chunks; the others (which can be
//   @angular/core itself) are only found once the chunks importing them have been downloaded and
//   parsed, one round trip later each. Every chunk that main imports statically gets a link here.
// - main.ts starts reading the served files and imports the app dynamically, so that it runs before
//   the app's scripts have arrived: the app's chunks are preloaded, after main.
// - The start page (the heatmap) is a lazy route: the router asks for its chunk once the app has
//   bootstrapped, and for that chunk's imports once it has arrived. Preloading them lets them
//   download while the app's own scripts are evaluated. Its @defer blocks stay lazy.
// Usage: node scripts/preload-modules.mjs [dist/dsomm-studio/browser]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'dist/dsomm-studio/browser';
/** The start page's component selector, as it appears in its compiled definition. */
const START_PAGE = '"app-heatmap-page"';
const indexPath = join(root, 'index.html');
let html = readFileSync(indexPath, 'utf8');

/** Chunks a chunk imports statically (`import{...}from"./chunk-X.js"`, `import"./chunk-X.js"`). */
const staticImports = (file) =>
  [
    ...readFileSync(join(root, file), 'utf8').matchAll(
      /(?:import|export)\s*(?:[^'"();]*?from\s*)?"\.\/([\w.-]+\.js)"/g,
    ),
  ].map((match) => match[1]);

/** Chunks a chunk imports dynamically (`import("./chunk-X.js")`). */
const dynamicImports = (file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/import\(\s*"\.\/([\w.-]+\.js)"\s*\)/g)].map((match) => match[1]);

function closure(start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

const referenced = new Set([...html.matchAll(/(?:href|src)="([\w.-]+\.js)"/g)].map((match) => match[1]));
const main = [...referenced].find((file) => /^main-[\w]+\.js$/.test(file));
const script = html.match(/<script src="main-[\w]+\.js" type="module"><\/script>/)?.[0];
if (!main || !script) throw new Error(`No main-*.js module script in ${indexPath}.`);
const mainGraph = closure(main);
// The app: what main imports dynamically (the bootstrap), with everything that imports statically.
const app = new Set([...mainGraph].flatMap(dynamicImports).flatMap((file) => [...closure(file)]));
const initial = new Set([...mainGraph, ...app]);
const pages = readdirSync(root).filter(
  (file) => file.endsWith('.js') && !initial.has(file) && readFileSync(join(root, file), 'utf8').includes(START_PAGE),
);
if (pages.length !== 1) {
  console.warn(`preload-modules: ${pages.length} chunks name ${START_PAGE}; the start page is not preloaded.`);
}
const startPage = pages.length === 1 ? [...closure(pages[0])].filter((file) => !initial.has(file)) : [];

// Requests go out in document order (same priority): the app's own graph before the main script,
// whose evaluation waits for all of it, and the start page after it.
const links = (files) =>
  files
    .filter((file) => !referenced.has(file))
    .map((file) => `<link rel="modulepreload" href="${file}">`)
    .join('');
const before = links([...mainGraph]);
const after = links([...app].filter((file) => !mainGraph.has(file))) + links(startPage);
html = html.replace(script, `${before}${script}${after}`);
writeFileSync(indexPath, html);
const added = (before + after).split('<link').length - 1;
console.log(`preload-modules: ${added} module preloads added (start page ${pages[0] ?? 'not found'})`);
