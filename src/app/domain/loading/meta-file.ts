import { Meta, Stage } from '../types';
import { readStrings } from './meta-strings';
import { resolveFile } from './paths';
import { Issue, errorAt, warningAt } from './problems';
import { readStages } from './stages';
import { YamlMap, asList, given, hasKey, isYamlMap, scalarText } from '../common/yaml-values';

/** The stages of the contract's example, for a meta.yaml written before progressDefinition existed. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { title: 'Not implemented', score: 0, definition: 'Not started, not planned' },
  { title: 'Started', score: 0.2, definition: 'Started, or done for a few applications' },
  { title: 'Partly implemented', score: 0.5, definition: 'Done for at least half of the applications' },
  { title: 'Fully implemented', score: 1, definition: 'Done for (almost) all applications' },
];

/** An unresolvable `$ref` leaves the key with `undefined`: it has been reported, don't say "missing". */
const failedRef = (map: YamlMap, key: string) => hasKey(map, key) && map[key] === undefined;

/** A file named in meta.yaml, made relative to the YAML root like every other path ('' if refused). */
function requiredFile(meta: YamlMap, key: string, entry: string, issues: Issue[]): string {
  const text = scalarText(given(meta, key))?.trim();
  if (text) {
    const file = resolveFile(entry, text, key);
    if (file.refused === undefined) return file.path;
    issues.push(errorAt([key], file.refused));
  } else if (!failedRef(meta, key)) {
    issues.push(errorAt([key], `${key} is required (a file name relative to ${entry}).`));
  }
  return '';
}

function readFlag(meta: YamlMap, key: string, fallback: boolean, issues: Issue[]): boolean {
  const value = given(meta, key);
  if (value === undefined || typeof value === 'boolean') return value ?? fallback;
  issues.push(errorAt([key], `${key} must be true or false, not '${scalarText(value) ?? '?'}'.`));
  return fallback;
}

/** Texts of a list, each once; `what` names an item in messages. */
function names(value: unknown, at: readonly (string | number)[], what: string, issues: Issue[]): string[] {
  // A set: looking each name up in the list made 100,000 team names take minutes.
  const result = new Set<string>();
  asList(value).forEach((item, i) => {
    const name = scalarText(item)?.trim();
    if (!name) issues.push(errorAt([...at, i], `Each ${what} must be a non-empty text.`));
    else if (result.has(name)) issues.push(warningAt([...at, i], `The ${what} '${name}' is listed twice.`));
    else result.add(name);
  });
  return [...result];
}

function readTeams(meta: YamlMap, issues: Issue[]): string[] {
  const value = given(meta, 'teams');
  if (isYamlMap(value)) {
    issues.push(errorAt(['teams'], 'teams must be a list of team names.'));
    return [];
  }
  return names(value, ['teams'], 'team', issues);
}

/** Groups keep only known teams, so that every consumer can rely on groups ⊆ teams. */
function readGroups(meta: YamlMap, teams: readonly string[], issues: Issue[]): Record<string, string[]> {
  const value = given(meta, 'teamGroups');
  if (value === undefined) return {};
  if (!isYamlMap(value)) {
    issues.push(errorAt(['teamGroups'], 'teamGroups must map each group name to a list of teams.'));
    return {};
  }
  const listed = new Set(teams);
  const groups = Object.entries(value).map(([group, members]): [string, string[]] => {
    const at = ['teamGroups', group];
    if (isYamlMap(members)) {
      issues.push(errorAt(at, `Group '${group}' must be a list of teams.`));
      return [group, []];
    }
    const known = names(members, at, 'team', issues).filter((team) => {
      if (!listed.has(team)) issues.push(warningAt(at, `Group '${group}': '${team}' is not in teams; left out.`));
      return listed.has(team);
    });
    return [group, known];
  });
  return Object.fromEntries(groups);
}

function readActivityFiles(meta: YamlMap, entry: string, issues: Issue[]): string[] {
  const value = given(meta, 'activityFiles');
  if (isYamlMap(value)) {
    issues.push(errorAt(['activityFiles'], 'activityFiles must be a list of files.'));
    return [];
  }
  const listed = names(value, ['activityFiles'], 'activity file', issues);
  const files: string[] = [];
  for (const name of listed) {
    const file = resolveFile(entry, name, 'The activity file');
    if (file.refused === undefined) files.push(file.path);
    else
      issues.push(
        errorAt(['activityFiles', asList(value).findIndex((item) => scalarText(item)?.trim() === name)], file.refused),
      );
  }
  if (listed.length === 0 && !failedRef(meta, 'activityFiles')) {
    issues.push(errorAt(['activityFiles'], 'activityFiles must list at least one file (the model first).'));
  }
  return files.filter((file, i) => files.indexOf(file) === i);
}

function readStagesOf(meta: YamlMap, issues: Issue[]): readonly Stage[] {
  const value = given(meta, 'progressDefinition');
  if (value === undefined) return failedRef(meta, 'progressDefinition') ? [] : DEFAULT_STAGES;
  const read = readStages(value);
  issues.push(...read.issues);
  return read.stages;
}

/** meta.yaml's teams and groups (from the resolved tree): the part of Meta a mounted teams.yaml changes. */
export function readTeamLists(meta: YamlMap, issues: Issue[]): Pick<Meta, 'teams' | 'teamGroups'> {
  const teams = readTeams(meta, issues);
  return { teams, teamGroups: readGroups(meta, teams, issues) };
}

/** Meta with its keys in the order readMeta gives them, from its teams and the rest. */
export function metaWith(
  settings: Omit<Meta, 'teams' | 'teamGroups'>,
  teams: Pick<Meta, 'teams' | 'teamGroups'>,
): Meta {
  const { teamProgressFile, teamEvidenceFile, allowChangeTeamNameInBrowser, stages } = settings;
  const { activityFiles, lang, strings, maxLevel } = settings;
  return {
    teamProgressFile,
    teamEvidenceFile,
    allowChangeTeamNameInBrowser,
    stages,
    teams: teams.teams,
    teamGroups: teams.teamGroups,
    activityFiles,
    lang,
    strings,
    maxLevel,
  };
}

/**
 * meta.yaml (with `$ref`s already resolved) -> Meta with every default filled in. Paths are made
 * relative to the YAML root. Problems come back as issues so the caller can place them in the file a
 * `$ref` pulled the value from.
 */
export function readMeta(value: unknown, entry: string): { meta: Meta; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!isYamlMap(value) && value !== undefined) {
    issues.push(errorAt([], `${entry} must be a map of settings (teamProgressFile, activityFiles, ...).`));
  }
  const meta: YamlMap = isYamlMap(value) ? value : {};
  // Read in the contract's order, so that problems come out in the order a reader meets them.
  const teamProgressFile = requiredFile(meta, 'teamProgressFile', entry, issues);
  const teamEvidenceFile = requiredFile(meta, 'teamEvidenceFile', entry, issues);
  const allowChangeTeamNameInBrowser = readFlag(meta, 'allowChangeTeamNameInBrowser', true, issues);
  const stages = readStagesOf(meta, issues);
  const teams = readTeamLists(meta, issues);
  const activityFiles = readActivityFiles(meta, entry, issues);
  const lang = scalarText(given(meta, 'lang'))?.trim() || 'en';
  const { strings, maxLevel } = readStrings(meta, lang, issues);
  const settings = { teamProgressFile, teamEvidenceFile, allowChangeTeamNameInBrowser, stages };
  return { meta: metaWith({ ...settings, activityFiles, lang, strings, maxLevel }, teams), issues };
}
