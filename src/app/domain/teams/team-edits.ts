import { AssessmentState, Teams } from '../types';
import { moved } from './moved';
import { removeTeamEvidence, removeTeamProgress, renameTeamEvidence, renameTeamProgress } from './team-data';
import { requireGroup, requireTeam, teamNameProblem, validName } from './teams-error';

/**
 * Edits of the team list. Each one marks the teams as edited in the browser (from then on they win
 * over meta.yaml) and throws a TeamsError for a name that is empty, taken or unknown. Names are
 * trimmed before they are checked and stored.
 */

function withTeams(state: AssessmentState, teams: Teams): AssessmentState {
  return { ...state, teams, teamsEdited: true };
}

export function addTeam(state: AssessmentState, name: string): AssessmentState {
  const team = validName(teamNameProblem(name, state.teams), name);
  return withTeams(state, { ...state.teams, teams: [...state.teams.teams, team] });
}

/**
 * Renames a team and carries exactly its data along: its progress entries, its place in each
 * evidence team list and each group. The old name goes to `removedTeams`, so the served files'
 * data for it is ignored from now on (the browser holds the renamed copy).
 */
export function renameTeam(state: AssessmentState, from: string, to: string, now: number): AssessmentState {
  requireTeam(state.teams, from);
  const name = validName(teamNameProblem(to, state.teams, from), to);
  if (name === from) return state;
  const rename = (team: string) => (team === from ? name : team);
  return {
    ...withTeams(state, {
      teams: state.teams.teams.map(rename),
      groups: mapGroups(state.teams.groups, (members) => members.map(rename)),
    }),
    removedTeams: withName(state.removedTeams, from),
    progress: renameTeamProgress(state.progress, from, name, now),
    evidence: renameTeamEvidence(state.evidence, from, name, now),
    ...(state.targets && Object.hasOwn(state.targets, from) ? { targets: renameKey(state.targets, from, name) } : {}),
  };
}

/**
 * Deletes a team and exactly its data: its progress entries, its name in evidence team lists
 * (evidence left with no team is deleted) and its group memberships. The name goes to
 * `removedTeams` so the served files' data for it does not come back on reload.
 */
export function deleteTeam(state: AssessmentState, team: string, now: number): AssessmentState {
  requireTeam(state.teams, team);
  return {
    ...withTeams(state, {
      teams: state.teams.teams.filter((name) => name !== team),
      groups: mapGroups(state.teams.groups, (members) => members.filter((name) => name !== team)),
    }),
    removedTeams: withName(state.removedTeams, team),
    progress: removeTeamProgress(state.progress, team),
    ...removeTeamEvidence(state, team, now),
    ...(state.targets && Object.hasOwn(state.targets, team)
      ? { targets: Object.fromEntries(Object.entries(state.targets).filter(([name]) => name !== team)) }
      : {}),
  };
}

/** Moves a team to position `toIndex` (clamped to the list). */
export function moveTeam(state: AssessmentState, team: string, toIndex: number): AssessmentState {
  requireTeam(state.teams, team);
  return withTeams(state, { ...state.teams, teams: moved(state.teams.teams, team, toIndex) });
}

/** Makes `team` a member of exactly `groups` (added at the end of groups it joins). */
export function setTeamGroups(state: AssessmentState, team: string, groups: readonly string[]): AssessmentState {
  requireTeam(state.teams, team);
  groups.forEach((group) => requireGroup(state.teams, group));
  const wanted = new Set(groups);
  return withTeams(state, {
    ...state.teams,
    groups: Object.fromEntries(
      Object.entries(state.teams.groups).map(([group, members]) => {
        const member = members.includes(team);
        if (wanted.has(group) === member) return [group, members];
        return [group, member ? members.filter((name) => name !== team) : [...members, team]];
      }),
    ),
  });
}

/** The groups `team` is a member of, in group order. */
export function groupsOf(teams: Teams, team: string): string[] {
  return Object.entries(teams.groups)
    .filter(([, members]) => members.includes(team))
    .map(([group]) => group);
}

function mapGroups(
  groups: Teams['groups'],
  change: (members: readonly string[]) => readonly string[],
): Teams['groups'] {
  return Object.fromEntries(Object.entries(groups).map(([group, members]) => [group, [...new Set(change(members))]]));
}

/** Roadmap targets with a team's key renamed, so the target follows its team. */
function renameKey(targets: Readonly<Record<string, number>>, from: string, to: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(targets)
      .filter(([name]) => name !== to)
      .map(([name, level]) => [name === from ? to : name, level]),
  );
}

function withName(names: readonly string[], name: string): readonly string[] {
  return names.includes(name) ? names : [...names, name];
}
