// By keyboard alone (qa16's walk): every control reached by Tab shows the focus ring, and none is
// hidden under something that stays on screen (WCAG 2.4.7, 2.4.11, 1.4.11).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';

/** The focused element: what it is, its ring, and whether something else covers its centre. */
const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: 'BODY' };
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      name: `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 40)}`,
      ring: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      // A form field's control shows focus with the field's own outline, a chart sector with a path of its own.
      ownIndicator: element.closest('.mat-mdc-form-field') !== null || element instanceof SVGElement,
      covered: top !== null && !element.contains(top) && !top.contains(element),
    };
  });

describe('by keyboard', () => {
  let app;
  before(async () => (app = await openApp({ viewport: { width: 1280, height: 900 } })));
  after(async () => app?.close());

  it('shows the focus ring on every button, toggle and link reached by Tab', async () => {
    const { page } = app;
    const without = new Set();
    for (const path of ['/roadmap', '/settings', '/teams']) {
      await page.goto(`${app.url}${path}`);
      await page.locator('h1').waitFor();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        if (stop.name !== 'BODY' && !stop.ownIndicator && stop.ring < 2) without.add(`${path}: ${stop.name}`);
      }
    }
    assert.deepEqual([...without], []);
  });

  it('the matrix: a link reached by Shift+Tab is not hidden under the column heads that stay on screen', async () => {
    const { page } = app;
    await page.goto(`${app.url}/matrix`);
    await page.locator('app-matrix-table tbody a').last().waitFor();
    await page.locator('app-matrix-table tbody a').last().focus();
    const covered = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Shift+Tab');
      const stop = await focused(page);
      if (stop.covered) covered.push(stop.name);
    }
    assert.deepEqual(covered, []);
  });
});
