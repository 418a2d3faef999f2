import { itemsOf, LineIndex, textOf, valueOf, YamlNode } from '../yaml-tree';
import { CiFileResult, CiJob, CiStep, nameOf, scalarInputs, scriptCommands, Trigger, ciDocument } from './ci-job';

export const CIRCLECI_CONFIG = /^\.circleci\/config\.ya?ml$/i;

/** Steps that come with CircleCI and prove nothing by themselves. */
const BUILT_IN = new Set([
  'checkout',
  'setup_remote_docker',
  'save_cache',
  'restore_cache',
  'store_artifacts',
  'store_test_results',
  'persist_to_workspace',
  'attach_workspace',
  'add_ssh_keys',
  'when',
  'unless',
]);

/** `alias/command` with the orb's alias replaced by its name: `snyk/scan` with `snyk: snyk/snyk@2` is `snyk/snyk/scan`. */
function orbCommand(name: string, orbs: ReadonlyMap<string, string>): { uses: string; pin: CiStep['pin'] } | undefined {
  const slash = name.indexOf('/');
  if (slash < 0) return undefined;
  const orb = orbs.get(name.slice(0, slash));
  if (orb === undefined) return { uses: name, pin: 'local' };
  return { uses: `${orb.replace(/@.*$/, '')}/${name.slice(slash + 1)}`, pin: 'tag' };
}

function step(node: YamlNode, orbs: ReadonlyMap<string, string>, lines: LineIndex): CiStep | undefined {
  const simple = textOf(node);
  if (simple !== undefined) {
    const orb = orbCommand(simple, orbs);
    return orb ? { line: node.line, ...orb, with: {}, commands: [] } : undefined;
  }
  if (node.kind !== 'map' || node.entries.length === 0) return undefined;
  const { key, value } = node.entries[0];
  if (key === 'run') {
    const command = value.kind === 'map' ? valueOf(value, 'command') : value;
    return { line: node.line, with: {}, commands: scriptCommands(command, lines) };
  }
  if (BUILT_IN.has(key)) return undefined;
  const orb = orbCommand(key, orbs);
  return orb ? { line: node.line, ...orb, with: scalarInputs(value), commands: [] } : undefined;
}

/**
 * Reads .circleci/config.yml: the jobs its workflows run (an orb job too), each with the steps it
 * runs (`run:` commands and orb commands). A workflow with `triggers: - schedule` runs on a
 * schedule; otherwise CircleCI builds every push. Jobs no workflow names never run.
 */
export function readCircleCiConfig(file: string, text: string): CiFileResult {
  const document = ciDocument(file, text);
  if (!('root' in document)) return document;
  const { root, lines } = document;
  const orbs = new Map<string, string>();
  const orbsNode = valueOf(root, 'orbs');
  if (orbsNode?.kind === 'map')
    for (const entry of orbsNode.entries) orbs.set(entry.key, textOf(entry.value) ?? entry.key);

  const jobNodes = valueOf(root, 'jobs');
  const runs = new Map<string, { triggers: Set<Trigger>; line: number }>();
  const workflows = valueOf(root, 'workflows');
  if (workflows?.kind === 'map') {
    for (const { key, value } of workflows.entries) {
      if (key === 'version' || value.kind !== 'map') continue;
      const scheduled = itemsOf(valueOf(value, 'triggers')).some((t) => valueOf(t, 'schedule') !== undefined);
      const triggers = new Set<Trigger>(scheduled ? ['schedule'] : ['push']);
      for (const item of itemsOf(valueOf(value, 'jobs'))) {
        const name = textOf(item) ?? (item.kind === 'map' ? item.entries[0]?.key : undefined);
        if (name === undefined) continue;
        const known = runs.get(name);
        runs.set(name, { triggers: new Set([...(known?.triggers ?? []), ...triggers]), line: item.line });
      }
    }
  } else if (valueOf(jobNodes, 'build')) runs.set('build', { triggers: new Set(['push']), line: 1 });

  const jobs: CiJob[] = [];
  for (const [name, run] of runs) {
    const node = valueOf(jobNodes, name);
    if (node === undefined) {
      const orb = orbCommand(name, orbs);
      if (orb)
        jobs.push({
          system: 'circleci',
          file,
          name,
          line: run.line,
          triggers: run.triggers,
          steps: [{ line: run.line, ...orb, with: {}, commands: [] }],
        });
      continue;
    }
    const image = nameOf(itemsOf(valueOf(node, 'docker'))[0], 'image');
    const machine = valueOf(node, 'machine');
    jobs.push({
      system: 'circleci',
      file,
      name,
      line: jobNodes?.kind === 'map' ? (jobNodes.entries.find((e) => e.key === name)?.keyLine ?? node.line) : node.line,
      triggers: run.triggers,
      ...(image ? { image } : {}),
      ...(machine ? { runsOn: nameOf(machine, 'image') ?? 'machine' } : {}),
      steps: itemsOf(valueOf(node, 'steps')).flatMap((item) => step(item, orbs, lines) ?? []),
    });
  }
  return { jobs };
}
