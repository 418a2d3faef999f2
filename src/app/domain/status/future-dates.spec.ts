import { parseEvidenceFile } from '../evidence/parse-evidence-file';
import { parseProgressFile } from '../progress/parse-progress-file';
import { evidenceFixture } from '../testing/evidence-fixture';
import { SMALL_MODEL, STAGES, TODAY } from '../testing/model-fixture';
import { Evidence, Progress, Result } from '../types';
import { StatusRules } from './activity-status';
import { futureDates, futureDateWarnings } from './future-dates';

const BUILD = SMALL_MODEL.activities[0].uuid;
const DEPLOY = SMALL_MODEL.activities[2].uuid;
const rules = new StatusRules(STAGES, TODAY);

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

describe('future dates', () => {
  it('lists stage dates and marks after the day, as StatusRules ignores them until then', () => {
    const progress: Progress = {
      [BUILD]: {
        'Team A': { stages: { Started: TODAY, 'Fully implemented': '2027-03-01' } },
        'Team B': { stages: { Done: '2027-01-01' } },
      },
      [DEPLOY]: {
        'Team B': { stages: { Started: '2026-01-01' }, notApplicable: { reason: 'SaaS', date: '2027-01-10' } },
        'Team C': { stages: {}, notApplicable: { reason: '', date: '2026-06-01' } },
      },
    };
    expect(futureDates(progress, [], rules)).toEqual([
      { kind: 'stage', activityUuid: BUILD, team: 'Team A', title: 'Fully implemented', date: '2027-03-01' },
      { kind: 'not-applicable', activityUuid: DEPLOY, team: 'Team B', reason: 'SaaS', date: '2027-01-10' },
    ]);
    // The day itself counts: nothing is flagged for it.
    expect(futureDates(progress, [], new StatusRules(STAGES, '2027-03-01'))).toEqual([]);
  });

  it('tells a stage titled "Not applicable" from the mark', () => {
    const stages = [...STAGES, { title: 'Not applicable', score: 0, definition: '' }];
    const progress: Progress = { [BUILD]: { 'Team A': { stages: { 'Not applicable': '2027-02-02' } } } };
    expect(futureDates(progress, [], new StatusRules(stages, TODAY))).toEqual([
      { kind: 'stage', activityUuid: BUILD, team: 'Team A', title: 'Not applicable', date: '2027-02-02' },
    ]);
  });

  it('lists evidence recorded after the day, with its position in its activity', () => {
    const evidence: Evidence[] = [
      evidenceFixture('e1', { activityUuid: BUILD }),
      evidenceFixture('e2', { activityUuid: DEPLOY, evidenceRecorded: '2027-04-01', teams: ['Team A', 'Team B'] }),
      evidenceFixture('e3', { activityUuid: BUILD, evidenceRecorded: '2027-05-01' }),
      // Reviewed on the day: no warning; reviewed after it: the review counts only from then.
      evidenceFixture('e4', { activityUuid: BUILD, reviewer: 'Kim', reviewed: TODAY }),
      evidenceFixture('e5', { activityUuid: DEPLOY, reviewer: 'Kim', reviewed: '2027-02-02' }),
    ];
    expect(futureDates({}, evidence, rules)).toEqual([
      {
        kind: 'evidence',
        activityUuid: DEPLOY,
        teams: ['Team A', 'Team B'],
        title: 'e2',
        date: '2027-04-01',
        index: 0,
      },
      { kind: 'evidence', activityUuid: BUILD, teams: ['Team A'], title: 'e3', date: '2027-05-01', index: 1 },
      {
        kind: 'review',
        activityUuid: DEPLOY,
        teams: ['Team A'],
        title: 'e5',
        date: '2027-02-02',
        index: 1,
      },
    ]);
  });
});

describe('future date warnings', () => {
  it('points at the line of each stage date and mark in a progress file', () => {
    const text = [
      'progress:',
      `  ${BUILD}:`,
      '    Team B:',
      '      Started: 2026-01-01',
      '    Team A:',
      '      Started: 2026-01-01',
      '      Fully implemented: 2027-03-01',
      `  ${DEPLOY}:`,
      '    Team A:',
      "      'Not applicable: moving to SaaS': 2027-01-10",
      '',
    ].join('\n');
    const progress = value(parseProgressFile(text, 'team-progress.yaml', { stages: STAGES }));
    const found = futureDates(progress, [], rules);
    expect(futureDateWarnings(found, 'team-progress.yaml', text, TODAY, SMALL_MODEL)).toEqual([
      {
        file: 'team-progress.yaml',
        line: 7,
        severity: 'warning',
        message:
          'Team "Team A" on activity "Defined build process": stage "Fully implemented" is dated 2027-03-01, after today (2026-12-05); it counts only from that day.',
      },
      {
        file: 'team-progress.yaml',
        line: 10,
        severity: 'warning',
        message:
          'Team "Team A" on activity "Defined deployment process": "Not applicable" is dated 2027-01-10, after today (2026-12-05); the activity counts as not applicable only from that day.',
      },
    ]);
  });

  it("points at each evidence entry's date, or the entry itself when written in flow style", () => {
    const text = [
      'evidence:',
      `  ${BUILD}:`,
      '    - title: Pipeline',
      '      teams: [Team A]',
      '      evidenceRecorded: 2026-05-01',
      '    - title: Scanner',
      '      teams: [Team A]',
      '      evidenceRecorded: 2027-06-01',
      `  ${DEPLOY}:`,
      '    - { title: Runbook, teams: [Team B], evidenceRecorded: 2027-07-01 }',
      '    - title: Later',
      '      teams: [Team B]',
      '      evidenceRecorded: 2026-01-01',
      '      reviewer: Kim',
      '      reviewed: 2027-08-01',
      '',
    ].join('\n');
    const evidence = value(parseEvidenceFile(text, 'team-evidence.yaml', {}));
    const warnings = futureDateWarnings(futureDates({}, evidence, rules), 'team-evidence.yaml', text, TODAY);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [8, `Evidence 2 of activity ${BUILD} ("Scanner") is recorded 2027-06-01, after today (2026-12-05).`],
      [10, `Evidence 1 of activity ${DEPLOY} ("Runbook") is recorded 2027-07-01, after today (2026-12-05).`],
      [
        15,
        `Evidence 2 of activity ${DEPLOY} ("Later") has a review dated 2027-08-01, after today (2026-12-05); the review counts only from that day.`,
      ],
    ]);
  });

  it('reports the first 50 of a file and sums up the rest in one warning', () => {
    const evidence = Array.from({ length: 60 }, (_, i) =>
      evidenceFixture(`e${i}`, { activityUuid: BUILD, evidenceRecorded: '2027-01-01' }),
    );
    const warnings = futureDateWarnings(futureDates({}, evidence, rules), 'e.yaml', 'evidence:\n', TODAY);
    expect(warnings.length).toBe(51);
    expect(warnings[50].message).toBe('10 more dates after today (2026-12-05) follow.');
  });
});
