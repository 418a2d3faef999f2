import { afterNextRender, DestroyRef, ElementRef, inject, Injector, Signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';

/** A URL's path: what names the page, without the query (teams chosen) or the fragment (a sector). */
const pathOf = (url: string) => url.split(/[?#]/, 1)[0];

/**
 * After the user goes to another page, puts the focus on its heading (else on `main`), as a page
 * load puts a reader at the page's start: it stayed on the link chosen in the navigation, so a
 * keyboard user tabbed through the navigation again and a screen reader said nothing of the page
 * (WCAG 2.4.3). The first page, and a change of the query or fragment alone (a team chosen, a
 * sector opened), leave the focus where it is; so does a control that is still in the page shown
 * (Previous and Next on an activity), or that the page focused itself. `outside` is what is in
 * `main` but not the page (the banners above it): focus there moves too.
 */
export function focusPageOnNavigation(
  main: Signal<ElementRef<HTMLElement>>,
  outside: Signal<ElementRef<HTMLElement>>,
): void {
  const router = inject(Router);
  const injector = inject(Injector);
  let shown: string | undefined;
  const subscription = router.events.subscribe((event) => {
    if (!(event instanceof NavigationEnd)) return;
    const [before, path] = [shown, pathOf(event.urlAfterRedirects)];
    shown = path;
    if (before === undefined || before === path) return;
    afterNextRender(
      () => {
        const element = main().nativeElement;
        const active = element.ownerDocument.activeElement;
        if (active && element.contains(active) && !outside().nativeElement.contains(active)) return;
        focusHeading(element.querySelector<HTMLElement>('h1') ?? element);
      },
      { injector },
    );
  });
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}

/** Focuses a heading for the reader to start from; Tab goes on from there, not to it again. */
function focusHeading(heading: HTMLElement): void {
  if (heading.hasAttribute('tabindex')) {
    heading.focus();
    return;
  }
  heading.tabIndex = -1;
  heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
  heading.focus();
}
