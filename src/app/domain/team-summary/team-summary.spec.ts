import { SMALL_MODEL, STAGES, TODAY, uuidOf } from '../testing/model-fixture';
import { Evidence, Progress } from '../types';
import { setTeamsNotAssessed, setTeamStage } from '../progress/set-team-stage';
import { mergeEvidence, mergeProgress, replaceProgress } from '../transfer/import-entries';
import { teamSummary, TeamSummaryInput } from './team-summary';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const DEPLOY = uuidOf('Defined deployment process');
const STATIC = uuidOf('Static analysis for important server side components');

const progress: Progress = {
  [BUILD]: {
    A: { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } },
    B: { stages: { Started: '2026-01-01', 'Partly implemented': '2026-01-02', 'Fully implemented': '2026-03-01' } },
  },
  [DEPLOY]: {
    A: { stages: { Started: '2026-04-01', Legacy: '2026-09-09' } },
    B: { stages: {}, notApplicable: { reason: 'none', date: '2026-05-01' } },
  },
  [STATIC]: { A: { stages: { Started: '2026-08-01' } } },
};
const evidence: Evidence[] = [
  {
    id: 'e',
    activityUuid: BUILD,
    teams: ['B'],
    title: 't',
    description: '',
    evidenceRecorded: '2026-06-01',
    reviewer: '',
    attachments: [],
    editedAt: Date.UTC(2026, 6, 1),
  },
];
const input = (teams: string[], fields: Partial<TeamSummaryInput> = {}): TeamSummaryInput => ({
  model: SMALL_MODEL,
  stages: STAGES,
  progress,
  evidence,
  teams,
  allTeams: ['A', 'B', 'C'],
  maxLevel: 2,
  day: TODAY,
  ...fields,
});

describe('teamSummary', () => {
  it('counts activities per current stage for a team, up to the highest level', () => {
    const summary = teamSummary(input(['A']));
    // Level 1-2 activities: build, building-in-VMs, deploy, secrets (static analysis is level 3).
    expect(summary.stageCounts.map((c) => [c.stage.title, c.count])).toEqual([
      ['Not implemented', 0],
      ['Started', 1],
      ['Partly implemented', 1],
      ['Fully implemented', 0],
    ]);
    expect(summary.notApplicable).toBe(0);
    // No stage set is "not assessed", not the 0% stage.
    expect(summary.notAssessed).toBe(2);
  });

  it('lists the activities in progress with the day each stage was reached (unknown stages left out)', () => {
    const summary = teamSummary(input(['A']));
    expect(summary.inProgress.map((row) => [row.name, row.current.title, row.reached])).toEqual([
      [
        'Defined build process',
        'Partly implemented',
        [
          { title: 'Started', date: '2026-01-01' },
          { title: 'Partly implemented', date: '2026-02-01' },
        ],
      ],
      ['Defined deployment process', 'Started', [{ title: 'Started', date: '2026-04-01' }]],
    ]);
  });

  it('the last change is the latest stage, mark, evidence or browser edit day of the teams', () => {
    expect(teamSummary(input(['A'])).lastChange).toBe('2026-09-09');
    expect(teamSummary(input(['B'])).lastChange).toBe('2026-06-01');
    expect(teamSummary(input(['B'], { dayOf: (ms) => new Date(ms).toISOString().slice(0, 10) })).lastChange).toBe(
      '2026-07-01',
    );
    expect(teamSummary(input(['C'])).lastChange).toBeUndefined();
  });

  it('an import is no change of its own: the last change is the latest date in what it brought in', () => {
    const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const importDay = Date.UTC(2026, 10, 20, 9);
    const served = { progress: {}, evidence: [], removedTeams: new Set<string>() };
    const file: Progress = {
      [BUILD]: { C: { stages: { Started: '2026-03-01', 'Partly implemented': '2026-04-02' } } },
    };
    const merged = mergeProgress(progress, file, served, importDay).progress;
    expect(teamSummary(input(['C'], { progress: merged, dayOf })).lastChange).toBe('2026-04-02');
    // The served files have A's entries: Replace empties them, stamped so a reload does not bring them back.
    const replaced = replaceProgress(progress, file, { ...served, progress }, importDay);
    expect(teamSummary(input(['C'], { progress: replaced, dayOf })).lastChange).toBe('2026-04-02');
    expect(teamSummary(input(['A'], { progress: replaced, dayOf, evidence: [] })).lastChange).toBeUndefined();
    const recorded: Evidence = {
      ...evidence[0],
      id: 'f',
      teams: ['C'],
      evidenceRecorded: '2026-03-03',
      editedAt: undefined,
    };
    const withEvidence = mergeEvidence(
      { evidence: [], deletedEvidence: {} },
      [recorded],
      {},
      served,
      importDay,
    ).evidence;
    expect(teamSummary(input(['C'], { evidence: withEvidence, dayOf })).lastChange).toBe('2026-03-03');
    const reviewed = [{ ...withEvidence[0], reviewed: '2026-05-05' }];
    expect(teamSummary(input(['C'], { evidence: reviewed, dayOf })).lastChange).toBe('2026-05-05');

    // An edit in this browser after the import is a change that day, a stage taken away included.
    const editDay = Date.UTC(2026, 10, 25, 9);
    const edited = setTeamStage(merged, BUILD, 'C', 'Fully implemented', '2026-11-25', editDay, STAGES);
    expect(teamSummary(input(['C'], { progress: edited, dayOf })).lastChange).toBe('2026-11-25');
    const cleared = setTeamsNotAssessed(merged, BUILD, ['C'], editDay, STAGES);
    expect(teamSummary(input(['C'], { progress: cleared, dayOf })).lastChange).toBe('2026-11-25');
  });

  it('the last change is never after the day: a stage dated later is a plan, not a change', () => {
    const planned: Progress = {
      ...progress,
      [BUILD]: { ...progress[BUILD], A: { stages: { Started: '2026-01-01', 'Fully implemented': '2027-03-01' } } },
    };
    const future = [{ ...evidence[0], evidenceRecorded: '2027-01-01' }];
    expect(teamSummary(input(['A'], { progress: planned })).lastChange).toBe('2026-09-09');
    expect(teamSummary(input(['B'], { evidence: future })).lastChange).toBe('2026-05-01');
    expect(teamSummary(input(['A'], { progress: planned, day: '2027-03-02' })).lastChange).toBe('2027-03-01');
  });

  it('sums a group over its members, not-applicable pairs apart', () => {
    const summary = teamSummary(input(['A', 'B']));
    expect(summary.stageCounts.map((c) => c.count)).toEqual([0, 1, 1, 1]);
    expect(summary.notApplicable).toBe(1);
    expect(summary.notAssessed).toBe(4);
    expect(summary.evidence).toBe(1);
    expect(summary.inProgress.map((row) => row.team)).toEqual(['A', 'A']);
  });

  it('scores each dimension like the heatmap does', () => {
    const summary = teamSummary(input(['B']));
    expect(summary.dimensions.map((d) => [d.name, d.counts.total, d.counts.score])).toEqual([
      ['Build and Deployment', 2, 0.5],
      ['Test and Verification', 1, 0],
    ]);
  });

  it("an empty group has no scores rather than everybody's", () => {
    const summary = teamSummary(input([]));
    expect(summary.overall.score).toBeNull();
    expect(summary.dimensions.every((d) => d.counts.score === null)).toBeTrue();
    expect(summary.stageCounts.every((c) => c.count === 0)).toBeTrue();
  });
});
