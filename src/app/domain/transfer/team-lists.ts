import { Teams } from '../types';

/** The browser's teams, then the file's new ones; groups: members joined, new groups appended. */
export function mergedTeams(mine: Teams, theirs: Teams): Teams {
  const names = [...new Set([...mine.names, ...theirs.names])];
  const groups = new Map<string, readonly string[]>(Object.entries(mine.groups));
  for (const [group, members] of Object.entries(theirs.groups)) {
    groups.set(group, [...new Set([...(groups.get(group) ?? []), ...members])]);
  }
  return { names, groups: Object.fromEntries(groups) };
}

export function sameTeams(a: Teams, b: Teams): boolean {
  const sameList = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((item, i) => item === y[i]);
  const groupsA = Object.entries(a.groups);
  const groupsB = Object.entries(b.groups);
  return (
    sameList(a.names, b.names) &&
    groupsA.length === groupsB.length &&
    groupsA.every(([group, members], i) => groupsB[i][0] === group && sameList(members, groupsB[i][1]))
  );
}
