// After `ng build`: lists every file of the build in sw-assets.json for the service worker to cache
// on install (public/sw.js), with a version that changes whenever any file changes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'dist/dsomm-studio/browser';
const skip = new Set(['sw.js', 'sw-assets.json', '3rdpartylicenses.txt', 'prerendered-routes.json']);
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
for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
const version = hash.digest('hex').slice(0, 12);
writeFileSync(join(root, 'sw-assets.json'), JSON.stringify({ version, files: ['./', ...files] }, null, 1));
console.log(`sw-assets.json: ${files.length} files, version ${version}`);
