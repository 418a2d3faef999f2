// The nginx config (nginx/default.conf) as CI serves it: security headers, caching, SPA fallback, and
// the app working under the strict Content-Security-Policy. Needs E2E_BASE_URL (set by .ci/run).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';

const base = process.env.E2E_BASE_URL;

describe('the nginx server config', { skip: base ? false : 'E2E_BASE_URL not set (no nginx)' }, () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('sends the security headers on every kind of response', async () => {
    for (const path of ['/', '/heatmap', '/assets/YAML/meta.yaml']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self';/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
    }
  });

  it('caches hashed assets for long and never caches index.html or the YAML files', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const script = html.match(/src="(main-[A-Z0-9]+\.js)"/)?.[1];
    assert.ok(script, 'index.html names the main script');
    assert.match((await fetch(`${base}/${script}`)).headers.get('cache-control') ?? '', /max-age=31536000/);
    assert.equal((await fetch(`${base}/`)).headers.get('cache-control'), 'no-cache');
    assert.equal((await fetch(`${base}/assets/YAML/meta.yaml`)).headers.get('cache-control'), 'no-cache');
  });

  it('compresses text with gzip', async () => {
    const response = await fetch(`${base}/assets/YAML/default/model.yaml`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(response.headers.get('content-encoding'), 'gzip');
  });

  it('runs the app under the CSP without a single violation', async () => {
    const violations = [];
    app.page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await app.page.goto(`${base}/no-such-page`);
    await app.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await app.page.goto(`${base}/`);
    await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await app.page.waitForTimeout(500);
    assert.deepEqual(violations, []);
    assert.deepEqual(app.errors, []);
  });
});
