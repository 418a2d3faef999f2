import { Meta } from '../types';
import { hasKey, isYamlMap, YamlMap } from '../common/yaml-values';
import { Issue } from './problems';
import { metaWith, readMeta, readTeamLists } from './meta-file';
import type { ParsedFiles } from './parsed-files';
import { fileText, resolveFile, SourceFiles } from './paths';
import { pointerTokens, resolveRefs } from './refs';
import { parseYaml } from '../yaml';

/** Where meta.yaml's `teams` or `teamGroups` come from: written in it, or a `$ref` to another file. */
type TeamListSource = { readonly value: unknown } | { readonly file: string; readonly at: readonly string[] };

/**
 * meta.yaml's read for one text of it, made at build time (scripts/model-snapshot.mjs): its
 * `$ref`s resolved and its settings checked, all but the teams and groups, which a mounted
 * teams.yaml changes. A start with that very meta.yaml then reads only the teams (`seededMeta`):
 * resolving and checking the rest took about 10 ms of a cold start, three times over.
 */
export interface MetaSeed {
  readonly entry: string;
  readonly text: string;
  /** By key (`teams`, `teamGroups`), those meta.yaml has. */
  readonly teams: Readonly<Record<string, TeamListSource>>;
  readonly settings: Omit<Meta, 'teams' | 'teamGroups'>;
}

/** What `seededMeta` knows of a read of meta.yaml. */
export interface SeededMeta {
  /** Files its `$ref`s name that are not in the files yet, as `resolveRefs` lists them. */
  readonly missing: readonly string[];
  readonly activityFiles: readonly string[];
  /** readMeta's result, when every file is there and the teams are read without any issue. */
  readonly meta?: Meta;
}

const TEAM_KEYS: ReadonlySet<string> = new Set(['teams', 'teamGroups']);

/** Whether a `$ref` is anywhere in `value` (a map with a `$ref` key). */
function holdsRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsRef);
  if (!isYamlMap(value)) return false;
  return hasKey(value, '$ref') || Object.values(value).some(holdsRef);
}

const noObject = (value: unknown) => typeof value !== 'object' || value === null;
const scalarsOrList = (value: unknown) => noObject(value) || (Array.isArray(value) && value.every(noObject));

/**
 * Whether a team list or group map is scalars and lists of scalars only, so that resolving
 * `$ref`s leaves it as it is and it holds nothing else to resolve. Anything else is the loader's.
 */
function plainTeamList(key: string, value: unknown): boolean {
  if (key === 'teams') return scalarsOrList(value);
  return isYamlMap(value) && !hasKey(value, '$ref') && Object.values(value).every(scalarsOrList);
}

/** The source of one of meta.yaml's team keys, or undefined when the seed cannot stand for it. */
function teamListSource(entry: string, value: unknown): TeamListSource | undefined {
  if (!isYamlMap(value) || !hasKey(value, '$ref')) return holdsRef(value) ? undefined : { value };
  const ref = value['$ref'];
  if (Object.keys(value).length !== 1 || typeof ref !== 'string') return undefined;
  const hash = ref.indexOf('#');
  const at = hash < 0 ? undefined : pointerTokens(ref.slice(hash + 1));
  const file = hash <= 0 ? undefined : resolveFile(entry, ref.slice(0, hash), '$ref', ref).path;
  return file === undefined || at === undefined || at.length === 0 ? undefined : { file, at };
}

/**
 * The seed of meta.yaml `entry` in `files` (build time): undefined unless it loads without any
 * problem, every file its `$ref`s name is there, and `$ref`s stand only for its whole `teams` or
 * `teamGroups` value, each to a place in another file (how the bundled meta.yaml refs teams.yaml).
 */
export function metaSeed(files: SourceFiles, entry = 'meta.yaml'): MetaSeed | undefined {
  const text = fileText(files, entry);
  const refs = resolveRefs(entry, files);
  if (text === undefined || !refs.readable || refs.problems.length > 0 || refs.missing.length > 0) return undefined;
  const { meta, issues } = readMeta(refs.value, entry);
  if (issues.length > 0) return undefined;
  // meta.yaml as written, its `$ref`s unresolved.
  const parsed = parseYaml(text, entry);
  if (!parsed.ok || !isYamlMap(parsed.value)) return undefined;
  const teams: Record<string, TeamListSource> = {};
  for (const [key, value] of Object.entries(parsed.value)) {
    if (!TEAM_KEYS.has(key)) {
      if (holdsRef(value)) return undefined;
      continue;
    }
    const source = teamListSource(entry, value);
    if (source === undefined) return undefined;
    teams[key] = source;
  }
  const { teamProgressFile, teamEvidenceFile, allowChangeTeamNameInBrowser, stages } = meta;
  const { activityFiles, lang, strings, maxLevel } = meta;
  const settings = { teamProgressFile, teamEvidenceFile, allowChangeTeamNameInBrowser, stages };
  return { entry, text, teams, settings: { ...settings, activityFiles, lang, strings, maxLevel } };
}

/**
 * What the seed knows of `entry` in `files`: undefined unless `entry` has the seed's very text
 * and its teams files, where there, are plain lists that parse (anything else, the loader reads and
 * reports as usual). The result is exactly what `resolveRefs` and `readMeta` would give.
 */
export function seededMeta(
  seed: MetaSeed,
  files: SourceFiles,
  entry: string,
  yaml: ParsedFiles,
): SeededMeta | undefined {
  if (seed.entry !== entry || fileText(files, entry) !== seed.text) return undefined;
  const missing: string[] = [];
  const lists: Record<string, unknown> = {};
  for (const [key, source] of Object.entries(seed.teams)) {
    if ('value' in source) {
      lists[key] = source.value;
      continue;
    }
    if (fileText(files, source.file) === undefined) {
      if (!missing.includes(source.file)) missing.push(source.file);
      continue;
    }
    const parsed = yaml.of(files, source.file);
    if (!parsed?.ok) return undefined;
    let node = parsed.value;
    for (const step of source.at) {
      if (!isYamlMap(node) || hasKey(node, '$ref') || !hasKey(node, step)) return undefined;
      node = node[step];
    }
    if (!plainTeamList(key, node)) return undefined;
    lists[key] = node;
  }
  const { activityFiles } = seed.settings;
  if (missing.length > 0) return { missing, activityFiles };
  const issues: Issue[] = [];
  const teams = readTeamLists(lists as YamlMap, issues);
  if (issues.length > 0) return undefined;
  return { missing, activityFiles, meta: metaWith(seed.settings, teams) };
}
