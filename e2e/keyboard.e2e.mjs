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

/** Tab until the navigation's link named `name` has the focus. */
async function tabToNavLink(page, name) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() =>
      document.activeElement?.closest('nav[aria-label="Main"]') ? document.activeElement.textContent.trim() : '',
    );
    if (label.endsWith(name)) return;
  }
  throw new Error(`no navigation link ${name} reached by Tab`);
}

describe('by keyboard, from page to page', () => {
  for (const { width, drawer } of [
    { width: 1280, drawer: false },
    { width: 390, drawer: true },
  ]) {
    it(`at ${width} px: a page chosen in the navigation gets the focus on its heading, and Tab goes on into it`, async () => {
      const app = await openApp({ viewport: { width, height: 844 } });
      try {
        const { page } = app;
        await page.goto(`${app.url}/roadmap`);
        await page.locator('h1').waitFor();
        // With the pages' scripts in, the page chosen opens while the drawer is still sliding away.
        await page.waitForLoadState('networkidle');
        if (drawer) {
          await page.getByRole('button', { name: 'Toggle navigation' }).focus();
          await page.keyboard.press('Enter');
          // Once opened, the drawer puts the focus on its first link (Material, at the end of its
          // slide): Tab pressed before then was taken back to that link, and Enter opened Heatmap.
          await page.waitForFunction(() => document.activeElement?.closest('nav[aria-label="Main"]') != null);
        }
        await tabToNavLink(page, 'Teams');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Teams');
        const stop = await focused(page);
        assert.equal(stop.covered, false, 'nothing covers the heading');
        assert.ok(stop.ring >= 2, 'the heading shows the focus ring');
        await page.keyboard.press('Tab');
        assert.equal(
          await page.evaluate(() => document.querySelector('main').contains(document.activeElement)),
          true,
          'Tab goes on into the page, not through the navigation again',
        );
      } finally {
        await app.close();
      }
    });
  }
});

/** The focused element's text if it is a link of the navigation, else its tag and name. */
const focusedStop = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (element?.closest('nav[aria-label="Main"]')) return element.textContent.trim();
    return `${element?.tagName} ${element?.getAttribute('aria-label') ?? element?.textContent.trim().slice(0, 40)}`;
  });

/**
 * Opens the drawer with Enter on the focused menu button and holds its slide half-way, so that what
 * is pressed next falls in it however busy the machine: paused as its class changes, before any
 * frame (waiting for a frame that shows it sliding missed the slide when the machine stalled).
 */
async function openHeldHalfWay(page) {
  await page.evaluate(() => {
    const drawer = document.querySelector('#app-nav');
    window.slideHeld = false;
    const watch = new MutationObserver(() => {
      if (!drawer.classList.contains('mat-drawer-animating')) return;
      watch.disconnect();
      for (const slide of drawer.getAnimations()) {
        slide.pause();
        slide.currentTime = 200;
      }
      window.slideHeld = drawer.getAnimations().length > 0;
    });
    watch.observe(drawer, { attributes: true, attributeFilter: ['class'] });
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.slideHeld);
}

describe('the navigation drawer on a phone, by keyboard', () => {
  it('takes the focus as it starts to slide in: Tab pressed during the slide stays on the second link, the focus stays in the drawer, Escape gives it back to the menu button', async () => {
    const app = await openApp({ viewport: { width: 390, height: 844 } });
    try {
      const { page } = app;
      await page.goto(`${app.url}/roadmap`);
      await page.locator('h1').waitFor();
      // Material slides the drawer only once it has set up its transitions (shortly after the start).
      await page.locator('.mat-drawer-container.mat-drawer-transition').waitFor({ state: 'attached' });
      const menu = page.getByRole('button', { name: 'Toggle navigation' });
      await menu.focus();
      await openHeldHalfWay(page);
      await page.keyboard.press('Tab');
      assert.equal(await focusedStop(page), 'Matrix', 'Tab during the slide reaches the second link');
      await page.evaluate(() =>
        document
          .querySelector('#app-nav')
          .getAnimations()
          .forEach((a) => a.play()),
      );
      // Material has seen the slide end (its class for it is set where it moved the focus before).
      await page.locator('.mat-drawer-container-has-open').waitFor({ state: 'attached' });
      // Before, the drawer took the focus back to its first link here, and Enter opened the Heatmap.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Matrix');
      assert.equal((await focused(page)).covered, false, 'nothing covers the heading');

      // A page chosen during the slide: the drawer slides back from where it was, and the heading
      // gets the focus once the drawer and its scrim have gone (Material says "closed" earlier).
      await menu.focus();
      await openHeldHalfWay(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await focusedStop(page), 'Mappings');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Mappings');
      assert.equal((await focused(page)).covered, false, 'nothing covers the heading');

      await menu.focus();
      await page.keyboard.press('Enter');
      await page.locator('#app-nav.mat-drawer-opened:not(.mat-drawer-animating)').waitFor();
      assert.equal(await focusedStop(page), 'Heatmap', 'the focus is on the first link');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focusedStop(page), 'Data centre', 'Shift+Tab goes round to the last link');
      await page.keyboard.press('Tab');
      assert.equal(await focusedStop(page), 'Heatmap', 'Tab goes round to the first link');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Toggle navigation');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      await page.locator('#app-nav:not(.mat-drawer-opened):not(.mat-drawer-animating)').waitFor({ state: 'attached' });
      assert.equal(await focusedStop(page), 'BUTTON Toggle navigation', 'the focus stays on the menu button');

      // A tap on the scrim beside the drawer closes it too, and the focus goes back to the menu button.
      await page.keyboard.press('Enter');
      await page.locator('#app-nav.mat-drawer-opened:not(.mat-drawer-animating)').waitFor();
      await page.locator('.mat-drawer-backdrop.mat-drawer-shown').waitFor();
      await page.mouse.click(350, 400);
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Toggle navigation');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    } finally {
      await app.close();
    }
  });
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
