import { Problem, Result, Targets, Teams } from '../types';
import { Parsed, parseYaml } from '../yaml';
import { capitalised, fileError, fileWarning, quoted } from '../common/file-problem';
import { lineOfPath } from '../common/key-lines';
import { describeYaml, isYamlMap, scalarText } from '../common/yaml-values';

/** What teams.yaml holds: the teams and groups, and the roadmap targets when the file has them. */
export interface TeamsFile extends Teams {
  /** From the optional `teamTargets` key (DSOMM Studio's; the peer ignores it). */
  readonly targets?: Targets;
}

/**
 * Reads teams.yaml: `teams: [Team A, ...]` and `teamGroups: {Group: [Team A, ...]}`. Names are
 * kept exactly as written (spaces included: they are keys in the other files). Errors (ok: false):
 * a syntax error, a wrong shape, a team name that is empty or not text. Warnings: a name listed
 * twice (kept once), a group member that is not in `teams` (kept), keys other than these.
 * `teamTargets: {Team A: 3, '*': 2}` holds the roadmap's target levels (`*` = every other team);
 * a target that is not a whole number from 1 is left out with a warning.
 */
export function parseTeamsFile(
  text: string,
  fileName: string,
  parsed: Parsed<unknown> = parseYaml(text, fileName),
): Result<TeamsFile> {
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const root = parsed.value ?? {};
  if (!isYamlMap(root)) {
    return {
      ok: false,
      problems: [
        fileError(fileName, `A teams file is a map with "teams" and "teamGroups"; found ${describeYaml(root)}.`, 1),
      ],
    };
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(root)) {
    if (key !== 'teams' && key !== 'teamGroups' && key !== 'teamTargets') {
      problems.push(
        fileWarning(
          fileName,
          `The key ${quoted(key)} is not part of a teams file and is ignored.`,
          lineOfPath(text, [key]),
        ),
      );
    }
  }
  const teams = readNames(root['teams'], 'teams', ['teams'], 'team');
  // Sets, not includes: 100,000 teams took 90 s to read.
  const known = new Set(teams);
  const groups: [string, string[]][] = [];
  const groupsValue = root['teamGroups'] ?? {};
  if (!isYamlMap(groupsValue)) {
    problems.push(
      fileError(
        fileName,
        `"teamGroups" must map group names to lists of teams; found ${describeYaml(groupsValue)}.`,
        lineOfPath(text, ['teamGroups']),
      ),
    );
  } else {
    for (const [group, members] of Object.entries(groupsValue)) {
      const names = readNames(members, `group ${quoted(group)}`, ['teamGroups', group], 'member');
      for (const name of names.filter((member) => !known.has(member))) {
        problems.push(
          fileWarning(
            fileName,
            `Group ${quoted(group)} lists ${quoted(name)}, which is not in "teams"; it is kept.`,
            lineOfPath(text, ['teamGroups', group]),
          ),
        );
      }
      groups.push([group, names]);
    }
  }
  const targets = readTargets(root['teamTargets']);
  if (problems.some((problem) => problem.severity === 'error')) return { ok: false, problems };
  const value: TeamsFile = { names: teams, groups: Object.fromEntries(groups) };
  return { ok: true, value: targets === undefined ? value : { ...value, targets }, warnings: problems };

  function readTargets(raw: unknown): Targets | undefined {
    if (raw === undefined || raw === null) return undefined;
    const line = lineOfPath(text, ['teamTargets']);
    if (!isYamlMap(raw)) {
      problems.push(
        fileWarning(
          fileName,
          `"teamTargets" must map team names to levels; found ${describeYaml(raw)}. It is ignored.`,
          line,
        ),
      );
      return undefined;
    }
    const entries: [string, number][] = [];
    for (const [team, level] of Object.entries(raw)) {
      if (typeof level === 'number' && Number.isInteger(level) && level >= 1) entries.push([team, level]);
      else
        problems.push(
          fileWarning(
            fileName,
            `The target of ${quoted(team)} must be a level (1, 2, ...); found ${describeYaml(level)}. It is ignored.`,
            lineOfPath(text, ['teamTargets', team]),
          ),
        );
    }
    return Object.fromEntries(entries);
  }

  function readNames(value: unknown, what: string, path: readonly string[], noun: string): string[] {
    const line = lineOfPath(text, path);
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(
        fileError(fileName, `${capitalised(what)} must be a list of team names; found ${describeYaml(value)}.`, line),
      );
      return [];
    }
    const names: string[] = [];
    const seen = new Set<string>();
    value.forEach((item: unknown, index) => {
      const name = scalarText(item);
      if (name === undefined || name.trim() === '') {
        problems.push(
          fileError(
            fileName,
            `${capitalised(what)}: ${noun} ${index + 1} must be a non-empty name; found ${describeYaml(item)}.`,
            line,
          ),
        );
      } else if (seen.has(name)) {
        problems.push(
          fileWarning(fileName, `${capitalised(what)} lists ${quoted(name)} twice; it is kept once.`, line),
        );
      } else {
        seen.add(name);
        names.push(name);
      }
    });
    return names;
  }
}
