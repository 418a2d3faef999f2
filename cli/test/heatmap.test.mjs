import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { dsomm, file, META, ROOT, tempDir } from './support.mjs';

/** The fixture model: 3 sub-dimensions (wedges) and meta.yaml's 5 levels (rings). */
const SECTORS = 3 * 5;

describe('dsomm heatmap', () => {
  let browser;
  let page;
  before(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage();
  });
  after(() => browser?.close());

  /** Parses the SVG as a browser does (XML, so any syntax error shows) and reads what the tests check. */
  function inspect(svg) {
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      if (error) return { error: error.textContent };
      const sectors = [...doc.querySelectorAll('path')].filter((p) => p.querySelector('title'));
      return {
        root: doc.documentElement.localName,
        width: doc.documentElement.getAttribute('width'),
        title: doc.querySelector('svg > title')?.textContent,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        sectors: sectors.map((p) => ({ label: p.querySelector('title').textContent, fill: p.getAttribute('fill') })),
        fonts: doc.querySelector('style')?.textContent.match(/@font-face/g)?.length ?? 0,
      };
    }, svg);
  }

  /** Draws the SVG as an image, as a wiki page would show it. */
  function rendered(svg) {
    return page.evaluate(async (text) => {
      const image = new Image();
      image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(text)))}`;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, svg);
  }

  it('writes a valid standalone SVG with one sector per sub-dimension and level (exit 0)', async (t) => {
    const out = join(tempDir(t), 'heatmap.svg');
    const run = dsomm([
      'heatmap',
      '--meta',
      META,
      '--teams',
      'Team B',
      '--date',
      '2026-06-01',
      '--locale',
      'en-GB',
      '-o',
      out,
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, `Wrote ${out}: Team B, 2026-06-01.\n`);
    const svg = readFileSync(out, 'utf8');
    const found = await inspect(svg);
    assert.equal(found.error, undefined);
    assert.equal(found.root, 'svg');
    assert.equal(found.width, String(720 + 32));
    assert.equal(found.title, 'DevSecOps maturity heatmap: Team B · 1 Jun 2026');
    assert.equal(found.sectors.length, SECTORS);
    assert.equal(found.fonts, 2, 'Roboto 400 and 500 embedded');
    const size = await rendered(svg);
    assert.equal(size.width, 752);
    assert.ok(size.height > 752);
  });

  it("colours sectors by the teams' scores, as the app's light theme does", async () => {
    const run = dsomm(['heatmap', '--meta', META, '--teams', 'Team B', '--date', '2026-06-01']);
    const found = await inspect(run.stdout);
    const sector = (label) => found.sectors.find((s) => s.label.startsWith(label));
    // Team B fully implemented the one Build activity at level 1: the full colour of the scale.
    assert.deepEqual(sector('Build (Build and Deployment), level 1:'), {
      label: 'Build (Build and Deployment), level 1: 100%, done: 1 / 1',
      fill: '#1b5e9a',
    });
    assert.equal(sector('Deployment (Build and Deployment), level 1:').fill, '#f3f1f8');
    // No activities: drawn plain (and hatched).
    assert.equal(sector('Build (Build and Deployment), level 3:').fill, '#faf9fd');
    assert.ok(found.texts.includes('Build and Deployment'));
    assert.ok(found.texts.includes('Average score of the selected teams'));
  });

  it('averages the selected teams (a group), and draws the dark theme', async () => {
    const run = dsomm([
      'heatmap',
      '--meta',
      META,
      '--group',
      'Frontend',
      '--theme',
      'dark',
      '--no-font',
      '--size',
      '400',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const found = await inspect(run.stdout);
    assert.equal(found.width, '432');
    assert.equal(found.fonts, 0);
    // A group chosen as a whole is named, not its members.
    assert.match(found.title, /: Frontend · /);
    const build = found.sectors.find((s) => s.label.startsWith('Build (Build and Deployment), level 1:'));
    // Team A: Partly implemented (50%), Team B: Fully (100%).
    assert.equal(build.label, 'Build (Build and Deployment), level 1: 75%, done: 0 / 1');
    // The overall score in the centre: (0.75 + (0.2 + 0) / 2) / 5 activities.
    assert.ok(found.texts.includes('17%'), found.texts.join('|'));
  });

  it('reads a group named in --teams as its members, as the app reads ?teams=', () => {
    const svg = (...teams) => dsomm(['heatmap', '--meta', META, '--no-font', '--date', '2026-10-01', ...teams]);
    const byTeams = svg('--teams', 'Frontend');
    assert.equal(byTeams.code, 0, byTeams.stderr);
    assert.equal(byTeams.stdout, svg('--group', 'Frontend').stdout);
  });

  it('puts a dot on sectors with activities due for review, reading the evidence file too', async () => {
    const due = (date, ...more) => dsomm(['heatmap', '--meta', META, '--no-font', '--date', date, ...more]).stdout;
    const found = await inspect(due('2027-06-01'));
    const labels = found.sectors.map((s) => s.label).filter((label) => label.includes('due for review'));
    assert.deepEqual(labels, [
      'Build (Build and Deployment), level 1: 50%, done: 0 / 1, 1 due for review',
      'Static depth (Test and Verification), level 1: 7%, done: 0 / 1, 1 due for review',
    ]);
    const dots = (svg) => (svg.match(/<g fill="#c25e00"[^>]*>([\s\S]*?)<\/g>/)?.[1].match(/<circle/g) ?? []).length;
    assert.equal(dots(due('2027-06-01')), 2);
    assert.equal(dots(due('2026-06-01')), 0);
    assert.equal(dots(due('2027-06-01', '--review-interval', '2 years')), 0);
    assert.ok(found.texts.includes('Activities due for review'));
  });

  it("uses the colours of the app's theme (src/styles.scss), light and dark", async () => {
    const styles = readFileSync(join(ROOT, 'src/styles.scss'), 'utf8');
    const themes = (name) => styles.match(new RegExp(`--${name}: light-dark\\((#\\w+), (#\\w+)\\)`)).slice(1);
    const [heat0, heat1, empty, due] = ['app-heat-0', 'app-heat-1', 'app-heat-empty-stroke', 'app-due-marker'].map(
      themes,
    );
    for (const [index, theme] of ['light', 'dark'].entries()) {
      const svg = dsomm(['heatmap', '--meta', META, '--teams', 'Team B', '--no-font', '--theme', theme]).stdout;
      const found = await inspect(svg);
      const fill = (label) => found.sectors.find((s) => s.label.startsWith(label)).fill;
      assert.equal(fill('Build (Build and Deployment), level 1:'), heat1[index], `${theme}: 100% sector`);
      assert.equal(fill('Deployment (Build and Deployment), level 1:'), heat0[index], `${theme}: 0% sector`);
      assert.ok(svg.includes(`stroke="${empty[index]}"`), `${theme}: hatching of empty sectors`);
      assert.ok(svg.includes(`fill="${due[index]}"`), `${theme}: the due-for-review dot of the legend`);
    }
  });

  it('refuses a progress file with errors (exit 1) and bad options (exit 2)', () => {
    const broken = dsomm(['heatmap', '--meta', META, file('progress-syntax.yaml')]);
    assert.equal(broken.code, 1);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /^cli\/test\/fixtures\/files\/progress-syntax\.yaml:5: error: YAML syntax error/);
    assert.equal(dsomm(['heatmap', '--meta', META, '--teams', 'Nobody']).code, 2);
    assert.equal(dsomm(['heatmap', '--meta', META, '--group', 'Backend']).code, 2);
    assert.equal(dsomm(['heatmap', '--meta', META, '--size', '12']).code, 2);
    assert.equal(dsomm(['heatmap', '--meta', META, '--theme', 'blue']).code, 2);
    assert.equal(dsomm(['heatmap', '--meta', META, '--date', '2026-13-01']).code, 2);
  });
});
