import { emptyAssessment } from '../assessment/empty-assessment';
import { SMALL_MODEL, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { AssessmentState } from '../types';
import { previewImport, previewTeamActivities } from '../transfer/import-preview';
import { readImportFile } from '../transfer/read-import';
import { proposalFile } from './proposal-output';
import { RepositorySnapshot, scanRepository } from './scan-repository';
import { linkMaker, proposeFromScan } from './scan-proposal';
import { readScanRules } from './scan-rules';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const SAST = uuidOf('Static analysis for important server side components');

const RULES = readScanRules(
  [
    'rules:',
    '  - id: build',
    `    activity: ${BUILD}`,
    '    stage: 100%',
    '    says: The build runs in CI',
    "    signals: [{ ci: { run: '^npm run build' } }]",
    '  - id: semgrep',
    `    activity: ${SAST}`,
    '    stage: Partly implemented',
    '    says: Semgrep scans the code',
    "    signals: [{ ci: { run: '^semgrep' } }]",
  ].join('\n'),
  'rules.yaml',
  { stages: STAGES, model: SMALL_MODEL, unknownActivity: 'error' },
).set.rules;

const REPO: RepositorySnapshot = {
  paths: ['.github/workflows/ci.yml'],
  folders: ['.github', '.github/workflows'],
  read: async () =>
    'on: [push, pull_request]\njobs:\n  ci:\n    steps:\n      - run: npm run build\n      - run: semgrep ci\n',
};

describe('a dsomm scan proposal, imported through the data centre', () => {
  it('is read as a backup and its preview lists the raised stage and the evidence; a higher stage stays', async () => {
    const current: AssessmentState = {
      ...emptyAssessment({ teams: ['Team A', 'Team B'], teamGroups: {}, stages: STAGES }),
      progress: {
        [BUILD]: { 'Team A': { stages: { 'Fully implemented': '2026-03-01' } } },
        [SAST]: { 'Team B': { stages: { Started: '2026-03-01' } } },
      },
    };
    const { matches } = await scanRepository(RULES, REPO);
    const proposal = proposeFromScan(matches, {
      team: 'Team A',
      day: TODAY,
      stages: STAGES,
      model: SMALL_MODEL,
      progress: current.progress,
      source: 'shop',
      link: linkMaker(undefined),
    });
    const text = proposalFile(proposal, { stages: STAGES, model: SMALL_MODEL, now: Date.UTC(2026, 11, 5), notes: [] });
    const read = readImportFile(text, 'proposal.yaml', { stages: STAGES });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.kind).toBe('backup');

    const preview = previewImport(
      current,
      read.value,
      {
        mode: 'merge',
        served: emptyAssessment({ teams: ['Team A', 'Team B'], teamGroups: {}, stages: STAGES }),
        now: Date.UTC(2026, 11, 5, 12),
        addUnknownTeams: true,
        teamsReadOnly: false,
      },
      TODAY,
      SMALL_MODEL,
    );
    expect(preview.diff.teams.find((t) => t.team === 'Team A')?.activityCount).toBe(2);
    expect(
      previewTeamActivities(preview, 'Team A').map((a) => [a.name, a.stages, a.evidence.map((e) => e.kind)]),
    ).toEqual([
      ['Defined build process', [], ['added']],
      [
        'Static analysis for important server side components',
        [{ title: 'Partly implemented', after: TODAY }],
        ['added'],
      ],
    ]);
    expect(preview.diff.teams.some((t) => t.team === 'Team B')).toBeFalse();
    expect(preview.outcome.assessment.progress[BUILD]['Team A'].stages).toEqual({ 'Fully implemented': '2026-03-01' });
    expect(preview.outcome.assessment.teams.names).toEqual(['Team A', 'Team B']);
    expect(preview.outcome.notes).toEqual([]);
    expect(preview.future).toEqual([]);
  });
});
