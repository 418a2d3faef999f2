import { evidenceFixture } from '../testing/evidence-fixture';
import { AssessmentState } from '../types';
import { STAGES } from '../testing/model-fixture';
import { thrownCode } from '../testing/thrown-code';
import { addTeam, deleteTeam, groupsByTeam, groupsOf, moveTeam, renameTeam, setTeamGroups } from './team-edits';
import { countTeamData } from './team-data';
import { groupNameProblem, teamNameProblem, TeamsError } from './teams-error';

const NOW = 1_000_000;

const evidence = (id: string, teams: string[], activityUuid = 'a1') =>
  evidenceFixture(id, { activityUuid, teams, evidenceRecorded: '2026-05-20' });

const assessment: AssessmentState = {
  teams: {
    names: ['Team A', 'Team B', 'Team C'],
    groups: { Frontend: ['Team A', 'Team B'], Platform: ['Team C', 'Team A'] },
  },
  teamsEdited: false,
  removedTeams: [],
  stages: STAGES,
  stagesEdited: false,
  progress: {
    a1: {
      'Team A': { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } },
      'Team B': { stages: { Started: '2026-01-02' }, editedAt: 5 },
    },
    a2: { 'Team A': { stages: { 'Fully implemented': '2026-03-01', Legacy: '2020-01-01' }, editedAt: 7 } },
    a3: { 'Team B': { stages: { Started: '2026-01-03' } } },
    a4: { 'Team A': { stages: {}, editedAt: 9 } },
  },
  evidence: [evidence('only-a', ['Team A']), evidence('a-and-b', ['Team B', 'Team A']), evidence('only-b', ['Team B'])],
  deletedEvidence: { older: 1 },
  settings: {},
  customFiles: [],
};

const code = (fn: () => unknown) => thrownCode(TeamsError, fn);

describe('team edits', () => {
  it('adds a trimmed, unique, non-empty team at the end', () => {
    const next = addTeam(assessment, '  Team D ');
    expect(next.teams.names).toEqual(['Team A', 'Team B', 'Team C', 'Team D']);
    expect(next.teamsEdited).toBeTrue();
    expect(assessment.teams.names.length).toBe(3);
    expect(code(() => addTeam(assessment, '   '))).toBe('empty-name');
    expect(code(() => addTeam(assessment, ' Team A '))).toBe('duplicate-name');
    expect(addTeam(assessment, 'team a').teams.names).toContain('team a');
  });

  it('validates names for forms without throwing', () => {
    expect(teamNameProblem('', assessment.teams)?.code).toBe('empty-name');
    expect(teamNameProblem('Team B', assessment.teams)?.code).toBe('duplicate-name');
    expect(teamNameProblem('Team B', assessment.teams, 'Team B')).toBeUndefined();
    expect(teamNameProblem('New', assessment.teams)).toBeUndefined();
    expect(groupNameProblem('Frontend', assessment.teams)?.code).toBe('duplicate-name');
    expect(groupNameProblem(' ', assessment.teams)?.code).toBe('empty-name');
    expect(groupNameProblem('constructor', assessment.teams)).toBeUndefined();
  });

  describe('rename', () => {
    const next = renameTeam(assessment, 'Team A', ' Team Z ', NOW);

    it('renames in place in the team list and in every group', () => {
      expect(next.teams.names).toEqual(['Team Z', 'Team B', 'Team C']);
      expect(next.teams.groups).toEqual({ Frontend: ['Team Z', 'Team B'], Platform: ['Team C', 'Team Z'] });
      expect(next.teamsEdited).toBeTrue();
      expect(next.removedTeams).toEqual(['Team A']);
    });

    it("moves exactly that team's progress, stamped as a browser edit", () => {
      expect(next.progress).toEqual({
        a1: {
          'Team Z': { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' }, editedAt: NOW },
          'Team B': { stages: { Started: '2026-01-02' }, editedAt: 5 },
        },
        a2: { 'Team Z': { stages: { 'Fully implemented': '2026-03-01', Legacy: '2020-01-01' }, editedAt: NOW } },
        a3: assessment.progress['a3'],
        a4: { 'Team Z': { stages: {}, editedAt: NOW } },
      });
      expect(next.progress['a3']).toBe(assessment.progress['a3']);
    });

    it('renames the team in evidence team lists by name, keeping their order', () => {
      expect(next.evidence.map((e) => e.teams)).toEqual([['Team Z'], ['Team B', 'Team Z'], ['Team B']]);
      expect(next.evidence.map((e) => e.editedAt)).toEqual([NOW, NOW, undefined]);
      expect(next.evidence[2]).toBe(assessment.evidence[2]);
    });

    it('leaves the input untouched, and a rename to the same name changes nothing', () => {
      expect(assessment.teams.names[0]).toBe('Team A');
      expect(assessment.progress['a1']['Team A']).toBeDefined();
      expect(renameTeam(assessment, 'Team A', 'Team A ', NOW)).toBe(assessment);
    });

    it('refuses an unknown team, a taken name or an empty one', () => {
      expect(code(() => renameTeam(assessment, 'Nope', 'X', NOW))).toBe('unknown-team');
      expect(code(() => renameTeam(assessment, 'Team A', 'Team B', NOW))).toBe('duplicate-name');
      expect(code(() => renameTeam(assessment, 'Team A', ' ', NOW))).toBe('empty-name');
    });

    it("replaces an unknown team's entry held under the new name, and keeps the rest of it", () => {
      const withOrphan: AssessmentState = {
        ...assessment,
        progress: {
          ...assessment.progress,
          a1: { ...assessment.progress['a1'], Ghost: { stages: { Started: '2025-01-01' } } },
          a9: { Ghost: { stages: { Started: '2025-02-02' } } },
        },
      };
      const renamed = renameTeam(withOrphan, 'Team A', 'Ghost', NOW);
      expect(renamed.progress['a1']['Ghost'].stages).toEqual({
        Started: '2026-01-01',
        'Partly implemented': '2026-02-01',
      });
      expect(renamed.progress['a9']['Ghost'].stages).toEqual({ Started: '2025-02-02' });
    });
  });

  describe('delete', () => {
    const next = deleteTeam(assessment, 'Team A', NOW);

    it('removes the team from the list and the groups', () => {
      expect(next.teams).toEqual({
        names: ['Team B', 'Team C'],
        groups: { Frontend: ['Team B'], Platform: ['Team C'] },
      });
      expect(next.removedTeams).toEqual(['Team A']);
      expect(next.teamsEdited).toBeTrue();
    });

    it("removes exactly that team's progress; activities left empty go", () => {
      expect(next.progress).toEqual({
        a1: { 'Team B': assessment.progress['a1']['Team B'] },
        a3: assessment.progress['a3'],
      });
    });

    it('takes the team out of evidence; evidence left without a team is deleted with a tombstone', () => {
      expect(next.evidence).toEqual([{ ...evidence('a-and-b', ['Team B']), editedAt: NOW }, assessment.evidence[2]]);
      expect(next.deletedEvidence).toEqual({ older: 1, 'only-a': NOW });
    });

    it('counts what it removes beforehand', () => {
      expect(countTeamData(assessment, 'Team A')).toEqual({
        activities: 2,
        stages: 4,
        evidence: 2,
        evidenceOnlyThisTeam: 1,
      });
      expect(countTeamData(assessment, 'Team C')).toEqual({
        activities: 0,
        stages: 0,
        evidence: 0,
        evidenceOnlyThisTeam: 0,
      });
      expect(countTeamData(assessment, 'constructor')).toEqual({
        activities: 0,
        stages: 0,
        evidence: 0,
        evidenceOnlyThisTeam: 0,
      });
    });

    it('refuses an unknown team and remembers a removed name once', () => {
      expect(code(() => deleteTeam(assessment, 'Nope', NOW))).toBe('unknown-team');
      const twice = deleteTeam(addTeam(next, 'Team A'), 'Team A', NOW);
      expect(twice.removedTeams).toEqual(['Team A']);
    });

    it('does not touch data of a team whose name contains the deleted one', () => {
      const similar = addTeam(assessment, 'Team A2');
      const withData = { ...similar, evidence: [...similar.evidence, evidence('a2', ['Team A2'])] };
      expect(deleteTeam(withData, 'Team A', NOW).evidence.map((e) => e.id)).toEqual(['a-and-b', 'only-b', 'a2']);
    });
  });

  it('moves a team to a position, clamped', () => {
    expect(moveTeam(assessment, 'Team C', 0).teams.names).toEqual(['Team C', 'Team A', 'Team B']);
    expect(moveTeam(assessment, 'Team A', 1).teams.names).toEqual(['Team B', 'Team A', 'Team C']);
    expect(moveTeam(assessment, 'Team A', 99).teams.names).toEqual(['Team B', 'Team C', 'Team A']);
    expect(moveTeam(assessment, 'Team C', -3).teams.names).toEqual(['Team C', 'Team A', 'Team B']);
    expect(moveTeam(assessment, 'Team A', 0).teamsEdited).toBeTrue();
    expect(code(() => moveTeam(assessment, 'Nope', 0))).toBe('unknown-team');
  });

  it('sets the groups of a team', () => {
    const next = setTeamGroups(assessment, 'Team B', ['Platform']);
    expect(next.teams.groups).toEqual({ Frontend: ['Team A'], Platform: ['Team C', 'Team A', 'Team B'] });
    expect(groupsOf(next.teams, 'Team B')).toEqual(['Platform']);
    expect(groupsOf(assessment.teams, 'Team A')).toEqual(['Frontend', 'Platform']);
    expect(setTeamGroups(assessment, 'Team A', []).teams.groups).toEqual({
      Frontend: ['Team B'],
      Platform: ['Team C'],
    });
    expect(code(() => setTeamGroups(assessment, 'Team A', ['Nope']))).toBe('unknown-group');
    expect(code(() => setTeamGroups(assessment, 'Nope', []))).toBe('unknown-team');
  });

  it('groupsByTeam gives every team the groups groupsOf gives it, in the same order', () => {
    const teams = {
      names: ['Team A', 'Team B', 'Team C', 'Team D'],
      groups: { Web: ['Team B', 'Team A', 'Team B'], Platform: ['Team A'], Empty: [], Cloud: ['Team C', 'Team A'] },
    };
    const byTeam = groupsByTeam(teams);
    expect(byTeam.get('Team A')).toEqual(['Web', 'Platform', 'Cloud']);
    for (const team of teams.names) expect(byTeam.get(team) ?? []).toEqual(groupsOf(teams, team));
    expect(byTeam.has('Team D')).toBeFalse();
  });
});
