import { STAGES } from '../testing/model-fixture';
import { currentScore, currentStage } from './current-stage';
import { isZeroStage, stageScore, topStage } from './stage-score';
import { currentStageDate, latestStageDate, sameStageDates, stageDate } from './stage-dates';

describe('current stage', () => {
  it('is the highest-scoring known stage with a date, whatever the key order', () => {
    const dates = { 'Fully implemented': '2026-05-18', Started: '2026-03-01', 'Partly implemented': '2026-04-01' };
    expect(currentStage(dates, STAGES)?.title).toBe('Fully implemented');
    expect(currentScore(dates, STAGES)).toBe(1);
  });

  it('ignores unknown titles, even ones that look higher', () => {
    const dates = { Started: '2026-03-01', 'Done everywhere': '2026-06-01' };
    expect(currentStage(dates, STAGES)?.title).toBe('Started');
    expect(currentScore(dates, STAGES)).toBe(0.2);
  });

  it('is undefined (score 0) when nothing known has a date', () => {
    expect(currentStage({}, STAGES)).toBeUndefined();
    expect(currentStage({ Legacy: '2026-01-01' }, STAGES)).toBeUndefined();
    expect(currentScore({ Legacy: '2026-01-01' }, STAGES)).toBe(0);
  });

  it('does not mistake Object.prototype members for stages', () => {
    const stages = [...STAGES, { title: 'constructor', score: 0.7, definition: '' }];
    expect(currentStage({ Started: '2026-01-01' }, stages)?.title).toBe('Started');
  });

  it('reads a stage score and the special stages', () => {
    expect(stageScore('Partly implemented', STAGES)).toBe(0.5);
    expect(stageScore('Nope', STAGES)).toBeUndefined();
    expect(isZeroStage('Not implemented', STAGES)).toBeTrue();
    expect(isZeroStage('Started', STAGES)).toBeFalse();
    expect(topStage(STAGES)?.title).toBe('Fully implemented');
    expect(topStage([])).toBeUndefined();
  });
});

describe('stage dates', () => {
  const dates = { Started: '2026-03-01', 'Partly implemented': '2026-04-14', Legacy: '2026-06-30' };

  it('reads the date of a stage and of the current stage', () => {
    expect(stageDate(dates, 'Started')).toBe('2026-03-01');
    expect(stageDate(dates, 'toString')).toBeUndefined();
    expect(currentStageDate(dates, STAGES)).toBe('2026-04-14');
    expect(currentStageDate({}, STAGES)).toBeUndefined();
  });

  it('finds the latest date, unknown stages included', () => {
    expect(latestStageDate(dates)).toBe('2026-06-30');
    expect(latestStageDate({})).toBeUndefined();
  });

  it('compares stage maps by content', () => {
    expect(sameStageDates({ a: '2026-01-01', b: '2026-01-02' }, { b: '2026-01-02', a: '2026-01-01' })).toBeTrue();
    expect(sameStageDates({ a: '2026-01-01' }, { a: '2026-01-02' })).toBeFalse();
    expect(sameStageDates({ a: '2026-01-01' }, { a: '2026-01-01', b: '2026-01-01' })).toBeFalse();
    expect(sameStageDates({ constructor: '2026-01-01' }, { x: '2026-01-01' })).toBeFalse();
  });
});
