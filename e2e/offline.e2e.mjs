// Self-contained and offline: no request ever leaves the app's origin, on any route; after the
// first visit the service worker serves the app, including the YAML files, without a network.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';

describe('self-contained and offline', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('requests nothing outside its own origin on any route', async () => {
    const origin = new URL(app.url).origin;
    const foreign = [];
    app.context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    await app.page.goto(`${app.url}/`);
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
    const routes = await app.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(routes.length >= 1, 'the navigation lists the pages');
    for (const route of [...routes, '/no-such-page']) {
      await app.page.goto(`${app.url}${route}`);
      await app.page.waitForLoadState('networkidle');
    }
    assert.deepEqual(foreign, []);
    assert.deepEqual(app.errors, []);
  });

  it('keeps one app shell however many addresses are visited, and still works offline', async () => {
    await app.page.goto(`${app.url}/`);
    await app.page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('dsomm-studio-')));
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const entries = () =>
      app.page.evaluate(async () => {
        let count = 0;
        for (const key of await caches.keys()) count += (await (await caches.open(key)).keys()).length;
        return count;
      });
    const visit = async (path) => {
      await app.page.goto(`${app.url}${path}`);
      await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
      await app.page.waitForLoadState('networkidle');
    };
    await visit('/heatmap?junk=0');
    const before = await entries();
    for (let n = 1; n <= 8; n++) await visit(n % 2 ? `/?junk=${n}` : `/matrix?junk=${n}&level=1`);
    assert.equal(await entries(), before, 'no cache entry per address');
    await app.context.setOffline(true);
    try {
      await visit('/heatmap?junk=99');
      const failed = await app.page.getByRole('heading', { name: 'The DSOMM files could not be loaded' }).count();
      assert.equal(failed, 0, 'the YAML files load from the cache');
    } finally {
      await app.context.setOffline(false);
    }
  });

  it('works offline after the first visit, with the YAML files', async () => {
    await app.page.goto(`${app.url}/`);
    await app.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    // Wait until the install has cached the build (the worker activates only after that).
    await app.page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('dsomm-studio-')));
    await app.context.setOffline(true);
    try {
      await app.page.reload();
      await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
      const failed = await app.page.getByRole('heading', { name: 'The DSOMM files could not be loaded' }).count();
      assert.equal(failed, 0, 'the YAML files load from the cache');
      await app.page.goto(`${app.url}/no-such-page`);
      await app.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    } finally {
      await app.context.setOffline(false);
    }
  });
});
