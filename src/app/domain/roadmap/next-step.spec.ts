import { modelFixture, STAGES, uuidOf } from '../testing/model-fixture';
import { Progress, TeamProgress } from '../types';
import { nextSteps } from './next-step';

const MODEL = modelFixture({
  D1: {
    S1: [
      ['A1', 1],
      ['B2', 2],
      ['F4', 4],
    ],
    S2: [
      ['C1', 1],
      ['D2', 2],
    ],
  },
  D2: { S3: [['E2', 2]] },
});
const [A1, C1, B2, D2, E2] = ['A1', 'C1', 'B2', 'D2', 'E2'].map(uuidOf);
const full: TeamProgress = { stages: { 'Fully implemented': '2026-01-01', Started: '2025-12-01' } };
const partly: TeamProgress = { stages: { 'Partly implemented': '2026-01-01' } };
const unknownStage: TeamProgress = { stages: { Done: '2026-01-01' } };
const na = (stages: TeamProgress['stages'] = {}): TeamProgress => ({
  stages,
  notApplicable: { reason: 'r', date: '2026-01-01' },
});

const DAY = '2026-06-01';
const step = (progress: Progress, maxLevel = 3) =>
  nextSteps({ model: MODEL, stages: STAGES, progress, teams: ['T'], maxLevel, day: DAY })[0];

describe('next step without a target', () => {
  const cases: { what: string; progress: Progress; level?: number; open: number }[] = [
    { what: 'nothing assessed: level 1, all of it', progress: {}, level: 1, open: 2 },
    { what: 'level 1 half done', progress: { [A1]: { T: full }, [C1]: { T: partly } }, level: 1, open: 1 },
    {
      what: 'level 1 done or not applicable: level 2',
      progress: { [A1]: { T: full }, [C1]: { T: na() } },
      level: 2,
      open: 3,
    },
    {
      what: 'a not-applicable mark wins over an earlier stage',
      progress: { [A1]: { T: full }, [C1]: { T: na({ Started: '2025-01-01' }) }, [B2]: { T: full } },
      level: 2,
      open: 2,
    },
    {
      what: 'a stage title the definition lacks is not fully implemented',
      progress: { [A1]: { T: full }, [C1]: { T: unknownStage } },
      level: 1,
      open: 1,
    },
    {
      what: 'a stage dated after today does not count yet',
      progress: { [A1]: { T: full }, [C1]: { T: { stages: { 'Fully implemented': '2026-09-01' } } } },
      level: 1,
      open: 1,
    },
    {
      what: 'an explicit “Not implemented” is still to do',
      progress: { [A1]: { T: full }, [C1]: { T: { stages: { 'Not implemented': '2026-01-01' } } } },
      level: 1,
      open: 1,
    },
    {
      what: 'another team’s progress does not count',
      progress: { [A1]: { Other: full }, [C1]: { Other: full } },
      level: 1,
      open: 2,
    },
    {
      what: 'every level up to the highest shown completed (level 4 is not shown)',
      progress: { [A1]: { T: full }, [C1]: { T: full }, [B2]: { T: full }, [D2]: { T: na() }, [E2]: { T: full } },
      open: 0,
    },
  ];
  for (const c of cases) {
    it(c.what, () => {
      const result = step(c.progress);
      expect(result).toEqual(
        c.level === undefined ? { team: 'T', open: c.open } : { team: 'T', level: c.level, open: c.open },
      );
    });
  }

  it('looks at levels up to the highest shown, and answers for each team in order', () => {
    const done: Progress = {
      [A1]: { T: full },
      [C1]: { T: full },
      [B2]: { T: full },
      [D2]: { T: full },
      [E2]: { T: full },
    };
    expect(step(done, 5)).toEqual({ team: 'T', level: 4, open: 1 });
    expect(
      nextSteps({
        model: MODEL,
        stages: STAGES,
        progress: { [A1]: { U: full }, [C1]: { U: full } },
        teams: ['U', 'T'],
        maxLevel: 3,
        day: DAY,
      }),
    ).toEqual([
      { team: 'U', level: 2, open: 3 },
      { team: 'T', level: 1, open: 2 },
    ]);
  });
});
