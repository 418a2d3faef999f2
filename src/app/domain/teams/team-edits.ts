import { AssessmentState, Teams } from '../types';
import { moved } from './moved';
import { removeTeamEvidence, removeTeamProgress, renameTeamEvidence, renameTeamProgress } from './team-data';
import { requireGroup, requireTeam, teamNameProblem, validName } from './teams-error';

/**
 * Edits of the team list. Each one marks the teams as edited in the browser (from then on they win
 * over meta.yaml) and throws a TeamsError for a name that is empty, taken or unknown. Names are
 * trimmed before they are checked and stored.
 */

function withTeams(assessment: AssessmentState, teams: Teams): AssessmentState {
  return { ...assessment, teams, teamsEdited: true };
}

export function addTeam(assessment: AssessmentState, name: string): AssessmentState {
  const team = validName(teamNameProblem(name, assessment.teams), name);
  return withTeams(assessment, { ...assessment.teams, names: [...assessment.teams.names, team] });
}

/**
 * Renames a team and carries exactly its data along: its progress entries, its place in each
 * evidence team list and each group. The old name goes to `removedTeams`, so the served files'
 * data for it is ignored from now on (the browser holds the renamed copy).
 */
export function renameTeam(assessment: AssessmentState, from: string, to: string, now: number): AssessmentState {
  requireTeam(assessment.teams, from);
  const name = validName(teamNameProblem(to, assessment.teams, from), to);
  if (name === from) return assessment;
  const rename = (team: string) => (team === from ? name : team);
  return {
    ...withTeams(assessment, {
      names: assessment.teams.names.map(rename),
      groups: mapGroups(assessment.teams.groups, (members) => members.map(rename)),
    }),
    removedTeams: withName(assessment.removedTeams, from),
    progress: renameTeamProgress(assessment.progress, from, name, now),
    evidence: renameTeamEvidence(assessment.evidence, from, name, now),
    ...(assessment.targets && Object.hasOwn(assessment.targets, from)
      ? { targets: renameKey(assessment.targets, from, name) }
      : {}),
  };
}

/**
 * Deletes a team and exactly its data: its progress entries, its name in evidence team lists
 * (evidence left with no team is deleted) and its group memberships. The name goes to
 * `removedTeams` so the served files' data for it does not come back on reload.
 */
export function deleteTeam(assessment: AssessmentState, team: string, now: number): AssessmentState {
  requireTeam(assessment.teams, team);
  return {
    ...withTeams(assessment, {
      names: assessment.teams.names.filter((name) => name !== team),
      groups: mapGroups(assessment.teams.groups, (members) => members.filter((name) => name !== team)),
    }),
    removedTeams: withName(assessment.removedTeams, team),
    progress: removeTeamProgress(assessment.progress, team),
    ...removeTeamEvidence(assessment, team, now),
    ...(assessment.targets && Object.hasOwn(assessment.targets, team)
      ? { targets: Object.fromEntries(Object.entries(assessment.targets).filter(([name]) => name !== team)) }
      : {}),
  };
}

/** Moves a team to position `toIndex` (clamped to the list). */
export function moveTeam(assessment: AssessmentState, team: string, toIndex: number): AssessmentState {
  requireTeam(assessment.teams, team);
  return withTeams(assessment, { ...assessment.teams, names: moved(assessment.teams.names, team, toIndex) });
}

/** Makes `team` a member of exactly `groups` (added at the end of groups it joins). */
export function setTeamGroups(assessment: AssessmentState, team: string, groups: readonly string[]): AssessmentState {
  requireTeam(assessment.teams, team);
  groups.forEach((group) => requireGroup(assessment.teams, group));
  const wanted = new Set(groups);
  return withTeams(assessment, {
    ...assessment.teams,
    groups: Object.fromEntries(
      Object.entries(assessment.teams.groups).map(([group, members]) => {
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

/**
 * Every team's groups (as `groupsOf` gives them) in one pass over the groups: a list of 10,000
 * teams asking `groupsOf` per row walked every group's members per row.
 */
export function groupsByTeam(teams: Teams): ReadonlyMap<string, readonly string[]> {
  const byTeam = new Map<string, string[]>();
  for (const [group, members] of Object.entries(teams.groups)) {
    for (const team of members) {
      const groups = byTeam.get(team);
      if (groups === undefined) byTeam.set(team, [group]);
      else if (groups[groups.length - 1] !== group) groups.push(group);
    }
  }
  return byTeam;
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
