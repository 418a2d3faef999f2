import { DOCUMENT, inject } from '@angular/core';
import { whenFirstPageIdle } from './first-page-idle';

/** The stylesheet with Roboto's @font-face rules (angular.json: the `fonts` bundle, not injected). */
export const FONTS_STYLESHEET = 'fonts.css';

/**
 * Links Roboto once the first page is drawn: the first paint uses the fallback fonts rather than
 * wait for 44 kB of font files (measured in README, Performance). The chart's label layout does not
 * depend on it: it measures text with Roboto's metrics (domain/heatmap/text-width.ts) either way.
 */
export function loadFonts(): void {
  const document = inject(DOCUMENT);
  whenFirstPageIdle(() => {
    if (document.head.querySelector(`link[href="${FONTS_STYLESHEET}"]`)) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = FONTS_STYLESHEET;
    document.head.append(link);
  });
}
