import { Progress } from '../types';
import { STAGES, TODAY } from '../testing/model-fixture';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import {
  describeSummary,
  dueSummary,
  isDueFor,
  isDoneFor,
  isOpenFor,
  shortSummary,
  isUnassessedFor,
  progressSummary,
} from './progress-summary';

const RULES = new StatusRules(STAGES, TODAY);
const PROGRESS: Progress = {
  a: {
    'Team A': { stages: { Started: '2026-01-01', 'Fully implemented': '2026-02-01' } },
    'Team B': { stages: { 'Partly implemented': '2026-02-01' } },
    'Team D': { stages: { 'Fully implemented': '2026-01-01' }, notApplicable: { reason: 'r', date: '2026-03-01' } },
    'Team E': { stages: { 'Not implemented': '2026-03-01' } },
  },
};

describe('progress summary of the selected teams', () => {
  it('counts done, in-progress and not-assessed teams and averages their scores', () => {
    const summary = progressSummary(PROGRESS, 'a', ['Team A', 'Team B', 'Team C'], RULES);
    expect([summary.done, summary.inProgress, summary.notAssessed, summary.teams]).toEqual([1, 1, 1, 3]);
    expect(summary.mean).toBeCloseTo(0.5);
    expect(isOpenFor(summary)).toBeTrue();
    expect(isUnassessedFor(summary)).toBeTrue();
    expect(describeSummary(summary)).toBe('1 of 3 teams fully implemented, 50% on average, 1 not assessed');
  });

  it('leaves a not-applicable team out of the mean and of "done", whatever stage it kept', () => {
    const summary = progressSummary(PROGRESS, 'a', ['Team A', 'Team D'], RULES);
    expect([summary.done, summary.notApplicable, summary.mean]).toEqual([1, 1, 1]);
    expect(isOpenFor(summary)).toBeFalse();
    expect(describeSummary(summary)).toBe('1 of 1 teams fully implemented, 100% on average, 1 not applicable');
    expect(isOpenFor(progressSummary(PROGRESS, 'a', ['Team D'], RULES))).toBeFalse();
  });

  it('gives the badge the same count as its description: a not-applicable team is in neither number', () => {
    const summary = progressSummary(PROGRESS, 'a', ['Team A', 'Team B', 'Team D'], RULES);
    expect(describeSummary(summary)).toMatch(/^1 of 2 teams fully implemented/);
    expect(shortSummary(summary)).toBe('1/2');
    expect(isDoneFor(summary)).toBeFalse();
    const done = progressSummary(PROGRESS, 'a', ['Team A', 'Team D'], RULES);
    expect([shortSummary(done), isDoneFor(done)]).toEqual(['1/1', true]);
    expect(shortSummary(progressSummary(PROGRESS, 'a', ['Team B'], RULES))).toBe('50%');
    expect(shortSummary(progressSummary(PROGRESS, 'a', ['Team D'], RULES))).toBe('Not applicable');
    expect(isDoneFor(progressSummary(PROGRESS, 'a', ['Team D'], RULES))).toBeFalse();
    expect(shortSummary(progressSummary(PROGRESS, 'a', ['Team B', 'Team C'], RULES))).toBe('0/2');
  });

  it('is closed only when every selected team it applies to is done', () => {
    expect(isOpenFor(progressSummary(PROGRESS, 'a', ['Team A'], RULES))).toBeFalse();
    expect(isOpenFor(progressSummary(PROGRESS, 'a', [], RULES))).toBeTrue();
  });

  it('names the status for a single team: stage, "Not implemented" set explicitly, not assessed, not applicable', () => {
    expect(describeSummary(progressSummary(PROGRESS, 'a', ['Team B'], RULES))).toBe('Partly implemented (50%)');
    expect(describeSummary(progressSummary(PROGRESS, 'a', ['Team E'], RULES))).toBe('Not implemented (0%)');
    expect(describeSummary(progressSummary(PROGRESS, 'b', ['Team B'], RULES))).toBe('Not assessed');
    expect(describeSummary(progressSummary(PROGRESS, 'a', ['Team D'], RULES))).toBe('Not applicable');
    expect(describeSummary(progressSummary(PROGRESS, 'a', [], RULES))).toBe('No team selected');
    expect(isUnassessedFor(progressSummary(PROGRESS, 'a', ['Team E'], RULES))).toBeFalse();
  });

  it('counts the teams it is due for review for, read with the same freshness as every page', () => {
    const review = { evidence: evidenceSummaries([], TODAY), interval: monthsInterval(12) };
    const progress: Progress = {
      c: {
        // Set more than the 12 months before TODAY: due. Set within them: not.
        'Team A': { stages: { 'Partly implemented': '2025-01-10' } },
        'Team B': { stages: { 'Partly implemented': '2026-06-01' } },
        'Team C': { stages: {}, notApplicable: { reason: 'r', date: '2024-01-01' } },
      },
    };
    const one = progressSummary(progress, 'c', ['Team A'], RULES, review);
    expect([isDueFor(one), dueSummary(one)]).toEqual([true, 'Due for review']);
    expect(describeSummary(one)).toBe('Partly implemented (50%), due for review');
    const all = progressSummary(progress, 'c', ['Team A', 'Team B', 'Team C'], RULES, review);
    expect([all.due, dueSummary(all)]).toEqual([2, '2 due for review']);
    expect(describeSummary(all)).toBe(
      '0 of 2 teams fully implemented, 50% on average, 1 not applicable, 2 due for review',
    );
    const fresh = progressSummary(progress, 'c', ['Team B'], RULES, review);
    expect([isDueFor(fresh), dueSummary(fresh), describeSummary(fresh)]).toEqual([
      false,
      '',
      'Partly implemented (50%)',
    ]);
  });
});
