import { SMALL_MODEL, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { Progress } from '../types';
import { RuleMatch } from './scan-repository';
import { linkMaker, proposeFromScan, ProposalContext } from './scan-proposal';
import { ScanRule } from './scan-rules';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const SAST = uuidOf('Static analysis for important server side components');

function match(activity: string, stage: number, file = 'ci.yml', line = 3): RuleMatch {
  const rule: ScanRule = {
    id: `rule-${activity}-${stage}`,
    activity,
    stage: STAGES[stage],
    says: 'Semgrep scans the code',
    match: 'any',
    signals: [],
    file: 'rules.yaml',
    line: 1,
  };
  return { rule, findings: [{ file, line, says: rule.says, text: `Semgrep scans the code in ${file}:${line}` }] };
}

const context = (progress?: Progress, extra: Partial<ProposalContext> = {}): ProposalContext => ({
  team: 'Team A',
  day: TODAY,
  stages: STAGES,
  model: SMALL_MODEL,
  source: 'shop',
  link: linkMaker(undefined),
  ...(progress ? { progress } : {}),
  ...extra,
});

describe('proposeFromScan', () => {
  it('proposes the highest stage the findings support, with evidence linking to them', () => {
    const proposal = proposeFromScan([match(SAST, 1), match(SAST, 3, 'sast.yml', 9)], context({}));
    expect(proposal.progress).toEqual({ [SAST]: { 'Team A': { stages: { 'Fully implemented': TODAY } } } });
    const [evidence] = proposal.evidence;
    expect(evidence.teams).toEqual(['Team A']);
    expect(evidence.attachments.map((a) => a.externalLink)).toEqual(['sast.yml#L9', 'ci.yml#L3']);
    expect(evidence.description).toContain('- Semgrep scans the code in sast.yml:9');
  });

  it('never lowers a stage the team has set, and keeps its dates when raising', () => {
    const progress: Progress = {
      [BUILD]: { 'Team A': { stages: { 'Fully implemented': '2026-01-10' } } },
      [SAST]: { 'Team A': { stages: { Started: '2026-02-01', 'Fully implemented': '2027-01-01' } } },
    };
    const proposal = proposeFromScan([match(BUILD, 2), match(SAST, 2)], context(progress));
    expect(proposal.activities.map((a) => [a.activity.uuid, a.outcome])).toEqual([
      [BUILD, 'kept'],
      [SAST, 'raise'],
    ]);
    // The future date stays; Partly implemented is added today.
    expect(proposal.progress).toEqual({
      [SAST]: {
        'Team A': { stages: { Started: '2026-02-01', 'Fully implemented': '2027-01-01', 'Partly implemented': TODAY } },
      },
    });
    // Evidence is still offered for the kept activity.
    expect(proposal.evidence.map((e) => e.activityUuid)).toEqual([BUILD, SAST]);
  });

  it('leaves an activity marked not applicable alone', () => {
    const progress: Progress = {
      [SAST]: { 'Team A': { stages: {}, notApplicable: { reason: 'no code', date: '2026-01-01' } } },
    };
    const proposal = proposeFromScan([match(SAST, 3)], context(progress));
    expect(proposal.activities[0].outcome).toBe('not-applicable');
    expect(proposal.progress).toEqual({});
    expect(proposal.evidence).toEqual([]);
  });

  it('caps the stage with maxStage; other teams do not matter', () => {
    const progress: Progress = { [SAST]: { 'Team B': { stages: { 'Fully implemented': '2026-01-01' } } } };
    const proposal = proposeFromScan([match(SAST, 3)], context(progress, { maxStage: STAGES[1] }));
    expect(proposal.progress).toEqual({ [SAST]: { 'Team A': { stages: { Started: TODAY } } } });
  });

  it('the same repository, team and activity give the same evidence id on every scan', () => {
    const once = proposeFromScan([match(SAST, 3)], context({})).evidence[0].id;
    expect(proposeFromScan([match(SAST, 3, 'other.yml')], context({})).evidence[0].id).toBe(once);
    expect(proposeFromScan([match(SAST, 3)], context({}, { team: 'Team B' })).evidence[0].id).not.toBe(once);
  });

  it('link templates fill in path and line', () => {
    const link = linkMaker('https://git.example.com/org/repo/blob/main/{path}#L{line}');
    expect(link('.github/workflows/ci yml.yml', 42)).toBe(
      'https://git.example.com/org/repo/blob/main/.github/workflows/ci%20yml.yml#L42',
    );
    expect(link('SECURITY.md')).toBe('https://git.example.com/org/repo/blob/main/SECURITY.md');
  });
});
