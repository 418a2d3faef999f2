import { modelFixture, STAGES, uuidOf, TODAY } from '../testing/model-fixture';
import { Progress } from '../types';
import { activityScore } from './activity-score';
import { scoreAssessment } from './score-assessment';

const MODEL = modelFixture({
  D: {
    S: [
      ['A', 1],
      ['B', 1],
      ['C', 2],
    ],
  },
});
const [A, B, C] = ['A', 'B', 'C'].map(uuidOf);
const na = { reason: 'n/a', date: '2026-01-01' };

describe('scoring with not applicable', () => {
  it("leaves a team's not-applicable activity out of its numerator and denominator", () => {
    const progress: Progress = {
      [A]: { T1: { stages: { 'Fully implemented': '2026-01-01' } }, T2: { stages: {}, notApplicable: na } },
    };
    expect(activityScore(progress, A, ['T1', 'T2'], STAGES, TODAY)).toEqual({
      score: 1,
      done: true,
      notApplicable: 1,
      assessed: 2,
    });
    expect(activityScore(progress, A, ['T1', 'T2', 'T3'], STAGES, TODAY)).toEqual({
      score: 0.5,
      done: false,
      notApplicable: 1,
      assessed: 2,
    });
  });

  it('drops an activity that applies to none of the teams from every aggregate and counts it apart', () => {
    const progress: Progress = {
      [A]: { T1: { stages: { 'Fully implemented': '2026-01-01' }, notApplicable: na } },
      [B]: { T1: { stages: { 'Partly implemented': '2026-01-01' } } },
    };
    const scores = scoreAssessment({ day: TODAY, model: MODEL, stages: STAGES, progress, teams: ['T1'] });
    expect(scores.overall).toEqual({ total: 2, done: 0, score: 0.25, notApplicable: 1 });
    expect(scores.byLevel[0]).toEqual({ total: 1, done: 0, score: 0.5, notApplicable: 1 });
    expect(scores.byLevel[1]).toEqual({ total: 1, done: 0, score: 0 });
    expect(scores.dimensions[0].subDimensions[0].byLevel[0].notApplicable).toBe(1);
  });

  it('makes a sector whose activities are all not applicable empty, with the count', () => {
    const progress: Progress = { [C]: { T1: { stages: {}, notApplicable: na } } };
    const scores = scoreAssessment({ day: TODAY, model: MODEL, stages: STAGES, progress, teams: ['T1'] });
    expect(scores.dimensions[0].subDimensions[0].byLevel[1]).toEqual({
      total: 0,
      done: 0,
      score: null,
      notApplicable: 1,
    });
  });
});
