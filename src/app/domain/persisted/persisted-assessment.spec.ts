import { DEFAULT_REPORT_CONFIG } from '../report/report-config';
import { fromFiles } from '../assessment/empty-assessment';
import { STAGES } from '../testing/model-fixture';
import { PERSISTED_SCHEMA, readPersistedAssessment } from './persisted-assessment';

const base = fromFiles({ teams: ['A'], groups: {}, stages: STAGES, progress: {}, evidence: [] });
const stored = (value: unknown) => ({ schema: PERSISTED_SCHEMA, value });

describe('reading the stored assessment', () => {
  it('reads data stored before targets, not-applicable marks and the report configuration existed', () => {
    const read = readPersistedAssessment(stored(base));
    expect(read.ok && read.value).toEqual(base);
  });

  it('keeps targets, not-applicable marks and the report configuration', () => {
    const value = {
      ...base,
      targets: { A: 2, '*': 1 },
      progress: { u: { A: { stages: {}, notApplicable: { reason: 'r', date: '2026-01-01' }, editedAt: 5 } } },
      settings: { reportConfig: { ...DEFAULT_REPORT_CONFIG, groupBy: 'team' as const } },
    };
    const read = readPersistedAssessment(stored(value));
    expect(read.ok && read.value).toEqual(value);
  });

  it('rejects malformed targets and marks with a reason', () => {
    expect(readPersistedAssessment(stored({ ...base, targets: { A: 'high' } }))).toEqual({
      ok: false,
      reason: 'the stored target levels are malformed',
    });
    const bad = { ...base, progress: { u: { A: { stages: {}, notApplicable: 'yes' } } } };
    expect(readPersistedAssessment(stored(bad)).ok).toBeFalse();
  });
});
