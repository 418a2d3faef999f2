import { Progress } from '../types';
import { STAGES } from '../testing/model-fixture';
import { describeSummary, isOpenFor, progressSummary } from './progress-summary';

const PROGRESS: Progress = {
  a: {
    'Team A': { stages: { Started: '2026-01-01', 'Fully implemented': '2026-02-01' } },
    'Team B': { stages: { 'Partly implemented': '2026-02-01' } },
  },
};

describe('progress summary of the selected teams', () => {
  it('counts done and in-progress teams and averages their scores', () => {
    const summary = progressSummary(PROGRESS, 'a', ['Team A', 'Team B', 'Team C'], STAGES);
    expect([summary.done, summary.inProgress, summary.teams]).toEqual([1, 1, 3]);
    expect(summary.mean).toBeCloseTo(0.5);
    expect(isOpenFor(summary)).toBeTrue();
    expect(describeSummary(summary, STAGES)).toBe('1 of 3 teams fully implemented, 50% on average');
  });

  it('is closed only when every selected team is done', () => {
    expect(isOpenFor(progressSummary(PROGRESS, 'a', ['Team A'], STAGES))).toBeFalse();
    expect(isOpenFor(progressSummary(PROGRESS, 'a', [], STAGES))).toBeTrue();
  });

  it('names the stage for a single team, the zero stage when it has not started', () => {
    expect(describeSummary(progressSummary(PROGRESS, 'a', ['Team B'], STAGES), STAGES)).toBe(
      'Partly implemented (50%)',
    );
    expect(describeSummary(progressSummary(PROGRESS, 'b', ['Team B'], STAGES), STAGES)).toBe('Not implemented (0%)');
    expect(describeSummary(progressSummary(PROGRESS, 'a', [], STAGES), STAGES)).toBe('No team selected');
  });
});
