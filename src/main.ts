import { httpSource } from './app/state/text-source';
import { openDatabase } from './app/state/open-database';
import { readServed } from './app/state/read-served';

// The served files are fetched and parsed, and the browser's database opened, from the first
// moment, while the browser is still downloading and compiling Angular's scripts; the app follows
// through a dynamic import (its scripts are preloaded meanwhile) and takes both over. Nothing here
// may import Angular, or this would wait for it. Parsing here rather than in a worker measured
// faster on a 2-core machine (see the README's Performance section).
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

import('./app/bootstrap')
  .then(({ bootstrap }) => bootstrap({ served: { base, read }, database }))
  .catch((err) => console.error(err));
