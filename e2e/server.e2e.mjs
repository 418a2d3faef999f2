// The nginx config (nginx/default.conf) as CI serves it: security headers, caching, SPA fallback, and
// the app working under the strict Content-Security-Policy. Needs E2E_BASE_URL (set by .ci/run).
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DIST } from './static-server.mjs';
import { openApp } from './support.mjs';

const base = process.env.E2E_BASE_URL;
/** Custom data files whose names look like hashed build output; written into the build served. */
const CUSTOM_YAML = 'team-extras-ABCDEF12.yaml';
const CUSTOM_PNG = 'diagram-abcdef12.png';

describe('the nginx server config', { skip: base ? false : 'E2E_BASE_URL not set (no nginx)' }, () => {
  let app;
  before(async () => {
    writeFileSync(`${DIST}assets/YAML/custom/${CUSTOM_YAML}`, 'activities: {}\n');
    writeFileSync(`${DIST}assets/YAML/custom/${CUSTOM_PNG}`, 'not really an image\n');
    app = await openApp();
  });
  after(async () => {
    for (const name of [CUSTOM_YAML, CUSTOM_PNG]) rmSync(`${DIST}assets/YAML/custom/${name}`, { force: true });
    await app?.close();
  });

  it('sends the security headers, the right caching and content type from every location', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const script = html.match(/src="(early-[A-Z0-9]+\.js)"/)?.[1];
    assert.ok(script, 'index.html names the script that starts the page');
    const NO_CACHE = /^no-cache$/;
    const NOT_KEPT = /^no-(cache|store)$/;
    const YEAR = /^public, max-age=31536000, immutable$/;
    const cases = [
      { path: '/', status: 200, type: /^text\/html/, cache: NO_CACHE },
      { path: '/index.html', status: 200, type: /^text\/html/, cache: NO_CACHE },
      { path: '/heatmap?teams=Team%20A', status: 200, type: /^text\/html/, cache: NO_CACHE },
      { path: '/activity/f6f7737f-25a9-4317-8de2-09bf59f29b5b', status: 200, type: /^text\/html/, cache: NO_CACHE },
      { path: `/${script}`, status: 200, type: /javascript/, cache: YEAR },
      // A deploy that serves the new index.html before its scripts must not break the app for a year.
      { path: '/main-ZZZZ9999.js', status: 404, cache: NOT_KEPT },
      { path: '/chunk-ABCDEF12.css', status: 404, cache: NOT_KEPT },
      { path: '/assets/YAML/meta.yaml', status: 200, type: /^application\/yaml/, cache: NO_CACHE },
      // Custom files that merely look hashed are data: never cached for long, never an image.
      { path: `/assets/YAML/custom/${CUSTOM_YAML}`, status: 200, type: /^application\/yaml/, cache: NO_CACHE },
      { path: `/assets/YAML/custom/${CUSTOM_PNG}`, status: 200, type: /^text\/plain/, cache: NO_CACHE },
      { path: '/assets/YAML/custom/missing-ABCDEF12.yaml', status: 404, cache: NOT_KEPT },
      { path: '/sw.js', status: 200, type: /javascript/, cache: NO_CACHE },
    ];
    for (const { path, status, type, cache } of cases) {
      const response = await fetch(`${base}${path}`);
      const header = (name) => response.headers.get(name) ?? '';
      assert.equal(response.status, status, path);
      if (type) assert.match(header('content-type'), type, path);
      assert.match(header('cache-control'), cache, path);
      const csp = header('content-security-policy');
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self';/, path);
      assert.match(csp, /connect-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-(inline|eval)/, path);
      assert.equal(header('x-content-type-options'), 'nosniff', path);
      assert.equal(header('referrer-policy'), 'no-referrer', path);
      assert.equal(header('x-frame-options'), 'DENY', path);
      assert.match(header('permissions-policy'), /camera=\(\), microphone=\(\), geolocation=\(\)/, path);
    }
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
