import { Teams } from '../types';
import { fileNamePart } from '../common/file-name-part';
import { namedGroup, selectionMembers, teamNameSet } from './selection-members';

/** A team selection as pages keep it (see shared/team-selection): teams, or one group by name. */
export interface NamedSelection {
  readonly teams: readonly string[];
  readonly group?: string;
}

/** Names a caption lists before it says how many more there are. */
const NAMES_SHOWN = 5;

/** What a selection stands for: all teams, one group (by name), or some teams (in team order). */
export type SelectionName =
  | { readonly kind: 'all' }
  | { readonly kind: 'group'; readonly group: string; readonly members: readonly string[] }
  | { readonly kind: 'teams'; readonly teams: readonly string[] };

/**
 * The one answer to "what is this selection called", for every title, caption and file name: a
 * group chosen as a whole (`?group=Web`, or `?teams=Web` when Web is no team) is that group (not the
 * list of its members), nothing (or nothing known) is all teams, else the teams chosen that exist
 * (see `selectionMembers`), in team order.
 */
export function selectionName(selection: NamedSelection, teams: Teams): SelectionName {
  const known = teamNameSet(teams);
  const group = namedGroup(selection, teams);
  if (group !== undefined && Object.hasOwn(teams.groups, group)) {
    const members = teams.groups[group].filter((team) => known.has(team));
    if (members.length > 0) return { kind: 'group', group, members };
  }
  const { chosen } = selectionMembers(selection, teams);
  const list = teams.names.filter((team) => chosen.has(team));
  return list.length === 0 || list.length === teams.names.length ? { kind: 'all' } : { kind: 'teams', teams: list };
}

/**
 * The selection in a title or caption: `allLabel` (meta.yaml's allTeamsGroupName), the group's
 * name, or the teams (`Team A, Team B`; past five, `Team A, …, Team E and 7 more teams`).
 */
export function selectionLabel(selection: NamedSelection, teams: Teams, allLabel: string): string {
  const name = selectionName(selection, teams);
  if (name.kind === 'all') return allLabel;
  if (name.kind === 'group') return name.group;
  const { teams: list } = name;
  if (list.length <= NAMES_SHOWN) return list.join(', ');
  const more = list.length - NAMES_SHOWN;
  return `${list.slice(0, NAMES_SHOWN).join(', ')} and ${more} more ${more === 1 ? 'team' : 'teams'}`;
}

/**
 * The selection in a file name: empty for all teams, the group's or the team's name, the names of
 * two or three teams, or `12-teams`; see `fileNamePart`.
 */
export function selectionFileName(selection: NamedSelection, teams: Teams): string {
  const name = selectionName(selection, teams);
  if (name.kind === 'all') return '';
  if (name.kind === 'group') return fileNamePart(name.group);
  return name.teams.length <= 3 ? fileNamePart(name.teams.join(' ')) : `${name.teams.length}-teams`;
}
