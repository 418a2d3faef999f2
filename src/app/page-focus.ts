import { afterNextRender, DestroyRef, ElementRef, inject, Injector, Signal, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, Subscription, take } from 'rxjs';

/** A URL's path: what names the page, without the query (teams chosen) or the fragment (a sector). */
const pathOf = (url: string) => url.split(/[?#]/, 1)[0];

/**
 * After the user goes to another page, puts the focus on its heading (else on `main`), as a page
 * load puts a reader at the page's start: it stayed on the link chosen in the navigation, so a
 * keyboard user tabbed through the navigation again and a screen reader said nothing of the page
 * (WCAG 2.4.3). The first page, and a change of the query or fragment alone (a team chosen, a
 * sector opened), leave the focus where it is; so does a control that is still in the page shown
 * (Previous and Next on an activity), or that the page focused itself. `outside` is what is in
 * `main` but not the page (the banners above it): focus there moves too. While `covered` (the
 * phone's navigation drawer, still sliding away over the page), the move waits for it to be gone:
 * a heading focused under the drawer is hidden from the sighted keyboard user (WCAG 2.4.11).
 */
export function focusPageOnNavigation(
  main: Signal<ElementRef<HTMLElement>>,
  outside: Signal<ElementRef<HTMLElement>>,
  covered: Signal<boolean> = signal(false),
): void {
  const router = inject(Router);
  const injector = inject(Injector);
  // toObservable replays its last value, which may be older than the signal: each is checked again.
  const uncovered = toObservable(covered).pipe(filter(() => !covered()));
  let shown: string | undefined;
  let waiting: Subscription | undefined;
  const move = () => {
    const element = main().nativeElement;
    const active = element.ownerDocument.activeElement;
    if (active && element.contains(active) && !outside().nativeElement.contains(active)) return;
    focusHeading(element.querySelector<HTMLElement>('h1') ?? element);
  };
  const subscription = router.events.subscribe((event) => {
    if (!(event instanceof NavigationEnd)) return;
    const [before, path] = [shown, pathOf(event.urlAfterRedirects)];
    shown = path;
    if (before === undefined || before === path) return;
    waiting?.unsubscribe();
    afterNextRender(() => (waiting = uncovered.pipe(take(1)).subscribe(move)), { injector });
  });
  inject(DestroyRef).onDestroy(() => {
    subscription.unsubscribe();
    waiting?.unsubscribe();
  });
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
