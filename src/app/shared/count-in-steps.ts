import { computed, effect, linkedSignal, Signal, WritableSignal } from '@angular/core';
import { afterPaint } from './after-paint';

export interface CountInSteps {
  /** How many are rendered so far; set it to render more at once (e.g. Infinity before printing). */
  readonly count: WritableSignal<number>;
  /** `count` has reached `total`. */
  readonly complete: Signal<boolean>;
}

/**
 * How many of a long list to render: `first` at once, then `step` more once each frame is painted,
 * up to `total()`; back to `first` whenever `restart` changes. Each step is a task short enough not
 * to hold up typing or scrolling: hundreds of rows of Material buttons rendered in one task took
 * up to a second (the report's entries) or 190 ms a key typed in a search (the teams page).
 * Call in an injection context.
 */
export function countInSteps(
  restart: Signal<unknown>,
  total: Signal<number>,
  first: number,
  step: number,
): CountInSteps {
  const count = linkedSignal({ source: restart, computation: () => first });
  const complete = computed(() => count() >= total());
  effect((onCleanup) => {
    if (complete()) return;
    const shown = count();
    onCleanup(afterPaint(() => count.set(shown + step)));
  });
  return { count, complete };
}
