import { globRegExp } from '../glob';
import { itemsOf, LineIndex, parseYamlTree, textOf, valueOf, YamlEntry, YamlNode } from '../yaml-tree';
import { CiFileResult, CiJob, CiStep, nameOf, scriptCommands, Trigger } from './ci-job';

export const GITLAB_ROOT = '.gitlab-ci.yml';

/** Top-level keys of .gitlab-ci.yml that are settings, not jobs. */
const RESERVED = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
  'types',
  'spec',
]);

/** A top-level entry and the file it was read from (includes bring entries from other files). */
interface Defined {
  readonly file: string;
  readonly lines: LineIndex;
  readonly entry: YamlEntry;
}

/** A job's keys after `extends`, each with where it was written. */
type Keys = Map<string, Defined>;

export interface RepositoryFiles {
  readonly paths: readonly string[];
  read(path: string): Promise<string | undefined>;
}

const SOURCE_TRIGGERS: Readonly<Record<string, Trigger>> = {
  push: 'push',
  merge_request_event: 'pull_request',
  external_pull_request_event: 'pull_request',
  schedule: 'schedule',
  web: 'manual',
  api: 'manual',
  trigger: 'manual',
  pipeline: 'manual',
  chat: 'manual',
};

/** The triggers one `if:` expression allows: each `||` alternative says which pipelines it is for. */
export function ifTriggers(expression: string): Trigger[] {
  const found = new Set<Trigger>();
  for (const alternative of expression.split('||')) {
    const source = /\$CI_PIPELINE_SOURCE\s*==\s*["']([a-z_]+)["']/.exec(alternative);
    if (source) found.add(Object.hasOwn(SOURCE_TRIGGERS, source[1]) ? SOURCE_TRIGGERS[source[1]] : 'event');
    else if (/\$CI_MERGE_REQUEST_(IID|ID|SOURCE_BRANCH_NAME)\b(?!\s*==\s*null)/.test(alternative))
      found.add('pull_request');
    else if (/\$CI_COMMIT_TAG\b(?!\s*==\s*null)/.test(alternative)) found.add('tag');
    else if (/\$CI_PIPELINE_SOURCE\s*!=\s*["']push["']/.test(alternative)) found.add('pull_request');
    // Any other condition (a branch, a variable) is about ordinary branch pipelines.
    else found.add('push');
  }
  return [...found];
}

/** The triggers a list of `rules:` allows; undefined when there are none. */
function rulesTriggers(rules: YamlNode | undefined): Set<Trigger> | undefined {
  if (rules === undefined) return undefined;
  const found = new Set<Trigger>();
  for (const rule of itemsOf(rules)) {
    const when = textOf(valueOf(rule, 'when'));
    if (when === 'never') continue;
    const condition = textOf(valueOf(rule, 'if'));
    const triggers: readonly Trigger[] = condition === undefined ? ['push'] : ifTriggers(condition);
    for (const trigger of triggers) found.add(when === 'manual' ? 'manual' : trigger);
  }
  return found;
}

/** The triggers of `only:` (a list of refs, or `{refs: [...]}`). */
function onlyTriggers(only: YamlNode | undefined): Set<Trigger> | undefined {
  if (only === undefined) return undefined;
  const refs = only.kind === 'map' ? valueOf(only, 'refs') : only;
  if (refs === undefined) return new Set(['push']);
  const found = new Set<Trigger>();
  for (const ref of itemsOf(refs).flatMap((item) => textOf(item) ?? [])) {
    if (ref === 'merge_requests' || ref === 'external_pull_requests') found.add('pull_request');
    else if (ref === 'schedules') found.add('schedule');
    else if (['web', 'api', 'triggers', 'pipelines', 'chat'].includes(ref)) found.add('manual');
    else if (ref === 'tags') found.add('tag');
    else found.add('push');
  }
  return found;
}

function includesOf(node: YamlNode | undefined): {
  local: string[];
  reused: { ref: string; pin: CiStep['pin']; line: number }[];
} {
  const local: string[] = [];
  const reused: { ref: string; pin: CiStep['pin']; line: number }[] = [];
  for (const item of itemsOf(node)) {
    const text = textOf(item);
    if (text !== undefined) {
      if (/^https?:/i.test(text)) reused.push({ ref: text, pin: 'tag', line: item.line });
      else local.push(text);
      continue;
    }
    const path = textOf(valueOf(item, 'local'));
    if (path !== undefined) local.push(path);
    const template = textOf(valueOf(item, 'template'));
    if (template !== undefined) reused.push({ ref: `template:${template}`, pin: 'local', line: item.line });
    const component = textOf(valueOf(item, 'component'));
    if (component !== undefined)
      reused.push({ ref: component, pin: /@[0-9a-f]{40}$/i.test(component) ? 'sha' : 'tag', line: item.line });
    const remote = textOf(valueOf(item, 'remote'));
    if (remote !== undefined) reused.push({ ref: remote, pin: 'tag', line: item.line });
    const project = textOf(valueOf(item, 'project'));
    if (project !== undefined) {
      const ref = textOf(valueOf(item, 'ref')) ?? '';
      for (const file of itemsOf(valueOf(item, 'file')).flatMap((f) => textOf(f) ?? []))
        reused.push({
          ref: `${project}/${file.replace(/^\//, '')}`,
          pin: /^[0-9a-f]{40}$/i.test(ref) ? 'sha' : 'tag',
          line: item.line,
        });
    }
  }
  return { local, reused };
}

/**
 * Reads a GitLab pipeline: .gitlab-ci.yml and the files it includes from the repository (`local`,
 * wildcards too), with `extends` resolved. Hidden jobs (`.name`) are templates and never run; a
 * job's triggers come from `rules`, `only`, `when` and the `workflow: rules` of the pipeline.
 */
export async function readGitlabPipeline(root: string, repository: RepositoryFiles): Promise<CiFileResult> {
  const defined = new Map<string, Defined>();
  const reused: { file: string; ref: string; pin: CiStep['pin']; line: number }[] = [];
  const seen = new Set<string>();
  let problem: CiFileResult['problem'];
  let workflow: Defined | undefined;

  const load = async (file: string, depth: number) => {
    if (seen.has(file) || depth > 10 || seen.size > 100) return;
    seen.add(file);
    const text = await repository.read(file);
    if (text === undefined) return;
    const parsed = parseYamlTree(text, file);
    if (!parsed.ok) {
      if (file === root) problem = parsed.problem;
      return;
    }
    // A component's file starts with a `spec:` document; the jobs are in the last one.
    const doc = parsed.documents[parsed.documents.length - 1];
    if (doc?.kind !== 'map') return;
    const lines = new LineIndex(text);
    const includes = includesOf(valueOf(doc, 'include'));
    reused.push(...includes.reused.map((r) => ({ ...r, file })));
    // The including file's own keys win over what it includes, so includes are read first.
    for (const path of includes.local) {
      const pattern = path.replace(/^\//, '');
      const matches = /[*?[{]/.test(pattern) ? repository.paths.filter((p) => globRegExp(pattern).test(p)) : [pattern];
      for (const match of matches) await load(match, depth + 1);
    }
    for (const entry of doc.entries) {
      if (entry.key === 'workflow') workflow = { file, lines, entry };
      defined.set(entry.key, { file, lines, entry });
    }
  };
  await load(root, 0);
  if (problem) return { jobs: [], problem };

  // Without `workflow: rules`, GitLab runs a pipeline for every source its jobs ask for.
  const pipelineTriggers =
    (workflow && rulesTriggers(valueOf(workflow.entry.value, 'rules'))) ??
    new Set<Trigger>(['push', 'pull_request', 'schedule', 'manual', 'tag']);
  const defaults = keysOf(defined.get('default'));
  const topLevel = (key: string) => defaults.get(key) ?? (RESERVED.has(key) ? defined.get(key) : undefined);

  const jobs: CiJob[] = [];
  for (const ref of reused) {
    jobs.push({
      system: 'gitlab',
      file: ref.file,
      name: 'include',
      line: ref.line,
      triggers: new Set([...pipelineTriggers].filter((t) => t === 'push' || t === 'pull_request')),
      steps: [{ line: ref.line, uses: ref.ref, pin: ref.pin, with: {}, commands: [] }],
    });
  }
  for (const [name, job] of defined) {
    if (RESERVED.has(name) || name.startsWith('.') || job.entry.value.kind !== 'map') continue;
    const keys = resolveExtends(name, defined);
    if (!['script', 'run', 'trigger'].some((key) => keys.has(key))) continue;
    const setting = (key: string) => keys.get(key) ?? topLevel(key);
    const steps: CiStep[] = [];
    for (const key of ['before_script', 'script', 'after_script']) {
      const where = setting(key);
      if (!where) continue;
      const commands = scriptCommands(where.entry.value, where.lines);
      const file = where.file === job.file ? {} : { file: where.file };
      steps.push({ line: where.entry.keyLine, with: {}, commands, ...file });
    }
    const image = nameOf(setting('image')?.entry.value, 'name');
    const environment = nameOf(keys.get('environment')?.entry.value, 'name');
    jobs.push({
      system: 'gitlab',
      file: job.file,
      name,
      line: job.entry.keyLine,
      triggers: jobTriggers(keys, pipelineTriggers),
      ...(image ? { image } : {}),
      ...(environment ? { environment } : {}),
      steps: image ? steps.map((s) => ({ ...s, image })) : steps,
    });
  }
  return { jobs };
}

function keysOf(defined: Defined | undefined): Keys {
  const keys: Keys = new Map();
  if (defined?.entry.value.kind === 'map')
    for (const entry of defined.entry.value.entries) keys.set(entry.key, { ...defined, entry });
  return keys;
}

/** A job's keys with its `extends` templates under them (templates in order, the job's own keys last). */
function resolveExtends(name: string, defined: ReadonlyMap<string, Defined>, depth = 0): Keys {
  const own = defined.get(name);
  if (!own || depth > 11) return new Map();
  const keys: Keys = new Map();
  for (const parent of itemsOf(valueOf(own.entry.value, 'extends')).flatMap((item) => textOf(item) ?? [])) {
    for (const [key, where] of resolveExtends(parent, defined, depth + 1)) keys.set(key, where);
  }
  for (const [key, where] of keysOf(own)) if (key !== 'extends') keys.set(key, where);
  return keys;
}

function jobTriggers(keys: Keys, pipeline: ReadonlySet<Trigger>): Set<Trigger> {
  const when = textOf(keys.get('when')?.entry.value);
  if (when === 'never') return new Set();
  const own =
    rulesTriggers(keys.get('rules')?.entry.value) ??
    onlyTriggers(keys.get('only')?.entry.value) ??
    new Set<Trigger>(['push']);
  if (when === 'manual') return own.size === 0 ? own : new Set(['manual']);
  // The pipeline must run for the job to run: a job for merge requests in a pipeline that only
  // runs on branches never runs.
  return new Set([...own].filter((trigger) => pipeline.has(trigger) || trigger === 'manual'));
}
