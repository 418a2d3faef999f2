import { DOCUMENT, inject, isDevMode } from '@angular/core';

/**
 * Registers the offline service worker (public/sw.js) in production builds. Errors are ignored: the
 * app works online without it.
 */
export function registerServiceWorker(): void {
  const navigator = inject(DOCUMENT).defaultView?.navigator;
  if (isDevMode() || !navigator?.serviceWorker) return;
  navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => undefined);
}
