import { readServedInWorker } from './app/state/served-read-client';

// The served files are fetched and parsed in a worker from the first moment, on another core while
// Angular's scripts load and bootstrap. This module imports nothing else, so it runs as soon as it
// has arrived; the app follows through a dynamic import (its scripts are preloaded meanwhile).
// The marks (User Timing) let `npm run bench` show where a start spends its time.
performance.mark('dsomm:main');
const base = new URL('assets/YAML/', document.baseURI).href;
const early = typeof Worker === 'undefined' ? undefined : { base, read: readServedInWorker(base) };
// A failed early read is retried by the store; it must not also surface as an unhandled rejection.
early?.read.catch(() => undefined);

import('./app/bootstrap').then(({ bootstrap }) => bootstrap(early)).catch((err) => console.error(err));
