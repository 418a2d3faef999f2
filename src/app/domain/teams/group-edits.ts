import { AssessmentState, Teams } from '../types';
import { moved } from './moved';
import { groupNameProblem, requireGroup, requireTeam, validName } from './teams-error';

/**
 * Edits of the team groups. Like the team edits they mark the teams as edited and throw a
 * TeamsError for a bad name. Group order is the order of the record's keys.
 */

function withGroups(assessment: AssessmentState, groups: Teams['groups']): AssessmentState {
  return { ...assessment, teams: { ...assessment.teams, groups }, teamsEdited: true };
}

export function addGroup(assessment: AssessmentState, name: string, members: readonly string[] = []): AssessmentState {
  const group = validName(groupNameProblem(name, assessment.teams), name);
  members.forEach((team) => requireTeam(assessment.teams, team));
  return withGroups(assessment, { ...assessment.teams.groups, [group]: [...new Set(members)] });
}

/** Renames a group in place (it keeps its position and members). */
export function renameGroup(assessment: AssessmentState, from: string, to: string): AssessmentState {
  requireGroup(assessment.teams, from);
  const name = validName(groupNameProblem(to, assessment.teams, from), to);
  if (name === from) return assessment;
  return withGroups(
    assessment,
    Object.fromEntries(
      Object.entries(assessment.teams.groups).map(([group, members]) => [group === from ? name : group, members]),
    ),
  );
}

/** Deletes a group; its teams and their data stay. */
export function deleteGroup(assessment: AssessmentState, group: string): AssessmentState {
  requireGroup(assessment.teams, group);
  return withGroups(
    assessment,
    Object.fromEntries(Object.entries(assessment.teams.groups).filter(([name]) => name !== group)),
  );
}

/**
 * Moves a group to position `toIndex` (clamped). JavaScript lists integer-like keys ("1", "2024")
 * first whatever the insertion order, so such groups cannot be moved behind others.
 */
export function moveGroup(assessment: AssessmentState, group: string, toIndex: number): AssessmentState {
  requireGroup(assessment.teams, group);
  const order = moved(Object.keys(assessment.teams.groups), group, toIndex);
  return withGroups(assessment, Object.fromEntries(order.map((name) => [name, assessment.teams.groups[name]])));
}

/** Sets the members of a group, in the given order (repeats dropped); each must be a team. */
export function setGroupMembers(
  assessment: AssessmentState,
  group: string,
  members: readonly string[],
): AssessmentState {
  requireGroup(assessment.teams, group);
  members.forEach((team) => requireTeam(assessment.teams, team));
  return withGroups(assessment, { ...assessment.teams.groups, [group]: [...new Set(members)] });
}
