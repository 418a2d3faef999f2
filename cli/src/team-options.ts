import { selectionLabel } from '../../src/app/domain/teams/selection-label';
import { selectionMembers } from '../../src/app/domain/teams/selection-members';
import { LoadedData } from '../../src/app/domain/types';
import { readTeamSelection, selectedTeams } from '../../src/app/shared/team-selection/team-selection-params';
import { CliError } from './cli-error';

export interface ChosenTeams {
  /** Empty: all teams. */
  readonly selected: readonly string[];
  /** How the selection reads in a caption: the group, the teams, or meta's name for all teams. */
  readonly caption: string;
}

/**
 * The teams of `--teams` (repeatable; a comma separates names, `\,` is a comma inside a name, as in
 * the app's URLs) or `--group`, read with the app's team selection: a group's name in `--teams` is its
 * members, as in the app's `?teams=`. A name that is not a team or group in meta.yaml is an error:
 * silently drawing every team instead would mislead.
 */
export function chooseTeams(data: LoadedData, teams: readonly string[], group: string | undefined): ChosenTeams {
  const { meta } = data;
  if (group !== undefined && teams.length > 0)
    throw new CliError('Give --teams or --group, not both.', { usage: true });
  if (group !== undefined && !Object.hasOwn(meta.teamGroups, group)) {
    throw new CliError(
      `There is no team group "${group}" in meta.yaml; its groups: ${listed(Object.keys(meta.teamGroups))}.`,
    );
  }
  const selection = readTeamSelection({ teams: [...teams], group: group ?? null });
  const teamsOfMeta = { names: meta.teams, groups: meta.teamGroups };
  const { unknown } = selectionMembers(selection, teamsOfMeta);
  if (unknown.length > 0) {
    const names = unknown.map((team) => JSON.stringify(team)).join(', ');
    throw new CliError(`Not a team or group in meta.yaml: ${names}. Its teams: ${listed(meta.teams)}.`);
  }
  const selected = selectedTeams(selection, teamsOfMeta);
  return { selected, caption: selectionLabel(selection, teamsOfMeta, meta.strings.allTeamsGroupName) };
}

function listed(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.map((name) => JSON.stringify(name)).join(', ');
}
