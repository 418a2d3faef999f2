import { Teams } from '../types';

export type TeamsErrorCode = 'empty-name' | 'duplicate-name' | 'unknown-team' | 'unknown-group';

/**
 * Thrown by the team and group edits for input a form should have refused. Forms validate with
 * `teamNameProblem` / `groupNameProblem` first; the throw is a guard, not the normal path.
 */
export class TeamsError extends Error {
  constructor(
    readonly code: TeamsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TeamsError';
  }
}

/**
 * Why `name` (trimmed) cannot be a team name; undefined when it can. `renaming` is the team being
 * renamed, which may keep its own name. Names are compared exactly: they are keys in the files.
 */
export function teamNameProblem(name: string, teams: Teams, renaming?: string): TeamsError | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return new TeamsError('empty-name', 'A team needs a name.');
  if (trimmed !== renaming && teams.names.includes(trimmed)) {
    return new TeamsError('duplicate-name', `There is already a team called "${trimmed}".`);
  }
  return undefined;
}

/** Why `name` (trimmed) cannot be a group name; undefined when it can. */
export function groupNameProblem(name: string, teams: Teams, renaming?: string): TeamsError | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return new TeamsError('empty-name', 'A group needs a name.');
  if (trimmed !== renaming && Object.hasOwn(teams.groups, trimmed)) {
    return new TeamsError('duplicate-name', `There is already a group called "${trimmed}".`);
  }
  return undefined;
}

export function requireTeam(teams: Teams, team: string): void {
  if (!teams.names.includes(team)) throw new TeamsError('unknown-team', `There is no team called "${team}".`);
}

export function requireGroup(teams: Teams, group: string): void {
  if (!Object.hasOwn(teams.groups, group))
    throw new TeamsError('unknown-group', `There is no group called "${group}".`);
}

/** The trimmed name, or the problem thrown. */
export function validName(problem: TeamsError | undefined, name: string): string {
  if (problem) throw problem;
  return name.trim();
}
