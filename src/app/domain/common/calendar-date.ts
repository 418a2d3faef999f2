const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date-format setting (Settings.dateLocale) for ISO 8601 days, 2026-03-02, as the files write
 * them. It goes where a locale tag goes, and as a tag it is well-formed: an older version of the app
 * reads it from a backup and falls back to the browser's format.
 */
export const ISO_DATES = 'iso';

/** True for a `YYYY-MM-DD` string naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids daylight-saving gaps.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What a file's date value is, for a message saying it is not a date: a value written YYYY-MM-DD
 * that names no day (2026-11-31) is said to be one, as "expected YYYY-MM-DD; found 2026-11-31"
 * left the reader looking for a typo that is not there. `described` is how the value reads otherwise.
 */
export function foundDateText(value: unknown, described: string): string {
  return typeof value === 'string' && DATE.test(value) ? `"${value}", a day the calendar does not have` : described;
}

/**
 * Epoch ms of a `YYYY-MM-DD` day at UTC midnight: the instant a file date is compared with browser
 * edit times. Files only know the day, so this is the earliest reading that is the same everywhere.
 */
export function utcMidnight(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The `YYYY-MM-DD` day before `date` (2026-03-01 -> 2026-02-28). */
export function dayBefore(date: string): string {
  return new Date(utcMidnight(date) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day of `now` on the user's calendar as YYYY-MM-DD: the day a stage is reached or evidence is
 * recorded is the one in the user's time zone, not UTC's (which is yesterday or tomorrow for part
 * of the day in much of the world).
 */
export function localCalendarDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
