import { snapshotModel, snapshotYaml } from './app/domain/loading/model-snapshot';
import { buildAllTeams } from './app/domain/progress/lazy-teams';
import { paintEarly } from './app/shared/early-heatmap/early-paint';
import { openingDatabase } from './app/state/open-database';
import { readServed, readWholeModel } from './app/state/read-served';
import { embeddedSnapshot } from './app/state/embedded-snapshot';
import { compactProgressRead } from './app/state/compact-progress-read';
import { digestingSource } from './app/state/text-digest';
import { httpSource, memoizedSource } from './app/state/text-source';

// The served files are fetched and read, and the browser's database opened (if it exists), from
// the first moment. On the start page the heatmap is then painted from here, without Angular (see
// shared/early-heatmap/early-paint.ts), from the model's structure in the build's snapshot when
// the served model is the bundled one (scripts/model-snapshot.mjs; js-yaml takes 100 to 150 ms on
// it cold). Only then is the app downloaded, and the whole model read, prose included: both would
// compete with the paint for the line and the two cores. The app takes the read, the database and
// the painted page over. Nothing here may import Angular, or this would wait for it: the production
// build bundles this file on its own into one script (scripts/early-bundle.mjs), `./app/bootstrap`
// being Angular's entry there, so that it needs one request and carries only what it uses. Reading here
// rather than in a worker measured faster on a 2-core machine (see the README's Performance section).
// The marks (User Timing) let `npm run bench` show where a start spends its time.
performance.mark('dsomm:main');
// The start runs in a microtask rather than in the module's own top-level code: where DevTools
// watches the network (as Playwright does in the benchmarks and e2e tests), each fetch records the
// JavaScript stack that made it, and a stack holding the top-level code makes V8 parse this whole
// script again on the main thread for its source positions (V8.CollectSourcePositions: 5 ms of CPU,
// 6-30 ms of wall time on a loaded machine, before the files are read). Nothing else changes.
queueMicrotask(start);

function start(): void {
  // On a first visit the database is created only once the start page has painted (or will not be).
  // Asked first: the browser's first answer about an origin's storage (`indexedDB.databases()`)
  // takes it tens of ms, which the early paint waits for; it now overlaps the snapshot's parse and
  // the files' reads.
  let creationMayStart: () => void = () => undefined;
  const opening = openingDatabase(window.indexedDB, new Promise<void>((resolve) => (creationMayStart = resolve)));
  const database = opening.database;
  const base = new URL('assets/YAML/', document.baseURI).href;
  // Each file is downloaded once (as index.html preloads it), though read twice.
  const source = memoizedSource(httpSource(base));
  const snapshot = embeddedSnapshot(document);
  const compact = compactProgressRead(source);
  // The model's text is proven to be the snapshot's by its SHA-256, taken by WebCrypto as it arrives.
  const proving = digestingSource(source, snapshotFile(snapshot));
  const structure = readServed(proving.source, [], {
    built: (path, text, maxLevel) => snapshotModel(snapshot, path, text, maxLevel, proving.digestOf(text)),
    // meta.yaml, teams and evidence as parsed at build time, for the very texts they were parsed from.
    yaml: snapshotYaml(snapshot),
    // The progress and evidence are fetched as bytes, and decoded only if their text is read: a
    // large progress file is read from its compact form when one proves to be of those bytes.
    prefetch: (path) => compact.prefetch(path),
    progress: (path, ctx) => compact.read(path, ctx),
  }).then((served) => {
    performance.mark('dsomm:served-read');
    return served;
  });
  // A failed early start is retried by the app; it must not also surface as an unhandled rejection.
  structure.catch(() => undefined);
  database.catch(() => undefined);

  void paintEarly(document, structure, opening)
    .catch(() => undefined)
    .then(async (early) => {
      try {
        // Once the early chart's frame has been painted: the app's scripts, arriving and compiling,
        // and the whole model's parse would hold that frame back.
        if (early) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
        creationMayStart();
        preloadAppModules();
        // The progress file's team maps, left unbuilt for the chart (progress/lazy-teams.ts), are built
        // now, while the app's scripts download, rather than at the first edit.
        const read = structure.then((served) => {
          if (served.ok && served.progress.result.ok) buildAllTeams(served.progress.result.value);
          return readWholeModel(served, source);
        });
        read.catch(() => undefined);
        const { bootstrap } = await import('./app/bootstrap');
        await bootstrap({ served: { base, read }, database, early });
      } catch (err) {
        creationMayStart();
        early?.remove();
        console.error(err);
      }
    });
}

function snapshotFile(snapshot: unknown): string | undefined {
  const file = typeof snapshot === 'object' && snapshot !== null ? (snapshot as { file?: unknown }).file : undefined;
  return typeof file === 'string' ? file : undefined;
}

/**
 * Starts downloading all of the app's and the start page's scripts at once (listed in index.html
 * by scripts/preload-modules.mjs), rather than each only once the script importing it has arrived.
 */
function preloadAppModules(): void {
  const list = document.querySelector('meta[name="app-modules"]')?.getAttribute('content') ?? '';
  for (const file of list.split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    document.head.appendChild(link);
  }
}
