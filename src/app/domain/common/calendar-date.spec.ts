import { dayBefore, isCalendarDate, utcMidnight } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real days written YYYY-MM-DD', () => {
    for (const date of ['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01']) {
      expect(isCalendarDate(date)).withContext(date).toBeTrue();
    }
  });

  it('rejects impossible days and other forms', () => {
    for (const date of [
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
      '2026-1-01',
      '26-01-01',
      ' 2026-01-01',
      '2026-01-01T00:00Z',
      '',
      20260101,
      null,
      undefined,
    ]) {
      expect(isCalendarDate(date)).withContext(String(date)).toBeFalse();
    }
  });

  it('reads a day as UTC midnight', () => {
    expect(utcMidnight('2026-06-01')).toBe(Date.UTC(2026, 5, 1));
    expect(new Date(utcMidnight('2024-02-29')).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('steps back a day across months, years and leap days', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(dayBefore('2026-12-07')).toBe('2026-12-06');
  });
});
