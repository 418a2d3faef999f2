import { Teams } from '../types';
import type { NamedSelection } from './selection-label';

/** What a selection's names stand for: the teams chosen, and the names that are no team or group. */
export interface SelectionMembers {
  /** The known teams chosen (in the order named; callers put them in team order). */
  readonly chosen: ReadonlySet<string>;
  /** Names the selection gives that are neither a team nor a group, in the order given. */
  readonly unknown: readonly string[];
}

/**
 * The one reading of a selection's names, for every page, title and chip: `group` is that group's
 * members; in `teams` a team's name is that team and a group's name (`?teams=Web`, written by hand
 * or by another tool) is its members, as the group's chip selects them (a team of the same name
 * wins). A name that is neither is reported in `unknown` rather than dropped silently.
 */
export function selectionMembers(selection: NamedSelection, teams: Teams): SelectionMembers {
  const known = teamNameSet(teams);
  const chosen = new Set<string>();
  const unknown: string[] = [];
  const addGroup = (group: string) => {
    for (const member of teams.groups[group]) if (known.has(member)) chosen.add(member);
  };
  if (selection.group !== undefined) {
    if (Object.hasOwn(teams.groups, selection.group)) addGroup(selection.group);
    else unknown.push(selection.group);
    return { chosen, unknown };
  }
  for (const name of selection.teams) {
    if (known.has(name)) chosen.add(name);
    else if (Object.hasOwn(teams.groups, name)) addGroup(name);
    else unknown.push(name);
  }
  return { chosen, unknown };
}

/**
 * The group a list of names stands for when it is one group's name alone and no team's
 * (`?teams=Web`), so titles and file names call it by the group's name.
 */
export function namedGroup(selection: NamedSelection, teams: Teams): string | undefined {
  if (selection.group !== undefined) return selection.group;
  const [name] = selection.teams;
  return selection.teams.length === 1 && !teamNameSet(teams).has(name) && Object.hasOwn(teams.groups, name)
    ? name
    : undefined;
}

const teamSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The team names as a set, built once per team list: each group member was looked up in the list
 * (a group of 5,000 of 10,000 teams: 50 million comparisons per chip, per change).
 */
export function teamNameSet(teams: Teams): ReadonlySet<string> {
  let set = teamSets.get(teams.names);
  if (set === undefined) {
    set = new Set(teams.names);
    teamSets.set(teams.names, set);
  }
  return set;
}
