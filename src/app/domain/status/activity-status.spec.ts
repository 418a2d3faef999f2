import { evidenceDigest } from '../evidence/evidence-review';
import { monthsInterval } from '../review/review-interval';
import { evidenceFixture } from '../testing/evidence-fixture';
import { STAGES } from '../testing/model-fixture';
import { TeamProgress } from '../types';
import {
  activityStatus,
  EvidenceSummary,
  evidenceSummaries,
  NO_EVIDENCE,
  NOT_APPLICABLE_SCORE,
  NOT_ASSESSED_SCORE,
  StatusKind,
  StatusRules,
} from './activity-status';

const DAY = '2026-12-05';

interface Row {
  readonly case: string;
  readonly entry: TeamProgress | undefined;
  readonly kind: StatusKind;
  readonly stage?: string;
  readonly score: number;
  readonly done?: boolean;
  readonly date?: string;
  readonly future?: readonly string[];
  readonly unknown?: readonly string[];
}

const NA = (date: string, reason = 'no containers') => ({ reason, date });

const TABLE: readonly Row[] = [
  { case: 'no entry', entry: undefined, kind: 'not-assessed', score: 0 },
  {
    case: 'an empty entry (a stamp left by an edit)',
    entry: { stages: {}, editedAt: 1 },
    kind: 'not-assessed',
    score: 0,
  },
  {
    case: 'the 0% stage set explicitly is assessed',
    entry: { stages: { 'Not implemented': '2026-11-01' } },
    kind: 'stage',
    stage: 'Not implemented',
    score: 0,
    date: '2026-11-01',
  },
  {
    case: 'the highest stage reached wins',
    entry: { stages: { Started: '2026-01-02', 'Partly implemented': '2026-03-04' } },
    kind: 'stage',
    stage: 'Partly implemented',
    score: 0.5,
    date: '2026-03-04',
  },
  {
    case: 'the top stage is done',
    entry: { stages: { 'Fully implemented': '2026-05-18' } },
    kind: 'stage',
    stage: 'Fully implemented',
    score: 1,
    done: true,
    date: '2026-05-18',
  },
  {
    case: 'a stage reached on the day counts',
    entry: { stages: { Started: DAY } },
    kind: 'stage',
    stage: 'Started',
    score: 0.2,
    date: DAY,
  },
  {
    case: 'a date after the day counts only from then',
    entry: { stages: { Started: '2026-01-02', 'Fully implemented': '2027-03-01' } },
    kind: 'stage',
    stage: 'Started',
    score: 0.2,
    date: '2026-01-02',
    future: ['Fully implemented 2027-03-01'],
  },
  {
    case: 'only future dates: not assessed yet',
    entry: { stages: { 'Fully implemented': '2027-03-01' } },
    kind: 'not-assessed',
    score: 0,
    future: ['Fully implemented 2027-03-01'],
  },
  {
    case: 'a title the definition lacks is kept apart, not scored',
    entry: { stages: { Done: '2026-02-01' } },
    kind: 'not-assessed',
    score: 0,
    unknown: ['Done 2026-02-01'],
  },
  {
    case: 'an unknown title beside a known stage',
    entry: { stages: { Done: '2026-02-01', Started: '2026-01-01' } },
    kind: 'stage',
    stage: 'Started',
    score: 0.2,
    date: '2026-01-01',
    unknown: ['Done 2026-02-01'],
  },
  {
    case: 'not applicable wins over stage dates kept with it',
    entry: { stages: { 'Fully implemented': '2026-01-01' }, notApplicable: NA('2026-02-01') },
    kind: 'not-applicable',
    score: 0,
    date: '2026-02-01',
  },
  {
    case: 'not applicable without stages',
    entry: { stages: {}, notApplicable: NA('2026-02-01', '') },
    kind: 'not-applicable',
    score: 0,
    date: '2026-02-01',
  },
  {
    case: 'a mark dated after the day applies only from then',
    entry: { stages: { Started: '2026-01-01' }, notApplicable: NA('2027-01-01') },
    kind: 'stage',
    stage: 'Started',
    score: 0.2,
    date: '2026-01-01',
    future: ['Not applicable 2027-01-01'],
  },
  {
    case: 'a team called like an Object.prototype member has no entry by inheritance',
    entry: { stages: Object.create({ Started: '2026-01-01' }) as Record<string, string> },
    kind: 'not-assessed',
    score: 0,
  },
];

describe('activity status (one status, one truth)', () => {
  const rules = new StatusRules(STAGES, DAY);

  for (const row of TABLE) {
    it(`${row.case}: ${row.kind}${row.stage ? ` (${row.stage})` : ''}`, () => {
      const evidence: EvidenceSummary = { count: 2, changed: 0 };
      const status = rules.of(row.entry, evidence);
      expect(status.kind).toBe(row.kind);
      expect(status.stage?.title).toBe(row.stage);
      expect(status.score).toBe(row.score);
      expect(status.done).toBe(row.done ?? false);
      expect(status.date).toBe(row.date);
      expect(status.future.map((f) => `${f.title} ${f.date}`)).toEqual([...(row.future ?? [])]);
      expect(status.unknown.map((f) => `${f.title} ${f.date}`)).toEqual([...(row.unknown ?? [])]);
      expect(status.notApplicable !== undefined).toBe(row.kind === 'not-applicable');
      expect(status.evidence).toBe(evidence);
      expect(status.due).toBeFalse();
      expect(status.review).toBeUndefined();
    });

    for (const [name, evidence] of [
      ['no evidence', NO_EVIDENCE],
      ['fresh evidence', { count: 1, latest: '2026-06-01', changed: 0 }],
      ['old evidence', { count: 1, latest: '2024-01-01', changed: 0 }],
    ] as const) {
      it(`${row.case}, ${name}: the due shortcut agrees with the full status`, () => {
        for (const months of [1, 12, 36]) {
          const interval = monthsInterval(months);
          expect(rules.dueOf(row.entry, evidence, interval))
            .withContext(`${months} months`)
            .toBe(rules.of(row.entry, evidence, interval).due);
        }
      });
    }

    it(`${row.case}: the scoring shortcut agrees with the full status`, () => {
      const status = rules.of(row.entry);
      const expected = {
        'not-applicable': NOT_APPLICABLE_SCORE,
        'not-assessed': NOT_ASSESSED_SCORE,
        stage: status.score,
      };
      expect(rules.scoreOf(row.entry)).toBe(expected[status.kind]);
      expect(rules.lastStage).toBe(status.stage);
      expect(rules.isDone(rules.scoreOf(row.entry))).toBe(status.done);
    });
  }

  it('reads the same entry differently on different days (history, future dates)', () => {
    const entry: TeamProgress = { stages: { Started: '2026-01-01', 'Fully implemented': '2026-06-01' } };
    expect(new StatusRules(STAGES, '2025-12-31').of(entry).kind).toBe('not-assessed');
    expect(new StatusRules(STAGES, '2026-03-01').of(entry).stage?.title).toBe('Started');
    expect(new StatusRules(STAGES, '2026-06-01').of(entry).stage?.title).toBe('Fully implemented');
  });

  it('looks an activity and team up in the progress map', () => {
    const progress = { a1: { 'Team A': { stages: { Started: '2026-01-01' } } } };
    expect(activityStatus(progress, 'a1', 'Team A', STAGES, DAY).stage?.title).toBe('Started');
    expect(activityStatus(progress, 'a1', 'Team B', STAGES, DAY).kind).toBe('not-assessed');
    expect(activityStatus(progress, 'constructor', 'Team A', STAGES, DAY).kind).toBe('not-assessed');
  });

  it('counts evidence per activity and team, once per entry even if it names a team twice', () => {
    const entry = (activityUuid: string, teams: string[]) =>
      evidenceFixture(activityUuid + teams.join(), { activityUuid, teams, evidenceRecorded: DAY });
    const summaries = evidenceSummaries([entry('a1', ['A', 'B']), entry('a1', ['A', 'A']), entry('a2', ['B'])], DAY);
    expect(summaries.get('a1')?.get('A')?.count).toBe(2);
    expect(summaries.get('a1')?.get('B')?.count).toBe(1);
    expect(summaries.get('a2')?.get('A')).toBeUndefined();
  });

  it('sums evidence up: the latest day recorded or reviewed up to the day, reviews, changes after review', () => {
    const reviewed = evidenceFixture('r', { evidenceRecorded: '2025-01-10', reviewer: 'Kim', reviewed: '2025-08-01' });
    const summaries = evidenceSummaries(
      [
        evidenceFixture('old', { evidenceRecorded: '2025-03-01' }),
        { ...reviewed, reviewedDigest: evidenceDigest(reviewed) },
        // Reviewed, then its title changed.
        { ...reviewed, id: 'c', reviewed: '2025-02-01', reviewedDigest: evidenceDigest(reviewed), title: 'new' },
        evidenceFixture('later', { evidenceRecorded: '2027-01-01' }),
      ],
      DAY,
    );
    expect(summaries.get('a1')?.get('Team A')).toEqual({
      count: 4,
      latest: '2025-08-01',
      reviewed: '2025-08-01',
      changed: 1,
    });
  });
});

describe('freshness (due for review)', () => {
  const rules = new StatusRules(STAGES, DAY);
  const YEAR = monthsInterval(12);
  const started = (date: string): TeamProgress => ({ stages: { Started: date } });

  it('without evidence, a stage is due once its interval has passed since it was set', () => {
    const fresh = rules.of(started('2025-12-06'), NO_EVIDENCE, YEAR);
    expect(fresh.due).toBeFalse();
    expect(fresh.review).toEqual({ basis: 'stage', since: '2025-12-06', by: '2026-12-06', interval: YEAR });
    const old = rules.of(started('2025-12-05'), NO_EVIDENCE, YEAR);
    expect(old.due).toBeTrue();
    expect(old.review?.by).toBe(DAY);
  });

  it("an activity's own shorter interval makes it due sooner", () => {
    expect(rules.of(started('2026-08-01'), NO_EVIDENCE, YEAR).due).toBeFalse();
    expect(rules.of(started('2026-08-01'), NO_EVIDENCE, monthsInterval(3)).due).toBeTrue();
  });

  it('with evidence, the latest evidence day counts: fresh proof confirms an old stage, old proof is due', () => {
    const recent = { count: 1, latest: '2026-10-01', changed: 0 };
    expect(rules.of(started('2020-01-01'), recent, YEAR).due).toBeFalse();
    expect(rules.of(started('2020-01-01'), recent, YEAR).review?.basis).toBe('evidence');
    const old = { count: 2, latest: '2025-01-01', changed: 0 };
    expect(rules.of(started('2026-11-01'), old, YEAR).due).toBeTrue();
    expect(rules.of(started('2026-11-01'), old, YEAR).review?.by).toBe('2026-01-01');
  });

  it('a "not applicable" mark ages like a stage; a 0% stage and "not assessed" claim nothing', () => {
    const mark: TeamProgress = { stages: {}, notApplicable: NA('2024-05-01') };
    expect(rules.of(mark, NO_EVIDENCE, YEAR).due).toBeTrue();
    expect(rules.of({ stages: { 'Not implemented': '2020-01-01' } }, NO_EVIDENCE, YEAR).review).toBeUndefined();
    expect(rules.of(undefined, NO_EVIDENCE, YEAR).review).toBeUndefined();
    // Evidence without a stage still ages.
    expect(rules.of(undefined, { count: 1, latest: '2020-01-01', changed: 0 }, YEAR).due).toBeTrue();
  });

  it('dates after the day do not confirm anything yet', () => {
    const entry: TeamProgress = { stages: { Started: '2024-01-01', 'Fully implemented': '2027-01-01' } };
    expect(rules.of(entry, NO_EVIDENCE, YEAR).review?.since).toBe('2024-01-01');
    expect(rules.of(entry, NO_EVIDENCE, YEAR).due).toBeTrue();
  });
});
