import { evidenceFixture } from '../testing/evidence-fixture';
import { activityFixture, STAGES, TODAY } from '../testing/model-fixture';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { collect, toCsv } from './export-table';
import { TeamActivityInput, teamActivityCount, teamActivityStream } from './team-activity-table';

const A = activityFixture({ name: 'SBOM', dimension: 'Build', level: 2 });
const B = activityFixture({ name: '=Containers', dimension: 'Deploy', level: 1 });
const EVIDENCE = [evidenceFixture('e1', { activityUuid: A.uuid, teams: ['Team A'], evidenceRecorded: '2026-01-01' })];

describe('export of each team and activity (long format)', () => {
  const input: TeamActivityInput = {
    activities: [A, B],
    teams: ['Team A', 'Team B'],
    groups: { Frontend: ['Team A'], Payments: ['Team A', 'Team B'] },
    progress: {
      [A.uuid]: { 'Team A': { stages: { 'Fully implemented': '2026-01-05' } } },
      [B.uuid]: { 'Team B': { stages: {}, notApplicable: { reason: 'No containers', date: '2026-02-01' } } },
    },
    rules: new StatusRules(STAGES, TODAY),
    review: { evidence: evidenceSummaries(EVIDENCE, TODAY), interval: monthsInterval(6) },
  };
  const table = collect(teamActivityStream(input));

  it('has a row for each team and activity, team by team, with its status, date, reason and review', () => {
    expect(table.columns).toEqual([
      'Team',
      'Groups',
      'Dimension',
      'Activity',
      'UUID',
      'Level',
      'Status',
      'Date',
      'Not applicable: reason',
      'Due for review since',
    ]);
    expect(table.rows).toEqual([
      ['Team A', 'Frontend; Payments', 'Build', 'SBOM', A.uuid, 2, 'Fully implemented', '2026-01-05', '', '2026-07-01'],
      ['Team A', 'Frontend; Payments', 'Deploy', '=Containers', B.uuid, 1, 'Not assessed', '', '', ''],
      ['Team B', 'Payments', 'Build', 'SBOM', A.uuid, 2, 'Not assessed', '', '', ''],
      [
        'Team B',
        'Payments',
        'Deploy',
        '=Containers',
        B.uuid,
        1,
        'Not applicable',
        '2026-02-01',
        'No containers',
        '2026-08-01',
      ],
    ]);
    expect(teamActivityCount(input)).toBe(4);
  });

  it('guards names against formulas in the CSV', () => {
    expect(toCsv(table).split('\r\n')[2]).toContain(",'=Containers,");
  });
});
