import fc from 'fast-check';
import { awkwardName } from '../../domain/testing/awkward-names';
import { Teams } from '../../domain/types';
import {
  ALL_TEAMS,
  isAllTeams,
  isGroupSelected,
  readTeamSelection,
  resolveTeams,
  teamSelectionParams,
  toggleGroup,
  toggleTeam,
} from './team-selection-params';

const TEAMS: Teams = {
  names: ['Team A', 'Team B', 'Team C', 'Team D'],
  groups: { Frontend: ['Team A', 'Team B'], Platform: ['Team C', 'Team D'], Ghosts: ['Nobody'] },
};

describe('team selection params', () => {
  it('reads a comma-separated team list and a group from the query', () => {
    expect(readTeamSelection({ teams: 'Team A,Team B' })).toEqual({ teams: ['Team A', 'Team B'] });
    expect(readTeamSelection({ group: 'Frontend' })).toEqual({ teams: [], group: 'Frontend' });
    expect(readTeamSelection({ teams: ['Team A', 'Team C'] })).toEqual({ teams: ['Team A', 'Team C'] });
    expect(readTeamSelection({})).toEqual(ALL_TEAMS);
    expect(readTeamSelection({ teams: '' })).toEqual(ALL_TEAMS);
  });

  it('writes the selection as query params, removing what does not apply', () => {
    expect(teamSelectionParams({ teams: ['Team A', 'Team B'] })).toEqual({ teams: 'Team A,Team B', group: null });
    expect(teamSelectionParams({ teams: [], group: 'Platform' })).toEqual({ teams: null, group: 'Platform' });
    expect(teamSelectionParams(ALL_TEAMS)).toEqual({ teams: null, group: null });
  });

  it('round-trips any team names, commas and backslashes included', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          awkwardName.filter((n) => n !== ''),
          { minLength: 1, maxLength: 6 },
        ),
        (teams) => {
          const params = teamSelectionParams({ teams });
          expect(readTeamSelection({ teams: params.teams })).toEqual({ teams });
        },
      ),
    );
    expect(teamSelectionParams({ teams: ['a, b', 'c\\'] }).teams).toBe('a\\, b,c\\\\');
  });
});

describe('resolving a selection', () => {
  it('gives all teams for an empty selection, in team order', () => {
    expect(resolveTeams(ALL_TEAMS, TEAMS)).toEqual(TEAMS.names);
    expect(isAllTeams(ALL_TEAMS, TEAMS)).toBeTrue();
  });

  it('gives the chosen teams in team order, ignoring names that are not teams', () => {
    expect(resolveTeams({ teams: ['Team C', 'Team A', 'Gone'] }, TEAMS)).toEqual(['Team A', 'Team C']);
    expect(resolveTeams({ teams: ['Gone'] }, TEAMS)).toEqual(TEAMS.names);
  });

  it("reads a group's name in ?teams= as its members, on every page that resolves the selection", () => {
    const web = readTeamSelection({ teams: 'Frontend' });
    expect(resolveTeams(web, TEAMS)).toEqual(['Team A', 'Team B']);
    expect(isAllTeams(web, TEAMS)).toBeFalse();
    expect(isGroupSelected(web, TEAMS, 'Frontend')).toBeTrue();
    expect(resolveTeams(readTeamSelection({ teams: 'Platform,Team A' }), TEAMS)).toEqual([
      'Team A',
      'Team C',
      'Team D',
    ]);
    // A chip then toggles from there, as from ?group=Frontend.
    expect(toggleTeam(web, TEAMS, 'Team B')).toEqual({ teams: ['Team A'] });
  });

  it("gives a group's members", () => {
    expect(resolveTeams({ teams: [], group: 'Platform' }, TEAMS)).toEqual(['Team C', 'Team D']);
    expect(resolveTeams({ teams: [], group: 'Unknown' }, TEAMS)).toEqual(TEAMS.names);
    expect(resolveTeams({ teams: [], group: 'constructor' }, TEAMS)).toEqual(TEAMS.names);
  });
});

describe('toggling', () => {
  it('adds and removes single teams', () => {
    const one = toggleTeam(ALL_TEAMS, TEAMS, 'Team A');
    expect(one).toEqual({ teams: ['Team A'] });
    const two = toggleTeam(one, TEAMS, 'Team C');
    expect(two).toEqual({ teams: ['Team A', 'Team C'] });
    expect(toggleTeam(two, TEAMS, 'Team A')).toEqual({ teams: ['Team C'] });
    expect(toggleTeam(one, TEAMS, 'Team A')).toEqual(ALL_TEAMS);
  });

  it('selects a group through its members and names it when the selection is exactly the group', () => {
    const frontend = toggleGroup(ALL_TEAMS, TEAMS, 'Frontend');
    expect(frontend).toEqual({ teams: [], group: 'Frontend' });
    expect(isGroupSelected(frontend, TEAMS, 'Frontend')).toBeTrue();
    expect(toggleTeam(ALL_TEAMS, TEAMS, 'Team B')).toEqual({ teams: ['Team B'] });
    expect(toggleTeam({ teams: ['Team A'] }, TEAMS, 'Team B')).toEqual({ teams: [], group: 'Frontend' });
  });

  it('combines groups and teams, and a second toggle removes the group', () => {
    const both = toggleGroup({ teams: ['Team C'] }, TEAMS, 'Frontend');
    expect(both).toEqual({ teams: ['Team A', 'Team B', 'Team C'] });
    expect(isGroupSelected(both, TEAMS, 'Frontend')).toBeTrue();
    expect(isGroupSelected(both, TEAMS, 'Platform')).toBeFalse();
    expect(toggleGroup(both, TEAMS, 'Frontend')).toEqual({ teams: ['Team C'] });
  });

  it('treats selecting every team as all teams, and a group without known members as nothing', () => {
    expect(toggleGroup({ teams: [], group: 'Frontend' }, TEAMS, 'Platform')).toEqual(ALL_TEAMS);
    expect(toggleGroup(ALL_TEAMS, TEAMS, 'Ghosts')).toEqual(ALL_TEAMS);
    expect(isGroupSelected(ALL_TEAMS, TEAMS, 'Ghosts')).toBeFalse();
  });
});
