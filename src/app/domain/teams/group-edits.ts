import { AssessmentState, Teams } from '../types';
import { moved } from './moved';
import { groupNameProblem, requireGroup, requireTeam, validName } from './teams-error';

/**
 * Edits of the team groups. Like the team edits they mark the teams as edited and throw a
 * TeamsError for a bad name. Group order is the order of the record's keys.
 */

function withGroups(state: AssessmentState, groups: Teams['groups']): AssessmentState {
  return { ...state, teams: { ...state.teams, groups }, teamsEdited: true };
}

export function addGroup(state: AssessmentState, name: string, members: readonly string[] = []): AssessmentState {
  const group = validName(groupNameProblem(name, state.teams), name);
  members.forEach((team) => requireTeam(state.teams, team));
  return withGroups(state, { ...state.teams.groups, [group]: [...new Set(members)] });
}

/** Renames a group in place (it keeps its position and members). */
export function renameGroup(state: AssessmentState, from: string, to: string): AssessmentState {
  requireGroup(state.teams, from);
  const name = validName(groupNameProblem(to, state.teams, from), to);
  if (name === from) return state;
  return withGroups(
    state,
    Object.fromEntries(
      Object.entries(state.teams.groups).map(([group, members]) => [group === from ? name : group, members]),
    ),
  );
}

/** Deletes a group; its teams and their data stay. */
export function deleteGroup(state: AssessmentState, group: string): AssessmentState {
  requireGroup(state.teams, group);
  return withGroups(state, Object.fromEntries(Object.entries(state.teams.groups).filter(([name]) => name !== group)));
}

/**
 * Moves a group to position `toIndex` (clamped). JavaScript lists integer-like keys ("1", "2024")
 * first whatever the insertion order, so such groups cannot be moved behind others.
 */
export function moveGroup(state: AssessmentState, group: string, toIndex: number): AssessmentState {
  requireGroup(state.teams, group);
  const order = moved(Object.keys(state.teams.groups), group, toIndex);
  return withGroups(state, Object.fromEntries(order.map((name) => [name, state.teams.groups[name]])));
}

/** Sets the members of a group, in the given order (repeats dropped); each must be a team. */
export function setGroupMembers(state: AssessmentState, group: string, members: readonly string[]): AssessmentState {
  requireGroup(state.teams, group);
  members.forEach((team) => requireTeam(state.teams, team));
  return withGroups(state, { ...state.teams.groups, [group]: [...new Set(members)] });
}
