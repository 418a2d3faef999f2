import { AssessmentState, Teams } from '../types';

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

export interface TeamsImportDefault {
  readonly mode: 'merge' | 'replace';
  readonly why: 'untouched' | 'edited' | 'extends';
  /**
   * The teams "Replace" would replace, in a word: the `current` ones once work was recorded here;
   * else the served ones, the `sample` teams when they are the build's own (`bundled`), `served`
   * when they are an organisation's own (a teams.yaml mounted over the image's) or unknown.
   */
  readonly replaced: 'current' | 'sample' | 'served';
}

/**
 * How a teams file is imported unless the user says otherwise, and why: it replaces the list when
 * the list is the one served, untouched (a new user's sample teams) and the file leaves some of
 * those teams out; it is added when work was recorded here, or when the file lists every current
 * team (it extends the list: replacing would only drop the groups it does not name).
 */
export function teamsImportDefault(
  current: AssessmentState,
  served: AssessmentState,
  fileTeams: readonly string[],
  /** The teams of the build's own files (the sample teams); undefined when not known. */
  bundled?: Teams,
): TeamsImportDefault {
  if (!untouchedServedTeams(current, served)) return { mode: 'merge', why: 'edited', replaced: 'current' };
  const replaced = bundled !== undefined && sameTeams(served.teams, bundled) ? 'sample' : 'served';
  const listed = new Set(fileTeams);
  if (current.teams.names.every((team) => listed.has(team))) return { mode: 'merge', why: 'extends', replaced };
  return { mode: 'replace', why: 'untouched', replaced };
}

/**
 * The browser still has the team list it was served (the sample teams of a new setup), and nothing
 * of those teams was edited here: no progress entry or evidence stamped by a browser edit or an
 * import, no evidence deleted. Importing a teams file may then replace the list without anyone's
 * work leaving it; otherwise the file's teams are better added.
 */
export function untouchedServedTeams(current: AssessmentState, served: AssessmentState): boolean {
  if (current.teamsEdited || !sameTeams(current.teams, served.teams)) return false;
  if (current.evidence.some((entry) => entry.editedAt !== undefined)) return false;
  if (Object.keys(current.deletedEvidence).length > 0) return false;
  for (const teams of Object.values(current.progress)) {
    for (const entry of Object.values(teams)) if (entry.editedAt !== undefined) return false;
  }
  return true;
}
