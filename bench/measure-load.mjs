// Cold-load measurement shared by the benchmarks: the time until a selector's elements are in the
// page and painted, observed without evaluating anything in the page while it loads.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';

/**
 * An init script (it runs in every page of a context before the page's own scripts): once
 * `selector` matches `count` elements (at least one when undefined) and the frame showing them has
 * been painted, it keeps the timings in `window.benchPainted` and logs "bench:painted". Nothing is
 * evaluated in the page while it loads: Playwright's first `page.evaluate` in a document costs the
 * page ~50 ms of main-thread work (its injected script), which would be measured as the app's.
 */
export function observePainted({ selector, count }) {
  // The start page painted before Angular hands over to Angular's chart later ("dsomm:handover"):
  // the moment the app can be used. Seen here so that nothing is evaluated in the page for it.
  try {
    new PerformanceObserver((list) => {
      const handover = list.getEntries().find((entry) => entry.name === 'dsomm:handover');
      if (handover === undefined) return;
      window.benchHandover = handover.startTime;
      console.debug('bench:handover');
    }).observe({ type: 'mark', buffered: true });
  } catch {
    // No observer of marks: no handover time.
  }
  const painted = new Promise((resolve) => {
    const check = () => {
      const found = document.querySelectorAll(selector).length;
      if (count === undefined ? found === 0 : found !== count) return false;
      const domAt = performance.now();
      // rAF runs just before the frame is painted; the task after it runs once it has been.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const painted = performance.now();
          const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
          // When the start's script, stylesheet and served files had arrived (Resource Timing): what
          // the first script and the paint may have waited for.
          const arrived = (test) =>
            Math.max(
              ...performance
                .getEntriesByType('resource')
                .filter((entry) => entry.responseEnd < domAt && test(new URL(entry.name).pathname))
                .map((entry) => entry.responseEnd),
            );
          resolve({
            scriptIn: arrived((path) => /^\/(early|main)-\w+\.js$/.test(path)),
            stylesheetIn: arrived((path) => /^\/styles-\w+\.css$/.test(path)),
            filesIn: arrived((path) => path.startsWith('/assets/YAML/')),
            dom: domAt,
            painted,
            timeOrigin: performance.timeOrigin,
            main: mark('dsomm:main'),
            read: mark('dsomm:served-read'),
            bootstrapped: mark('dsomm:bootstrapped'),
            loaded: mark('dsomm:loaded'),
            early: mark('dsomm:early-paint'),
          });
        }),
      );
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  void painted.then((result) => {
    window.benchPainted = result;
    console.debug('bench:painted');
  });
}

/**
 * How long a new context's first page waits before its navigation (BENCH_SETTLE_MS, 1500 ms by
 * default). Headless Chromium opens a window for each new context and starts its omnibox-popup
 * renderer then (chrome://omnibox-popup.top-chrome; --disable-features does not stop it): measured
 * at once, it took about 240 ms of the two cores' CPU during the app's cold load and none during
 * the bare floor's, which had painted before it started (session 12). A user's browser has been
 * open for a while when the app is loaded, so every cold load, floors and app alike, starts after it.
 */
export const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1500);

/** Waits out a new context's own start-up (above) before its page's first navigation. */
export async function settleNewContext(page) {
  if (page.url() === 'about:blank') await page.waitForTimeout(SETTLE_MS);
}

/**
 * Loads `url` and waits for the target of `observePainted` (set up for the page's context). The
 * transfer counts the requests of the page and of any worker that were made before the target was
 * in the page and completed by the time it was painted, the document included.
 */
export async function measureLoad(page, url) {
  const requests = [];
  const onRequest = (request) => requests.push(request);
  page.context().on('requestfinished', onRequest);
  const painted = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench:painted' });
  const handover = page
    .waitForEvent('console', { predicate: (message) => message.text() === 'bench:handover', timeout: 60_000 })
    .catch(() => undefined);
  await settleNewContext(page);
  await page.goto(url, { waitUntil: 'commit' });
  await painted;
  const result = await page.evaluate(() => window.benchPainted);
  // Painted before Angular: the app can be used once its own chart has taken over.
  if (result.early === undefined) result.interactive = result.painted;
  else {
    // The app's own marks come after the early paint.
    await handover;
    Object.assign(
      result,
      await page.evaluate(() => {
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
        return {
          interactive: window.benchHandover,
          bootstrapped: mark('dsomm:bootstrapped'),
          loaded: mark('dsomm:loaded'),
        };
      }),
    );
  }
  page.context().off('requestfinished', onRequest);
  let transfer = 0;
  let dataTransfer = 0;
  let count = 0;
  for (const request of requests) {
    const { startTime, responseEnd } = request.timing();
    if (startTime > result.timeOrigin + result.dom || startTime + responseEnd > result.timeOrigin + result.painted)
      continue;
    const { responseBodySize } = await request.sizes();
    count++;
    transfer += responseBodySize;
    // The served files: the YAML and, where a deployment writes it, the progress file's compact form.
    if (new URL(request.url()).pathname.includes('/assets/YAML/')) dataTransfer += responseBodySize;
  }
  return { ...result, transfer, dataTransfer, requests: count };
}

/** Headless Debian Chromium (or CHROME_BIN) as the e2e tests launch it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
