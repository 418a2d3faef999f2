// DSOMM Studio service worker: makes the app work offline after the first visit.
// Hand-written rather than @angular/service-worker, because of how this app is deployed:
// - The YAML files are meant to be replaced (mounted over the image's files). The Angular worker
//   checks every file it prefetches against the hashes of the build, and a replaced file fails that
//   check; files it does not prefetch (data groups) are only cached once requested through it, and
//   the first visit's YAML requests come before the worker controls the page, so a reload offline
//   would have no model.
// - The registry's @angular/service-worker requires exactly @angular/core 21.2.24 (we have 21.2.26).
// How it works (the load worker's fetches of the YAML files go through it too):
// - BUILD below is written by scripts/sw-manifest.mjs after `ng build`: every file of the build and
//   a version hashed from their contents. So this file differs whenever the app's files do, which is
//   what makes a browser install the new worker after a deploy (it compares sw.js byte for byte);
//   the app asks for that check on every start (src/app/shared/service-worker.ts). A YAML file
//   replaced by a mount does not change sw.js, and need not: YAML is read network first.
// - On install it caches every file of its build in its own cache, `dsomm-studio-<version>`, so
//   every route and lazy chunk works offline, then takes over at once (skipWaiting): a reload
//   after a deploy shows the new version, online and offline.
// - Pages opened before the update keep working: they still load the lazy chunks of their own
//   build, which the new deploy no longer serves. So on activate the older caches are not deleted
//   at once but retired: their hashed files are kept (and searched after the worker's own cache)
//   until every page that was open at the time has gone, then deleted. The list of those pages is kept in a cache of its
//   own, as the worker may be stopped and started again in between.
// - Hashed files: cache first (they never change). assets/YAML/* and the other files: network first,
//   so a replaced YAML file shows at once when online; the cache when offline.
// - Navigations (every route, with any query string) are one app shell: network when online,
//   index.html as cached on install when offline. They are never cached per address: each
//   `?junk=N` would add an entry for good. Other entries are keyed by path without the query, so a
//   query string never adds one either: the cache holds one entry per file of the app.
const BUILD = { version: 'development', files: [] };

const PREFIX = 'dsomm-studio-';
const CACHE = `${PREFIX}${BUILD.version}`;
/** Holds one entry: the older caches still kept and the pages they are kept for. */
const RETIRING = `${PREFIX}retiring`;
const RECORD = 'sw-retiring.json';
const SHELL = 'index.html';
const hashed = /-[0-9A-Z]{8}\.(js|css|woff2?)$/i;

/** Whether no older cache is kept any more (then nothing needs checking until the next update). */
let retired = false;
/** The check under way: pages come and go without telling the worker, so each request looks again. */
let checking;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Hashed files may come from the HTTP cache (they never change); the others are asked anew.
      await cache.addAll(BUILD.files.map((file) => new Request(file, hashed.test(file) ? {} : { cache: 'no-cache' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE && key !== RETIRING);
      if (older.length > 0) {
        // Open pages of an older build need only its hashed files (their names are in its code);
        // the rest (index.html, YAML) the pages read from this worker, and page code reading the
        // caches directly (caches.match, a stalled file's saved copy) must find only this build's.
        await keepOnlyHashed(older);
        // Every page open now: pages of the older builds among them (which cannot be told apart).
        const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const record = await retiringRecord();
        await saveRecord({
          caches: [...new Set([...record.caches, ...older])],
          pages: [...new Set([...record.pages, ...pages.map((page) => page.id)])],
        });
      }
      await self.clients.claim();
      retired = await retire();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!retired) {
    checking ??= retire()
      .catch(() => false)
      .then((done) => {
        retired = done;
        checking = undefined;
      });
    event.waitUntil(checking);
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(async () => (await cached(SHELL)) ?? Response.error()));
    return;
  }
  if (hashed.test(url.pathname)) {
    event.respondWith(cached(cacheKey(url)).then((hit) => hit ?? fetchAndCache(event, url)));
    return;
  }
  event.respondWith(fetchAndCache(event, url).catch(async () => (await cached(cacheKey(url))) ?? Response.error()));
});

/** A file's entry: its address without query or fragment (they do not make another file). */
function cacheKey(url) {
  return url.origin + url.pathname;
}

/** The worker's own copy, else a retired build's (a page opened before the update asks for its files). */
async function cached(key) {
  return (await (await caches.open(CACHE)).match(key)) ?? (await caches.match(key));
}

/**
 * The network's answer, handed to the page as soon as its headers are here; its copy is written to
 * the cache meanwhile. Awaiting the write (which reads the whole body) held the headers back until
 * the last byte: the page's limit on silence took 10,000 teams' progress, still arriving, for a
 * server that did not answer.
 */
async function fetchAndCache(event, url) {
  const response = await fetch(event.request);
  // Into this worker's cache only: while a new worker installs, this one still serves the pages.
  // Not while a newer worker installs or has taken over (this cache is then retired and keeps only
  // hashed files): a copy of index.html or a YAML file put there would be an older build's copy
  // found by page code that reads the caches.
  const newer = self.registration.installing ?? self.registration.waiting;
  const retiring = (newer && newer !== self.serviceWorker) || self.serviceWorker?.state === 'redundant';
  if (response.ok && response.type === 'basic' && !(retiring && !hashed.test(url.pathname))) {
    const copy = response.clone();
    // A body that breaks off is not saved (put rejects); the page's read fails or falls back itself.
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.put(cacheKey(url), copy))
        .catch(() => undefined),
    );
  }
  return response;
}

/** Read without opening the cache: `caches.open` would create it, and page code would see it. */
async function retiringRecord() {
  const response = await caches.match(RECORD, { cacheName: RETIRING });
  const record = await response?.json().catch(() => undefined);
  return { caches: record?.caches ?? [], pages: record?.pages ?? [] };
}

async function saveRecord(record) {
  const body = JSON.stringify(record);
  await (
    await caches.open(RETIRING)
  ).put(RECORD, new Response(body, { headers: { 'content-type': 'application/json' } }));
}

/** Leaves only the hashed files in the caches `keys` (open pages of an older build need no more). */
async function keepOnlyHashed(keys) {
  for (const key of keys) {
    if (!(await caches.has(key))) continue;
    const cache = await caches.open(key);
    for (const request of await cache.keys()) {
      if (!hashed.test(new URL(request.url).pathname)) await cache.delete(request);
    }
  }
}

/** Deletes the retired caches once no page they were kept for is open; true when none is left. */
async function retire() {
  const record = await retiringRecord();
  // Again on every check: an older worker may still have finished a request into its cache after
  // this one's activation.
  await keepOnlyHashed(record.caches.filter((key) => key !== CACHE));
  for (const id of record.pages) if (await self.clients.get(id)) return false;
  for (const key of record.caches) await caches.delete(key);
  await caches.delete(RETIRING);
  return true;
}
