import { activityFixture, modelFixture, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { monthsInterval } from '../review/review-interval';
import { ActivityStatus, evidenceSummaries, StatusRules, statusText } from '../status/activity-status';
import { reviewedStatus } from '../review/review-context';
import { Evidence, Progress, ReportConfig } from '../types';
import { DEFAULT_REPORT_CONFIG, readReportConfig, REPORT_STATUSES } from './report-config';
import { reportActivityCount, reportSections } from './report-rows';
import { capWords } from './word-cap';

const MODEL = modelFixture({
  D1: {
    S1: [
      ['A', 1],
      ['B', 2],
    ],
    S2: [['C', 1]],
  },
  D2: { S3: [['D', 1]] },
});
const [A, C] = ['A', 'C'].map(uuidOf);
const PROGRESS: Progress = {
  [A]: {
    T1: { stages: { 'Fully implemented': '2026-02-01', Started: '2026-01-01' } },
    T2: { stages: { Started: '2026-01-05' } },
  },
  [C]: { T2: { stages: {}, notApplicable: { reason: 'r', date: '2026-01-01' } } },
};
const EVIDENCE: Evidence[] = [
  {
    id: 'e1',
    activityUuid: A,
    teams: ['T1'],
    title: 'Pipeline',
    description: '',
    evidenceRecorded: '2026-02-01',
    reviewer: '',
    attachments: [],
  },
  {
    id: 'e2',
    activityUuid: A,
    teams: ['T3'],
    title: 'Other team',
    description: '',
    evidenceRecorded: '2026-02-01',
    reviewer: '',
    attachments: [],
  },
];
const run = (config: Partial<ReportConfig>, teams = ['T1', 'T2']) =>
  reportSections({
    model: MODEL,
    rules: new StatusRules(STAGES, TODAY),
    progress: PROGRESS,
    evidence: EVIDENCE,
    teams,
    config: { ...DEFAULT_REPORT_CONFIG, ...config },
    maxLevel: 5,
  });
const shape = (sections: ReturnType<typeof run>) =>
  sections.map((s) => [
    s.dimension,
    s.groups.map((g) => [g.title, g.entries.map((e) => `${e.activity.name}:${e.teams.join('+')}`)]),
  ]);

describe('report rows', () => {
  it('groups by stage within each dimension, highest stage first, then not assessed and not applicable', () => {
    expect(shape(run({}))).toEqual([
      [
        'D1',
        [
          ['Fully implemented', ['A:T1']],
          ['Started', ['A:T2']],
          ['Not assessed', ['B:T1+T2', 'C:T1']],
          ['Not applicable', ['C:T2']],
        ],
      ],
      ['D2', [['Not assessed', ['D:T1+T2']]]],
    ]);
    const sections = run({});
    expect(sections[0].groups[0].entries[0].standing('T1').status.date).toBe('2026-02-01');
    expect(sections[0].groups[0].entries[0].evidence.map((e) => e.id)).toEqual(['e1']);
  });

  it('groups by team', () => {
    expect(shape(run({ groupBy: 'team', levels: [1], excludedSubDimensions: ['D1/S2'] }))).toEqual([
      [
        'D1',
        [
          ['T1', ['A:T1']],
          ['T2', ['A:T2']],
        ],
      ],
      [
        'D2',
        [
          ['T1', ['D:T1']],
          ['T2', ['D:T2']],
        ],
      ],
    ]);
  });

  it('filters by status per team', () => {
    expect(shape(run({ status: 'done' }))).toEqual([['D1', [['Fully implemented', ['A:T1']]]]]);
    expect(shape(run({ status: 'not-applicable' }))).toEqual([['D1', [['Not applicable', ['C:T2']]]]]);
    const open = run({ status: 'open' });
    expect(reportActivityCount(open)).toBe(4);
    expect(shape(open)[0][1]).not.toContain(jasmine.arrayContaining(['Fully implemented']));
  });

  it('lists only what is due for review, and says so in each standing', () => {
    // Six months: T1's evidence (1 Feb) and T2's stage (5 Jan) and mark (1 Jan) are due by TODAY.
    const due = (months: number) =>
      reportSections({
        model: MODEL,
        rules: new StatusRules(STAGES, TODAY),
        progress: PROGRESS,
        evidence: EVIDENCE,
        teams: ['T1', 'T2'],
        config: { ...DEFAULT_REPORT_CONFIG, status: 'due' },
        maxLevel: 5,
        review: { evidence: evidenceSummaries(EVIDENCE, TODAY), interval: monthsInterval(months) },
      });
    expect(shape(due(6))).toEqual([
      [
        'D1',
        [
          ['Fully implemented', ['A:T1']],
          ['Started', ['A:T2']],
          ['Not applicable', ['C:T2']],
        ],
      ],
    ]);
    expect(due(6)[0].groups[0].entries[0].standing('T1').status.review).toEqual({
      basis: 'evidence',
      since: '2026-02-01',
      by: '2026-08-01',
      interval: monthsInterval(6),
    });
    // Twelve months: nothing yet.
    const none = due(12);
    expect(none).toEqual([]);
  });

  it("reads a team's evidence though it has no stage, and teams with neither as not assessed", () => {
    const sections = reportSections({
      model: MODEL,
      rules: new StatusRules(STAGES, TODAY),
      progress: PROGRESS,
      evidence: EVIDENCE,
      teams: ['T1', 'T3', 'T4', 'T5'],
      config: { ...DEFAULT_REPORT_CONFIG, status: 'not-assessed' },
      maxLevel: 5,
      review: { evidence: evidenceSummaries(EVIDENCE, TODAY), interval: monthsInterval(6) },
    });
    const onA = sections[0].groups[0].entries.find((entry) => entry.activity.uuid === A)!;
    expect(onA.teams.map(onA.standing).map((t) => [t.team, t.status.evidence.count, t.status.due])).toEqual([
      ['T3', 1, true],
      ['T4', 0, false],
      ['T5', 0, false],
    ]);
  });

  it('groups each team under the title of the status it reads on demand, for every status filter', () => {
    const review = { evidence: evidenceSummaries(EVIDENCE, TODAY), interval: monthsInterval(6) };
    const kept: Record<ReportConfig['status'], (s: ActivityStatus) => boolean> = {
      all: () => true,
      done: (s) => s.done,
      open: (s) => s.kind !== 'not-applicable' && !s.done,
      'not-applicable': (s) => s.kind === 'not-applicable',
      'not-assessed': (s) => s.kind === 'not-assessed',
      due: (s) => s.due,
    };
    const teams = ['T1', 'T2', 'T3', 'T4'];
    for (const status of REPORT_STATUSES) {
      const sections = reportSections({
        model: MODEL,
        rules: new StatusRules(STAGES, TODAY),
        progress: PROGRESS,
        evidence: EVIDENCE,
        teams,
        config: { ...DEFAULT_REPORT_CONFIG, status },
        maxLevel: 5,
        review,
      });
      const listed = sections.flatMap((s) =>
        s.groups.flatMap((g) => g.entries.flatMap((e) => e.teams.map((team) => [g.title, e, team] as const))),
      );
      for (const [title, entry, team] of listed) {
        expect(statusText(entry.standing(team).status))
          .withContext(`${status} ${team}`)
          .toBe(title);
      }
      // Every team whose status the filter keeps is listed, and no other.
      for (const activity of MODEL.activities) {
        const expected = teams.filter((team) => {
          const read = reviewedStatus(
            new StatusRules(STAGES, TODAY),
            PROGRESS[activity.uuid]?.[team],
            activity.uuid,
            activity,
            team,
            review,
          );
          return kept[status](read);
        });
        const got = listed.filter(([, e]) => e.activity === activity).map(([, , team]) => team);
        expect(got.sort()).withContext(`${status} ${activity.name}`).toEqual(expected);
      }
    }
  });
});

describe('report configuration', () => {
  it('falls back to defaults for anything unusable, keeping what is valid', () => {
    expect(readReportConfig(undefined)).toEqual(DEFAULT_REPORT_CONFIG);
    expect(readReportConfig('x')).toEqual(DEFAULT_REPORT_CONFIG);
    const read = readReportConfig({
      teams: ['T1', 3],
      levels: [3, 1, 1, 0, 'x'],
      columns: ['tags', 'nonsense', 'risk'],
      groupBy: 'team',
      wordCap: 5000,
      status: 'weird',
    });
    expect(read).toEqual({
      ...DEFAULT_REPORT_CONFIG,
      levels: [1, 3],
      columns: ['risk', 'tags'],
      groupBy: 'team',
      wordCap: 1000,
    });
  });
});

describe('word cap', () => {
  it('cuts after the cap, keeping line breaks, and says how many words were left out', () => {
    expect(capWords('one two\n- three four', 3)).toEqual({ text: 'one two\n- …', omitted: 2 });
    expect(capWords('one two', 2)).toEqual({ text: 'one two', omitted: 0 });
    expect(capWords('one two three', 0)).toEqual({ text: 'one two three', omitted: 0 });
    expect(activityFixture({ name: 'x' }).description).toBe('');
  });
});
