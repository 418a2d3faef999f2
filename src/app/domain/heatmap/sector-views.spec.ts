import { scoreAssessment } from '../scoring/score-assessment';
import { modelFixture, STAGES, uuidOf } from '../testing/model-fixture';
import { Progress } from '../types';
import { heatColour } from './colour-scale';
import { sectorLabel, sectorViews } from './sector-views';
import { sunburstLayout } from './sunburst-layout';

describe('sectorViews', () => {
  const model = modelFixture({
    'Build and Deployment': {
      Build: [
        ['a', 1],
        ['b', 1],
        ['c', 2],
      ],
    },
    'Test and Verification': { 'Static depth': [['d', 1]] },
  });
  const done = {
    stages: { Started: '2026-01-01', 'Partly implemented': '2026-01-02', 'Fully implemented': '2026-01-03' },
  };
  const progress: Progress = {
    [uuidOf('a')]: { 'Team A': done, 'Team B': done },
    [uuidOf('b')]: { 'Team A': { stages: { Started: '2026-01-01' } } },
  };
  const layout = sunburstLayout(model.dimensions, 3, 500);
  const score = (selected: string[]) =>
    sectorViews(
      layout,
      scoreAssessment({ model, stages: STAGES, progress, teams: ['Team A', 'Team B'], selected, maxLevel: 3 }),
    );

  it('scores every sector for all teams and labels it for screen readers', () => {
    const views = score([]);
    expect(views.length).toBe(6);
    const build1 = views.find((v) => v.key === '0:1')!;
    // a: 1 for both teams; b: (0.2 + 0) / 2.
    expect(build1.counts).toEqual({ total: 2, done: 1, score: 0.55 });
    expect(build1.percent).toBe(55);
    expect(build1.fill).toBe(heatColour(0.55));
    expect(build1.label).toBe('Build (Build and Deployment), level 1: 55%, 1 of 2 activities done');
  });

  it('scores the selected teams only', () => {
    const build1 = score(['Team A']).find((v) => v.key === '0:1')!;
    expect(build1.percent).toBe(60);
    expect(build1.label).toBe('Build (Build and Deployment), level 1: 60%, 1 of 2 activities done');
  });

  it('marks sectors without activities as empty, without a fill', () => {
    const build3 = score([]).find((v) => v.key === '0:3')!;
    expect(build3.empty).toBeTrue();
    expect(build3.fill).toBeUndefined();
    expect(build3.hatch).not.toBe('');
    expect(build3.label).toBe('Build (Build and Deployment), level 3: 0%, no activities');
  });

  it('uses the singular for one activity', () => {
    expect(sectorLabel('S', 'D', 2, { total: 1, done: 0, score: 0.2 })).toBe(
      'S (D), level 2: 20%, 0 of 1 activity done',
    );
  });
});
