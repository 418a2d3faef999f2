import { DOCUMENT, Injectable, computed, effect, inject } from '@angular/core';
import { AssessmentStore } from '../../state/assessment-store';
import { EARLY_PAINT } from '../early-heatmap/early-handover';
import {
  applyThemeClass,
  localStore,
  readThemeChoice as readChoice,
  THEME_FORMER_KEY as FORMER_KEY,
  THEME_SHOWN_KEY as SHOWN_KEY,
  ThemeChoice,
} from './theme-choice';

export type { ThemeChoice } from './theme-choice';

/**
 * Light, dark or the OS setting.
 *
 * The store owns it (`settings.theme`), as it owns every other setting, so the theme goes into
 * backups, comes back with a restore, merges with other tabs' changes and goes with a reset like
 * the others, without code of its own in any of those places. localStorage holds only a copy of the
 * theme shown, written here and read only until the store has loaded: the theme must apply from the
 * first paint, before the stored data has been read, and also when it cannot be.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly store = inject(AssessmentStore);
  private readonly document = inject(DOCUMENT);
  // The theme main.ts painted the start page in, where it did: on a first visit it reads no
  // localStorage (early-paint.ts), and a copy left there from before the data was cleared must not
  // take its place until the store has loaded.
  private readonly shownBefore =
    inject(EARLY_PAINT, { optional: true })?.theme ??
    readChoice(this.storage(), SHOWN_KEY) ??
    readChoice(this.storage(), FORMER_KEY);

  readonly choice = computed<ThemeChoice>(() => {
    const state = this.store.state();
    if (state.status === 'loading') return this.shownBefore ?? 'system';
    // After a failed start the stored data may be unreadable: keep what was shown.
    const fallback = state.status === 'failed' ? this.shownBefore : undefined;
    return state.assessment.settings.theme ?? fallback ?? 'system';
  });

  constructor() {
    effect(() => {
      const choice = this.choice();
      applyThemeClass(this.document.documentElement, choice);
      try {
        this.storage()?.setItem(SHOWN_KEY, choice);
      } catch {
        // Storage may be disabled; the theme still applies for this visit.
      }
    });
    // A theme chosen before the store owned it: taken into the store once (what the user chose and
    // has seen since wins), and the old key removed only once that is saved, so a tab closed at once
    // loses nothing.
    const former = readChoice(this.storage(), FORMER_KEY);
    let adopted = false;
    let moved = false;
    effect(() => {
      if (moved || former === undefined || this.store.state().status !== 'ready') return;
      if (!adopted) {
        adopted = true;
        this.set(former);
      }
      if (this.store.state().storage.state !== 'ok') return;
      moved = true;
      try {
        this.storage()?.removeItem(FORMER_KEY);
      } catch {
        // Unreachable storage: read again next time, which sets the same theme again.
      }
    });
  }

  /** Chooses the theme: a setting like the others, stored (nothing changes while the store loads). */
  set(choice: ThemeChoice): void {
    this.store.update((assessment) =>
      assessment.settings.theme === choice
        ? assessment
        : { ...assessment, settings: { ...assessment.settings, theme: choice } },
    );
  }

  /** Whether dark colours are showing now (explicit choice or the OS preference). */
  isDark(): boolean {
    const choice = this.choice();
    if (choice !== 'system') return choice === 'dark';
    return this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  }

  private storage(): Storage | undefined {
    return localStore(this.document.defaultView);
  }
}
