import { ApplicationRef, computed, effect, inject, linkedSignal, Signal } from '@angular/core';
import { firstEntries, reportEntryCount, ReportSection, ShownSection } from '../../domain/report/report-rows';

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
 * The report's entries, added a few at a time: the first with the summary, more once each frame
 * is painted, in tasks short enough not to hold up typing or scrolling; again from the first
 * when the sections change. Call in an injection context.
 */
export function entriesInSteps(sections: Signal<readonly ReportSection[]>): EntriesInSteps {
  const appRef = inject(ApplicationRef);
  const limit = linkedSignal({ source: sections, computation: () => FIRST_ENTRIES });
  const complete = computed(() => limit() >= reportEntryCount(sections()));
  effect((onCleanup) => {
    if (complete()) return;
    const shown = limit();
    let step: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (step = setTimeout(() => limit.set(shown + ENTRIES_PER_STEP))));
    onCleanup(() => {
      cancelAnimationFrame(frame);
      clearTimeout(step);
    });
  });
  return {
    shown: computed(() => firstEntries(sections(), limit())),
    complete,
    showAll: () => {
      if (complete()) return;
      limit.set(Infinity);
      appRef.tick();
    },
  };
}
