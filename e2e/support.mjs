// Shared set-up of the Playwright e2e tests: the built app, served on loopback (or at E2E_BASE_URL,
// e.g. the nginx that CI starts), and Debian's Chromium driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Starts the server and a fresh browser profile (`touch`: a phone); `close()` ends both. `root`,
 * `overrides` and `handlers` go to the static server (the folder served instead of the build, files
 * served in place of the build's, request handlers of their own).
 */
export async function openApp({
  root,
  overrides,
  handlers,
  viewport = { width: 1280, height: 900 },
  colorScheme = 'light',
  bypassCSP = false,
  touch = false,
  serviceWorkers = 'allow',
} = {}) {
  const server =
    process.env.E2E_BASE_URL && !root && !overrides && !handlers
      ? { url: process.env.E2E_BASE_URL.replace(/\/$/, ''), close: async () => {} }
      : await startStaticServer(root, overrides, handlers);
  const profile = mkdtempSync(join(tmpdir(), 'dsomm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    colorScheme,
    acceptDownloads: true,
    bypassCSP,
    // A phone: touch events, taps, and the page laid out for the device width.
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
    serviceWorkers,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    url: server.url,
    context,
    page,
    errors,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
