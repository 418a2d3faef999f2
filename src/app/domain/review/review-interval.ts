import { ReviewInterval } from '../types';

/*
 * Review intervals are months and days. Months are calendar months (31 Jan + 1 month is 28 or
 * 29 Feb), so "every 12 months" falls on the same day each year.
 */

/** The re-assessment interval when neither the settings nor the activity say otherwise. */
export const DEFAULT_REVIEW_MONTHS = 12;

/** The longest interval accepted: anything longer is a typo, not a review policy. */
export const MAX_REVIEW_MONTHS = 120;

/** Whether a value is a usable default interval in months (the setting). */
export function isReviewMonths(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_REVIEW_MONTHS;
}

export function monthsInterval(months: number): ReviewInterval {
  return { months, days: 0 };
}

/** The settings' interval: `reviewMonths` when usable, else DEFAULT_REVIEW_MONTHS. */
export function defaultReviewInterval(reviewMonths: number | undefined): ReviewInterval {
  return monthsInterval(isReviewMonths(reviewMonths) ? reviewMonths : DEFAULT_REVIEW_MONTHS);
}

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i;
const PART = /(\d+)\s*(years?|yrs?|y|months?|mo|weeks?|wks?|w|days?|d)\b/gi;

/**
 * Reads a duration as a custom activity file or an option writes it: `3 months`, `1 year`,
 * `1 year 6 months`, `6 weeks`, `90 days`, or ISO 8601 (`P3M`, `P1Y6M`, `P2W`, `P90D`). Undefined
 * for anything else, for zero, and beyond 10 years. A bare number is refused: 3 what?
 */
export function parseReviewInterval(value: unknown): ReviewInterval | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let years = 0;
  let months = 0;
  let weeks = 0;
  let days = 0;
  const iso = ISO.exec(text);
  if (iso) {
    if (text.length < 2) return undefined;
    [years, months, weeks, days] = [iso[1], iso[2], iso[3], iso[4]].map((n) => Number(n ?? 0));
  } else {
    // Words: every part must be "<n> <unit>", joined by spaces, commas or "and".
    const rest = text.replace(PART, (_, n: string, unit: string) => {
      const count = Number(n);
      const u = unit.toLowerCase();
      if (u.startsWith('mo')) months += count;
      else if (u.startsWith('y')) years += count;
      else if (u.startsWith('w')) weeks += count;
      else days += count;
      return ' ';
    });
    if (rest === text || !/^(?:[\s,]|and)*$/i.test(rest)) return undefined;
  }
  const interval = { months: years * 12 + months, days: weeks * 7 + days };
  const total = interval.months + interval.days / 30;
  return total > 0 && total <= MAX_REVIEW_MONTHS ? interval : undefined;
}

/** `12 months`, `1 year`, `1 year and 6 months`, `2 weeks`, `90 days`: how pages name an interval. */
export function reviewIntervalText(interval: ReviewInterval): string {
  const parts: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const { months, days } = interval;
  if (months > 0 && months % 12 === 0) parts.push(plural(months / 12, 'year'));
  else if (months > 0) parts.push(plural(months, 'month'));
  if (days > 0) parts.push(days % 7 === 0 ? plural(days / 7, 'week') : plural(days, 'day'));
  return parts.join(' and ') || '0 days';
}

/** The day `interval` after `day` (both YYYY-MM-DD); a day the month lacks is its last day. */
export function addInterval(day: string, interval: ReviewInterval): string {
  const [year, month, date] = day.split('-').map(Number);
  const monthIndex = month - 1 + interval.months;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(year, monthIndex, Math.min(date, lastDay) + interval.days));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(result.getUTCFullYear(), 4)}-${pad(result.getUTCMonth() + 1)}-${pad(result.getUTCDate())}`;
}
