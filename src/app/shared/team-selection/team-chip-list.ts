import { countText } from '../../domain/common/count-text';
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
      ? toggles(members.length === 1 ? 'its team' : `its ${count(members.length)} teams`, on)
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

/** Up to this many teams all show as chips: they fit in the box and can be scanned at a glance. */
const ALL_SHOWN_UP_TO = 24;
/** Beyond that, at most this many selected and this many other teams show: enough to pick from. */
const SHOWN_AT_MOST = 40;

const count = countText;

/** Whether there are so many teams that a find field narrows the team chips down. */
export function chipsShowMany(teams: Teams): boolean {
  return teams.names.length > ALL_SHOWN_UP_TO;
}

/** The team chips shown, how many matching teams are not, and whether no unselected team matches. */
export interface ShownChipTeams {
  readonly teams: readonly string[];
  readonly left: number;
  readonly none: boolean;
}

/**
 * The teams shown as chips for the text in "Find a team" (`filter`); `kept`: the team last toggled,
 * which stays in place though it no longer matches, so the click can be undone.
 */
export function shownChipTeams(
  teams: Teams,
  selected: ReadonlySet<string>,
  filter: string,
  kept: string | null,
): ShownChipTeams {
  const names = teams.names;
  if (!chipsShowMany(teams)) return { teams: names, left: 0, none: false };
  const needle = filter.trim().toLowerCase();
  const matches = (team: string) => team.toLowerCase().includes(needle);
  // Selected teams show though they do not match, so the user sees what is chosen; but a group
  // can hold hundreds, so only the first ones, those that match first (the sort is stable).
  const chosen = [...selected].sort((a, b) => Number(matches(b)) - Number(matches(a)));
  const always = new Set(chosen.slice(0, SHOWN_AT_MOST));
  if (kept !== null) always.add(kept);
  const shown: string[] = [];
  let room = SHOWN_AT_MOST;
  let left = 0;
  let others = 0;
  for (const team of names) {
    if (always.has(team)) shown.push(team);
    else if (matches(team)) {
      if (!selected.has(team)) others++;
      if (!selected.has(team) && room-- > 0) shown.push(team);
      else left++;
    }
  }
  return { teams: shown, left, none: needle !== '' && others === 0 };
}

/** "All 1,000 teams" or "3 of 1,000 teams selected", beside "Find a team". */
export function chipsSummary(teams: Teams, selected: ReadonlySet<string>): string {
  const total = count(teams.names.length);
  return selected.size === 0 ? `All ${total} teams` : `${count(selected.size)} of ${total} teams selected`;
}

/** What a click on a chip does, under the chips. */
export function chipsHow(several: boolean): string {
  return several
    ? 'A click or Enter adds a team or group to the selection, or removes it.'
    : 'A click or Enter shows one team or group; with Ctrl, ⌘ or Shift held, it adds to the selection.';
}

/**
 * How many of the matching teams the chips list, and how to reach the others; empty when they list
 * all. It says what it counts, "of N teams", so that it does not read as a second count of what the
 * box's "Show N more" counts (chips in the list, below the box's edge).
 */
export function chipsMore(shown: ShownChipTeams, filter: string): string {
  const { left, none } = shown;
  const needle = filter.trim();
  if (left === 0) return none ? `No other team matches “${needle}”.` : '';
  const lower = needle.toLowerCase();
  // Selected teams are listed though they may not match: only those that match are counted.
  const listed = shown.teams.filter((team) => team.toLowerCase().includes(lower)).length;
  const of = `${count(listed)} of ${count(listed + left)}`;
  return needle === ''
    ? `The list shows ${of} teams; type in “Find a team” to find the other ${count(left)}`
    : `The list shows ${of} teams that match; type more to narrow down`;
}

/** Names written out in the note on unknown names before it says how many more there are. */
const UNKNOWN_NAMED = 3;

/**
 * The note on names in the URL (`?teams=`, `?group=`) that are no team or group, so a mistyped or
 * stale link is not silently read as another selection; empty when there are none.
 */
export function chipsUnknown(unknown: readonly string[], allShown: boolean): string {
  if (unknown.length === 0) return '';
  const quoted = unknown.slice(0, UNKNOWN_NAMED).map((name) => `“${name}”`);
  const more = unknown.length - quoted.length;
  const last = more > 0 ? `${count(more)} more` : quoted.pop()!;
  const names = quoted.length === 0 ? last : `${quoted.join(', ')} and ${last}`;
  const one = unknown.length === 1;
  const result = allShown ? 'all teams are shown' : one ? 'it is left out' : 'they are left out';
  return `${names} in the link ${one ? 'is no team or group' : 'are no teams or groups'} here, so ${result}.`;
}
