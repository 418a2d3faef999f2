import { afterNextRender, Injector } from '@angular/core';

/**
 * After the next render, focuses the first element of `host` matching one of `selectors`, tried in
 * their order: where the focus goes when the control that had it leaves the page (its row removed),
 * instead of the page's start.
 */
export function focusFirstAfterRender(host: HTMLElement, selectors: readonly string[], injector: Injector): void {
  afterNextRender(
    () =>
      selectors
        .map((selector) => host.querySelector<HTMLElement>(selector))
        .find((element) => element !== null)
        ?.focus(),
    { injector },
  );
}

/** The entries after and before `entry` in `entries`, nearest first: those that take its place. */
export function neighboursOf<T>(entries: readonly T[], entry: T): T[] {
  const at = entries.indexOf(entry);
  return at < 0 ? [] : [entries[at + 1], entries[at - 1]].filter((next) => next !== undefined);
}
