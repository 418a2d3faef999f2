import { parseEvidenceFile } from '../evidence/parse-evidence-file';
import { parseProgressFile } from '../progress/parse-progress-file';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { SMALL_MODEL, STAGES, uuidOf } from '../testing/model-fixture';
import { dueForReview } from './due-for-review';
import { dueNotes } from './due-notes';
import { monthsInterval } from './review-interval';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const SECRETS = uuidOf('Test for stored secrets');
const DAY = '2027-06-01';

describe('due notes (dsomm validate)', () => {
  const progressText = [
    'progress:',
    `  ${BUILD}:`,
    '    Team A:',
    '      Started: 2026-01-01',
    '      Partly implemented: 2026-02-01',
    `  ${SECRETS}:`,
    '    Team B:',
    "      'Not applicable: no secrets': 2026-03-01",
    '',
  ].join('\n');
  const evidenceText = [
    'evidence:',
    `  ${SECRETS}:`,
    '    - {id: e0, teams: [Team C], title: Old scan, evidenceRecorded: 2025-01-01}',
    '    - id: e1',
    '      teams: [Team C]',
    '      title: Secrets scan',
    '      evidenceRecorded: 2026-01-15',
    '      reviewer: Kim',
    '      reviewed: 2026-04-01',
    '',
  ].join('\n');

  it('points at the stage, the mark, or the newest evidence date it is counted from', () => {
    const progress = parseProgressFile(progressText, 'team-progress.yaml', { stages: STAGES });
    const evidence = parseEvidenceFile(evidenceText, 'team-evidence.yaml');
    if (!progress.ok || !evidence.ok) throw new Error('The fixtures read.');
    const due = dueForReview({
      model: SMALL_MODEL,
      progress: progress.value,
      rules: new StatusRules(STAGES, DAY),
      review: { evidence: evidenceSummaries(evidence.value, DAY), interval: monthsInterval(12) },
      teams: ['Team A', 'Team B', 'Team C'],
    });
    const files = {
      progress: { name: 'team-progress.yaml', text: progressText },
      evidence: { name: 'team-evidence.yaml', text: evidenceText },
    };
    expect(dueNotes(due, evidence.value, files)).toEqual([
      {
        file: 'team-progress.yaml',
        line: 5,
        message:
          'Team "Team A" on activity "Defined build process": due for review since 2027-02-01 (stage set 2026-02-01, no evidence; every year).',
      },
      {
        file: 'team-progress.yaml',
        line: 8,
        message:
          'Team "Team B" on activity "Test for stored secrets": due for review since 2027-03-01 (marked not applicable 2026-03-01; every year).',
      },
      {
        file: 'team-evidence.yaml',
        line: 9,
        message:
          'Team "Team C" on activity "Test for stored secrets": due for review since 2027-04-01 (evidence last recorded or reviewed 2026-04-01; every year).',
      },
    ]);
  });
});
