import { isCalendarDate } from '../common/calendar-date';

/** `YYYY-MM-DD`, then an optional time and zone: how the peer and hand-edited files write dates. */
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The day of an evidence date, as YYYY-MM-DD; undefined when the value is not a date. A timestamp
 * keeps the day it names as written (not converted to UTC): that is the day its author saw.
 */
export function normaliseEvidenceDate(value: unknown): string | undefined {
  if (isCalendarDate(value)) return value;
  if (typeof value !== 'string') return undefined;
  const match = TIMESTAMP.exec(value.trim());
  if (!match || !isCalendarDate(match[1])) return undefined;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  // 24:00 and leap second 60 are valid ISO 8601; the day is what matters here.
  return hours <= 24 && minutes < 60 && seconds <= 60 ? match[1] : undefined;
}

/**
 * The latest day an evidence entry names, of its recording and its review: what a file entry is
 * dated for "newest wins" against browser edits, and how fresh the evidence is.
 */
export function latestEvidenceDay(entry: { readonly evidenceRecorded: string; readonly reviewed?: string }): string {
  const { evidenceRecorded, reviewed } = entry;
  return reviewed !== undefined && reviewed > evidenceRecorded ? reviewed : evidenceRecorded;
}
