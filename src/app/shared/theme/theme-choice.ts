import { Settings } from '../../domain/types';

export type ThemeChoice = NonNullable<Settings['theme']>;

/** localStorage: the theme last shown, for the first paint of the next visit. */
export const THEME_SHOWN_KEY = 'dsomm-studio.theme-shown';
/** localStorage: where the theme was kept before the store owned it; moved into the store once. */
export const THEME_FORMER_KEY = 'dsomm-studio.theme';

/** The choice stored under `key`; undefined when none (or storage is blocked). */
export function readThemeChoice(storage: Storage | undefined, key: string): ThemeChoice | undefined {
  try {
    const value = storage?.getItem(key);
    return value === 'light' || value === 'dark' || value === 'system' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Shows `choice`: the classes on <html> that set its color-scheme (styles.scss). */
export function applyThemeClass(root: HTMLElement, choice: ThemeChoice): void {
  root.classList.toggle('theme-light', choice === 'light');
  root.classList.toggle('theme-dark', choice === 'dark');
}

/** The window's localStorage; undefined where reading it throws (storage blocked). */
export function localStore(window: Window | null | undefined): Storage | undefined {
  try {
    return window?.localStorage;
  } catch {
    return undefined;
  }
}
