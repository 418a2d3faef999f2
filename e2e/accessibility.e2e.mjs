// axe-core on every route of the navigation, in the light and the dark theme: no serious or
// critical violation. (bypassCSP only so that the axe script itself can be injected.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { axeViolations } from './steps.mjs';
import { overrides } from '../bench/heatmap-data.mjs';

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

// The pieces that show only with many teams or once a sector is open: the team finder and summary,
// the sector panel with its stage selects, and the select's options (not applicable among them).
for (const colorScheme of ['light', 'dark']) {
  describe(`accessibility with 30 teams and a sector open (${colorScheme} theme)`, () => {
    let app;
    before(async () => (app = await openApp({ colorScheme, bypassCSP: true, overrides: overrides(30) })));
    after(async () => app?.close());

    it('has no serious or critical axe violation', async () => {
      const { page } = app;
      await page.goto(`${app.url}/?sector=Build&level=1`);
      await page.getByRole('searchbox', { name: 'Find a team' }).fill('1');
      await page
        .getByRole('button', { name: /^Show the stages of 30 teams$/ })
        .first()
        .click();
      const select = page.locator('app-activity-assessment mat-select').first();
      await select.waitFor();
      const found = (await axeViolations(page)).map((v) => `panel: ${v}`);
      await select.click();
      await page.getByRole('option', { name: /^Not applicable to / }).waitFor();
      found.push(...(await axeViolations(page)).map((v) => `stage options: ${v}`));
      assert.deepEqual(found, []);
      assert.deepEqual(app.errors, []);
    });
  });
}
