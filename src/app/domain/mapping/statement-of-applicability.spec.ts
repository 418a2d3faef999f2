import { Progress } from '../types';
import { evidenceFixture } from '../testing/evidence-fixture';
import { activityFixture, STAGES, TODAY } from '../testing/model-fixture';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { controlCatalogue } from './catalogues';
import { toCsv } from './export-table';
import { NOT_COVERED_TEXT, statementOfApplicability } from './statement-of-applicability';

const refs = (iso2022: string[], iso2017: string[] = [], samm2: string[] = []) => ({
  samm2,
  iso27001_2017: iso2017,
  iso27001_2022: iso2022,
  openCRE: [],
  d3f: [],
});
const A = activityFixture({ name: 'SBOM', references: refs(['8.32', '5.37'], ['12.3', '14.2.2'], ['I-SB-A-1']) });
const B = activityFixture({ name: 'Containers', references: refs(['8.32', 'Not explicitly covered by ISO 27001']) });
const RULES = new StatusRules(STAGES, TODAY);
const PROGRESS: Progress = {
  [A.uuid]: { 'Team A': { stages: { 'Fully implemented': '2026-01-05' } } },
  [B.uuid]: {
    'Team A': { stages: { Started: '2026-01-01' } },
    'Team B': { stages: {}, notApplicable: { reason: 'No containers', date: '2026-02-01' } },
  },
};
const EVIDENCE = [
  evidenceFixture('e1', {
    activityUuid: B.uuid,
    title: 'Pipeline log',
    evidenceRecorded: '2026-01-01',
    attachments: [{ type: 'link', externalLink: 'https://ci/1' }],
    // Reviewed, then edited: what it says is not what Bob saw.
    reviewer: 'Bob',
    reviewed: '2026-04-01',
    reviewedDigest: 'what Bob saw',
  }),
  evidenceFixture('e2', {
    activityUuid: B.uuid,
    title: '=HYPERLINK("x")',
    evidenceRecorded: '2026-03-01',
    reviewer: 'Ann',
    reviewed: '2026-11-01',
  }),
  evidenceFixture('e3', {
    activityUuid: B.uuid,
    title: 'Team C only',
    teams: ['Team C'],
    evidenceRecorded: '2026-04-01',
  }),
  // A review dated after today counts only from its day.
  evidenceFixture('e4', {
    activityUuid: B.uuid,
    title: 'Scanner report',
    evidenceRecorded: '2026-02-01',
    reviewer: 'Zed',
    reviewed: '2027-01-01',
  }),
];
const REVIEW = { evidence: evidenceSummaries(EVIDENCE, TODAY), interval: monthsInterval(6) };

describe('control catalogues', () => {
  it('lists the 93 controls of ISO 27001:2022 Annex A, 5.1 to 8.34', () => {
    const ids = controlCatalogue('iso27001_2022')!;
    expect(ids.length).toBe(93);
    expect([ids[0], ids[36], ids[37], ids.at(-1)]).toEqual(['5.1', '5.37', '6.1', '8.34']);
    expect(ids).toContain('7.14');
    expect(ids).not.toContain('6.9');
  });

  it('lists the 114 controls of ISO 27001:2017 Annex A, 5.1.1 to 18.2.3', () => {
    const ids = controlCatalogue('iso27001_2017')!;
    expect(ids.length).toBe(114);
    expect([ids[0], ids.at(-1)]).toEqual(['5.1.1', '18.2.3']);
    expect(ids).toContain('9.2.6');
    expect(ids).toContain('14.2.9');
    expect(ids).not.toContain('9.2.7');
  });

  it('lists every SAMM stream at levels 1 to 3 and no list for OpenCRE', () => {
    const ids = controlCatalogue('samm2')!;
    expect(ids.length).toBe(90);
    expect(ids).toContain('I-SB-A-1');
    expect(ids).toContain('O-OM-B-3');
    expect(controlCatalogue('openCRE')).toBeUndefined();
  });
});

describe('Statement of Applicability', () => {
  const soa = statementOfApplicability({
    activities: [A, B],
    standard: 'iso27001_2022',
    teams: ['Team A', 'Team B'],
    progress: PROGRESS,
    evidence: EVIDENCE,
    rules: RULES,
    review: REVIEW,
  });
  const row = (id: string) => soa.rows.find((r) => r[0] === id)!;
  const cell = (id: string, column: string) => row(id)[soa.columns.indexOf(column)];

  it('has one row per Annex A control, covered or not, and no row for remarks', () => {
    expect(soa.rows.length).toBe(93);
    expect(soa.rows.map((r) => r[0]).slice(0, 3)).toEqual(['5.1', '5.2', '5.3']);
    expect(cell('5.1', 'Coverage')).toBe(NOT_COVERED_TEXT);
    expect(cell('8.32', 'Coverage')).toBe('Covered by 2 activities');
    expect(cell('8.32', 'Activities')).toBe('SBOM\nContainers');
  });

  it("gives per team the control's state and each activity's status with its date", () => {
    expect(soa.columns.slice(3, 7)).toEqual([
      'Team A: control',
      'Team A: activities',
      'Team B: control',
      'Team B: activities',
    ]);
    expect(cell('8.32', 'Team A: control')).toBe('In progress');
    expect(cell('8.32', 'Team A: activities')).toBe('Fully implemented (2026-01-05)\nStarted (2026-01-01)');
    expect(cell('8.32', 'Team B: activities')).toBe('Not assessed\nNot applicable (2026-02-01)');
    expect(cell('5.37', 'Team A: control')).toBe('Fully implemented');
  });

  it('gives the reason of each not applicable activity as the justification', () => {
    expect(cell('8.32', 'Not applicable: justification')).toBe('Team B, Containers: No containers (since 2026-02-01)');
    expect(cell('5.37', 'Not applicable: justification')).toBe('');
  });

  it("lists the selected teams' evidence with its links", () => {
    expect(cell('8.32', 'Evidence')).toBe(
      '=HYPERLINK("x") (2026-03-01, Team A)\nScanner report (2026-02-01, Team A)\nPipeline log (2026-01-01, Team A) <https://ci/1>',
    );
    expect(cell('5.37', 'Evidence')).toBe('');
  });

  it('gives the last review by its reviewed day, evidence changed after review and what is due for review', () => {
    expect(String(cell('8.32', 'Last review')).split('\n')).toEqual([
      '2026-11-01 by Ann: =HYPERLINK("x")',
      'Changed after review: Pipeline log (reviewed 2026-04-01)',
      'Team A, SBOM: due for review since 2026-07-05 (stage set 2026-01-05, no evidence; every 6 months)',
      'Team B, Containers: due for review since 2026-08-01 (marked not applicable 2026-02-01; every 6 months)',
    ]);
    // Team A's Containers evidence was reviewed a month ago: not due.
    expect(cell('8.32', 'Last review')).not.toContain('Team A, Containers');
    expect(cell('5.37', 'Last review')).toBe(
      'Team A, SBOM: due for review since 2026-07-05 (stage set 2026-01-05, no evidence; every 6 months)',
    );
  });

  it('says when the evidence has no dated review, naming the OWASP reviewer if there is one', () => {
    const of = (evidence: typeof EVIDENCE) =>
      statementOfApplicability({
        activities: [A, B],
        standard: 'iso27001_2022',
        teams: ['Team A'],
        progress: {},
        evidence,
        rules: RULES,
        review: { evidence: evidenceSummaries(evidence, TODAY), interval: monthsInterval(12) },
      })
        .rows.find((r) => r[0] === '8.32')!
        .at(-1);
    expect(of([evidenceFixture('x', { activityUuid: B.uuid, evidenceRecorded: '2026-11-01' })])).toBe(
      'Not reviewed yet',
    );
    expect(of([evidenceFixture('x', { activityUuid: B.uuid, evidenceRecorded: '2026-11-01', reviewer: 'Ann' })])).toBe(
      'No review date (reviewer: Ann)',
    );
    expect(of([])).toBe('');
  });

  it('counts the teams by state past 10 teams, and sums up their reasons and reviews due', () => {
    const teams = Array.from({ length: 11 }, (_, i) => `Team ${String.fromCharCode(65 + i)}`);
    const marked = (reason: string) => ({ stages: {}, notApplicable: { reason, date: '2026-02-01' } });
    const many = statementOfApplicability({
      activities: [A, B],
      standard: 'iso27001_2022',
      teams,
      progress: {
        ...PROGRESS,
        [B.uuid]: { ...PROGRESS[B.uuid], 'Team C': marked('No containers'), 'Team D': marked('') },
      },
      evidence: EVIDENCE,
      rules: RULES,
      review: REVIEW,
    });
    const at = (id: string, column: string) => many.rows.find((r) => r[0] === id)![many.columns.indexOf(column)];
    expect(many.columns.length).toBe(11);
    expect(many.columns.slice(3, 8)).toEqual([
      'Teams: Fully implemented',
      'Teams: In progress',
      'Teams: Not implemented',
      'Teams: Not assessed',
      'Teams: Not applicable',
    ]);
    expect(many.rows.find((r) => r[0] === '8.32')!.slice(3, 8)).toEqual([0, 1, 0, 10, 0]);
    expect(many.rows.find((r) => r[0] === '5.37')!.slice(3, 8)).toEqual([1, 0, 0, 10, 0]);
    expect(at('8.32', 'Not applicable: justification')).toBe(
      'Containers, 3 teams: No containers (2 teams); no reason given (1 team)',
    );
    expect(String(at('8.32', 'Last review')).split('\n').slice(-2)).toEqual([
      'SBOM: due for review for 1 team',
      'Containers: due for review for 3 teams',
    ]);
    expect(many.rows.find((r) => r[0] === '5.1')).toEqual([
      '5.1',
      NOT_COVERED_TEXT,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('guards evidence text against formulas in the CSV', () => {
    const csv = toCsv(soa);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK(""x"") (2026-03-01, Team A)`);
  });

  it('keeps ids the model maps outside the list (a 2017 objective) and lists SAMM streams', () => {
    const of = (standard: 'iso27001_2017' | 'samm2') =>
      statementOfApplicability({
        activities: [A, B],
        standard,
        teams: [],
        progress: {},
        evidence: [],
        rules: RULES,
        review: REVIEW,
      });
    const iso2017 = of('iso27001_2017');
    expect(iso2017.rows.length).toBe(115);
    const objective = iso2017.rows.find((r) => r[0] === '12.3')!;
    expect(objective[1]).toContain('not a control id of ISO 27001:2017');
    expect(iso2017.rows.find((r) => r[0] === '14.2.2')![1]).toBe('Covered by 1 activity');
    const samm = of('samm2');
    expect(samm.columns[0]).toBe('SAMM control');
    expect(samm.rows.length).toBe(90);
    expect(samm.rows.find((r) => r[0] === 'I-SB-A-1')![2]).toBe('SBOM');
  });
});
