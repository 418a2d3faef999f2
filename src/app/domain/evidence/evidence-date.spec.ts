import { normaliseEvidenceDate } from './evidence-date';

describe('normaliseEvidenceDate', () => {
  it('keeps a YYYY-MM-DD day', () => {
    expect(normaliseEvidenceDate('2026-05-20')).toBe('2026-05-20');
    expect(normaliseEvidenceDate('2024-02-29')).toBe('2024-02-29');
  });

  it('keeps the day of an ISO timestamp as written', () => {
    expect(normaliseEvidenceDate('2026-05-20T10:12:33.000Z')).toBe('2026-05-20');
    expect(normaliseEvidenceDate('2026-05-20T23:30:00-05:00')).toBe('2026-05-20');
    expect(normaliseEvidenceDate('2026-05-20T01:00+0200')).toBe('2026-05-20');
    expect(normaliseEvidenceDate('2026-05-20 10:12:33')).toBe('2026-05-20');
    expect(normaliseEvidenceDate('2026-05-20t10:12Z')).toBe('2026-05-20');
    expect(normaliseEvidenceDate(' 2026-05-20T10:12:33Z ')).toBe('2026-05-20');
  });

  it('rejects anything else', () => {
    for (const value of [
      '2026-02-30',
      '2025-02-29',
      '2026-5-20',
      '20.05.2026',
      '05/20/2026',
      '2026-05-20T25:00:00Z',
      '2026-05-20T10:61',
      '2026-05-20Tnoon',
      '2026-13-01T10:00Z',
      'yesterday',
      '',
      20260520,
      null,
      undefined,
      true,
      ['2026-05-20'],
      { date: '2026-05-20' },
    ]) {
      expect(normaliseEvidenceDate(value)).withContext(JSON.stringify(value)).toBeUndefined();
    }
  });
});
