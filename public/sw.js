// DSOMM Studio service worker: makes the app work offline after the first visit.
// Hand-written rather than @angular/service-worker, because of how this app is deployed:
// - The YAML files are meant to be replaced (mounted over the image's files). The Angular worker
//   checks every file it prefetches against the hashes of the build, and a replaced file fails that
//   check; files it does not prefetch (data groups) are only cached once requested through it, and
//   the first visit's YAML requests come before the worker controls the page, so a reload offline
//   would have no model.
// - The registry's @angular/service-worker requires exactly @angular/core 21.2.24 (we have 21.2.26).
// How it works (the load worker's fetches of the YAML files go through it too):
// - On install it caches every file of the build, listed in sw-assets.json (written after `ng build`
//   by scripts/sw-manifest.mjs), so every route and lazy chunk works offline.
// - Hashed files: cache first (they never change). assets/YAML/* and the other files: network first,
//   so a replaced YAML file shows at once when online; the cache when offline.
// - Navigations (every route, with any query string) are one app shell: network when online,
//   index.html as cached on install when offline. They are never cached per address: each
//   `?junk=N` would add an entry for good. Other entries are keyed by path without the query, so a
//   query string never adds one either: the cache holds one entry per file of the app.
const MANIFEST = 'sw-assets.json';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(MANIFEST, { cache: 'no-cache' });
      const { version, files } = await response.json();
      const cache = await caches.open(`dsomm-studio-${version}`);
      await cache.addAll(files);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const { version } = await (await fetch(MANIFEST, { cache: 'no-cache' })).json().catch(() => ({}));
      for (const key of await caches.keys()) {
        if (key.startsWith('dsomm-studio-') && version && key !== `dsomm-studio-${version}`) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

const hashed = /-[0-9A-Z]{8}\.(js|css|woff2?)$/i;
const SHELL = 'index.html';

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(async () => (await caches.match(SHELL)) ?? Response.error()));
    return;
  }
  if (hashed.test(url.pathname)) {
    event.respondWith(caches.match(cacheKey(url)).then((hit) => hit ?? fetchAndCache(request, url)));
    return;
  }
  event.respondWith(
    fetchAndCache(request, url).catch(async () => (await caches.match(cacheKey(url))) ?? Response.error()),
  );
});

/** A file's entry: its address without query or fragment (they do not make another file). */
function cacheKey(url) {
  return url.origin + url.pathname;
}

async function fetchAndCache(request, url) {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const keys = await caches.keys();
    const current = keys.filter((k) => k.startsWith('dsomm-studio-')).pop();
    if (current) await (await caches.open(current)).put(cacheKey(url), response.clone());
  }
  return response;
}
