import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';

describe('the built app', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('loads the bundled model and shows the shell', async () => {
    await app.page.goto(`${app.url}/`);
    await app.page.getByRole('link', { name: 'DSOMM Studio' }).waitFor();
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('downloads each served file once on a start (the preloaded responses are the ones read)', async () => {
    const fresh = await openApp({ serviceWorkers: 'block' });
    try {
      const requests = new Map();
      const warnings = [];
      fresh.page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('.yaml')) requests.set(path, (requests.get(path) ?? 0) + 1);
      });
      fresh.page.on('console', (message) => {
        if (/preload/i.test(message.text())) warnings.push(message.text());
      });
      await fresh.page.goto(`${fresh.url}/`);
      await fresh.page.locator('app-heatmap-chart path.sector').first().waitFor();
      await fresh.page.waitForTimeout(500);
      assert.deepEqual(Object.fromEntries(requests), {
        '/assets/YAML/meta.yaml': 1,
        '/assets/YAML/default/model.yaml': 1,
        '/assets/YAML/default/teams.yaml': 1,
        '/assets/YAML/team-progress.yaml': 1,
        '/assets/YAML/team-evidence.yaml': 1,
      });
      assert.deepEqual(warnings, []);
    } finally {
      await fresh.close();
    }
  });

  it('draws the heatmap before it asks for the fonts, and then shows Roboto', async () => {
    const fresh = await openApp({ serviceWorkers: 'block' });
    try {
      await fresh.context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelectorAll('app-heatmap-chart path.sector').length === 0) return;
          observer.disconnect();
          window.chartInPage = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      await fresh.page.goto(`${fresh.url}/`);
      await fresh.page.locator('link[href="fonts.css"]').waitFor({ state: 'attached' });
      await fresh.page.waitForFunction(
        // (document.fonts.check is true too while no Roboto face is declared yet)
        () =>
          [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Roboto' && face.status === 'loaded'),
      );
      const { chartInPage, fonts } = await fresh.page.evaluate(() => ({
        chartInPage: window.chartInPage,
        fonts: performance
          .getEntriesByType('resource')
          .filter((entry) => /roboto-latin-\d+-normal-\w+\.woff2$/.test(entry.name))
          .map((entry) => entry.startTime),
      }));
      assert.ok(fonts.length > 0, 'Roboto was loaded');
      assert.ok(
        fonts.every((start) => start > chartInPage),
        `fonts requested at ${fonts.join(', ')} ms, the chart was in the page at ${chartInPage} ms`,
      );
      assert.equal(await fresh.page.evaluate(() => getComputedStyle(document.body).fontFamily.split(',')[0]), 'Roboto');
    } finally {
      await fresh.close();
    }
  });

  it('shows a not-found page for an unknown route', async () => {
    await app.page.goto(`${app.url}/no-such-page`);
    await app.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    assert.match(await app.page.title(), /Page not found · DSOMM Studio/);
  });
});
