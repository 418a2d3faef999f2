// The static server of the start benchmarks, on a thread of its own: in Playwright's process it
// answered the browser only when Playwright's own work left the event loop free (start20, session
// 20: the 7 requests of a cold start sent within 2 ms, answered about 15 ms apart, the early script
// once 118 ms after its request), which delayed the app's start, and hardly the floors' (one
// request each). nginx, which serves the app, is a process of its own. `BENCH_SERVER=inline` serves
// from this process as before, to compare.
import { Worker } from 'node:worker_threads';
import { DIST, startStaticServer } from '../e2e/static-server.mjs';

/** `startStaticServer(root, overrides)` on a worker thread (no `handlers`: functions stay here). */
export function startBenchServer(root = DIST, overrides = {}) {
  if (process.env.BENCH_SERVER === 'inline') return startStaticServer(root, overrides);
  const worker = new Worker(new URL('./bench-server-thread.mjs', import.meta.url), { workerData: { root, overrides } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (url) =>
      resolve({
        url,
        close: async () => {
          await worker.terminate();
        },
      }),
    );
  });
}
