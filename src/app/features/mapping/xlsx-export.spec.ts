import { evidenceIndex } from '../../domain/evidence/evidence-index';
import { statementOfApplicability } from '../../domain/mapping/statement-of-applicability';
import { evidenceSummaries, StatusRules } from '../../domain/status/activity-status';
import { monthsInterval } from '../../domain/review/review-interval';
import { evidenceFixture } from '../../domain/testing/evidence-fixture';
import { activityFixture, STAGES, TODAY } from '../../domain/testing/model-fixture';
import { readXlsx } from '../../shared/testing/read-xlsx';
import { xlsxBlob } from './xlsx-export';

const refs = { samm2: [], iso27001_2017: [], iso27001_2022: ['8.32'], openCRE: [], d3f: [] };
const ACTIVITY = activityFixture({ name: '+Pinning, "quoted"', references: refs });
const EVIDENCE = [
  evidenceFixture('e1', {
    activityUuid: ACTIVITY.uuid,
    title: '=HYPERLINK("https://evil","click")',
    reviewer: '@admin',
    reviewed: '2026-06-01',
    attachments: [{ type: 'link', externalLink: 'https://ci.example/1' }],
  }),
];

describe('Excel export, read back', () => {
  it('writes the Statement of Applicability cell by cell, formulas as text', async () => {
    const table = statementOfApplicability({
      activities: [ACTIVITY],
      standard: 'iso27001_2022',
      teams: ['Team A'],
      progress: { [ACTIVITY.uuid]: { 'Team A': { stages: { Started: '2026-01-02' } } } },
      evidence: EVIDENCE,
      rules: new StatusRules(STAGES, TODAY),
      review: { evidence: evidenceSummaries(EVIDENCE, TODAY), interval: monthsInterval(3) },
    });
    const sheet = await readXlsx(await xlsxBlob(table, 'Statement of Applicability'));
    expect(sheet.length).toBe(94);
    expect(sheet[0].map((cell) => cell.text)).toEqual([...table.columns]);
    const row = sheet.find((cells) => cells[0].text === '8.32')!;
    expect(row.map((cell) => cell.text)).toEqual([
      '8.32',
      'Covered by 1 activity',
      '+Pinning, "quoted"',
      'In progress',
      'Started (2026-01-02)',
      '',
      '=HYPERLINK("https://evil","click") (2026-05-01, Team A) <https://ci.example/1>',
      '2026-06-01 by @admin: =HYPERLINK("https://evil","click")\n' +
        'Team A, +Pinning, "quoted": due for review since 2026-09-01 (evidence last recorded or reviewed 2026-06-01; every 3 months)',
    ]);
    expect(sheet.flat().filter((cell) => cell.kind === 'formula')).toEqual([]);
    expect(sheet.find((cells) => cells[0].text === '5.1')![1].text).toBe('No activity covers this control');
  });

  it('writes the evidence index with its links, formulas as text', async () => {
    const table = evidenceIndex({ evidence: EVIDENCE, activities: [ACTIVITY] });
    const sheet = await readXlsx(await xlsxBlob(table, 'Evidence index'));
    expect(sheet.map((cells) => cells.map((cell) => cell.text))).toEqual(
      [table.columns, ...table.rows].map((row) => row.map(String)),
    );
    expect(sheet[1].filter((cell) => cell.text !== '').map((cell) => cell.kind)).toEqual(Array(11).fill('string'));
  });
});
