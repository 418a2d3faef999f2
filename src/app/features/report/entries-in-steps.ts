import { ApplicationRef, computed, inject, Signal } from '@angular/core';
import { firstEntries, reportEntryCount, ReportSection, ShownSection } from '../../domain/report/report-rows';
import { countInSteps } from '../../shared/count-in-steps';

/**
 * Entries rendered with the summary, and added by each later step: about 800 entries at 10,000
 * teams took a second or two to render in one task, before anything of the report showed.
 */
const FIRST_ENTRIES = 20;
const ENTRIES_PER_STEP = 40;

export interface EntriesInSteps {
  /** The entries shown so far, in their sections and groups. */
  readonly shown: Signal<ShownSection[]>;
  /** Every entry is shown. */
  readonly complete: Signal<boolean>;
  /** Renders every entry now (before printing). */
  showAll(): void;
}

/**
 * The report's entries, added a few at a time (`countInSteps`): the first with the summary, more
 * once each frame is painted; again from the first when the sections change. Call in an
 * injection context.
 */
export function entriesInSteps(sections: Signal<readonly ReportSection[]>): EntriesInSteps {
  const appRef = inject(ApplicationRef);
  const total = computed(() => reportEntryCount(sections()));
  const { count, complete } = countInSteps(sections, total, FIRST_ENTRIES, ENTRIES_PER_STEP);
  return {
    shown: computed(() => firstEntries(sections(), count())),
    complete,
    showAll: () => {
      if (complete()) return;
      count.set(Infinity);
      appRef.tick();
    },
  };
}
