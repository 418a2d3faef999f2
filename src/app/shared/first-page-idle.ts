import { DOCUMENT, inject } from '@angular/core';
import { NavigationCancel, NavigationEnd, NavigationError, Router } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
import { AssessmentStore } from '../state/assessment-store';

/**
 * Runs `work` once the served files are loaded, the first page's code has arrived (its route has
 * finished navigating) and the browser is idle: for what the first page does not need and would
 * only compete with for the network and the CPU (the service worker's install, the fonts). Call
 * in an injection context.
 */
export function whenFirstPageIdle(work: () => void): void {
  const window = inject(DOCUMENT).defaultView;
  if (!window) return;
  const whenIdle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(work, { timeout: 3000 }) : setTimeout(work, 500);
  const firstNavigation = firstValueFrom(
    inject(Router).events.pipe(
      filter((e) => e instanceof NavigationEnd || e instanceof NavigationCancel || e instanceof NavigationError),
    ),
  );
  void Promise.all([inject(AssessmentStore).load(), firstNavigation])
    .catch(() => undefined)
    .then(whenIdle);
}
