import { itemsOf, LineIndex, parseYamlTree, textOf, YamlMap, YamlNode } from '../yaml-tree';
import { PRINTERS, shellCommands } from '../shell-commands';

/** The CI systems the scan reads, as rules name them. */
export const CI_SYSTEMS = ['github', 'gitlab', 'azure', 'circleci', 'jenkins'] as const;
export type CiSystem = (typeof CI_SYSTEMS)[number];
const CI_SYSTEM_SET: ReadonlySet<string> = new Set(CI_SYSTEMS);
export const isCiSystem = (name: string): name is CiSystem => CI_SYSTEM_SET.has(name);

export const CI_SYSTEM_NAMES: Readonly<Record<CiSystem, string>> = {
  github: 'GitHub Actions',
  gitlab: 'GitLab CI',
  azure: 'Azure Pipelines',
  circleci: 'CircleCI',
  jenkins: 'Jenkins',
};

/**
 * What starts a job. `call`: a reusable GitHub workflow nobody in this repository calls (it runs
 * when another repository calls it); `event`: other repository events (issues, comments...). A job
 * with no trigger never runs.
 */
export const TRIGGERS = ['push', 'pull_request', 'schedule', 'manual', 'tag', 'call', 'event'] as const;
export type Trigger = (typeof TRIGGERS)[number];
const TRIGGER_SET: ReadonlySet<string> = new Set(TRIGGERS);
export const isTrigger = (name: string): name is Trigger => TRIGGER_SET.has(name);

/** A command found in a step's script, with its line in the file. */
export interface CiCommand {
  readonly text: string;
  readonly line: number;
}

export interface CiStep {
  /** The file the step is written in, when not the job's (a GitLab template from an included file). */
  readonly file?: string;
  readonly line: number;
  /** What the step reuses: a GitHub action, an Azure task, a CircleCI orb command, a GitLab template, a Jenkins step. */
  readonly uses?: string;
  /** How `uses` is pinned: by commit SHA or digest, by a tag or branch, or local to the repository. */
  readonly pin?: 'sha' | 'tag' | 'local';
  /** The step's inputs (`with:`, `inputs:`, orb parameters), as text. */
  readonly with: Readonly<Record<string, string>>;
  readonly commands: readonly CiCommand[];
  /** A container image the step runs in. */
  readonly image?: string;
}

export interface CiJob {
  readonly system: CiSystem;
  readonly file: string;
  readonly name: string;
  readonly line: number;
  /** Empty: the job never runs. */
  readonly triggers: ReadonlySet<Trigger>;
  readonly image?: string;
  readonly runsOn?: string;
  readonly environment?: string;
  readonly steps: readonly CiStep[];
}

/** What reading one CI file found: its jobs, or why it could not be read. */
export interface CiFileResult {
  readonly jobs: readonly CiJob[];
  readonly problem?: { readonly line?: number; readonly message: string };
}

/**
 * The commands of a script node (a block scalar, a plain string, or a list of them as GitLab
 * writes scripts), each with its line in the file. Block scalars keep their lines; a folded or
 * quoted scalar is searched for each command's first word, in order.
 */
export function scriptCommands(node: YamlNode | undefined, lines: LineIndex): CiCommand[] {
  const found: CiCommand[] = [];
  const visit = (item: YamlNode) => {
    if (item.kind === 'seq') {
      item.items.forEach(visit);
      return;
    }
    const script = textOf(item);
    if (script === undefined) return;
    found.push(...commandsAt(script, item.start, item.end, lines));
  };
  for (const item of itemsOf(node)) visit(item);
  return found;
}

/** The commands of `script`, whose source lies between `start` and `end` in the file. */
export function commandsAt(script: string, start: number, end: number, lines: LineIndex): CiCommand[] {
  const source = lines.text.slice(start, end);
  const literal = /^[|]/.test(source);
  const first = lines.lineAt(start);
  let cursor = 0;
  const result: CiCommand[] = [];
  for (const command of shellCommands(script)) {
    if (PRINTERS.has(command.program)) continue;
    let line: number;
    if (literal) line = first + 1 + command.line;
    else if (!source.includes('\n')) line = first;
    else {
      const word = command.text.split(' ')[0];
      const at = source.indexOf(word, cursor);
      if (at >= 0) cursor = at + word.length;
      line = lines.lineAt(start + (at >= 0 ? at : cursor));
    }
    result.push({ text: command.text, line });
  }
  return result;
}

/** A map node's scalar values as text (a step's `with:`), nested values left out. */
export function scalarInputs(node: YamlNode | undefined): Record<string, string> {
  const inputs: Record<string, string> = {};
  if (node?.kind !== 'map') return inputs;
  for (const entry of node.entries) {
    const text = textOf(entry.value);
    if (text !== undefined) inputs[entry.key] = text;
  }
  return inputs;
}

/** The text of a value given as a string or as a map with `name`/`image` (images, environments). */
export function nameOf(node: YamlNode | undefined, ...keys: string[]): string | undefined {
  if (node?.kind === 'map') {
    for (const key of keys) {
      const entry = node.entries.find((e) => e.key === key);
      if (entry) return textOf(entry.value);
    }
    return undefined;
  }
  return textOf(node);
}

/** The words that describe a set of triggers in an explanation. */
export function triggerText(triggers: ReadonlySet<Trigger>): string {
  const parts: string[] = [];
  if (triggers.has('push') && triggers.has('pull_request')) parts.push('on every push and pull request');
  else if (triggers.has('pull_request')) parts.push('on every pull request');
  else if (triggers.has('push')) parts.push('on every push');
  if (triggers.has('tag')) parts.push('on tags and releases');
  if (triggers.has('schedule')) parts.push('on a schedule');
  if (triggers.has('manual')) parts.push('when started by hand');
  if (triggers.has('call')) parts.push('when another workflow calls it');
  if (triggers.has('event')) parts.push('on other repository events');
  if (parts.length === 0) return 'never (no trigger)';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The first document of a CI file, which must be a map, with the file's line index; or what
 * reading it found (a syntax error, a list where settings belong; an empty file has no jobs).
 */
export function ciDocument(file: string, text: string): { root: YamlMap; lines: LineIndex } | CiFileResult {
  const parsed = parseYamlTree(text, file);
  if (!parsed.ok) return { jobs: [], problem: parsed.problem };
  const root = parsed.documents[0];
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return { jobs: [] };
  if (root.kind !== 'map')
    return { jobs: [], problem: { line: root.line, message: 'A CI file is a map of settings.' } };
  return { root, lines: new LineIndex(text) };
}
