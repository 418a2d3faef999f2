import { ApplicationRef, DOCUMENT, InjectionToken } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, first } from 'rxjs';
import { AssessmentStore } from '../../state/assessment-store';
import type { EarlyPaint } from './early-paint';
import { isHeatmapPath } from './heatmap-path';

/**
 * The start page painted before Angular (main.ts), if it was: the heatmap chart takes it away once
 * it has drawn itself (HeatmapChart), so that one frame shows the early chart and the next the
 * app's, in the same place.
 */
export const EARLY_PAINT = new InjectionToken<EarlyPaint | undefined>('EARLY_PAINT');

/** How long after the data is ready the early paint may still cover the app (the chart draws in < 1 s). */
const STILL_COVERED_MS = 5000;

/**
 * Takes the early paint away when the app shows something else instead: another route, or a start
 * that failed (its message must show); and, should the page not draw its chart, a while after the
 * data is ready.
 */
export function endEarlyPaintElsewhere(app: ApplicationRef, early: EarlyPaint): void {
  const document = app.injector.get(DOCUMENT);
  const location = document.defaultView?.location;
  app.injector
    .get(Router)
    .events.pipe(
      filter((event) => event instanceof NavigationEnd),
      first((): boolean => !location || !isHeatmapPath(location.pathname, document.baseURI)),
    )
    .subscribe(() => early.remove());
  app.injector
    .get(AssessmentStore)
    .state$.pipe(first((state) => state.status !== 'loading'))
    .subscribe((state) => {
      if (state.status === 'failed') early.remove();
      // A last resort: a page that never drew its chart must not stay covered by the early one.
      else setTimeout(() => early.remove(), STILL_COVERED_MS);
    });
}
