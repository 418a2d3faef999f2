import { evidenceFixture } from '../testing/evidence-fixture';
import { modelFixture, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { evidenceSummaries } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { Evidence, Progress, Targets, Teams } from '../types';
import {
  BreakdownRow,
  executiveSummary,
  ExecutiveInput,
  NO_GROUP_LABEL,
  pairsNoun,
  towardText,
} from './executive-summary';

const MODEL = modelFixture({
  D1: {
    S1: [
      ['A', 1],
      ['B', 2],
    ],
    S2: [['C', 1]],
  },
  D2: {
    S3: [
      ['D', 1],
      ['E', 2],
    ],
  },
});
const [A, B, C, D] = ['A', 'B', 'C', 'D'].map(uuidOf);
const SINCE = '2026-06-01';
const PROGRESS: Progress = {
  [A]: {
    T1: { stages: { 'Fully implemented': '2026-03-01' } },
    // Started before the day the change is counted from, done after it.
    T2: { stages: { Started: '2026-02-01', 'Fully implemented': '2026-08-01' } },
  },
  [B]: { T1: { stages: { 'Partly implemented': '2026-07-01' } } },
  [C]: {
    T1: { stages: { 'Not implemented': '2026-09-01' } },
    T2: { stages: {}, notApplicable: { reason: 'SaaS', date: '2025-11-01' } },
  },
  [D]: { T3: { stages: { Started: '2025-01-01' } } },
};
const EVIDENCE: Evidence[] = [
  // Reviewed over a year ago and changed since: due (from the review) and changed after review.
  evidenceFixture('e1', {
    activityUuid: B,
    teams: ['T1'],
    evidenceRecorded: '2025-10-01',
    reviewer: 'Kim',
    reviewed: '2025-11-15',
    reviewedDigest: 'what Kim saw',
  }),
];
const TEAMS: Teams = { names: ['T1', 'T2', 'T3', 'T4'], groups: { G1: ['T1', 'T2'], G2: ['T3'] } };

function summary(fields: Partial<ExecutiveInput> = {}) {
  return executiveSummary({
    model: MODEL,
    stages: STAGES,
    progress: PROGRESS,
    evidence: EVIDENCE,
    teams: TEAMS,
    selected: ['T1', 'T2'],
    maxLevel: 2,
    day: TODAY,
    since: SINCE,
    review: { evidence: evidenceSummaries(EVIDENCE, TODAY), interval: monthsInterval(12) },
    targets: { '*': 1, T2: 2 },
    ...fields,
  });
}

describe('executive summary', () => {
  it('gives the overall score now and its change since the day, from the stage dates', () => {
    // Now: A done by both (1), B half for T1 (0.25), C 0 for T1 (n/a for T2), D and E 0: 1.25 / 5.
    // On 1 Jun: A done by T1, started by T2 (0.6), nothing else yet: 0.6 / 5.
    expect(summary().overall).toEqual({ percent: 25, before: 12, change: 13 });
  });

  it('says which way the score moved when the whole points hide it (0% to 0%: not "no change")', () => {
    // 150 activities, one started by T1 after the day: 0.2 / 150 = 0.13%, 0% before and after.
    const many = modelFixture({ D1: { S1: Array.from({ length: 150 }, (_, i): [string, number] => [`X${i}`, 1]) } });
    const started: Progress = { [uuidOf('X0')]: { T1: { stages: { Started: '2026-08-01' } } } };
    const overall = summary({ model: many, progress: started, evidence: [], selected: ['T1'] }).overall;
    expect(overall).toEqual({ percent: 0, before: 0, change: 0, under: 1 });
    // Nothing moved: no direction.
    expect(summary({ model: many, progress: {}, evidence: [], selected: ['T1'] }).overall).toEqual({
      percent: 0,
      before: 0,
      change: 0,
    });
  });

  it('counts coverage now and then: activity x team pairs with a stage or a mark', () => {
    expect(summary().coverage).toEqual({ assessed: 5, assessable: 10, before: 3 });
  });

  it('scores each dimension with its change', () => {
    expect(summary().dimensions.map(({ name, percent, before, change }) => [name, percent, before, change])).toEqual([
      ['D1', 42, 20, 22],
      ['D2', 0, 0, 0],
    ]);
  });

  const cases: { name: string; teams: Teams; selected: string[]; kind: string; labels: string[]; more?: number }[] = [
    {
      name: 'teams of one group: a row per team',
      teams: TEAMS,
      selected: ['T1', 'T2'],
      kind: 'team',
      labels: ['T1', 'T2'],
    },
    {
      name: 'teams of several groups: a row per group, and the teams in none',
      teams: TEAMS,
      selected: ['T1', 'T2', 'T3', 'T4'],
      kind: 'group',
      labels: ['G1', 'G2', NO_GROUP_LABEL],
    },
    {
      name: 'more than 12 teams in one group: the group and the rest',
      teams: { names: teamNames(14), groups: { Big: teamNames(13) } },
      selected: teamNames(14),
      kind: 'group',
      labels: ['Big', NO_GROUP_LABEL],
    },
    {
      name: 'more than 12 teams and no group: the total only',
      teams: { names: teamNames(13), groups: {} },
      selected: teamNames(13),
      kind: 'none',
      labels: [],
    },
    {
      name: 'more than 12 groups: the first 12, and how many more',
      teams: { names: teamNames(14), groups: Object.fromEntries(teamNames(14).map((t) => [`G ${t}`, [t]])) },
      selected: teamNames(14),
      kind: 'group',
      labels: teamNames(12).map((t) => `G ${t}`),
      more: 2,
    },
  ];
  for (const c of cases) {
    it(`breaks the scores down: ${c.name}`, () => {
      const result = summary({ teams: c.teams, selected: c.selected });
      expect(result.breakdown).toBe(c.kind);
      expect(result.rows.map((row) => row.label)).toEqual(c.labels);
      expect(result.moreRows).toBe(c.more ?? 0);
      expect(result.teams).toEqual(c.selected);
    });
  }

  it('says what a group row has to do as a team row says it: open pairs, to which levels, target or next step', () => {
    const all = ['T1', 'T2', 'T3', 'T4'];
    const rows = summary({ selected: all }).rows;
    // G1: T1 toward the all-teams target 1, T2 toward its own 2; G2 and the rest: level 1.
    expect(rows.map((row) => [row.label, towardText(row)])).toEqual([
      ['G1', `${rows[0].open} to levels 1–2 (target)`],
      ['G2', `${rows[1].open} to level 1 (target)`],
      [NO_GROUP_LABEL, `${rows[2].open} to level 1 (target)`],
    ]);
    // Without an all-teams target, T1 works toward its next step: the group says both.
    const mixed = summary({ selected: all, targets: { T2: 2 } }).rows;
    expect(towardText(mixed[0])).toBe(`${mixed[0].open} to levels 1–2 (target or next step)`);
    expect(towardText(mixed[1])).toBe(`${mixed[1].open} to level 1 (next step)`);
    expect(towardText({ open: 0 })).toBe('every level done');
  });

  it('counts pairs as activities when one team is summed up', () => {
    expect([pairsNoun(1, 1), pairsNoun(26, 1), pairsNoun(1, 2), pairsNoun(26, 3)]).toEqual([
      'activity',
      'activities',
      'activity × team pair',
      'activity × team pairs',
    ]);
  });

  it("gives each team's score, change, dimensions, coverage, gap toward its target and what is due", () => {
    const [t1, t2] = summary().rows;
    expect(t1).toEqual({
      label: 'T1',
      teams: ['T1'],
      percent: 30,
      before: 20,
      change: 10,
      dimensions: [50, 0],
      assessed: 3,
      assessable: 5,
      open: 2,
      toward: { level: 1, kind: 'target' },
      due: 1,
    });
    // C does not apply to T2: left out of its score (1 / 4).
    expect([t2.percent, t2.before, t2.change, t2.open, t2.toward, t2.due]).toEqual([
      25,
      5,
      20,
      3,
      { level: 2, kind: 'target' },
      1,
    ]);
  });

  const gapCases: {
    name: string;
    targets?: Targets;
    top: string[];
    pairs: number;
    toward: BreakdownRow['toward'][];
  }[] = [
    {
      name: 'targets: the activities open for most teams first, then the lower level',
      targets: { '*': 1, T2: 2 },
      top: ['D', 'C', 'B', 'E'],
      pairs: 5,
      toward: [
        { level: 1, kind: 'target' },
        { level: 2, kind: 'target' },
      ],
    },
    {
      name: "no targets: each team's next step (the lowest level it has not completed)",
      targets: undefined,
      top: ['D', 'C'],
      pairs: 3,
      toward: [
        { level: 1, kind: 'next step' },
        { level: 1, kind: 'next step' },
      ],
    },
  ];
  for (const c of gapCases) {
    it(`lists the top gaps: ${c.name}`, () => {
      const result = summary({ targets: c.targets });
      expect(result.gaps.top.map((line) => line.activity.name)).toEqual(c.top);
      expect(result.gaps.top[0].teams).toEqual(['T1', 'T2']);
      expect(result.gaps.pairs).toBe(c.pairs);
      expect(result.rows.map((row) => row.toward)).toEqual(c.toward);
    });
  }

  it('lists what is due for review, the longest overdue first, and counts evidence changed after review', () => {
    const { due } = summary();
    expect(due.top.map((item) => [item.team, item.activity.name, item.status.review!.by])).toEqual([
      ['T2', 'C', '2026-11-01'],
      ['T1', 'B', '2026-11-15'],
    ]);
    expect(due.pairs).toBe(2);
    expect(due.changedAfterReview).toBe(1);
    // Another team's evidence is not the selection's.
    expect(summary({ selected: ['T3'] }).due.changedAfterReview).toBe(0);
  });

  it('reads only the activities it is given (the report filtered by level)', () => {
    const levelOne = modelFixture({ D1: { S1: [['A', 1]], S2: [['C', 1]] }, D2: { S3: [['D', 1]] } });
    const result = summary({ model: levelOne });
    expect(result.coverage.assessable).toBe(6);
    expect(result.due.top.map((item) => item.activity.name)).toEqual(['C']);
    expect(result.gaps.top.map((line) => line.activity.name)).toEqual(['D', 'C']);
  });
});

function teamNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Team ${String(i + 1).padStart(2, '0')}`);
}
