import { DOCUMENT, inject, isDevMode } from '@angular/core';
import { whenFirstPageIdle } from './first-page-idle';

/**
 * Registers the offline service worker (public/sw.js) in production builds. Errors are ignored: the
 * app works online without it. Its install fetches and caches every file of the build, so it starts
 * once the served files are loaded, the first page's code has arrived (its route has finished
 * navigating) and the page is idle: on a first visit it would otherwise compete with the page's own
 * requests and script for the network and the CPU (measured: ~130 ms later matrix on a deep link).
 * After a deploy the new worker takes over at once; see public/sw.js for how open pages keep working.
 */
export function registerServiceWorker(): void {
  const window = inject(DOCUMENT).defaultView;
  const navigator = window?.navigator;
  if (isDevMode() || !window || !navigator?.serviceWorker) return;
  // With a worker already installed, each start asks at once whether sw.js changed (a deploy),
  // rather than whenever the browser gets round to it.
  const register = () =>
    void navigator.serviceWorker
      .register('sw.js', { scope: './' })
      .then((registration) => registration.active && registration.update())
      .catch(() => undefined);
  whenFirstPageIdle(register);
}
