// After `ng build`: bundles src/main.ts, the script that starts a page (it reads the served files
// and paints the start page's heatmap before Angular), into one file, and makes index.html run it in
// place of Angular's entry.
// - Angular's build splits the code main.ts shares with the app into chunks by which entries use
//   it: main.ts ran from 17 files (about 190 kB), the last of them arriving well after the bare
//   Angular floor had painted. Bundled on its own it is one request, and only what main.ts uses.
// - In the production build Angular's entry is the app itself (src/app/bootstrap.ts, angular.json),
//   whose `bootstrap` main.ts imports (`./app/bootstrap` is resolved here to Angular's main-*.js)
//   once the early chart has painted; scripts/preload-modules.mjs lists Angular's files for it.
// - Its script goes first in <head>, before the served files' preloads: over HTTP/1.1 a browser
//   opens 6 connections to a server, and the script, asked for after the 5 files and the
//   stylesheet, waited for one of them to be free (1,000 teams, a trace at load 2: its answer at
//   220 ms, main.ts running at 278 ms, after the 7.7 MB progress file had arrived). A module script
//   runs once the document is parsed wherever it stands; only its request goes out sooner.
// - The stand-in of the shell and page around the early chart, as far as it does not depend on the
//   data (shared/early-heatmap/stand-in-markup.ts), goes into index.html's body: the browser styles
//   and lays it out, hidden, while it waits for the scripts, rather than main.ts in the task that
//   paints.
// The framework-free code main.ts uses is therefore in the build twice: in this file, and in
// Angular's chunks for the app (which uses it again later). Nothing passed from one to the other
// depends on being the same module: main.ts hands over promises of plain data and the painted page.
// Except errors: one made here is not an `instanceof` of the app's copy of its class, so the app
// recognises the ones it acts on by name (state/open-database.ts: a database of a newer version).
//   node scripts/early-bundle.mjs [dist/dsomm-studio]     (EARLY_NAMES=1: names kept, for profiles)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

const dist = process.argv[2] ?? 'dist/dsomm-studio';
const root = join(dist, 'browser');
const indexPath = join(root, 'index.html');
const ENTRY = 'src/main.ts';
const APP = 'src/app/bootstrap.ts';
const LAZY_YAML = 'scripts/early-js-yaml.mjs';
const DUMPER = "require('./lib/dumper')";
const NO_DUMPER = `{ dump() { throw new Error("js-yaml's dump is not in the start page's script (${LAZY_YAML})"); } }`;
const STAND_IN = /[\\/]early-heatmap[\\/]stand-in-markup\.ts$/;

const stats = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8'));
const apps = Object.keys(stats.outputs).filter((file) => stats.outputs[file].entryPoint === APP);
if (apps.length !== 1 || !apps[0].startsWith('main-')) {
  throw new Error(
    `early-bundle: Angular's entry should be ${APP} (angular.json, production); found ${apps.join(', ') || 'none'}.`,
  );
}
const app = apps[0];

const bundle = await build({
  entryPoints: [ENTRY],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  // EARLY_NAMES=1 keeps the functions' names, so that a CPU profile (bench/trace-start.mjs) names them.
  minify: process.env.EARLY_NAMES !== '1',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.app.json',
  write: false,
  logLevel: 'error',
  plugins: [
    {
      name: 'angular-app',
      setup(build) {
        // The app is Angular's build, loaded once the early chart has painted.
        build.onResolve({ filter: /^\.\/app\/bootstrap$/ }, () => ({ path: `./${app}`, external: true }));
      },
    },
    {
      name: 'stand-in-in-index-html',
      setup(build) {
        // The stand-in is written into index.html below, so the script need not build it (early-paint.ts
        // does only where a page has none: `ng serve`); with its builder go the path data of every
        // shell icon but the few the early paint sets itself (early-icon-paths.ts), about 6 kB.
        build.onLoad({ filter: STAND_IN }, () => ({
          contents: `export function standInMarkup() { throw new Error('early-bundle: the stand-in is in index.html.'); }`,
          loader: 'js',
        }));
      },
    },
    {
      name: 'js-yaml-on-first-use',
      setup(build) {
        // The app's imports of js-yaml get scripts/early-js-yaml.mjs, which requires js-yaml itself.
        build.onResolve({ filter: /^js-yaml$/ }, (args) =>
          args.kind === 'require-call' ? undefined : { path: join(process.cwd(), LAZY_YAML) },
        );
        // js-yaml's index.js without its dumper (8.9 kB; main.ts only reads YAML): everything else
        // it exports is as it is, its `dump` throws. The build fails below if the script writes YAML.
        build.onLoad({ filter: /[\\/]js-yaml[\\/]index\.js$/ }, async (args) => {
          const source = readFileSync(args.path, 'utf8');
          if (!source.includes(DUMPER)) throw new Error(`early-bundle: no ${DUMPER} in ${args.path}.`);
          return { contents: source.replace(DUMPER, NO_DUMPER), loader: 'js', resolveDir: dirname(args.path) };
        });
      },
    },
  ],
});
const text = eagerTopLevel(bundle.outputFiles[0].text);
if (!text.includes(`"./${app}"`)) throw new Error(`early-bundle: ${ENTRY} does not import the app.`);
// The script's js-yaml has no dumper: the app's YAML writers (domain/yaml.ts) all pass `quotingType`.
if (text.includes('quotingType')) throw new Error(`early-bundle: ${ENTRY} would write YAML, without a dumper.`);
if (text.includes('Assess a sector')) throw new Error(`early-bundle: ${ENTRY} carries the stand-in's builder.`);
const contents = Buffer.from(text);
const hash = createHash('sha256').update(contents).digest('hex').slice(0, 8).toUpperCase();
const early = `early-${hash}.js`;
writeFileSync(join(root, early), contents);

let html = readFileSync(indexPath, 'utf8');
const script = `<script src="${app}" type="module"></script>`;
if (!html.includes(script)) throw new Error(`early-bundle: no ${script} in ${indexPath}.`);
// Angular's preloads of its own entry's chunks: main.ts loads them once it has painted.
html = html.replace(/<link rel="modulepreload" href="[\w.-]+\.js">/g, '');
html = html.replace(script, '');
const preload = '<link rel="preload" as="fetch"';
if (!html.includes(preload)) throw new Error(`early-bundle: no served file preloaded in ${indexPath}.`);
html = html.replace(preload, `<script src="${early}" type="module"></script>\n    ${preload}`);
const appRoot = '<app-root></app-root>';
if (!html.includes(appRoot)) throw new Error(`early-bundle: no ${appRoot} in ${indexPath}.`);
html = html.replace(appRoot, `${appRoot}${await standIn()}`);
writeFileSync(indexPath, html);
console.log(`early-bundle: ${early}, ${contents.length} bytes, imports ${app}`);

/** The stand-in's markup, from the same code main.ts would make it with. */
async function standIn() {
  const { outputFiles } = await build({
    stdin: {
      contents: "export { standInMarkup } from './src/app/shared/early-heatmap/stand-in-markup';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    tsconfig: 'tsconfig.app.json',
    write: false,
    logLevel: 'error',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
  return module.standInMarkup();
}

/**
 * The script with its top-level function declarations made parenthesised function expressions,
 * assigned first thing (as declarations are hoisted): V8 compiles such a function as it streams the
 * script in, on a background thread, where it leaves any other until its first call and then
 * compiles it on the main thread. Those compiles took 28-38 ms of the main thread between main.ts's
 * start and the early chart (load 15); js-yaml's functions, inside its module wrappers, stay lazy.
 */
function eagerTopLevel(source) {
  const file = ts.createSourceFile('early.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const exported = (node) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
  const eager = file.statements.filter((node) => ts.isFunctionDeclaration(node) && node.name && !exported(node));
  if (eager.length === 0) throw new Error('early-bundle: no top-level function declarations to compile eagerly.');
  let rest = '';
  let at = 0;
  for (const node of eager) {
    rest += source.slice(at, node.getStart(file));
    at = node.end;
  }
  rest += source.slice(at);
  const names = new Set(eager.map((node) => node.name.text));
  if (names.size !== eager.length) throw new Error('early-bundle: a top-level function is declared twice.');
  // Anonymous, as a declaration's binding is: the variable holds it (and names it), and may be reassigned.
  const expression = (node) =>
    `${source.slice(node.getStart(file), node.name.getStart(file)).trimEnd()}${source.slice(node.name.end, node.end)}`;
  const assigned = eager.map((node) => `${node.name.text}=(${expression(node)})`);
  return `var ${assigned.join(',')};${rest}`;
}
