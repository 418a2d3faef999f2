import { STAGES } from '../testing/model-fixture';
import { TeamProgress } from '../types';
import {
  activityStatus,
  evidenceCounts,
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
      const status = rules.of(row.entry, 2);
      expect(status.kind).toBe(row.kind);
      expect(status.stage?.title).toBe(row.stage);
      expect(status.score).toBe(row.score);
      expect(status.done).toBe(row.done ?? false);
      expect(status.date).toBe(row.date);
      expect(status.future.map((f) => `${f.title} ${f.date}`)).toEqual([...(row.future ?? [])]);
      expect(status.unknown.map((f) => `${f.title} ${f.date}`)).toEqual([...(row.unknown ?? [])]);
      expect(status.notApplicable !== undefined).toBe(row.kind === 'not-applicable');
      expect(status.evidence).toBe(2);
    });

    it(`${row.case}: the scoring shortcut agrees with the full status`, () => {
      const status = rules.of(row.entry);
      const expected = {
        'not-applicable': NOT_APPLICABLE_SCORE,
        'not-assessed': NOT_ASSESSED_SCORE,
        stage: status.score,
      };
      expect(rules.scoreOf(row.entry)).toBe(expected[status.kind]);
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
    const entry = (activityUuid: string, teams: string[]) => ({
      id: activityUuid + teams.join(),
      activityUuid,
      teams,
      title: 't',
      description: '',
      evidenceRecorded: DAY,
      reviewer: '',
      attachments: [],
    });
    const counts = evidenceCounts([entry('a1', ['A', 'B']), entry('a1', ['A', 'A']), entry('a2', ['B'])]);
    expect(counts.get('a1')?.get('A')).toBe(2);
    expect(counts.get('a1')?.get('B')).toBe(1);
    expect(counts.get('a2')?.get('A')).toBeUndefined();
  });
});
