import { scoreAssessment } from '../scoring/score-assessment';
import { modelFixture, STAGES, uuidOf, TODAY } from '../testing/model-fixture';
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
      scoreAssessment({
        day: TODAY,
        model,
        stages: STAGES,
        progress,
        teams: ['Team A', 'Team B'],
        selected,
        maxLevel: 3,
      }),
    );

  it('scores every sector for all teams and labels it for screen readers', () => {
    const views = score([]);
    expect(views.length).toBe(6);
    const build1 = views.find((v) => v.key === '0:1')!;
    // a: 1 for both teams; b: (0.2 + 0) / 2.
    expect(build1.counts).toEqual({ total: 2, done: 1, score: 0.55 });
    expect(build1.percent).toBe(55);
    expect(build1.fill).toBe(heatColour(0.55));
    expect(build1.label).toBe('Build (Build and Deployment), level 1: 55%, done: 1 / 2');
  });

  it('scores the selected teams only', () => {
    const build1 = score(['Team A']).find((v) => v.key === '0:1')!;
    expect(build1.percent).toBe(60);
    expect(build1.label).toBe('Build (Build and Deployment), level 1: 60%, done: 1 / 2');
  });

  it('marks sectors without activities as empty, without a fill', () => {
    const build3 = score([]).find((v) => v.key === '0:3')!;
    expect(build3.empty).toBeTrue();
    expect(build3.fill).toBeUndefined();
    expect(build3.hatch).not.toBe('');
    expect(build3.label).toBe('Build (Build and Deployment), level 3: no activities');
  });

  describe('with activities that are not applicable', () => {
    const na = { reason: 'no builds', date: '2026-05-01' };
    const views = (entries: Progress, selected: string[] = []) =>
      sectorViews(
        layout,
        scoreAssessment({
          day: TODAY,
          model,
          stages: STAGES,
          progress: entries,
          teams: ['Team A', 'Team B'],
          selected,
          maxLevel: 3,
        }),
      );

    it('dots a sector whose activities all apply to none of the selected teams, apart from empty ones', () => {
      const build2 = views({ [uuidOf('c')]: { 'Team A': { stages: {}, notApplicable: na } } }, ['Team A']).find(
        (v) => v.key === '0:2',
      )!;
      expect(build2.allNotApplicable).toBeTrue();
      expect(build2.empty).toBeFalse();
      expect(build2.fill).toBeUndefined();
      expect(build2.notApplicable).toBe(1);
      expect(build2.dots).toMatch(/^M[-\d.]+,[-\d.]+a1.25,1.25 0 1 0 2.5,0/);
      expect(build2.hatch).toBe('');
      expect(build2.label).toBe('Build (Build and Deployment), level 2: 1 not applicable');
      const build3 = views({}).find((v) => v.key === '0:3')!;
      expect(build3.empty).toBeTrue();
      expect(build3.allNotApplicable).toBeFalse();
      expect(build3.dots).toBe('');
    });

    it('scores the other activities of a sector and names how many are not applicable', () => {
      const entries: Progress = {
        [uuidOf('a')]: { 'Team A': { stages: {}, notApplicable: na }, 'Team B': { stages: {}, notApplicable: na } },
        [uuidOf('b')]: { 'Team A': done },
      };
      const build1 = views(entries).find((v) => v.key === '0:1')!;
      expect(build1.allNotApplicable).toBeFalse();
      expect(build1.dots).toBe('');
      expect(build1.fill).toBe(heatColour(0.5));
      expect(build1.label).toBe('Build (Build and Deployment), level 1: 50%, done: 0 / 1 (+1 not applicable)');
    });

    it('counts an activity for the teams it applies to when only some marked it', () => {
      const entries: Progress = { [uuidOf('c')]: { 'Team A': { stages: {}, notApplicable: na }, 'Team B': done } };
      const build2 = views(entries).find((v) => v.key === '0:2')!;
      expect(build2.allNotApplicable).toBeFalse();
      expect(build2.notApplicable).toBe(0);
      expect(build2.label).toBe('Build (Build and Deployment), level 2: 100%, done: 1 / 1');
    });
  });

  it('keeps the previous view of every sector whose counts are the same object', () => {
    const input = { model, stages: STAGES, progress, teams: ['Team A', 'Team B'], maxLevel: 3, day: TODAY };
    const first = scoreAssessment(input);
    const before = sectorViews(layout, first);
    const edited = { ...input, progress: { ...progress, [uuidOf('d')]: { 'Team A': done } } };
    const after = sectorViews(layout, scoreAssessment(edited, { input, scores: first }), before);
    const changed = after.filter((view, i) => view !== before[i]).map((view) => view.key);
    expect(changed).toEqual(['1:1']);
    expect(after.find((v) => v.key === '1:1')!.percent).toBe(50);
    // Scored from scratch, counts are new objects (but the shared one of sectors without activities).
    const fresh = sectorViews(layout, scoreAssessment(edited), before);
    expect(fresh.filter((view, i) => view === before[i] && !view.empty)).toEqual([]);
  });

  it('uses the singular for one activity', () => {
    expect(sectorLabel('S', 'D', 2, { total: 1, done: 0, score: 0.2 })).toBe('S (D), level 2: 20%, done: 0 / 1');
  });
});
