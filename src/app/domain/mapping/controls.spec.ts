import { Activity, Progress, TeamProgress } from '../types';
import { StandardKey } from './standards';
import { activityFixture, STAGES, TODAY } from '../testing/model-fixture';
import { evidenceSummaries, StatusRules } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { evidenceFixture } from '../testing/evidence-fixture';
import { controlRows as rowsOf, controlStateText, TeamStandings } from './controls';

const iso = (ids: string[]) => ({ samm2: [], iso27001_2017: [], iso27001_2022: ids, openCRE: [], d3f: [] });
const A = activityFixture({ name: 'A', references: iso(['8.32', '5.37']) });
const B = activityFixture({ name: 'B', references: iso(['8.32', 'Not explicitly covered by ISO 27001']) });
const C = activityFixture({ name: 'C', references: iso(['8.4']) });
const RULES = new StatusRules(STAGES, TODAY);

/** The rows with standings made for exactly the teams asked for. */
const controlRows = (activities: Activity[], standard: StandardKey, progress: Progress, teams: string[]) =>
  rowsOf(activities, standard, new TeamStandings(progress, teams, RULES), teams);

const PROGRESS: Progress = {
  [A.uuid]: { 'Team A': { stages: { 'Fully implemented': '2026-01-01' } } },
  [B.uuid]: {
    'Team A': { stages: { 'Fully implemented': '2026-01-01' } },
    'Team B': { stages: { Started: '2026-01-01' } },
  },
};

describe('controls of a standard (inverse mapping)', () => {
  const rows = controlRows([A, B, C], 'iso27001_2022', PROGRESS, ['Team A', 'Team B']);

  it('lists each control once, in natural order, with notes last', () => {
    expect(rows.map((row) => row.id)).toEqual(['5.37', '8.4', '8.32', 'Not explicitly covered by ISO 27001']);
    expect(rows.map((row) => row.isNote)).toEqual([false, false, false, true]);
  });

  it('lists the activities that map to each control', () => {
    expect(rows.find((row) => row.id === '8.32')?.activities.map((a) => a.name)).toEqual(['A', 'B']);
  });

  it('tells per team how far it is with the control', () => {
    const control = rows.find((row) => row.id === '8.32');
    const [teamA, teamB] = control?.teams ?? [];
    expect([teamA.done, teamA.activities, teamA.state]).toEqual([2, 2, 'implemented']);
    expect([teamB.done, teamB.inProgress, teamB.state]).toEqual([0, 1, 'in-progress']);
    expect(teamB.mean).toBeCloseTo(0.1);
    // Nobody has assessed C, the one activity of 8.4; set to the 0% stage, it is not implemented.
    expect(rows.find((row) => row.id === '8.4')?.teams[0].state).toBe('not-assessed');
    const zero: Progress = { ...PROGRESS, [C.uuid]: { 'Team A': { stages: { 'Not implemented': '2026-01-01' } } } };
    const again = controlRows([A, B, C], 'iso27001_2022', zero, ['Team A']);
    expect(again.find((row) => row.id === '8.4')?.teams[0].state).toBe('not-implemented');
  });

  it('leaves activities a team marked not applicable out of "implemented" and says when none applies', () => {
    const marked: Progress = {
      ...PROGRESS,
      [B.uuid]: { 'Team A': { stages: {}, notApplicable: { reason: 'no containers', date: '2026-01-01' } } },
      [C.uuid]: { 'Team A': { stages: {}, notApplicable: { reason: '', date: '2026-01-01' } } },
    };
    const table = controlRows([A, B, C], 'iso27001_2022', marked, ['Team A']);
    const control = (id: string) => table.find((row) => row.id === id)!.teams[0];
    expect([control('8.32').done, control('8.32').notApplicable, control('8.32').state]).toEqual([1, 1, 'implemented']);
    expect(control('8.32').mean).toBe(1);
    expect(control('8.4').state).toBe('not-applicable');
  });

  it("names each state in the stages' words, following a renamed stage", () => {
    const states = ['implemented', 'in-progress', 'not-implemented', 'not-assessed', 'not-applicable'] as const;
    expect(states.map((state) => controlStateText(state, STAGES))).toEqual([
      'Fully implemented',
      'In progress',
      'Not implemented',
      'Not assessed',
      'Not applicable',
    ]);
    const renamed = STAGES.map((s) => (s.score === 0 ? { ...s, title: 'Nothing yet' } : s));
    expect(controlStateText('not-implemented', renamed)).toBe('Nothing yet');
  });

  it('is empty for a standard nothing maps to', () => {
    expect(controlRows([A, B, C], 'samm2', PROGRESS, ['Team A'])).toEqual([]);
  });

  it('counts all the teams by their state on each control, and details only the teams asked for', () => {
    const progress: Progress = {
      ...PROGRESS,
      [C.uuid]: {
        'Team C': { stages: { 'Not implemented': '2026-01-01' } },
        'Team D': { stages: {}, notApplicable: { reason: '', date: '2026-01-01' } },
        // Not yet: a date after today counts later.
        'Team E': { stages: { 'Fully implemented': '2999-01-01' } },
      },
    };
    const teams = ['Team A', 'Team B', 'Team C', 'Team D', 'Team E'];
    const standings = new TeamStandings(progress, teams, RULES);
    const table = rowsOf([A, B, C], 'iso27001_2022', standings, teams, ['Team B']);
    const row = (id: string) => table.find((r) => r.id === id)!;
    expect(row('8.32').summary).toEqual({
      teams: 5,
      implemented: 1,
      inProgress: 1,
      notImplemented: 0,
      notAssessed: 3,
      notApplicable: 0,
      due: 0,
    });
    expect(row('8.4').summary).toEqual({
      teams: 5,
      implemented: 0,
      inProgress: 0,
      notImplemented: 1,
      notAssessed: 3,
      notApplicable: 1,
      due: 0,
    });
    expect(row('8.32').teams.map((status) => [status.team, status.state])).toEqual([['Team B', 'in-progress']]);
    // A team the standings were not made for is read all the same.
    const other = rowsOf([A, B, C], 'iso27001_2022', standings, ['Team A', 'Team X'], ['Team X']);
    expect(other.find((r) => r.id === '8.32')!.summary.implemented).toBe(1);
    expect(other.find((r) => r.id === '8.32')!.teams[0].state).toBe('not-assessed');
  });

  it('counts what is due for review as every page does: per team in detail, and the teams due in the summary', () => {
    // TODAY is 2026-12-05, the interval 12 months; C has its own of 3 months.
    const shortC = { ...C, reviewInterval: monthsInterval(3) };
    const progress: Progress = {
      [A.uuid]: {
        'Team A': { stages: { 'Partly implemented': '2025-01-10' } },
        'Team B': { stages: { 'Fully implemented': '2026-06-01' } },
      },
      [B.uuid]: { 'Team B': { stages: { Started: '2026-06-01' } } },
      [shortC.uuid]: { 'Team B': { stages: { Started: '2026-06-01' } } },
    };
    // Fresh proof confirms Team A's old stage on B; old proof with no stage (Team C on A) is due.
    const evidence = [
      evidenceFixture('fresh', { activityUuid: B.uuid, teams: ['Team A'], evidenceRecorded: '2026-11-01' }),
      evidenceFixture('old', { activityUuid: A.uuid, teams: ['Team C'], evidenceRecorded: '2025-01-01' }),
    ];
    const review = { evidence: evidenceSummaries(evidence, TODAY), interval: monthsInterval(12) };
    const teams = ['Team A', 'Team B', 'Team C'];
    const activities = new Map([A, B, shortC].map((activity) => [activity.uuid, activity]));
    const standings = new TeamStandings(progress, teams, RULES, review, activities);
    const table = rowsOf([A, B, shortC], 'iso27001_2022', standings, teams);
    const row = (id: string) => table.find((r) => r.id === id)!;
    expect(row('8.32').teams.map((status) => [status.team, status.state, status.due])).toEqual([
      ['Team A', 'in-progress', 1],
      ['Team B', 'in-progress', 0],
      ['Team C', 'not-assessed', 1],
    ]);
    expect(row('8.32').summary.due).toBe(2);
    // Its own 3 months have passed since June.
    expect(row('8.4').teams.map((status) => status.due)).toEqual([0, 1, 0]);
    expect(row('8.4').summary.due).toBe(1);
    // A team the standings were not made for reads the same.
    const other = rowsOf([A, B, shortC], 'iso27001_2022', standings, ['Team X', 'Team A'], ['Team A']);
    expect([other.find((r) => r.id === '8.32')!.teams[0].due, other.find((r) => r.id === '8.32')!.summary.due]).toEqual(
      [1, 1],
    );
    // Without a review context, nothing is due.
    const plain = rowsOf([A], 'iso27001_2022', new TeamStandings(progress, teams, RULES), teams);
    expect(plain[1].summary.due).toBe(0);
  });

  it("reads each team's status as StatusRules.of does", () => {
    const entries: (TeamProgress | undefined)[] = [
      undefined,
      { stages: {} },
      { stages: { 'Not implemented': '2026-01-01' } },
      { stages: { Started: '2026-01-01', 'Fully implemented': '2999-01-01' } },
      { stages: { 'Fully implemented': '2026-01-01', Unknown: '2026-01-01' } },
      { stages: { Started: '2026-01-01' }, notApplicable: { reason: '', date: '2026-01-01' } },
      { stages: { Started: '2026-01-01' }, notApplicable: { reason: '', date: '2999-01-01' } },
    ];
    const teams = entries.map((_, i) => `Team ${i}`);
    const progress: Progress = {
      [C.uuid]: Object.fromEntries(entries.flatMap((entry, i) => (entry ? [[teams[i], entry]] : []))),
    };
    const table = rowsOf([C], 'iso27001_2022', new TeamStandings(progress, teams, RULES), teams);
    const statuses = teams.map((team) => RULES.of(progress[C.uuid][team]));
    expect(table[0].teams.map((status) => status.mean)).toEqual(statuses.map((status) => status.score));
    expect(table[0].teams.map((status) => status.state)).toEqual(
      statuses.map((status) =>
        status.kind === 'not-applicable'
          ? 'not-applicable'
          : status.kind === 'not-assessed'
            ? 'not-assessed'
            : status.done
              ? 'implemented'
              : status.score > 0
                ? 'in-progress'
                : 'not-implemented',
      ),
    );
  });
});
