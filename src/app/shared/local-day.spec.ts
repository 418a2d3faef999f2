import { ISO_DATES } from '../domain/common/calendar-date';
import { formatDay, localDay } from './local-day';

describe('local days', () => {
  it("is today's date on the user's calendar", () => {
    expect(localDay(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('formats a day in the given locale without shifting it', () => {
    expect(formatDay('2026-03-02', 'en-GB')).toBe('2 Mar 2026');
    expect(formatDay('2026-03-02', 'de-DE')).toBe('02.03.2026');
    expect(formatDay('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
  });

  it('writes a day as in the files (YYYY-MM-DD) when ISO 8601 is chosen', () => {
    expect(formatDay('2026-03-02', ISO_DATES)).toBe('2026-03-02');
    expect(formatDay('someday', ISO_DATES)).toBe('someday');
  });

  it('leaves text that is not a day alone, and survives a bad locale', () => {
    expect(formatDay('someday', 'en-GB')).toBe('someday');
    expect(formatDay('2026-03-02', 'not a locale!')).toContain('2026');
  });
});
