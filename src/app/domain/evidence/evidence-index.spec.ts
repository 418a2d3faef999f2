import { evidenceFixture } from '../testing/evidence-fixture';
import { activityFixture } from '../testing/model-fixture';
import { toCsv } from '../mapping/export-table';
import { evidenceIndex, UNKNOWN_ACTIVITY_TEXT } from './evidence-index';

const A = activityFixture({ name: 'SBOM', dimension: 'Build', subDimension: 'Build' });
const B = activityFixture({ name: 'Logging', dimension: 'Info', subDimension: 'Logging' });
const EVIDENCE = [
  evidenceFixture('log', {
    activityUuid: B.uuid,
    teams: ['Team B'],
    reviewer: 'Bo',
    reviewed: '2026-06-01',
    recordedBy: 'Al',
  }),
  evidenceFixture('old', { activityUuid: A.uuid, evidenceRecorded: '2025-06-01' }),
  evidenceFixture('gone', { activityUuid: 'uuid-removed' }),
  evidenceFixture('new', {
    activityUuid: A.uuid,
    title: '@SUM(1)',
    teams: ['Team A', 'Team B'],
    evidenceRecorded: '2026-02-01',
    attachments: [
      { type: 'link', externalLink: 'https://ci/1' },
      { type: 'document', externalLink: 'https://docs/2' },
    ],
  }),
];

describe('evidence index', () => {
  it('lists every entry in model order, newest first, unknown activities last', () => {
    const table = evidenceIndex({ evidence: EVIDENCE, activities: [A, B] });
    expect(table.rows.map((row) => row[table.columns.indexOf('Evidence id')])).toEqual(['new', 'old', 'log', 'gone']);
    expect(table.rows[3][2]).toBe(UNKNOWN_ACTIVITY_TEXT);
  });

  it('gives activity, teams, date, reviewer and links of an entry', () => {
    const table = evidenceIndex({ evidence: EVIDENCE, activities: [A, B] });
    const byColumn = (row: readonly (string | number)[]) =>
      Object.fromEntries(table.columns.map((column, i) => [column, row[i]]));
    expect(byColumn(table.rows[0])).toEqual(
      jasmine.objectContaining({
        Activity: 'SBOM',
        Dimension: 'Build',
        Teams: 'Team A\nTeam B',
        Recorded: '2026-02-01',
        Links: 'https://ci/1\nhttps://docs/2',
      }),
    );
    expect(byColumn(table.rows[2])).toEqual(
      jasmine.objectContaining({ Activity: 'Logging', 'Recorded by': 'Al', Reviewer: 'Bo', Reviewed: '2026-06-01' }),
    );
  });

  it('keeps only entries naming a selected team', () => {
    const table = evidenceIndex({ evidence: EVIDENCE, activities: [A, B], teams: ['Team B'] });
    expect(table.rows.map((row) => row[table.columns.indexOf('Evidence id')])).toEqual(['new', 'log']);
  });

  it('writes a title that looks like a formula as text in the CSV', () => {
    const csv = toCsv(evidenceIndex({ evidence: EVIDENCE, activities: [A, B] }));
    expect(csv).toContain(",'@SUM(1),");
  });
});
