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
// - Hashed files: cache first (they never change). index.html, routes and assets/YAML/*: network
//   first, so a replaced YAML file or a new version shows at once when online; the cache when offline.
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (hashed.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit ?? fetchAndCache(request)));
    return;
  }
  event.respondWith(
    fetchAndCache(request).catch(async () => {
      const hit = await caches.match(request, { ignoreSearch: request.mode === 'navigate' });
      if (hit) return hit;
      if (request.mode === 'navigate') return (await caches.match('index.html')) ?? Response.error();
      return Response.error();
    }),
  );
});

async function fetchAndCache(request) {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const keys = await caches.keys();
    const current = keys.filter((k) => k.startsWith('dsomm-studio-')).pop();
    if (current) (await caches.open(current)).put(request, response.clone());
  }
  return response;
}
