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
 * teams, 53,638 rows). When the list only loses or gains rows (a chosen team removed, one added),
 * the rows shown stay as many: a user who had shown 250 and removed one was back at the first 50.
 * Another list (another team or group) starts at the first rows again. Rows are told apart by
 * `key` (the same key as the template's `track`), as lists made again after an edit (a stage set)
 * hold new row objects for the same team and activity. Call in an injection context.
 */
export function rowsInSteps<T>(
  items: Signal<readonly T[]>,
  first: number,
  key: (row: T) => unknown = (row) => row,
): RowsInSteps<T> {
  const limit = linkedSignal<readonly T[], number>({
    source: items,
    computation: (list, previous) =>
      previous !== undefined && previous.value > first && editedList(previous.source, list, key)
        ? previous.value
        : first,
  });
  const rows = computed(() => items().slice(0, limit()));
  const next = computed(() => Math.min(MORE_ROWS, items().length - rows().length));
  const total = computed(() => items().length);
  return { rows, total, next, more: () => limit.update((n) => n + MORE_ROWS) };
}

/**
 * Whether one list is the other with rows taken out or put in: the shorter one is the longer one
 * with some rows left out, in the same order (one pass, no set of half a million rows), rows compared
 * by their key. An empty list is no list's edit.
 */
function editedList<T>(before: readonly T[], after: readonly T[], key: (row: T) => unknown): boolean {
  if (before.length === 0 || after.length === 0) return false;
  const [shorter, longer] = before.length <= after.length ? [before, after] : [after, before];
  let found = 0;
  for (let i = 0; i < longer.length && found < shorter.length; i++) {
    if (key(longer[i]) === key(shorter[found])) found++;
  }
  return found === shorter.length;
}
