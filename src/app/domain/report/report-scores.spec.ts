import { modelFixture, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { StatusRules } from '../status/activity-status';
import { Progress, ReportConfig } from '../types';
import { DEFAULT_REPORT_CONFIG } from './report-config';
import { reportActivityCount, reportSections } from './report-rows';
import { reportScores } from './report-scores';

const MODEL = modelFixture({
  D1: {
    S1: [
      ['A', 1],
      ['B', 2],
    ],
    S2: [
      ['C', 1],
      ['E', 3],
    ],
  },
  D2: { S3: [['D', 1]] },
});
const [A, B, C, D] = ['A', 'B', 'C', 'D'].map(uuidOf);
const na = { reason: 'r', date: '2026-01-01' };
const PROGRESS: Progress = {
  [A]: { T1: { stages: { 'Fully implemented': '2026-02-01' } }, T2: { stages: { 'Fully implemented': '2026-02-01' } } },
  [B]: { T1: { stages: { 'Partly implemented': '2026-02-01' } } },
  [C]: { T1: { stages: {}, notApplicable: na }, T2: { stages: {}, notApplicable: na } },
  [D]: { T2: { stages: { Started: '2026-01-05' } } },
};
const TEAMS = ['T1', 'T2', 'T3'];

function summary(config: Partial<ReportConfig>, teams = ['T1', 'T2']) {
  const sections = reportSections({
    model: MODEL,
    rules: new StatusRules(STAGES, TODAY),
    progress: PROGRESS,
    evidence: [],
    teams,
    config: { ...DEFAULT_REPORT_CONFIG, ...config },
    maxLevel: 3,
  });
  const scores = reportScores({
    model: MODEL,
    stages: STAGES,
    day: TODAY,
    progress: PROGRESS,
    teams: TEAMS,
    selected: teams,
    maxLevel: 3,
    sections,
  });
  return { count: reportActivityCount(sections), scores };
}

const listed = (counts: { total: number; notApplicable?: number }) => counts.total + (counts.notApplicable ?? 0);

describe('report summary scores', () => {
  it('counts every activity of an unfiltered report, the one not applicable to all apart', () => {
    const { count, scores } = summary({});
    expect(count).toBe(5);
    expect(scores.overall).toEqual({ total: 4, done: 1, score: (1 + 0.25 + 0 + 0.1) / 4, notApplicable: 1 });
  });

  it('follows the level filter: the summary says what the list holds, not the whole model', () => {
    const { count, scores } = summary({ levels: [1] });
    expect(count).toBe(3);
    expect(listed(scores.overall)).toBe(3);
    expect(scores.byLevel.map(listed)).toEqual([3, 0, 0]);
    expect(scores.overall).toEqual({ total: 2, done: 1, score: (1 + 0.1) / 2, notApplicable: 1 });
  });

  it('follows the sub-dimension filter', () => {
    const { count, scores } = summary({ excludedSubDimensions: ['D1/S1', 'D1/S2'] });
    expect(count).toBe(1);
    expect(scores.dimensions.map((d) => listed(d.counts))).toEqual([0, 1]);
    expect(scores.overall).toEqual({ total: 1, done: 0, score: 0.1 });
  });

  it('follows the status filter: only the activities listed for it are scored', () => {
    const done = summary({ status: 'done' });
    expect(done.count).toBe(1);
    expect(done.scores.overall).toEqual({ total: 1, done: 1, score: 1 });
    const open = summary({ status: 'open' });
    expect(open.count).toBe(3);
    expect(listed(open.scores.overall)).toBe(3);
    expect(open.scores.overall.done).toBe(0);
    const notApplicable = summary({ status: 'not-applicable' });
    expect(notApplicable.scores.overall).toEqual({ total: 0, done: 0, score: null, notApplicable: 1 });
  });

  it('follows the teams: scores are those of the report teams only', () => {
    const { count, scores } = summary({ levels: [2] }, ['T1']);
    expect(count).toBe(1);
    expect(scores.teams).toEqual(['T1']);
    expect(scores.overall).toEqual({ total: 1, done: 0, score: 0.5 });
    // Every dimension and sub-dimension stays, for the heatmap's shape.
    expect(scores.dimensions.map((d) => d.subDimensions.length)).toEqual([2, 1]);
  });
});
