import { hasReportParams, reportFieldsFromParams, reportFieldsToParams, reportViewFromParams } from './report-params';

describe('report URL parameters', () => {
  it('tells a URL that names a report from one that names none', () => {
    expect(hasReportParams({})).toBeFalse();
    expect(hasReportParams({ sector: 'x', teams: [] })).toBeFalse();
    expect(hasReportParams({ teams: 'Team A' })).toBeTrue();
    expect(hasReportParams({ group: 'Cloud' })).toBeTrue();
    expect(hasReportParams({ level: ['1', '2'] })).toBeTrue();
    expect(hasReportParams({ status: 'all' })).toBeTrue();
  });

  it('reads levels and status, ignoring what is not a level of the model or a status', () => {
    expect(reportFieldsFromParams({ level: ['3', '1', '1', '9', 'x', '0'], status: 'done' }, 5)).toEqual({
      levels: [1, 3],
      status: 'done',
    });
    expect(reportFieldsFromParams({ level: '2', status: 'nonsense' }, 5)).toEqual({ levels: [2], status: 'all' });
    expect(reportFieldsFromParams({}, 5)).toEqual({ levels: [], status: 'all' });
  });

  it('reads every status the report offers, "not assessed" and "due for review" included', () => {
    for (const status of ['all', 'done', 'open', 'not-assessed', 'not-applicable', 'due'] as const) {
      expect(reportFieldsFromParams(reportFieldsToParams({ levels: [], status }), 5).status).toBe(status);
    }
  });

  it('writes them back so they read the same, always naming the status', () => {
    const fields = { levels: [1, 2], status: 'open' } as const;
    const params = reportFieldsToParams(fields);
    expect(params).toEqual({ level: ['1', '2'], status: 'open' });
    expect(reportFieldsFromParams(params, 5)).toEqual(fields);
    expect(reportFieldsToParams({ levels: [], status: 'all' })).toEqual({ level: null, status: 'all' });
  });

  it('reads the mode and the day the change is counted from, a quarter back by default', () => {
    const today = '2026-12-05';
    expect(reportViewFromParams({}, today)).toEqual({ mode: 'full', since: '2026-09-05' });
    expect(reportViewFromParams({ mode: 'summary', since: '2026-01-31' }, today)).toEqual({
      mode: 'summary',
      since: '2026-01-31',
    });
    // Not a date, or a day after today: the default.
    for (const since of ['2026-02-30', 'yesterday', '2027-01-01']) {
      expect(reportViewFromParams({ mode: 'summary', since }, today).since).toBe('2026-09-05');
    }
    expect(reportViewFromParams({ mode: 'other' }, today).mode).toBe('full');
    // They say how to read the report, not which: the stored configuration still applies.
    expect(hasReportParams({ mode: 'summary', since: '2026-01-31' })).toBeFalse();
  });
});
