import { Model, Problem, Stage } from '../types';
import { fileError, fileWarning, quoted } from '../common/file-problem';
import { errorMessage } from '../common/error-message';
import { CI_SYSTEMS, CiSystem, isCiSystem, isTrigger, Trigger, TRIGGERS } from './ci/ci-job';
import { globRegExp } from './glob';
import { itemsOf, parseYamlTree, textOf, valueOf, YamlMap, YamlNode } from './yaml-tree';

/**
 * The rules of `dsomm scan`: data, not code. Each rule names an activity, the stage a finding
 * supports, a sentence that says what was seen, and signals; the scanner's detectors (CI files,
 * Dockerfiles, config files, paths) are generic. The shipped rules are src/assets/YAML/scan-rules.yaml,
 * whose comments document every key; a user's file given with --rules adds rules, replaces a shipped
 * rule with the same id, or switches one off (`disable: true`).
 */
export interface ValueTest {
  readonly equals?: string;
  readonly matches?: RegExp;
  readonly atLeast?: number;
}

export interface CiSignal {
  readonly kind: 'ci';
  readonly systems?: readonly CiSystem[];
  /** Triggers a job must have one of; `any`: any trigger at all (a job that never runs never counts). */
  readonly on: readonly Trigger[] | 'any';
  readonly uses?: RegExp;
  readonly run?: RegExp;
  readonly image?: RegExp;
  readonly with?: readonly (readonly [string, RegExp])[];
  readonly environment?: RegExp;
  /** The runner a job asks for (`runs-on`, an Azure pool's vmImage, a CircleCI machine). */
  readonly runner?: RegExp;
  /** Every reused action, orb or template of the jobs that run is pinned by commit SHA or digest. */
  readonly pinned?: boolean;
}

export interface DockerfileSignal {
  readonly kind: 'dockerfile';
  /** `all`: every Dockerfile must show it; `any`: one is enough. */
  readonly match: 'all' | 'any';
  readonly pinned?: boolean;
  readonly nonRoot?: boolean;
  readonly from?: RegExp;
}

export interface FileSignal {
  readonly kind: 'file';
  readonly paths: readonly RegExp[];
  readonly contains?: RegExp;
  readonly min: number;
}

export interface FolderSignal {
  readonly kind: 'folder';
  readonly paths: readonly RegExp[];
}

export interface ConfigSignal {
  readonly kind: 'config';
  readonly files: readonly RegExp[];
  readonly path: readonly string[];
  readonly test: ValueTest;
  readonly not?: { readonly path: readonly string[]; readonly test: ValueTest };
}

export interface RulesSignal {
  readonly kind: 'rules';
  readonly min: number;
  readonly of: readonly string[];
}

export type ScanSignal = (CiSignal | DockerfileSignal | FileSignal | FolderSignal | ConfigSignal | RulesSignal) & {
  /** Overrides the rule's sentence for findings of this signal. */
  readonly says?: string;
};

export interface ScanRule {
  readonly id: string;
  readonly activity: string;
  readonly stage: Stage;
  readonly says: string;
  /** `any`: one signal found is enough; `all`: every signal must be found. */
  readonly match: 'any' | 'all';
  readonly signals: readonly ScanSignal[];
  /** Where the rule is written. */
  readonly file: string;
  readonly line: number;
}

export interface ScanRuleSet {
  readonly rules: readonly ScanRule[];
  /** Ids switched off with `disable: true`. */
  readonly disabled: readonly string[];
}

export interface RuleReadContext {
  readonly stages: readonly Stage[];
  /** When given, every activity uuid must be in it. */
  readonly model?: Model;
  /** Ids of rules defined earlier (the shipped ones), for `rules:` signals and `disable`. */
  readonly knownIds?: ReadonlySet<string>;
  /** Unknown activities are errors (a user's file) or warnings that leave the rule out (the shipped file with a custom model). */
  readonly unknownActivity: 'error' | 'skip';
}

const RULE_KEYS = new Set(['id', 'activity', 'stage', 'says', 'match', 'signals', 'disable']);
const SIGNAL_KEYS: Readonly<Record<ScanSignal['kind'], readonly string[]>> = {
  ci: ['system', 'on', 'uses', 'run', 'image', 'with', 'environment', 'runner', 'pinned'],
  dockerfile: ['match', 'pinned', 'user', 'from'],
  file: ['path', 'contains', 'min'],
  folder: ['path'],
  config: ['file', 'path', 'equals', 'matches', 'atLeast', 'not'],
  rules: ['min', 'of'],
};
const isSignalKind = (key: string): key is ScanSignal['kind'] => Object.hasOwn(SIGNAL_KEYS, key);

/** The stage a rule's `stage:` names: a title of the definition, or `NN%` for the highest stage at or below it. */
export function stageOf(text: string, stages: readonly Stage[]): Stage | string {
  const percent = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(text.trim());
  if (percent) {
    const score = Number(percent[1]) / 100;
    const fitting = stages.filter((stage) => stage.score > 0 && stage.score <= score + 1e-9);
    const best = fitting.reduce<Stage | undefined>(
      (top, stage) => (!top || stage.score > top.score ? stage : top),
      undefined,
    );
    return best ?? `no stage above 0% scores ${text.trim()} or less in the progress definition`;
  }
  const stage = stages.find((s) => s.title === text);
  if (!stage)
    return `${quoted(text)} is not a stage of the progress definition (${stages.map((s) => quoted(s.title)).join(', ')})`;
  if (stage.score === 0) return `${quoted(text)} scores 0%: a scan proposes only stages above it`;
  return stage;
}

/** Reads a rule file; every problem names the file and the line. */
export function readScanRules(
  text: string,
  file: string,
  ctx: RuleReadContext,
): { set: ScanRuleSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const empty = { set: { rules: [], disabled: [] }, problems };
  const parsed = parseYamlTree(text, file);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return empty;
  }
  const root = parsed.documents[0];
  const list = valueOf(root, 'rules');
  if (root?.kind !== 'map' || list?.kind !== 'seq') {
    problems.push(
      fileError(
        file,
        'A rule file is a map with a list "rules:" (see src/assets/YAML/scan-rules.yaml).',
        root?.line ?? 1,
      ),
    );
    return empty;
  }
  for (const entry of root.entries)
    if (entry.key !== 'rules')
      problems.push(
        fileError(file, `Unknown top-level key ${quoted(entry.key)}; a rule file has only "rules".`, entry.keyLine),
      );

  const rules: ScanRule[] = [];
  const disabled: string[] = [];
  const ids = new Set<string>();
  const referenced: { id: string; line: number }[] = [];
  for (const node of list.items) {
    const read = new NodeReader(file, problems).rule(node, ctx, referenced);
    if (!read) continue;
    if (ids.has(read.id)) {
      problems.push(fileError(file, `Rule ${quoted(read.id)} is defined twice in this file.`, node.line));
      continue;
    }
    ids.add(read.id);
    if (read.kind === 'rule') rules.push(read.rule);
    else if (read.kind === 'disable') disabled.push(read.id);
  }
  // A rule left out for a custom model is still a rule a `rules:` signal may name.
  const skipped = [...ids].filter((id) => !rules.some((r) => r.id === id));
  const known = new Set([...(ctx.knownIds ?? []), ...rules.map((r) => r.id), ...skipped]);
  for (const { id, line } of referenced)
    if (!known.has(id)) problems.push(fileError(file, `"rules" names ${quoted(id)}, which is no rule.`, line));
  return { set: { rules, disabled }, problems };
}

/** Reads the parts of one rule, collecting problems with their lines. */
class NodeReader {
  constructor(
    private readonly file: string,
    private readonly problems: Problem[],
  ) {}

  private error(message: string, line: number): undefined {
    this.problems.push(fileError(this.file, message, line));
    return undefined;
  }

  rule(
    node: YamlNode,
    ctx: RuleReadContext,
    referenced: { id: string; line: number }[],
  ): { kind: 'rule'; id: string; rule: ScanRule } | { kind: 'disable' | 'skipped'; id: string } | undefined {
    if (node.kind !== 'map')
      return this.error('Each rule is a map with id, activity, stage, says and signals.', node.line);
    this.unknownKeys(node, RULE_KEYS, 'a rule');
    const id = this.text(node, 'id', true);
    if (id === undefined) return undefined;
    if (textOf(valueOf(node, 'disable')) === 'true') {
      if (ctx.knownIds && !ctx.knownIds.has(id))
        this.problems.push(
          fileWarning(this.file, `"disable" names ${quoted(id)}, which is no shipped rule.`, node.line),
        );
      return { kind: 'disable', id };
    }
    const activity = this.text(node, 'activity', true);
    const stageText = this.text(node, 'stage', true);
    const says = this.text(node, 'says', true);
    const matchText = this.text(node, 'match', false) ?? 'any';
    if (matchText !== 'any' && matchText !== 'all')
      this.error(`"match" is "any" or "all"; found ${quoted(matchText)}.`, valueOf(node, 'match')!.line);
    const signalsNode = valueOf(node, 'signals');
    if (signalsNode?.kind !== 'seq' || signalsNode.items.length === 0)
      return this.error(`Rule ${quoted(id)} needs a non-empty list "signals".`, signalsNode?.line ?? node.line);
    if (activity === undefined || stageText === undefined || says === undefined) return undefined;
    if (ctx.model && !ctx.model.byUuid.has(activity)) {
      const line = valueOf(node, 'activity')!.line;
      if (ctx.unknownActivity === 'error')
        return this.error(`Rule ${quoted(id)}: activity ${activity} is not in the model.`, line);
      this.problems.push(
        fileWarning(this.file, `Rule ${quoted(id)} is left out: activity ${activity} is not in the model.`, line),
      );
      return { kind: 'skipped', id };
    }
    const stage = stageOf(stageText, ctx.stages);
    if (typeof stage === 'string') {
      const line = valueOf(node, 'stage')!.line;
      if (ctx.unknownActivity === 'error') return this.error(`Rule ${quoted(id)}: ${stage}.`, line);
      this.problems.push(fileWarning(this.file, `Rule ${quoted(id)} is left out: ${stage}.`, line));
      return { kind: 'skipped', id };
    }
    const read = signalsNode.items.map((item) => this.signal(item, referenced));
    const signals = read.filter((signal) => signal !== undefined);
    if (signals.length < read.length) return undefined;
    const rule: ScanRule = {
      id,
      activity,
      stage,
      says,
      match: matchText === 'all' ? 'all' : 'any',
      signals,
      file: this.file,
      line: node.line,
    };
    return { kind: 'rule', id, rule };
  }

  private signal(node: YamlNode, referenced: { id: string; line: number }[]): ScanSignal | undefined {
    if (node.kind !== 'map')
      return this.error(
        'Each signal is a map with one of ci, dockerfile, file, folder, config, rules (and optionally says).',
        node.line,
      );
    const kinds = node.entries.filter((e) => e.key !== 'says');
    const kind = kinds.length === 1 ? kinds[0].key : '';
    if (!isSignalKind(kind)) {
      return this.error(
        `A signal has exactly one of ${Object.keys(SIGNAL_KEYS).join(', ')} (and optionally says); found ${kinds.map((k) => quoted(k.key)).join(', ') || 'none'}.`,
        node.line,
      );
    }
    const says = this.text(node, 'says', false);
    const body = kinds[0].value;
    if (body.kind !== 'map') return this.error(`"${kind}" takes a map of conditions.`, body.line);
    // `says` may sit beside the kind or inside it.
    this.unknownKeys(body, new Set([...SIGNAL_KEYS[kind], 'says']), `a ${kind} signal`);
    const ownSays = says ?? this.text(body, 'says', false);
    const signal = this.body(kind, body, referenced);
    if (!signal) return undefined;
    return ownSays === undefined ? signal : { ...signal, says: ownSays };
  }

  private body(
    kind: ScanSignal['kind'],
    body: YamlMap,
    referenced: { id: string; line: number }[],
  ): ScanSignal | undefined {
    const before = this.problems.length;
    let signal: ScanSignal | undefined;
    switch (kind) {
      case 'ci': {
        const systems = this.list(body, 'system');
        for (const system of systems ?? [])
          if (!isCiSystem(system))
            this.error(
              `Unknown CI system ${quoted(system)}; one of ${CI_SYSTEMS.join(', ')}.`,
              valueOf(body, 'system')!.line,
            );
        const on = this.list(body, 'on');
        for (const trigger of on ?? [])
          if (trigger !== 'any' && !isTrigger(trigger))
            this.error(
              `Unknown trigger ${quoted(trigger)}; one of any, ${TRIGGERS.join(', ')}.`,
              valueOf(body, 'on')!.line,
            );
        const withNode = valueOf(body, 'with');
        let inputs: [string, RegExp][] | undefined;
        if (withNode !== undefined) {
          if (withNode.kind !== 'map') this.error('"with" is a map of input name to pattern.', withNode.line);
          else
            inputs = withNode.entries.flatMap((e) => {
              const pattern = this.pattern(textOf(e.value), e.value.line);
              return pattern ? [[e.key, pattern] satisfies [string, RegExp]] : [];
            });
        }
        const pinned = this.flag(body, 'pinned');
        const c: CiSignal = {
          kind: 'ci',
          // Unknown systems and triggers are errors above: the signal is then not used.
          ...(systems ? { systems: systems.filter(isCiSystem) } : {}),
          on: on === undefined ? ['push', 'pull_request'] : on.includes('any') ? 'any' : on.filter(isTrigger),
          ...this.patterns(body, ['uses', 'run', 'image', 'environment', 'runner']),
          ...(inputs ? { with: inputs } : {}),
          ...(pinned ? { pinned } : {}),
        };
        if (!['uses', 'run', 'image', 'environment', 'runner', 'pinned', 'with'].some((key) => valueOf(body, key)))
          this.error('A ci signal needs one of uses, run, image, with, environment, runner or pinned.', body.line);
        signal = c;
        break;
      }
      case 'dockerfile': {
        const match = this.text(body, 'match', false) ?? 'all';
        if (match !== 'all' && match !== 'any')
          this.error(`"match" is "all" or "any"; found ${quoted(match)}.`, body.line);
        const pinned = this.text(body, 'pinned', false);
        if (pinned !== undefined && pinned !== 'digest')
          this.error('"pinned" takes "digest".', valueOf(body, 'pinned')!.line);
        const user = this.text(body, 'user', false);
        if (user !== undefined && user !== 'non-root')
          this.error('"user" takes "non-root".', valueOf(body, 'user')!.line);
        const from = this.patterns(body, ['from']).from;
        if (!pinned && !user && !from) this.error('A dockerfile signal needs pinned, user or from.', body.line);
        signal = {
          kind: 'dockerfile',
          match: match === 'any' ? 'any' : 'all',
          ...(pinned ? { pinned: true } : {}),
          ...(user ? { nonRoot: true } : {}),
          ...(from ? { from } : {}),
        };
        break;
      }
      case 'file':
      case 'folder': {
        const paths = this.list(body, 'path');
        if (!paths || paths.length === 0)
          return this.error(`A ${kind} signal needs "path" (a pattern or a list).`, body.line);
        const globs = paths.map(globRegExp);
        if (kind === 'folder') {
          signal = { kind, paths: globs };
          break;
        }
        const min = this.number(body, 'min') ?? 1;
        signal = { kind, paths: globs, min, ...this.patterns(body, ['contains']) };
        break;
      }
      case 'config': {
        const files = this.list(body, 'file');
        const path = this.text(body, 'path', true);
        if (!files || files.length === 0 || path === undefined)
          return this.error('A config signal needs "file" and "path".', body.line);
        const test = this.valueTest(body);
        const notNode = valueOf(body, 'not');
        let not: ConfigSignal['not'];
        if (notNode !== undefined) {
          const notPath = notNode.kind === 'map' ? this.text(notNode, 'path', true) : undefined;
          if (notNode.kind !== 'map' || notPath === undefined)
            this.error('"not" is a map with path and a test (equals, matches or atLeast).', notNode.line);
          else not = { path: notPath.split('.'), test: this.valueTest(notNode) };
        }
        signal = { kind, files: files.map(globRegExp), path: path.split('.'), test, ...(not ? { not } : {}) };
        break;
      }
      case 'rules': {
        const of = this.list(body, 'of');
        const min = this.number(body, 'min') ?? 1;
        if (!of || of.length === 0) return this.error('A rules signal needs "of": the ids of other rules.', body.line);
        referenced.push(...of.map((id) => ({ id, line: valueOf(body, 'of')!.line })));
        signal = { kind, min, of };
        break;
      }
    }
    return this.problems.length > before ? undefined : signal;
  }

  private valueTest(node: YamlNode): ValueTest {
    const equals = valueOf(node, 'equals');
    const atLeast = this.number(node, 'atLeast');
    return {
      ...(equals !== undefined ? { equals: textOf(equals) ?? 'null' } : {}),
      ...this.patterns(node, ['matches']),
      ...(atLeast !== undefined ? { atLeast } : {}),
    };
  }

  private unknownKeys(node: YamlMap, known: ReadonlySet<string>, what: string): void {
    for (const entry of node.entries)
      if (!known.has(entry.key))
        this.error(`Unknown key ${quoted(entry.key)} in ${what}; known: ${[...known].join(', ')}.`, entry.keyLine);
  }

  private text(node: YamlNode, key: string, required: boolean): string | undefined {
    const value = valueOf(node, key);
    const text = textOf(value);
    if (text === undefined || text.trim() === '') {
      if (required || value !== undefined)
        this.error(`${quoted(key)} must be a text${required ? '' : ' if given'}.`, value?.line ?? node.line);
      return undefined;
    }
    return text;
  }

  private number(node: YamlNode, key: string): number | undefined {
    const value = valueOf(node, key);
    if (value === undefined) return undefined;
    const n = Number(textOf(value));
    if (!Number.isFinite(n) || n < 0) return this.error(`${quoted(key)} must be a number.`, value.line);
    return n;
  }

  private flag(node: YamlNode, key: string): boolean | undefined {
    const value = valueOf(node, key);
    if (value === undefined) return undefined;
    const text = textOf(value);
    if (text !== 'true' && text !== 'false') return this.error(`${quoted(key)} is true or false.`, value.line);
    return text === 'true' ? true : undefined;
  }

  private list(node: YamlNode, key: string): string[] | undefined {
    const value = valueOf(node, key);
    if (value === undefined) return undefined;
    const items = itemsOf(value);
    const texts = items.map(textOf).filter((text) => text !== undefined);
    if (texts.length < items.length) {
      this.error(`${quoted(key)} is a text or a list of texts.`, value.line);
      return undefined;
    }
    return texts;
  }

  private patterns<K extends string>(node: YamlNode, keys: readonly K[]): Partial<Record<K, RegExp>> {
    const result: Partial<Record<K, RegExp>> = {};
    for (const key of keys) {
      const value = valueOf(node, key);
      if (value === undefined) continue;
      const pattern = this.pattern(textOf(value), value.line);
      if (pattern) result[key] = pattern;
    }
    return result;
  }

  private pattern(source: string | undefined, line: number): RegExp | undefined {
    if (source === undefined || source === '')
      return this.error('A pattern must be a non-empty text (a regular expression).', line);
    try {
      return new RegExp(source, 'i');
    } catch (error) {
      return this.error(`Not a valid regular expression: ${errorMessage(error)}`, line);
    }
  }
}

/** The shipped rules with a user's file on top: same id replaces, `disable` removes. */
export function combineRuleSets(base: ScanRuleSet, extra: ScanRuleSet): ScanRule[] {
  const replaced = new Set([...extra.rules.map((r) => r.id), ...extra.disabled]);
  return [...base.rules.filter((r) => !replaced.has(r.id)), ...extra.rules];
}
