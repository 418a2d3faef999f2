// Self-contained and offline: no request ever leaves the app's origin, on any route; after the
// first visit the service worker serves the app, including the YAML files, without a network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIST } from './static-server.mjs';
import { openApp } from './support.mjs';
import { importWorker, MODEL_UUIDS, previewShown, workerMarks, yamlFile } from './steps.mjs';

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

      // An import offline: the import worker's script comes from the service worker's cache.
      const chunk = readdirSync(DIST).find((name) => /^worker-\w+\.js$/.test(name));
      assert.ok(chunk, 'the build has the import worker');
      assert.ok(await app.page.evaluate((path) => caches.match(path).then(Boolean), `/${chunk}`), 'it is cached');
      await app.page.goto(`${app.url}/data`);
      const worker = importWorker(app.page);
      const progress = `progress:\n  ${MODEL_UUIDS[0]}:\n    Team Offline:\n      Started: 2026-01-05\n`;
      await app.page.locator('app-import-panel input[type=file]').setInputFiles(yamlFile('offline.yaml', progress));
      await previewShown(app.page);
      await app.page.getByText('1 team: 1 stage date added').waitFor();
      assert.equal(await workerMarks(await worker, 'dsomm:import-preview'), 1, 'previewed in the worker');
    } finally {
      await app.context.setOffline(false);
    }
  });
});

describe('a new deploy reaches an installed app', () => {
  let app;
  let root;
  before(async () => {
    // A copy of the build to deploy over, served like the build itself.
    root = `${mkdtempSync(join(tmpdir(), 'dsomm-deploy-'))}/`;
    cpSync(DIST, root, { recursive: true });
    app = await openApp({ root });
  });
  after(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The build's version as sw.js says (scripts/sw-manifest.mjs writes it there). */
  const deployed = () => JSON.parse(/^const BUILD = (.*);$/m.exec(readFileSync(`${root}sw.js`, 'utf8'))[1]).version;
  const cacheNames = (page) => page.evaluate(() => caches.keys());
  const shown = async (page) => {
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const failed = await page.getByRole('heading', { name: 'The DSOMM files could not be loaded' }).count();
    assert.equal(failed, 0, 'the YAML files load');
  };

  it('installs the new worker after a deploy; a page open since before keeps working; offline serves the new build', async () => {
    const { context, page, url } = app;
    const first = deployed();
    await page.goto(`${url}/`);
    await shown(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.deepEqual(await cacheNames(page), [`dsomm-studio-${first}`]);
    await page.evaluate(() => {
      globalThis.takenOver = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve),
      );
    });

    // The deploy: index.html changes, and the lazy chunks the open page has not loaded are gone, as
    // a new build's chunks have other names.
    const loaded = new Set(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.slice(1)),
      ),
    );
    const gone = readdirSync(root).filter((name) => /^chunk-.*\.js$/.test(name) && !loaded.has(name));
    assert.ok(gone.length > 0, 'some lazy chunks are not loaded yet');
    for (const name of gone) rmSync(`${root}${name}`);
    // The browser's HTTP cache may still hold them, but need not (evicted, or never asked for): only
    // the worker's caches are what the page can count on.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    const html = readFileSync(`${root}index.html`, 'utf8');
    writeFileSync(`${root}index.html`, html.replace('</head>', '<meta name="dsomm-deploy" content="second"></head>'));
    const manifest = spawnSync(process.execPath, ['scripts/sw-manifest.mjs', root], { encoding: 'utf8' });
    assert.equal(manifest.status, 0, manifest.stderr);
    const second = deployed();
    assert.notEqual(second, first, 'sw.js changed with the files');

    // Another tab opens the app: the new worker installs, and takes over the open page too.
    const other = await context.newPage();
    await other.goto(`${url}/`);
    await shown(other);
    await page.evaluate(() => globalThis.takenOver);
    // Activated, not only activating: pages change controller as soon as the new worker activates,
    // before its activate handler (which retires the older cache) has finished.
    await other.waitForFunction(async (key) => {
      const registration = await navigator.serviceWorker.getRegistration();
      return (
        registration?.active?.state === 'activated' &&
        !registration.installing &&
        !registration.waiting &&
        (await caches.has(key))
      );
    }, `dsomm-studio-${second}`);
    assert.equal(await other.locator('meta[name="dsomm-deploy"]').count(), 1, 'the new index.html');

    // The page open since before still loads its own build's chunks (from the retired cache).
    const missing = [];
    page.on('response', (response) => {
      if (gone.some((name) => response.url().endsWith(`/${name}`)) && !response.ok()) missing.push(response.url());
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { name: 'DevSecOps maturity report' }).waitFor();
    assert.deepEqual(missing, []);
    assert.deepEqual(app.errors, []);
    assert.ok((await cacheNames(other)).includes(`dsomm-studio-${first}`), 'kept while that page is open');
    // Only its hashed files once the new worker has activated: a saved copy of a YAML file or
    // index.html is always this build's.
    await other.waitForFunction(async (key) => {
      const paths = (await (await caches.open(key)).keys()).map((request) => new URL(request.url).pathname);
      return paths.length > 0 && paths.every((path) => /-[0-9A-Z]{8}\.(js|css|woff2?)$/i.test(path));
    }, `dsomm-studio-${first}`);

    // Once it is closed, the old build's cache goes.
    await page.close();
    await other.reload();
    await shown(other);
    await other.waitForFunction(
      async (key) => JSON.stringify(await caches.keys()) === JSON.stringify([key]),
      `dsomm-studio-${second}`,
    );

    await context.setOffline(true);
    try {
      await other.reload();
      await shown(other);
      assert.equal(await other.locator('meta[name="dsomm-deploy"]').count(), 1, 'offline, the new index.html');
      await other.goto(`${url}/heatmap?team=offline`);
      await shown(other);
    } finally {
      await context.setOffline(false);
    }
  });
});
