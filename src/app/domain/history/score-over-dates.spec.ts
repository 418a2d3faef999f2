import { modelFixture, STAGES, uuidOf } from '../testing/model-fixture';
import { Progress, Stage, TeamProgress } from '../types';
import { scoreAssessment } from '../scoring/score-assessment';
import { historyDates } from './testing/history-reference';
import { HistoryScoringInput, scoreHistory, scoreOverDates } from './score-over-dates';

const MODEL = modelFixture({
  D1: {
    S1: [
      ['A', 1],
      ['B', 1],
      ['C', 2],
    ],
    S2: [
      ['D', 3],
      ['E', 1],
    ],
  },
  D2: {
    S3: [
      ['F', 2],
      ['G', 4],
    ],
  },
});
const UUIDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(uuidOf);
/** Two titles of one score, a title of a score no other has, and STAGES' 0% stage. */
const STAGES_WITH_TIES: readonly Stage[] = [
  ...STAGES,
  { title: 'Begun', score: 0.2, definition: '' },
  { title: 'Piloted', score: 0.1, definition: '' },
  { title: 'Most', score: 0.7, definition: '' },
];
const TITLES = [...STAGES_WITH_TIES.map((stage) => stage.title), 'Done (another tool)'];
const DAYS = ['2025-12-31', '2026-01-10', '2026-01-20', '2026-02-01', '2026-02-15', '2026-03-01', '2027-01-01'];
const TEAMS = Array.from({ length: 45 }, (_, i) => `Team ${i + 1}`).concat('constructor', 'toString');

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Progress with every kind of change: one to four stages per entry (raised, lowered, several on one
 * day, titles of one score, a 0% stage, a title the definition lacks), "not applicable" marks
 * before, on and after a stage's day (some in the future), entries with no stage, teams with no
 * entry, an activity nobody assessed, one the model lacks, and entries of teams that are not in the list.
 */
function generatedProgress(seed: number): Progress {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const progress: Record<string, Record<string, TeamProgress>> = {};
  for (const uuid of [...UUIDS.slice(0, -1), 'uuid-not-in-the-model']) {
    const entries: Record<string, TeamProgress> = {};
    for (const team of [...TEAMS, 'Gone team']) {
      if (next() < 0.15) continue;
      const stages: Record<string, string> = {};
      const count = Math.floor(next() * 5);
      for (let i = 0; i < count; i++) stages[pick(TITLES)] = pick(DAYS);
      const marked = next() < 0.2;
      entries[team] = marked
        ? { stages, notApplicable: { reason: next() < 0.5 ? 'not ours' : '', date: pick(DAYS) } }
        : { stages };
    }
    progress[uuid] = entries;
  }
  return progress;
}

describe('scoring every date at once', () => {
  it('equals scoring each date on its own, for any teams, levels and dates', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const progress = generatedProgress(seed);
      const cases: { label: string; input: HistoryScoringInput }[] = [
        { label: 'all teams', input: { model: MODEL, stages: STAGES_WITH_TIES, progress, teams: TEAMS } },
        {
          label: 'a few teams, looked up',
          input: {
            model: MODEL,
            stages: STAGES_WITH_TIES,
            progress,
            teams: TEAMS,
            selected: ['Team 3', 'constructor'],
          },
        },
        {
          label: 'many teams, walked, one twice',
          input: {
            model: MODEL,
            stages: STAGES_WITH_TIES,
            progress,
            teams: TEAMS,
            selected: [...TEAMS.slice(5, 45), 'Team 7'],
          },
        },
        {
          label: 'levels up to 2, the standard stages',
          input: { model: MODEL, stages: STAGES, progress, teams: TEAMS, maxLevel: 2 },
        },
        { label: 'no team', input: { model: MODEL, stages: STAGES, progress, teams: [] } },
      ];
      for (const { label, input } of cases) {
        // The history's own dates, and days between them, before them, after them and repeated.
        const dates = [
          ...historyDates(progress, input.stages, '2026-06-30', input.selected),
          '2026-01-15',
          '2025-01-01',
          '2028-01-01',
          '2026-02-01',
        ];
        // The history's dates found in the same pass, and its scores.
        for (const today of ['2026-06-30', '2026-02-01', '2025-06-01']) {
          const history = scoreHistory(input, today);
          const teams = input.selected ?? input.teams;
          expect(history.dates)
            .withContext(`seed ${seed}, ${label}, ${today}`)
            .toEqual(historyDates(progress, input.stages, today, teams));
          expect(history.scores).toEqual(history.dates.map((day) => scoreAssessment({ ...input, day })));
        }
        const together = scoreOverDates(input, dates);
        expect(together.length).toBe(dates.length);
        dates.forEach((day, i) => {
          expect(together[i])
            .withContext(`seed ${seed}, ${label}, ${day}`)
            .toEqual(scoreAssessment({ ...input, day }));
        });
      }
    }
  });

  it('lets a "not applicable" mark win from its day on, over stages of that day and later', () => {
    const progress: Progress = {
      [UUIDS[0]]: {
        T1: {
          stages: { Started: '2026-01-01', 'Fully implemented': '2026-02-01' },
          notApplicable: { reason: '', date: '2026-02-01' },
        },
        T2: { stages: { 'Partly implemented': '2026-01-15' } },
      },
    };
    const scores = scoreOverDates({ model: MODEL, stages: STAGES, progress, teams: ['T1', 'T2'] }, [
      '2025-12-31',
      '2026-01-01',
      '2026-01-15',
      '2026-02-01',
    ]);
    expect(scores.map((s) => s.activities.get(UUIDS[0]))).toEqual([
      { score: 0, done: false, assessed: 0 },
      { score: 0.1, done: false, assessed: 1 },
      { score: 0.35, done: false, assessed: 2 },
      { score: 0.5, done: false, notApplicable: 1, assessed: 2 },
    ]);
  });
});
