import { Progress } from '../types';
import { SMALL_MODEL, STAGES, TODAY } from '../testing/model-fixture';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { EMPTY_MATRIX_FILTER } from './matrix-filter';
import { knownFilterValues, matrixActivities } from './matrix-activities';

const names = (activities: readonly { name: string }[]) => activities.map((a) => a.name);
const BUILD = SMALL_MODEL.activities[0];

describe('matrixActivities', () => {
  const query = {
    model: SMALL_MODEL,
    maxLevel: 3,
    progress: {},
    rules: new StatusRules(STAGES, TODAY),
    review: { evidence: evidenceSummaries([], TODAY), interval: monthsInterval(12) },
    teams: ['Team A'],
  };

  it('shows every activity with a column, in model order, when nothing is filtered', () => {
    expect(names(matrixActivities({ ...query, filter: EMPTY_MATRIX_FILTER }))).toEqual(names(SMALL_MODEL.activities));
    expect(names(matrixActivities({ ...query, maxLevel: 1, filter: EMPTY_MATRIX_FILTER }))).toEqual([
      'Defined build process',
      'Defined deployment process',
      'Test for stored secrets',
    ]);
  });

  it('leaves out what the selected teams have fully implemented when only open ones are asked for', () => {
    const progress = { [BUILD.uuid]: { 'Team A': { stages: { 'Fully implemented': '2026-01-01' } } } };
    const open = { ...EMPTY_MATRIX_FILTER, progress: 'open' as const };
    expect(names(matrixActivities({ ...query, progress, filter: open }))).not.toContain(BUILD.name);
    // Another team has not: it stays.
    expect(names(matrixActivities({ ...query, progress, teams: ['Team A', 'Team B'], filter: open }))).toContain(
      BUILD.name,
    );
  });

  it('keeps what a selected team has not assessed, and leaves out what applies to none of them', () => {
    const progress: Progress = {
      [BUILD.uuid]: { 'Team A': { stages: { 'Not implemented': '2026-01-01' } } },
      [SMALL_MODEL.activities[1].uuid]: { 'Team A': { stages: {}, notApplicable: { reason: '', date: '2026-01-01' } } },
    };
    const notAssessed = { ...EMPTY_MATRIX_FILTER, progress: 'not-assessed' as const };
    const shown = names(matrixActivities({ ...query, progress, filter: notAssessed }));
    expect(shown).not.toContain(BUILD.name);
    expect(shown).not.toContain(SMALL_MODEL.activities[1].name);
    expect(shown.length).toBe(SMALL_MODEL.activities.length - 2);
    const open = names(matrixActivities({ ...query, progress, filter: { ...EMPTY_MATRIX_FILTER, progress: 'open' } }));
    expect(open).toContain(BUILD.name);
    expect(open).not.toContain(SMALL_MODEL.activities[1].name);
  });

  it('keeps only what is due for review for a selected team when that is asked for', () => {
    // Team A's build stage is older than the 12 months; its deployment stage is not.
    const progress: Progress = {
      [BUILD.uuid]: { 'Team A': { stages: { 'Partly implemented': '2025-01-10' } } },
      [SMALL_MODEL.activities[1].uuid]: { 'Team A': { stages: { 'Partly implemented': '2026-06-01' } } },
    };
    const due = { ...EMPTY_MATRIX_FILTER, progress: 'due' as const };
    expect(names(matrixActivities({ ...query, progress, filter: due }))).toEqual([BUILD.name]);
    expect(names(matrixActivities({ ...query, progress, teams: ['Team B'], filter: due }))).toEqual([]);
  });

  it('names what a URL may filter by for the model', () => {
    expect(knownFilterValues(SMALL_MODEL, 3)).toEqual({
      dimensions: ['Build and Deployment', 'Test and Verification'],
      subDimensions: ['Build', 'Deployment', 'Static depth'],
      tags: [],
      maxLevel: 3,
    });
  });
});
