import { STAGES } from '../testing/model-fixture';
import { withStage } from './with-stage';

describe('withStage', () => {
  const day = '2026-06-01';

  it('raising from nothing fills every stage up to the new one (0% excluded)', () => {
    expect(withStage({}, 'Partly implemented', day, STAGES)).toEqual({ Started: day, 'Partly implemented': day });
    expect(withStage({}, 'Fully implemented', day, STAGES)).toEqual({
      Started: day,
      'Partly implemented': day,
      'Fully implemented': day,
    });
  });

  it('raising keeps the dates already there and fills only the skipped stages', () => {
    const before = { Started: '2026-01-01' };
    expect(withStage(before, 'Fully implemented', day, STAGES)).toEqual({
      Started: '2026-01-01',
      'Partly implemented': day,
      'Fully implemented': day,
    });
  });

  it('does not fill a gap below the old stage (only between old and new)', () => {
    const before = { 'Partly implemented': '2026-02-01' };
    expect(withStage(before, 'Fully implemented', day, STAGES)).toEqual({
      'Partly implemented': '2026-02-01',
      'Fully implemented': day,
    });
  });

  it('lowering removes the higher stages and keeps the earlier dates', () => {
    const before = { Started: '2026-01-01', 'Partly implemented': '2026-02-01', 'Fully implemented': '2026-03-01' };
    expect(withStage(before, 'Started', day, STAGES)).toEqual({ Started: '2026-01-01' });
    expect(withStage(before, 'Partly implemented', day, STAGES)).toEqual({
      Started: '2026-01-01',
      'Partly implemented': '2026-02-01',
    });
  });

  it('lowering to a stage that has no date gives it (and skipped ones) the new date', () => {
    expect(withStage({ 'Fully implemented': '2026-03-01' }, 'Partly implemented', day, STAGES)).toEqual({
      Started: day,
      'Partly implemented': day,
    });
  });

  it('the 0% stage is written with its date, removes every other known stage and keeps unknown ones', () => {
    const before = { Started: '2026-01-01', 'Fully implemented': '2026-03-01', Legacy: '2025-01-01' };
    expect(withStage(before, 'Not implemented', day, STAGES)).toEqual({ Legacy: '2025-01-01', 'Not implemented': day });
    const zero = { 'Not implemented': '2026-01-01' };
    expect(withStage(zero, 'Not implemented', day, STAGES)).toBe(zero);
    expect(withStage({}, 'Not implemented', day, STAGES)).toEqual({ 'Not implemented': day });
  });

  it('raising keeps the day the team said "Not implemented"', () => {
    expect(withStage({ 'Not implemented': '2026-01-01' }, 'Started', day, STAGES)).toEqual({
      'Not implemented': '2026-01-01',
      Started: day,
    });
  });

  it('a stage planned for a later day and reached now is reached now', () => {
    const planned = { Started: '2026-01-01', 'Fully implemented': '2027-03-01' };
    expect(withStage(planned, 'Fully implemented', day, STAGES)).toEqual({
      Started: '2026-01-01',
      'Partly implemented': day,
      'Fully implemented': day,
    });
    expect(withStage(planned, 'Started', day, STAGES)).toEqual({ Started: '2026-01-01' });
  });

  it('always keeps unknown titles', () => {
    const before = { Legacy: '2025-01-01', Started: '2026-01-01' };
    expect(withStage(before, 'Fully implemented', day, STAGES)['Legacy']).toBe('2025-01-01');
    expect(withStage(before, 'Started', day, STAGES)).toBe(before);
  });

  it('returns the same object when nothing changes', () => {
    const before = { Started: '2026-01-01' };
    expect(withStage(before, 'Started', day, STAGES)).toBe(before);
    const zero = { 'Not implemented': '2026-01-01', Legacy: '2025-01-01' };
    expect(withStage(zero, 'Not implemented', day, STAGES)).toBe(zero);
  });

  it('never mutates its input', () => {
    const before = Object.freeze({ Started: '2026-01-01', 'Fully implemented': '2026-03-01' });
    withStage(before, 'Partly implemented', day, STAGES);
    withStage(before, 'Not implemented', day, STAGES);
    expect(before).toEqual({ Started: '2026-01-01', 'Fully implemented': '2026-03-01' });
  });

  it('rejects a title that is not a stage', () => {
    expect(() => withStage({}, 'Legacy', day, STAGES)).toThrowError(RangeError);
  });

  it('handles awkward stage titles', () => {
    const stages = [
      { title: '0%', score: 0, definition: '' },
      { title: '__proto__', score: 0.5, definition: '' },
      { title: 'constructor', score: 1, definition: '' },
    ];
    const raised = withStage({}, 'constructor', day, stages);
    expect(Object.keys(raised).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(raised)).toBe(Object.prototype);
    expect(withStage(raised, '__proto__', day, stages)).toEqual(Object.fromEntries([['__proto__', day]]));
  });
});
