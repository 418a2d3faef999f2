import { paintEarly } from './app/shared/early-heatmap/early-paint';
import { httpSource } from './app/state/text-source';
import { openDatabase } from './app/state/open-database';
import { readServed } from './app/state/read-served';

// The served files are fetched and parsed, and the browser's database opened, from the first
// moment. On the start page the heatmap is then painted from here, without Angular (see
// shared/early-heatmap/early-paint.ts), and only then is the app downloaded: its scripts would
// compete with the files and the paint for the line and the two cores. The app takes the read,
// the database and the painted page over. Nothing here may import Angular, or this would wait
// for it. Parsing here rather than in a worker measured faster on a 2-core machine (see the
// README's Performance section).
// The marks (User Timing) let `npm run bench` show where a start spends its time.
performance.mark('dsomm:main');
const base = new URL('assets/YAML/', document.baseURI).href;
const read = readServed(httpSource(base)).then((served) => {
  performance.mark('dsomm:served-read');
  return served;
});
const database = openDatabase(window.indexedDB);
// A failed early start is retried by the app; it must not also surface as an unhandled rejection.
read.catch(() => undefined);
database.catch(() => undefined);

void paintEarly(document, read, database)
  .catch(() => undefined)
  .then(async (early) => {
    try {
      // Once the early chart's frame has been painted: the app's scripts, arriving and compiling,
      // would hold that frame back.
      if (early) await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
      preloadAppModules();
      const { bootstrap } = await import('./app/bootstrap');
      await bootstrap({ served: { base, read }, database, early });
    } catch (err) {
      early?.remove();
      console.error(err);
    }
  });

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
