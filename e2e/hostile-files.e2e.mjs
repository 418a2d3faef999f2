// Files written to lead the app elsewhere, served without a CSP (the e2e server sends none): the app
// itself keeps every request and every click on its own origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DIST } from './static-server.mjs';
import { openApp } from './support.mjs';

const META = readFileSync(`${DIST}assets/YAML/meta.yaml`, 'utf8');
const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';

/** Requests the page makes off its origin, or to a path written to reach another site. */
function watchRequests(app) {
  const origin = new URL(app.url).origin;
  const bad = [];
  app.context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || /evil/.test(url.href)) bad.push(request.url());
  });
  return bad;
}

describe('hostile files', () => {
  it('a link in a custom file opens another site in a new tab only, never in the app tab', async () => {
    const custom = [
      'Build and Deployment:',
      '  Build:',
      '    Defined build process:',
      `      uuid: ${BUILD}`,
      '      description: |',
      '        Read <a href="/\\evil.example/x">the guide</a> or [the wiki](https:/evil.example/w).',
      '',
    ].join('\n');
    const meta = META.replace('  - default/model.yaml\n', '  - default/model.yaml\n  - custom/hostile.yaml\n');
    const app = await openApp({
      overrides: { '/assets/YAML/meta.yaml': meta, '/assets/YAML/custom/hostile.yaml': custom },
    });
    try {
      await app.context.route(/evil\.example/, (route) => route.abort());
      await app.page.goto(`${app.url}/activity/${BUILD}`);
      for (const name of ['the guide', 'the wiki']) {
        const link = app.page.getByRole('link', { name });
        assert.match((await link.getAttribute('href')) ?? '', /^https?:\/\/evil\.example\//, name);
        assert.equal(await link.getAttribute('target'), '_blank', name);
        assert.equal(await link.getAttribute('rel'), 'noopener noreferrer', name);
        const [popup] = await Promise.all([app.context.waitForEvent('page'), link.click()]);
        await popup.close();
        assert.equal(app.page.url(), `${app.url}/activity/${BUILD}`, name);
      }
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });

  it('meta.yaml naming files on other sites: none is requested, the problem names the line and path', async () => {
    const meta = META.replace('teamProgressFile: team-progress.yaml', "teamProgressFile: '\\\\evil.example\\p.yaml'")
      .replace("teams: { $ref: 'default/teams.yaml#/teams' }", "teams: { $ref: '//evil.example/t.yaml#/teams' }")
      .replace('  - default/model.yaml\n', '  - default/model.yaml\n  - https:/evil.example/e.yaml\n');
    const app = await openApp({ overrides: { '/assets/YAML/meta.yaml': meta } });
    try {
      const bad = watchRequests(app);
      await app.page.goto(`${app.url}/`);
      const alert = app.page.getByRole('alert').filter({ hasText: 'The DSOMM files could not be loaded' });
      await alert.waitFor();
      const text = await alert.textContent();
      assert.match(
        text,
        /meta\.yaml, line \d+, teamProgressFile: teamProgressFile '\\\\evil\.example\\p\.yaml' is not read/s,
      );
      assert.match(text, /\$ref '\/\/evil\.example\/t\.yaml#\/teams' is not read: it starts with \/\//);
      assert.match(text, /The activity file 'https:\/evil\.example\/e\.yaml' is not read: it is an address/);
      await app.page.waitForLoadState('networkidle');
      assert.deepEqual(bad, []);
    } finally {
      await app.close();
    }
  });
});
