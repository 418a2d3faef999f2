import { Teams } from '../../domain/types';
import { isAllTeams, isGroupSelected, TeamSelection } from './team-selection-params';

/** One chip of the team chips: "All teams", a group or a team. */
export interface Chip {
  readonly key: string;
  readonly label: string;
  readonly kind: 'all' | 'group' | 'team';
  readonly name: string;
  readonly selected: boolean;
  /** What a click does, for the tooltip (and so the accessible description). */
  readonly hint: string;
}

export interface ChipListInput {
  readonly teams: Teams;
  readonly selection: TeamSelection;
  /** The selected team names (empty: all teams). */
  readonly selected: ReadonlySet<string>;
  /** The team chips shown (with many teams, not all are). */
  readonly shown: readonly string[];
  readonly allLabel: string;
  /** "Select several" is ticked: a plain click adds or removes. */
  readonly several: boolean;
}

/** Members a group chip's tooltip names. */
const MEMBERS_NAMED = 10;
const ADD_KEYS = 'Ctrl-, ⌘- or Shift-click (Ctrl+Enter)';

/** The chips in order ("All teams", the groups, the teams shown), each saying what a click does. */
export function teamChipList(input: ChipListInput): Chip[] {
  const { teams, selection, selected, several } = input;
  const known = new Set(teams.names);
  const toggles = (what: string, on: boolean) =>
    on ? `Remove ${what} from the selection.` : `Add ${what} to the selection.`;
  const groupChip = (group: string): Chip => {
    const on = isGroupSelected(selection, teams, group);
    const members = teams.groups[group].filter((team) => known.has(team));
    const named = members.slice(0, MEMBERS_NAMED).join(', ') + (members.length > MEMBERS_NAMED ? ', …' : '');
    const hint = several
      ? toggles(members.length === 1 ? 'its team' : `its ${members.length.toLocaleString('en-US')} teams`, on)
      : `Show the group ${group} only. ${ADD_KEYS} ${on ? 'removes its teams from' : 'adds its teams to'} the selection.`;
    return {
      key: `group:${group}`,
      label: group,
      kind: 'group',
      name: group,
      selected: on,
      hint: `${hint}\n${group}: ${named}`,
    };
  };
  const teamChip = (team: string): Chip => {
    const on = selected.has(team);
    const hint = several
      ? toggles(team, on)
      : `Show ${team} only. ${ADD_KEYS} ${on ? 'removes it from' : 'adds it to'} the selection.`;
    return { key: `team:${team}`, label: team, kind: 'team', name: team, selected: on, hint };
  };
  const all: Chip = {
    key: 'all',
    label: input.allLabel,
    kind: 'all',
    name: '',
    selected: isAllTeams(selection, teams),
    hint: 'Show all teams.',
  };
  return [all, ...Object.keys(teams.groups).map(groupChip), ...input.shown.map(teamChip)];
}
