import { DOCUMENT, inject, isDevMode } from '@angular/core';
import { AssessmentStore } from '../state/assessment-store';

/**
 * Registers the offline service worker (public/sw.js) in production builds. Errors are ignored: the
 * app works online without it. Its install fetches and caches every file of the build, so it starts
 * once the served files are loaded and the page is idle: on a first visit it would otherwise compete
 * with the page's own requests and script for the network and the CPU.
 */
export function registerServiceWorker(): void {
  const window = inject(DOCUMENT).defaultView;
  const navigator = window?.navigator;
  if (isDevMode() || !window || !navigator?.serviceWorker) return;
  const register = () => void navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => undefined);
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(register, { timeout: 3000 })
      : setTimeout(register, 500);
  void inject(AssessmentStore)
    .load()
    .catch(() => undefined)
    .then(whenIdle);
}
