import { Activity, MetaStrings, Progress } from '../types';
import { activityFixture, STAGES, TODAY } from '../testing/model-fixture';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { exportFileName, exportTable, toCsv } from './export-table';

const DEP = activityFixture({ name: 'Defined build process' });
const ACTIVITY: Activity = activityFixture({
  name: 'Signing of artifacts',
  dimension: 'Build and Deployment',
  subDimension: 'Build',
  level: 3,
  tags: ['signing', 'sbom'],
  description: 'Sign every "release".',
  risk: '- tampered artifacts',
  difficulty: { knowledge: 3, time: 2, resources: 1 },
  usefulness: 4,
  implementation: [{ name: 'cosign', url: 'https://example.org/cosign', tags: [] }],
  dependsOn: [DEP.uuid, 'missing-uuid'],
  references: {
    samm2: ['I-SB-B-1'],
    iso27001_2017: ['14.2.6'],
    iso27001_2022: ['8.10', '5.4'],
    openCRE: ['https://www.opencre.org/cre/123'],
    d3f: [],
  },
});
const STRINGS: MetaStrings = {
  allTeamsGroupName: 'All teams',
  maturityLevels: [],
  labels: ['Very low', 'Low', 'Medium', 'High', 'Very high'],
  knowledgeLabels: ['K1', 'K2', 'K3 (two disciplines)', 'K4', 'K5'],
};
/** The store's review context with no evidence: a stage is due a year after it was set. */
const REVIEW = { evidence: evidenceSummaries([], TODAY), interval: monthsInterval(12) };
const PROGRESS: Progress = {
  [ACTIVITY.uuid]: { 'Team A': { stages: { Started: '2026-03-02', 'Partly implemented': '2026-04-14' } } },
};

describe('export of the mapping', () => {
  const table = exportTable({
    activities: [ACTIVITY],
    byUuid: new Map([[DEP.uuid, DEP]]),
    teams: ['Team A', 'Team B'],
    progress: PROGRESS,
    rules: new StatusRules(STAGES, TODAY),
    review: REVIEW,
    strings: STRINGS,
  });
  const cell = (column: string) => table.rows[0][table.columns.indexOf(column)];

  it('has one row per activity and a column per field, standard and team', () => {
    expect(table.rows.length).toBe(1);
    expect(table.rows[0].length).toBe(table.columns.length);
    expect(table.columns).toEqual(
      jasmine.arrayContaining(['Activity', 'UUID', 'Level', 'Risk', 'SAMM', 'ISO 27001:2022', 'D3FEND']),
    );
    expect(table.columns.slice(-2)).toEqual(['Status: Team A', 'Status: Team B']);
  });

  it('writes the fields with their labels, the ids in natural order and names for dependencies', () => {
    expect(cell('Activity')).toBe('Signing of artifacts');
    expect(cell('Level')).toBe(3);
    expect(cell('Knowledge')).toBe('3 - K3 (two disciplines)');
    expect(cell('Usefulness')).toBe('4 - High');
    expect(cell('ISO 27001:2022')).toBe('5.4\n8.10');
    expect(cell('Tools')).toBe('cosign <https://example.org/cosign>');
    expect(cell('Depends on')).toBe('Defined build process\nmissing-uuid');
    expect(cell('Tags')).toBe('signing\nsbom');
  });

  it('writes each team’s current stage with its date, and "Not assessed" when it has none', () => {
    expect(cell('Status: Team A')).toBe('Partly implemented (2026-04-14)');
    expect(cell('Status: Team B')).toBe('Not assessed');
  });

  it('writes "Not applicable" with its date and reason, not the stage kept with the mark', () => {
    const marked = exportTable({
      activities: [ACTIVITY],
      byUuid: new Map(),
      teams: ['Team A'],
      progress: {
        [ACTIVITY.uuid]: {
          'Team A': { stages: { Started: '2026-01-01' }, notApplicable: { reason: 'no images', date: '2026-02-01' } },
        },
      },
      rules: new StatusRules(STAGES, TODAY),
      review: REVIEW,
    });
    expect(marked.rows[0].at(-1)).toBe('Not applicable (2026-02-01): no images');
  });

  it('counts the teams by state on each activity past 10 teams, rather than a status column each', () => {
    const teams = Array.from({ length: 11 }, (_, i) => `Team ${i + 1}`);
    const many = exportTable({
      activities: [ACTIVITY],
      byUuid: new Map(),
      teams,
      progress: {
        [ACTIVITY.uuid]: {
          'Team 1': { stages: { 'Fully implemented': '2026-01-01' } },
          'Team 2': { stages: { Started: '2026-01-01' } },
          'Team 3': { stages: { 'Not implemented': '2026-01-01' } },
          'Team 4': { stages: {}, notApplicable: { reason: 'none', date: '2026-01-01' } },
          'Team 5': { stages: { Started: '2026-01-01' } },
          // Older than the review interval: counted as due, as the control view counts it.
          'Team 6': { stages: { Started: '2025-01-10' } },
        },
      },
      rules: new StatusRules(STAGES, TODAY),
      review: REVIEW,
    });
    expect(many.columns.filter((column) => column.startsWith('Status'))).toEqual([]);
    expect(many.columns.slice(-6)).toEqual([
      'Teams: Fully implemented',
      'Teams: In progress',
      'Teams: Not implemented',
      'Teams: Not assessed',
      'Teams: Not applicable',
      'Teams: Due for review',
    ]);
    expect(many.rows[0].slice(-6)).toEqual([1, 3, 1, 5, 1, 1]);
  });

  it('says in a team’s cell that the activity is due for review, in the report’s words', () => {
    const due = exportTable({
      activities: [ACTIVITY],
      byUuid: new Map(),
      teams: ['Team A', 'Team B', 'Team C'],
      progress: {
        [ACTIVITY.uuid]: {
          'Team A': { stages: { 'Partly implemented': '2025-01-10' } },
          'Team B': { stages: { 'Partly implemented': '2026-06-01' } },
          'Team C': { stages: {}, notApplicable: { reason: 'no images', date: '2025-02-01' } },
        },
      },
      rules: new StatusRules(STAGES, TODAY),
      review: REVIEW,
    });
    expect(due.rows[0].slice(-3)).toEqual([
      'Partly implemented (2025-01-10)\nDue for review since 2026-01-10 (stage set 2025-01-10, no evidence; every year)',
      'Partly implemented (2026-06-01)',
      'Not applicable (2025-02-01): no images\nDue for review since 2026-02-01 (marked not applicable 2025-02-01; every year)',
    ]);
  });

  it('writes valid CSV: quoted where needed, formulas neutralised, CRLF', () => {
    const csv = toCsv({
      columns: ['a', 'b', 'c', 'd'],
      rows: [
        ['x,y', 'say "hi"', '=1+1', 7],
        ['line\nbreak', '', '@x', -1],
      ],
    });
    expect(csv).toBe('a,b,c,d\r\n"x,y","say ""hi""",\'=1+1,7\r\n"line\nbreak",,\'@x,-1\r\n');
    expect(toCsv(table).split('\r\n')[0].split(',').length).toBe(table.columns.length);
  });

  it('names the file after the filter, so a partial export is recognisable', () => {
    expect(exportFileName({ query: '', shown: 194, total: 194, date: '2026-05-20', extension: 'xlsx' })).toBe(
      'dsomm-mappings-2026-05-20.xlsx',
    );
    expect(
      exportFileName({ query: 'Secret scanning!', shown: 12, total: 194, date: '2026-05-20', extension: 'csv' }),
    ).toBe('dsomm-mappings-filtered-secret-scanning-12-of-194-2026-05-20.csv');
    expect(exportFileName({ query: '', shown: 3, total: 194, date: '2026-05-20', extension: 'csv' })).toBe(
      'dsomm-mappings-filtered-3-of-194-2026-05-20.csv',
    );
    expect(
      exportFileName({
        query: 'sbom',
        teams: 'frontend-teams',
        shown: 3,
        total: 194,
        date: '2026-05-20',
        extension: 'csv',
      }),
    ).toBe('dsomm-mappings-frontend-teams-filtered-sbom-3-of-194-2026-05-20.csv');
  });
});
