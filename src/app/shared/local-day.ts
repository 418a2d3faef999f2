import { ISO_DATES, localCalendarDay } from '../domain/common/calendar-date';

/** Today (or `now`) on the user's calendar as YYYY-MM-DD (see localCalendarDay). */
export function localDay(now: Date = new Date()): string {
  return localCalendarDay(now);
}

/**
 * A YYYY-MM-DD day for display in `locale` (the settings' date locale, or the browser's when
 * undefined), e.g. "2 Mar 2026", or as it is with `ISO_DATES`. The day is formatted in UTC so no
 * time zone shifts it. Text that is not such a date is returned unchanged.
 */
export function formatDay(day: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  if (locale === ISO_DATES) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  return formatter(locale).format(date);
}

/** Formatters are costly to create and pages show hundreds of dates: one per locale. */
const formatters = new Map<string | undefined, Intl.DateTimeFormat>();

function formatter(locale: string | undefined): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      // An unknown locale tag in the settings must not break the page.
      format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
    }
    formatters.set(locale, format);
  }
  return format;
}
