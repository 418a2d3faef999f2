import { modelFixture, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { Progress } from '../types';
import { movesBetween } from './as-of';
import { scoreHistory } from './score-over-dates';
import { historyDates, scoreAsOf, scoreOverTime } from './testing/history-reference';
import { lineChartLayout } from './line-chart';

const MODEL = modelFixture({
  D1: {
    S: [
      ['A', 1],
      ['B', 1],
    ],
  },
  D2: { S2: [['C', 1]] },
});
const [A, B, C] = ['A', 'B', 'C'].map(uuidOf);
const PROGRESS: Progress = {
  [A]: {
    T1: { stages: { Started: '2026-01-10', 'Partly implemented': '2026-02-01', 'Fully implemented': '2026-03-01' } },
  },
  [B]: {
    T2: { stages: { 'Fully implemented': '2026-02-01', 'Partly implemented': '2026-02-01', Started: '2026-02-01' } },
  },
  [C]: { T1: { stages: {}, notApplicable: { reason: 'r', date: '2026-02-15' } } },
};
const input = { model: MODEL, stages: STAGES, progress: PROGRESS, teams: ['T1', 'T2'], day: TODAY };

describe('as-of-date scoring', () => {
  it('lists every date of the progress once, in order, for the chosen teams, ending today', () => {
    expect(historyDates(PROGRESS, STAGES, '2026-03-01')).toEqual([
      '2026-01-10',
      '2026-02-01',
      '2026-02-15',
      '2026-03-01',
    ]);
    expect(historyDates(PROGRESS, STAGES, TODAY, ['T2'])).toEqual(['2026-02-01', TODAY]);
    expect(historyDates({}, STAGES, TODAY)).toEqual([]);
  });

  it('shows no date for a title the stages lack: nothing is scored on it', () => {
    // "Done" from another tool is kept in the data but never scored (StatusRules lists it as unknown).
    const odd: Progress = { [A]: { T1: { stages: { Started: '2026-01-10', Done: '2026-02-20' } } } };
    expect(scoreHistory({ ...input, progress: odd }, TODAY).dates).toEqual(['2026-01-10', TODAY]);
    const only: Progress = { [A]: { T1: { stages: { Done: '2026-02-20' } } } };
    expect(scoreHistory({ ...input, progress: only }, TODAY)).toEqual({ dates: [], scores: [] });
  });

  it('finds the same dates whether a few teams are looked up or many are walked', () => {
    const others = Array.from({ length: 40 }, (_, i) => `Other ${i}`);
    const datesOf = (teams: string[]) => scoreHistory({ ...input, selected: teams }, TODAY).dates;
    for (const teams of [['T1'], ['T2'], ['T1', 'T2'], ['constructor', 'toString']]) {
      expect(datesOf([...teams, ...others]))
        .withContext(teams.join())
        .toEqual(datesOf(teams));
    }
    expect(datesOf(['T2'])).toEqual(historyDates(PROGRESS, STAGES, TODAY, ['T2']));
    expect(datesOf(['constructor'])).toEqual([]);
  });

  it('ends the timeline today when a file holds dates in the future', () => {
    const planned: Progress = { [A]: { T1: { stages: { Started: '2026-11-01', 'Fully implemented': '2027-03-01' } } } };
    expect(historyDates(planned, STAGES, TODAY)).toEqual(['2026-11-01', TODAY]);
    const over = scoreOverTime({ ...input, progress: planned, selected: ['T1'] }, historyDates(planned, STAGES, TODAY));
    // Started counts, the planned Fully implemented does not (yet): 0.2 over 3 activities.
    expect(over.teams[0].values).toEqual([0.2 / 3, 0.2 / 3]);
  });

  it('scores the heatmap as it stood at a date', () => {
    const team1 = { ...input, selected: ['T1'] };
    expect(scoreAsOf(team1, '2026-01-10').activities.get(A)?.score).toBe(0.2);
    expect(scoreAsOf(team1, '2026-03-01').activities.get(A)?.score).toBe(1);
    expect(scoreAsOf(team1, '2026-02-14').dimensions[1].counts.total).toBe(1);
    expect(scoreAsOf(team1, '2026-02-15').dimensions[1].counts).toEqual({
      total: 0,
      done: 0,
      score: null,
      notApplicable: 1,
    });
  });

  it('gives the score over time per team and per dimension', () => {
    const dates = historyDates(PROGRESS, STAGES, '2026-03-01');
    const over = scoreOverTime(input, dates);
    // T1: A 0.2 -> 0.5 -> 1 over 3 activities (B, C at 0), C leaves the mean on 2026-02-15.
    expect(over.teams.map((s) => s.label)).toEqual(['T1', 'T2']);
    expect(over.teams[0].values).toEqual([0.2 / 3, 0.5 / 3, 0.25, 0.5]);
    expect(over.teams[1].values).toEqual([0, 1 / 3, 1 / 3, 1 / 3]);
    expect(over.dimensions.map((s) => s.label)).toEqual(['D1', 'D2']);
    expect(over.dimensions[0].values).toEqual([0.05, 0.375, 0.375, 0.5]);
    // The heatmap replayed at each date is the selected teams' scoring as of that date.
    dates.forEach((date, i) => expect(over.scores[i]).withContext(date).toEqual(scoreAsOf(input, date)));
    const t2 = scoreOverTime({ ...input, selected: ['T2'] }, dates);
    expect(t2.scores.map((s) => s.overall.score)).toEqual([0, 1 / 3, 1 / 3, 1 / 3]);
  });

  it('lists what moved from the start of one date to the end of another, in either order', () => {
    const { moves, total } = movesBetween(MODEL, STAGES, PROGRESS, ['T1', 'T2'], '2026-02-20', '2026-01-10');
    // What was reached on the first date counts: T1 started A on 2026-01-10.
    expect(moves.map((m) => [m.name, m.team, m.before.stage?.title, m.after.stage?.title, m.kind])).toEqual([
      ['A', 'T1', undefined, 'Partly implemented', 'up'],
      ['B', 'T2', undefined, 'Fully implemented', 'up'],
      ['C', 'T1', undefined, undefined, 'not-applicable'],
    ]);
    expect(total).toBe(3);
    const later = movesBetween(MODEL, STAGES, PROGRESS, ['T1', 'T2'], '2026-01-11', '2026-02-20');
    expect(later.moves.map((m) => [m.name, m.before.stage?.title])).toEqual([
      ['A', 'Started'],
      ['B', undefined],
      ['C', undefined],
    ]);
  });

  it('lists what moved on a day when both dates are that day', () => {
    // Every stage of the data on one date: that day's moves, not "nothing moved".
    const { moves, total } = movesBetween(MODEL, STAGES, PROGRESS, ['T1', 'T2'], '2026-02-01', '2026-02-01');
    expect(moves.map((m) => [m.name, m.team, m.before.stage?.title, m.after.stage?.title])).toEqual([
      ['A', 'T1', 'Started', 'Partly implemented'],
      ['B', 'T2', undefined, 'Fully implemented'],
    ]);
    expect(total).toBe(2);
    expect(movesBetween(MODEL, STAGES, PROGRESS, ['T2'], '2026-03-01', '2026-03-01')).toEqual({ moves: [], total: 0 });
  });

  it('lists the first moves only when asked for fewer, and counts them all', () => {
    const { moves, total } = movesBetween(MODEL, STAGES, PROGRESS, ['T1', 'T2'], '2026-02-20', '2026-01-10', 2);
    expect(moves.map((m) => m.name)).toEqual(['A', 'B']);
    expect(total).toBe(3);
  });

  it('lists the moves of many teams in the order of the teams given, and counts the others', () => {
    // Many teams are found by walking the entries (file order), then put in the order asked for.
    const teams = Array.from({ length: 40 }, (_, i) => `T${i + 1}`);
    const progress: Progress = {
      [A]: Object.fromEntries(
        teams.map((team, i) => [
          team,
          {
            stages: (i % 4 === 0
              ? { 'Not implemented': '2026-02-01' }
              : { Started: i % 2 ? '2026-02-01' : '2026-01-01' }) as Record<string, string>,
          },
        ]),
      ),
      [C]: { T3: { stages: { Started: '2026-01-01' }, notApplicable: { reason: '', date: '2026-02-01' } } },
    };
    const asked = [...teams].reverse();
    const { moves, total } = movesBetween(MODEL, STAGES, progress, asked, '2026-01-15', '2026-03-01');
    // Odd positions reached Started in between; a 0% stage after "not assessed" is no move.
    const up = asked.filter((team) => Number(team.slice(1)) % 2 === 0);
    expect(moves.map((m) => [m.team, m.kind])).toEqual([...up.map((team) => [team, 'up']), ['T3', 'not-applicable']]);
    expect(total).toBe(21);
    const first = movesBetween(MODEL, STAGES, progress, asked, '2026-01-15', '2026-03-01', 3);
    expect(first.moves.map((m) => m.team)).toEqual(up.slice(0, 3));
    expect(first.total).toBe(21);
    expect(first.moves[0].before.kind).toBe('not-assessed');
    expect(first.moves[0].after.stage?.title).toBe('Started');
  });

  it('draws a line for the first teams only when asked, and scores the dimensions for all of them', () => {
    const dates = historyDates(PROGRESS, STAGES, '2026-03-01');
    const over = scoreOverTime(input, dates, 1);
    expect(over.teams.map((s) => s.label)).toEqual(['T1']);
    expect(over.teams[0].values).toEqual(scoreOverTime(input, dates).teams[0].values);
    expect(over.dimensions).toEqual(scoreOverTime(input, dates).dimensions);
  });

  it('scores one team of many as it scores that team alone', () => {
    // Few selected teams are looked up in an activity's entries rather than found among them.
    const teams = Array.from({ length: 100 }, (_, i) => `T${i + 1}`);
    const many: Progress = {
      [A]: Object.fromEntries(
        teams.map((team, i) => [team, { stages: i % 2 ? { Started: '2026-01-10' } : ({} as Record<string, string>) }]),
      ),
      [B]: { T2: PROGRESS[B]['T2'] },
    };
    const one = scoreAsOf({ ...input, progress: many, teams, selected: ['T2'] }, '2026-03-01');
    expect(one.activities.get(A)?.score).toBe(0.2);
    expect(one.activities.get(B)?.score).toBe(1);
    expect(one.assessed).toBe(2);
    const few = scoreAsOf({ ...input, progress: many, teams, selected: teams.slice(0, 40) }, '2026-03-01');
    const fewer = scoreAsOf({ ...input, progress: many, teams, selected: teams.slice(0, 20) }, '2026-03-01');
    expect(few.activities.get(A)?.score).toBeCloseTo(0.1);
    expect(fewer.activities.get(A)?.score).toBeCloseTo(0.1);
    expect(fewer.assessed).toBe(11);
  });
});

describe('score-over-time chart', () => {
  it('places dates by their distance and breaks lines where there is nothing to score', () => {
    const layout = lineChartLayout(
      ['2026-01-01', '2026-01-02', '2026-01-11'],
      [{ key: 'k', label: 'L', values: [0, null, 1] }],
      544,
      240,
    );
    expect(layout.xOf('2026-01-01')).toBe(44);
    expect(layout.xOf('2026-01-11')).toBe(528);
    expect(layout.xOf('2026-01-02')).toBeCloseTo(44 + 48.4, 1);
    expect(layout.lines[0].points.length).toBe(2);
    expect(layout.lines[0].path.match(/M/g)?.length).toBe(2);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });

  it('names each day once on the axis, whether the dates are one, a day apart or years apart', () => {
    const series = (n: number) => [{ key: 'k', label: 'L', values: Array<number>(n).fill(0.5) }];
    const labels = (dates: string[], width: number) => lineChartLayout(dates, series(dates.length), width, 240).xTicks;
    // One date: one point in the middle, named once (it read "Dec 7, Dec 7, Dec 8", the point at the left).
    const one = lineChartLayout(['2026-12-07'], series(1), 544, 240);
    expect(one.xTicks).toEqual([{ x: 286, date: '2026-12-07' }]);
    expect(one.lines[0].points).toEqual([
      { x: 286, y: one.lines[0].points[0].y, date: '2026-12-07', value: 0.5, together: [] },
    ]);
    expect(one.xOf('2026-12-07')).toBe(286);
    for (const width of [390, 544, 1280]) {
      expect(labels(['2026-12-06', '2026-12-07'], width).map((t) => t.date))
        .withContext(`a day apart, ${width}`)
        .toEqual(['2026-12-06', '2026-12-07']);
      const years = labels(['2019-05-03', '2021-03-01', '2024-06-10', '2026-12-07'], width).map((t) => t.date);
      expect(new Set(years).size).withContext(`years apart, ${width}`).toBe(years.length);
      expect(years.length).toBeGreaterThan(1);
      const week = labels(['2026-12-01', '2026-12-03', '2026-12-07'], width).map((t) => t.date);
      expect(new Set(week).size).withContext(`a week, ${width}`).toBe(week.length);
    }
  });

  it('draws lines at the same place side by side, not over each other, and names them together', () => {
    const dates = ['2026-01-01', '2026-02-01'];
    const layout = lineChartLayout(
      dates,
      [
        { key: 'a', label: 'Team A', values: [0.2, 0.5] },
        { key: 'b', label: 'Team B', values: [0.2, 0.6] },
        { key: 'c', label: 'Team C', values: [0.1, 0.6] },
      ],
      544,
      240,
    );
    const [a, b, c] = layout.lines;
    // January: A and B at 20%, their points side by side around the date, their lines a stroke apart.
    expect(a.points[0].together).toEqual(['Team A', 'Team B']);
    expect(b.points[0].together).toEqual(['Team A', 'Team B']);
    expect(a.points[0].x).toBe(layout.xOf(dates[0]) - 3);
    expect(b.points[0].x).toBe(layout.xOf(dates[0]) + 3);
    expect(b.points[0].y - a.points[0].y).toBe(2);
    expect(c.points[0]).toEqual({
      x: layout.xOf(dates[0]),
      y: c.points[0].y,
      date: dates[0],
      value: 0.1,
      together: [],
    });
    // February: B and C at 60%, A alone at 50%.
    expect(b.points[1].together).toEqual(['Team B', 'Team C']);
    expect(c.points[1].x - b.points[1].x).toBe(6);
    expect(a.points[1].together).toEqual([]);

    // The same values throughout: two lines, each seen, rather than one.
    const twins = lineChartLayout(
      dates,
      [
        { key: 'a', label: 'Team A', values: [0.2, 0.5] },
        { key: 'b', label: 'Team B', values: [0.2, 0.5] },
      ],
      544,
      240,
    );
    expect(twins.lines[0].path).not.toBe(twins.lines[1].path);
    // One date (no line to see): the points are bigger and further apart.
    const one = lineChartLayout(
      ['2026-12-07'],
      [
        { key: 'a', label: 'Team A', values: [0.2] },
        { key: 'b', label: 'Team B', values: [0.2] },
      ],
      544,
      240,
    );
    expect(one.pointRadius).toBe(4);
    expect(one.lines.map((line) => line.points[0].x)).toEqual([281.5, 290.5]);
    expect(one.lines[0].points[0].y).toBe(one.lines[1].points[0].y);
  });

  it('zooms the score axis to a round top above the highest value', () => {
    const low = lineChartLayout(['2026-01-01'], [{ key: 'k', label: 'L', values: [0.03] }], 400, 240);
    expect(low.yTicks.map((t) => t.label)).toEqual(['0%', '1%', '2%', '3%', '4%']);
    const mid = lineChartLayout(['2026-01-01'], [{ key: 'k', label: 'L', values: [0.15] }], 400, 240);
    expect(mid.yTicks.map((t) => t.label)).toEqual(['0%', '5%', '10%', '15%', '20%']);
  });
});
