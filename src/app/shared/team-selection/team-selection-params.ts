import { selectionMembers, teamNameSet } from '../../domain/teams/selection-members';
import { Teams } from '../../domain/types';

/**
 * Which teams a view shows. Empty = all teams. `group` is set when the selection is exactly one
 * group's members, so the URL keeps the group's name (`?group=Cloud`) rather than a list that goes
 * stale when the group changes.
 */
export interface TeamSelection {
  readonly teams: readonly string[];
  readonly group?: string;
}

export const ALL_TEAMS: TeamSelection = { teams: [] };

/** The query parameters of a selection; null removes a parameter (Angular's queryParams merge). */
export interface TeamSelectionParams {
  readonly teams: string | null;
  readonly group: string | null;
}

/**
 * Reads `?teams=Team%20A,Team%20B` or `?group=Cloud`. A comma inside a team name is written `\,`
 * (and a backslash `\\`) so every name survives the round trip. A parameter given more than once
 * (`?teams=A&teams=B`) is read as a list too.
 */
export function readTeamSelection(params: {
  readonly teams?: string | readonly string[] | null;
  readonly group?: string | readonly string[] | null;
}): TeamSelection {
  const group = firstValue(params.group);
  if (group !== undefined && group !== '') return { teams: [], group };
  const values = params.teams === undefined || params.teams === null ? [] : [params.teams].flat();
  const teams = values.flatMap(splitTeams).filter((team) => team !== '');
  return { teams: [...new Set(teams)] };
}

export function teamSelectionParams(selection: TeamSelection): TeamSelectionParams {
  if (selection.group !== undefined) return { teams: null, group: selection.group };
  if (selection.teams.length === 0) return { teams: null, group: null };
  return { teams: selection.teams.map(escapeTeam).join(','), group: null };
}

/**
 * The team names a selection stands for, in the assessment's team order; all teams when nothing
 * (or nothing known) is selected. A group's name among the teams stands for its members; names
 * that are neither (any more) are left out here, and the team chips name them (`selectionMembers`).
 */
export function resolveTeams(selection: TeamSelection, teams: Teams): string[] {
  const { chosen } = selectionMembers(selection, teams);
  const resolved = teams.names.filter((team) => chosen.has(team));
  return resolved.length > 0 ? resolved : [...teams.names];
}

/** Whether nothing specific is selected, i.e. "All teams" applies. */
export function isAllTeams(selection: TeamSelection, teams: Teams): boolean {
  return selectionMembers(selection, teams).chosen.size === 0;
}

/** The selected team names (empty for "All teams"). */
export function selectedTeams(selection: TeamSelection, teams: Teams): string[] {
  return isAllTeams(selection, teams) ? [] : resolveTeams(selection, teams);
}

/** A group counts as selected when all its (known) members are, and it has any. */
export function isGroupSelected(selection: TeamSelection, teams: Teams, group: string): boolean {
  const selected = new Set(selectedTeams(selection, teams));
  const known = teamNameSet(teams);
  const members = groupMembers(teams, group).filter((team) => known.has(team));
  return members.length > 0 && members.every((team) => selected.has(team));
}

/** Adds the team to the selection, or removes it. */
export function toggleTeam(selection: TeamSelection, teams: Teams, team: string): TeamSelection {
  const selected = new Set(selectedTeams(selection, teams));
  if (selected.has(team)) selected.delete(team);
  else selected.add(team);
  return selectionOf([...selected], teams);
}

/** Selects all members of the group, or, when they all are, removes them. */
export function toggleGroup(selection: TeamSelection, teams: Teams, group: string): TeamSelection {
  const selected = new Set(selectedTeams(selection, teams));
  const members = groupMembers(teams, group);
  const remove = isGroupSelected(selection, teams, group);
  for (const member of members) {
    if (remove) selected.delete(member);
    else selected.add(member);
  }
  return selectionOf([...selected], teams);
}

/**
 * The selection of these team names: all teams when none (or every team) is chosen, a group when
 * they are exactly its members, else the teams in team order. Names that are not teams are dropped.
 */
export function selectionOf(names: readonly string[], teams: Teams): TeamSelection {
  const selected = new Set(names);
  const list = teams.names.filter((team) => selected.has(team));
  if (list.length === 0 || list.length === teams.names.length) return ALL_TEAMS;
  const known = teamNameSet(teams);
  const group = Object.keys(teams.groups).find((name) => {
    const members = new Set(groupMembers(teams, name).filter((team) => known.has(team)));
    return members.size === list.length && list.every((team) => members.has(team));
  });
  return group !== undefined ? { teams: [], group } : { teams: list };
}

function groupMembers(teams: Teams, group: string): readonly string[] {
  return Object.hasOwn(teams.groups, group) ? teams.groups[group] : [];
}

function firstValue(value: string | readonly string[] | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : value[0];
}

function escapeTeam(team: string): string {
  return team.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

function splitTeams(value: string): string[] {
  const teams: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '\\' && i + 1 < value.length) current += value[++i];
    else if (char === ',') {
      teams.push(current);
      current = '';
    } else current += char;
  }
  teams.push(current);
  return teams;
}
