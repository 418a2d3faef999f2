import { addInterval, defaultReviewInterval, parseReviewInterval, reviewIntervalText } from './review-interval';

describe('review intervals', () => {
  it('reads durations as activity files write them, in words or ISO 8601', () => {
    expect(parseReviewInterval('3 months')).toEqual({ months: 3, days: 0 });
    expect(parseReviewInterval('1 month')).toEqual({ months: 1, days: 0 });
    expect(parseReviewInterval('1 year')).toEqual({ months: 12, days: 0 });
    expect(parseReviewInterval('1 year and 6 months')).toEqual({ months: 18, days: 0 });
    expect(parseReviewInterval('6 weeks')).toEqual({ months: 0, days: 42 });
    expect(parseReviewInterval(' 90 days ')).toEqual({ months: 0, days: 90 });
    expect(parseReviewInterval('P3M')).toEqual({ months: 3, days: 0 });
    expect(parseReviewInterval('p1y6m')).toEqual({ months: 18, days: 0 });
    expect(parseReviewInterval('P2W')).toEqual({ months: 0, days: 14 });
    expect(parseReviewInterval('P90D')).toEqual({ months: 0, days: 90 });
  });

  it('refuses what is not a duration, a bare number, zero and more than 10 years', () => {
    for (const bad of ['soon', '3', 3, '3 m', 'P', 'PT3H', '0 months', 'P0D', '11 years', '3 months later', '', null]) {
      expect(parseReviewInterval(bad)).withContext(String(bad)).toBeUndefined();
    }
  });

  it('names an interval for pages', () => {
    expect(reviewIntervalText({ months: 12, days: 0 })).toBe('1 year');
    expect(reviewIntervalText({ months: 3, days: 0 })).toBe('3 months');
    expect(reviewIntervalText({ months: 18, days: 0 })).toBe('18 months');
    expect(reviewIntervalText({ months: 0, days: 14 })).toBe('2 weeks');
    expect(reviewIntervalText({ months: 1, days: 10 })).toBe('1 month and 10 days');
  });

  it('adds calendar months (a day the month lacks is its last) and then days', () => {
    expect(addInterval('2025-03-02', { months: 12, days: 0 })).toBe('2026-03-02');
    expect(addInterval('2026-01-31', { months: 1, days: 0 })).toBe('2026-02-28');
    expect(addInterval('2024-02-29', { months: 12, days: 0 })).toBe('2025-02-28');
    expect(addInterval('2026-11-20', { months: 3, days: 0 })).toBe('2027-02-20');
    expect(addInterval('2026-12-25', { months: 0, days: 14 })).toBe('2027-01-08');
  });

  it('takes the settings interval when it is usable, else 12 months', () => {
    expect(defaultReviewInterval(6)).toEqual({ months: 6, days: 0 });
    expect(defaultReviewInterval(undefined)).toEqual({ months: 12, days: 0 });
    expect(defaultReviewInterval(0)).toEqual({ months: 12, days: 0 });
    expect(defaultReviewInterval(2.5)).toEqual({ months: 12, days: 0 });
  });
});
