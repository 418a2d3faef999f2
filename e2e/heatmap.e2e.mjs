import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { allSaved, focusedLabel, tabToChart } from './steps.mjs';

const DEFINED_BUILD_PROCESS = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';

describe('the circular heatmap', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('opens a sector with the keyboard only, sets a stage, and keeps it after a reload', async () => {
    const { page } = app;
    await page.goto(`${app.url}/`);
    await page.locator('path.sector').first().waitFor();
    assert.equal(await page.title(), 'Heatmap · DSOMM Studio');
    assert.equal(await page.locator('path.sector').count(), 19 * 5);

    await tabToChart(page);
    assert.match(await focusedLabel(page), /^Build \(Build and Deployment\), level 1: 0%, done: 0 \/ \d+$/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    assert.match(await focusedLabel(page), /^Deployment \(Build and Deployment\), level 1: /);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Build\s+level 1$/ }).waitFor();

    const select = page.getByRole('combobox', { name: 'Stage of Team A for Defined build process' });
    await select.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Fully implemented' }).waitFor();
    // From "Not assessed" (the selected value): Not implemented, Started, Partly, Fully implemented.
    assert.match(await select.textContent(), /Not assessed/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Fully implemented' }).waitFor({ state: 'detached' });
    assert.match(await select.textContent(), /Fully implemented/);

    const buildLevel1 = page.locator('path.sector[data-key="0:1"]');
    // The sector recolours at once: one of its activities is now done by one of four teams.
    assert.match(await buildLevel1.getAttribute('aria-label'), /level 1: [1-9]\d*%/);
    assert.notEqual(await buildLevel1.evaluate((el) => el.style.fill), '');

    await allSaved(page);
    await page.reload();
    await buildLevel1.waitFor();
    assert.match(await buildLevel1.getAttribute('aria-label'), /level 1: [1-9]\d*%/);
    // The opened sector is in the URL: the reload opened it again.
    assert.match(page.url(), /[?&]sector=Build&level=1(&|$)/);
    const kept = page.getByRole('combobox', { name: 'Stage of Team A for Defined build process' });
    assert.match(await kept.textContent(), /Fully implemented/);
    // Closing the panel takes the sector out of the URL.
    await page.getByRole('button', { name: 'Close the sector' }).click();
    await kept.waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /sector=/);
    // Escape closes it too, as a dialog, and the focus is back on the sector it was opened from.
    assert.match(await focusedLabel(page), /^Build \(Build and Deployment\), level 1: /);
    await page.keyboard.press('Enter');
    await kept.focus();
    await page.keyboard.press('Escape');
    await kept.waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /sector=/);
    assert.match(await focusedLabel(page), /^Build \(Build and Deployment\), level 1: /);
    assert.deepEqual(app.errors, []);
  });

  it('shows a served file replaced since the last visit, never a copy of the old one', async () => {
    // A deployment mounts its own team-progress.yaml over the image's: the next start must show it,
    // whatever the browser kept of the old one (preloads, the service worker's copies, stored data).
    const served = {};
    const fresh = await openApp({ overrides: served });
    try {
      const { page } = fresh;
      // The heatmap painted before Angular (shared/early-heatmap) must show the new file too.
      await page.addInitScript(() =>
        new MutationObserver(() => {
          const sector = document.querySelector('[data-early-heatmap] path[data-key="0:1"]');
          if (sector && window.earlyFill === undefined) window.earlyFill = getComputedStyle(sector).fill;
        }).observe(document, { childList: true, subtree: true }),
      );
      const fills = () =>
        page.evaluate(() => [
          window.earlyFill,
          getComputedStyle(document.querySelector('path.sector[data-key="0:1"]')).fill,
        ]);
      const buildLevel1 = page.locator('path.sector[data-key="0:1"]');
      await page.goto(`${fresh.url}/`);
      await buildLevel1.waitFor();
      assert.match(await buildLevel1.getAttribute('aria-label'), /level 1: 0%/);
      const [earlyBefore, before] = await fills();
      assert.equal(earlyBefore, before);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const done = (team) => `    ${team}:\n      Fully implemented: 2026-01-10\n`;
      served['/assets/YAML/team-progress.yaml'] =
        `progress:\n  ${DEFINED_BUILD_PROCESS}:\n${['Team A', 'Team B', 'Team C', 'Team D'].map(done).join('')}`;
      await page.reload();
      await buildLevel1.waitFor();
      assert.match(await buildLevel1.getAttribute('aria-label'), /level 1: [1-9]\d*%/);
      const [earlyAfter, after] = await fills();
      assert.notEqual(after, before);
      assert.equal(earlyAfter, after, 'the early chart showed the new file');
      assert.deepEqual(fresh.errors, []);
    } finally {
      await fresh.close();
    }
  });

  it('exports the chart as a standalone SVG with the font embedded', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the chart as SVG' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^dsomm-heatmap-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = readFileSync(await download.path(), 'utf8');
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /@font-face\{font-family:Roboto;[^}]*src:url\(data:font\/woff2;base64,/);
    assert.match(svg, /DevSecOps maturity heatmap/);
    assert.match(svg, /Build and Deployment/);
    assert.doesNotMatch(svg, /var\(--|color-mix|tabindex/);
    assert.match(svg, /fill="#[0-9a-f]{6}"/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        paths: doc.querySelectorAll('path').length,
      };
    }, svg);
    assert.equal(parsed.error, null);
    assert.ok(parsed.paths >= 95);
  });

  it('exports the chart as a valid PNG', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the chart as PNG' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.png$/);
    const png = readFileSync(await download.path());
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
    assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(width > 600 && height > width, `${width}x${height}`);
    const decoded = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      return [bitmap.width, bitmap.height];
    }, png.toString('base64'));
    assert.deepEqual(decoded, [width, height]);
  });

  it('shows the team or group clicked alone, adds with a modifier, and keeps the selection in the URL', async () => {
    const { page } = app;
    await page.goto(`${app.url}/heatmap`);
    const chip = (name) => page.getByRole('option', { name, exact: true });
    await chip('Team B').click();
    await page.waitForURL(/\/heatmap\?teams=Team%20B$/);
    assert.match(await chip('Team B').getAttribute('title'), /^Show Team B only\. Ctrl-, ⌘- or Shift-click/);
    await chip('Platform (group)').click();
    await page.waitForURL(/\/heatmap\?group=Platform$/);
    await chip('Team B').click({ modifiers: ['Shift'] });
    await page.waitForURL(/\?teams=Team%20B,Team%20C,Team%20D$/);
    // From the keyboard: Enter alone, Ctrl+Enter adds.
    await chip('Team A').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?teams=Team%20A$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Enter');
    await page.waitForURL(/\?group=Frontend%20teams$/);

    await page.goto(`${app.url}/heatmap?group=Platform`);
    await page.locator('path.sector').first().waitFor();
    assert.equal(await chip('Platform (group)').getAttribute('aria-selected'), 'true');
    assert.equal(await chip('Team C').getAttribute('aria-selected'), 'true');
    assert.equal(await chip('Team A').getAttribute('aria-selected'), 'false');
  });

  it('names a group chosen as a whole in the chart, its caption and the export file name', async () => {
    const { page } = app;
    await page.goto(`${app.url}/heatmap?group=Platform`);
    await page.locator('path.sector').first().waitFor();
    await page.getByRole('group', { name: /^Circular heatmap for Platform: / }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the chart as SVG' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^dsomm-heatmap-platform-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = readFileSync(await download.path(), 'utf8');
    assert.match(svg, />Platform · /);
    assert.doesNotMatch(svg, /Team C, Team D/);
  });

  it('redirects the OWASP DSOMM links and opens activity details from the fragment', async () => {
    const { page } = app;
    await page.goto(`${app.url}/circular-heatmap?teams=Team%20A`);
    await page.waitForURL(/\/heatmap\?teams=Team%20A$/);
    assert.equal(await page.getByRole('option', { name: 'Team A' }).getAttribute('aria-selected'), 'true');

    await page.goto(`${app.url}/#${DEFINED_BUILD_PROCESS}`);
    const dialog = page.getByRole('dialog', { name: 'Defined build process' });
    await dialog.waitFor();
    await dialog.getByRole('heading', { name: 'Risk' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).hash, '');

    // The Details button puts the uuid in the URL and gives focus back when closed.
    await page.locator('path.sector[data-key="0:1"]').click();
    const details = page.getByRole('button', { name: 'Details of Defined build process' });
    await details.click();
    await dialog.waitFor();
    assert.equal(new URL(page.url()).hash, `#${DEFINED_BUILD_PROCESS}`);
    await page.getByRole('button', { name: 'Close details' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).hash, '');
    assert.deepEqual(app.errors, []);
  });

  it('presents the chart full screen with the teams, the date and the legend', async () => {
    const { page } = app;
    await page.goto(`${app.url}/heatmap?teams=Team%20A,Team%20B`);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('heading', { name: 'DevSecOps maturity heatmap' }).waitFor();
    await page.getByText(/Team A, Team B · \w+/).waitFor();
    assert.equal(await page.locator('.legend').isVisible(), true);
    assert.equal(await page.getByRole('listbox', { name: 'Teams' }).isVisible(), false);
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await page.getByRole('heading', { name: 'Heatmap' }).waitFor();
  });

  it('keeps the focus on its buttons when presenting starts and ends, by keyboard', async () => {
    const { page } = app;
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.goto(`${app.url}/heatmap`);
    await page.getByRole('button', { name: 'Present' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'DevSecOps maturity heatmap' }).waitFor();
    // The pressed button is gone: the focus must not fall to the page behind the full-screen chart.
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Exit presentation'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Heatmap' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim().endsWith('Present'));
    assert.match(await focused(), /Present$/);
  });
});
