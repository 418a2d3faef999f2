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

  it('shows a not-found page for an unknown route', async () => {
    await app.page.goto(`${app.url}/no-such-page`);
    await app.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    assert.match(await app.page.title(), /Page not found · DSOMM Studio/);
  });
});
