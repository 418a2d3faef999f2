// After `ng build`: writes the structure of the bundled model (the model the loader builds from it,
// without the prose; src/app/domain/loading/model-snapshot.ts) into index.html, with the hash of
// the model's text, for main.ts to paint the start page's heatmap without parsing 600 kB of YAML
// and loading it first. It is used only while the served model.yaml has that very text (a mounted
// one is read as it is). The app's own domain code makes it (bundled for Node by esbuild, as
// cli/build.mjs does), and the build fails unless the model loaded from the snapshot is the whole
// file's without its prose. meta.yaml, the teams and the evidence file go with it as parsed, each
// with its text (used only for that very text), so that main.ts need not parse them either.
//   node scripts/model-snapshot.mjs [dist/dsomm-studio]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const dist = process.argv[2] ?? 'dist/dsomm-studio';
const browser = join(dist, 'browser');
const yamlRoot = join(browser, 'assets/YAML');
const indexPath = join(browser, 'index.html');

const bundle = await build({
  stdin: {
    contents:
      "export { bundledSnapshot, modelSnapshot, PROSE_FIELDS, snapshotModel, snapshotYaml } from './src/app/domain/loading/model-snapshot';\n" +
      "export { parseYaml } from './src/app/domain/yaml';\n" +
      "export { loadDsomm, missingFiles } from './src/app/domain/loading/load-dsomm';\n" +
      "export { metaSeed } from './src/app/domain/loading/meta-seed';\n",
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const domain = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

// meta.yaml and the files it names, as the app fetches them (fetch-served-files.ts).
const files = {};
for (let round = 0; round < 32; round++) {
  const wanted = domain.missingFiles(files);
  if (wanted.length === 0) break;
  for (const path of wanted) files[path] = readFileSync(join(yamlRoot, path), 'utf8');
}
const whole = domain.loadDsomm(files);
if (!whole.ok) throw new Error(`model-snapshot: the bundled files do not load: ${JSON.stringify(whole.problems)}`);
const file = whole.value.files[0];
// The browser proves the served text by WebCrypto's SHA-256 of the bytes it decodes (the response's,
// text-source.ts), or of the text's UTF-8 bytes (text-digest.ts): both are the file's bytes only when
// it is UTF-8 without a byte order mark, and decodes to the very text the snapshot is made of.
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const modelBytes = readFileSync(join(yamlRoot, file));
if (!modelBytes.equals(Buffer.from(files[file], 'utf8')) || new TextDecoder().decode(modelBytes) !== files[file])
  throw new Error(
    `model-snapshot: ${file} is not UTF-8 without a byte order mark: no digest of its bytes would match.`,
  );
const made = domain.modelSnapshot(file, files[file], whole);
if (!made) throw new Error(`model-snapshot: ${file} loads with problems: ${JSON.stringify(whole.warnings)}`);
// meta.yaml, the teams and the evidence file as parsed, for main.ts to start without js-yaml's parse.
const yaml = {};
for (const path of [...Object.keys(files).filter((path) => path !== file), whole.value.meta.teamEvidenceFile]) {
  const text = files[path] ?? readFileSync(join(yamlRoot, path), 'utf8');
  const parsed = domain.parseYaml(text, path);
  // JSON must give back what js-yaml gave: the same values, nothing lost or changed.
  if (!parsed.ok || !isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.value)), parsed.value))
    throw new Error(`model-snapshot: ${path} does not parse to plain JSON values.`);
  yaml[path] = { text, value: parsed.value };
}
// meta.yaml's read, all but the teams, for main.ts to read only a mounted teams.yaml.
const metaSeed = domain.metaSeed(files);
if (!metaSeed || !isDeepStrictEqual(JSON.parse(JSON.stringify(metaSeed)), metaSeed))
  throw new Error('model-snapshot: meta.yaml gives no seed of plain JSON values (see meta-seed.ts).');
// meta.yaml's text is stored once, with its parse (the seed is proven by that text too).
const snapshot = { ...domain.bundledSnapshot(made, yaml, metaSeed), sha256: sha256(files[file]) };
if (snapshot.metaSeed === undefined) throw new Error('model-snapshot: the seed of meta.yaml was left out.');
// Both proofs the browser may use (WebCrypto's SHA-256, or textHash without it) must take the text.
if (!domain.snapshotModel(snapshot, file, files[file], whole.value.meta.maxLevel))
  throw new Error(`model-snapshot: textHash refuses ${file}.`);
const fromSnapshot = domain.loadDsomm(files, {
  built: (path, text, maxLevel) => domain.snapshotModel(snapshot, path, text, maxLevel, sha256(text)),
  yaml: domain.snapshotYaml(JSON.parse(JSON.stringify(snapshot))),
});
if (!fromSnapshot.ok || fromSnapshot.value.model.activities[0]?.description !== '')
  throw new Error(`model-snapshot: the model was not loaded from the snapshot of ${file}.`);
// The whole model's, prose aside.
const structure = (loaded) =>
  JSON.stringify(
    loaded.ok && {
      meta: loaded.value.meta,
      header: loaded.value.model.header,
      dimensions: loaded.value.model.dimensions,
      activities: loaded.value.model.activities,
      byUuid: [...loaded.value.model.byUuid],
      files: loaded.value.files,
      warnings: loaded.warnings,
    },
    (key, value) => (domain.PROSE_FIELDS.has(key) || key === 'description' ? undefined : value),
  );
if (structure(fromSnapshot) !== structure(whole)) {
  throw new Error(`model-snapshot: the model read from the snapshot of ${file} differs from the whole file's.`);
}
// With a teams file mounted over the bundled one, the seed must read meta.yaml as the loader does.
for (const source of Object.values(metaSeed.teams).filter((source) => source.file !== undefined)) {
  const mounted = { ...files, [source.file]: 'teams: [One, Two, 3]\nteamGroups:\n  Both: [One, Two]\n  None: []\n' };
  const seeded = domain.snapshotYaml(JSON.parse(JSON.stringify(snapshot)));
  if (!seeded.seededMeta(mounted, metaSeed.entry)?.meta)
    throw new Error(`model-snapshot: the seed of meta.yaml does not read a mounted ${source.file}.`);
  if (JSON.stringify(domain.loadDsomm(mounted, { yaml: seeded })) !== JSON.stringify(domain.loadDsomm(mounted)))
    throw new Error(`model-snapshot: the seed of meta.yaml reads a mounted ${source.file} otherwise than the loader.`);
}

const json = JSON.stringify(snapshot).replace(/</g, '\\u003c');
// As main.ts reads it back: meta.yaml's read for the very text served, its text in the page once.
const stored = domain.snapshotYaml(JSON.parse(json));
const plain = (value) => JSON.parse(JSON.stringify(value ?? null));
if (!isDeepStrictEqual(plain(stored.seededMeta(files, metaSeed.entry)?.meta), plain(whole.value.meta)))
  throw new Error('model-snapshot: the stored seed of meta.yaml does not read it as the loader does.');
if (json.split(JSON.stringify(files[metaSeed.entry]).replace(/</g, '\\u003c')).length !== 2)
  throw new Error(`model-snapshot: the text of ${metaSeed.entry} is not in the snapshot exactly once.`);
let html = readFileSync(indexPath, 'utf8');
if (!html.includes('</head>')) throw new Error(`model-snapshot: no </head> in ${indexPath}.`);
html = html.replace(/<script type="application\/json" data-model-snapshot>[^]*?<\/script>/, '');
html = html.replace('</head>', () => `<script type="application/json" data-model-snapshot>${json}</script></head>`);
writeFileSync(indexPath, html);
console.log(`model-snapshot: ${file}, ${json.length} characters, hash ${snapshot.hash}`);
