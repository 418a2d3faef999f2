import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'dsomm-studio.theme';

/**
 * Light, dark or the OS setting. Kept in localStorage rather than the IndexedDB store because it must
 * apply before the first paint, before the store has loaded.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  readonly choice = signal<ThemeChoice>(readChoice(this.document.defaultView?.localStorage));

  constructor() {
    effect(() => {
      const choice = this.choice();
      const root = this.document.documentElement;
      root.classList.toggle('theme-light', choice === 'light');
      root.classList.toggle('theme-dark', choice === 'dark');
      try {
        this.document.defaultView?.localStorage.setItem(KEY, choice);
      } catch {
        // Storage may be disabled; the theme still applies for this visit.
      }
    });
  }

  /** Whether dark colours are showing now (explicit choice or the OS preference). */
  isDark(): boolean {
    const choice = this.choice();
    if (choice !== 'system') return choice === 'dark';
    return this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  }
}

function readChoice(storage: Storage | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}
