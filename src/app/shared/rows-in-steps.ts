import { computed, linkedSignal, Signal } from '@angular/core';

/** Rows a "Show more" press adds: a team's 194 activities at once, a group's thousands in pages. */
export const MORE_ROWS = 200;

export interface RowsInSteps<T> {
  readonly rows: Signal<readonly T[]>;
  /** How many rows there are, shown or not. */
  readonly total: Signal<number>;
  /** How many the next "Show more" adds; 0 when every row is shown. */
  readonly next: Signal<number>;
  more(): void;
}

/**
 * The first rows of a long table, and more on each press. A group of 5,000 teams has half a million
 * activities in progress: "Show all" rendered them in one task that held the page for 38 s (500
 * teams, 53,638 rows). Back to the first rows when the list changes (another team or group).
 * Call in an injection context.
 */
export function rowsInSteps<T>(items: Signal<readonly T[]>, first: number): RowsInSteps<T> {
  const limit = linkedSignal({ source: items, computation: () => first });
  const rows = computed(() => items().slice(0, limit()));
  const next = computed(() => Math.min(MORE_ROWS, items().length - rows().length));
  const total = computed(() => items().length);
  return { rows, total, next, more: () => limit.update((n) => n + MORE_ROWS) };
}
