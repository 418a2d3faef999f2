// axe-core on every route of the navigation, in the light and the dark theme: no serious or
// critical violation. (bypassCSP only so that the axe script itself can be injected.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { axeViolations } from './steps.mjs';

async function routesOf(page, url) {
  await page.goto(`${url}/`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.waitFor();
  const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return [...new Set([...links, '/no-such-page'])];
}

for (const colorScheme of ['light', 'dark']) {
  describe(`accessibility (${colorScheme} theme)`, () => {
    let app;
    before(async () => (app = await openApp({ colorScheme, bypassCSP: true })));
    after(async () => app?.close());

    it('has no serious or critical axe violation on any route', async () => {
      const routes = await routesOf(app.page, app.url);
      const found = [];
      for (const route of routes) {
        await app.page.goto(`${app.url}${route}`);
        await app.page.waitForLoadState('networkidle');
        await app.page.waitForTimeout(300);
        for (const v of await axeViolations(app.page)) found.push(`${route}: ${v}`);
      }
      assert.deepEqual(found, []);
    });
  });
}
