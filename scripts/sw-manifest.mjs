// After `ng build` (and preload-modules.mjs, which edits index.html): writes the list of every file
// of the build, and a version hashed from their contents, into the service worker (sw.js) itself.
// A browser installs a new worker only when sw.js differs byte for byte from the one it has; with
// the list in a separate file, sw.js was the same in every build and a deployed change never reached
// an offline app. The list and the worker also arrive together: a worker never caches another build.
//
//   node scripts/sw-manifest.mjs [folder]   (default: dist/dsomm-studio/browser)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? 'dist/dsomm-studio/browser';
const skip = new Set(['sw.js', '3rdpartylicenses.txt', 'prerendered-routes.json']);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!skip.has(name) && !name.endsWith('.map')) files.push(relative(root, path).split('\\').join('/'));
  }
};
walk(root);
files.sort();
const hash = createHash('sha256');
for (const file of files)
  hash
    .update(`${file}\0`)
    .update(readFileSync(join(root, file)))
    .update('\0');
const version = hash.digest('hex').slice(0, 12);

const worker = join(root, 'sw.js');
const source = readFileSync(worker, 'utf8');
// One line, so that running this again on the same folder replaces it rather than adding another.
const line = /^const BUILD = .*;$/m;
if (!line.test(source)) throw new Error(`${worker}: no line "const BUILD = ...;" to write the build's files into.`);
const build = JSON.stringify({ version, files: ['./', ...files] });
writeFileSync(
  worker,
  source.replace(line, () => `const BUILD = ${build};`),
);
console.log(`sw.js: ${files.length} files, version ${version}`);
