import { entryOf, itemsOf, LineIndex, textOf, valueOf, YamlNode } from '../yaml-tree';
import { CiFileResult, CiJob, CiStep, nameOf, scalarInputs, scriptCommands, Trigger, ciDocument } from './ci-job';

/** GitHub runs the workflows directly in this folder, no others. */
export const GITHUB_WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/i;

const EVENT_TRIGGERS: Readonly<Record<string, Trigger>> = {
  push: 'push',
  pull_request: 'pull_request',
  pull_request_target: 'pull_request',
  merge_group: 'pull_request',
  schedule: 'schedule',
  workflow_dispatch: 'manual',
  repository_dispatch: 'manual',
  release: 'tag',
  workflow_call: 'call',
  // Runs after another workflow, which in practice runs on pushes.
  workflow_run: 'push',
};

/** The triggers of a workflow's `on:` (a name, a list of names, or a map of events). */
function workflowTriggers(on: YamlNode | undefined): Set<Trigger> {
  const triggers = new Set<Trigger>();
  const add = (event: string, config?: YamlNode) => {
    let trigger: Trigger = Object.hasOwn(EVENT_TRIGGERS, event) ? EVENT_TRIGGERS[event] : 'event';
    // A push filtered to tags only is a release build.
    if (event === 'push' && config?.kind === 'map' && entryOf(config, 'tags') && !entryOf(config, 'branches'))
      trigger = 'tag';
    triggers.add(trigger);
  };
  if (on?.kind === 'map') for (const entry of on.entries) add(entry.key, entry.value);
  else for (const item of itemsOf(on)) if (textOf(item) !== undefined) add(textOf(item)!);
  return triggers;
}

/** `if: false` (or `${{ false }}`): never runs. */
function disabled(node: YamlNode | undefined): boolean {
  const condition = textOf(node)?.trim();
  return condition !== undefined && /^(\$\{\{\s*)?false(\s*\}\})?$/.test(condition);
}

/** How an action reference is pinned. */
export function actionPin(uses: string): CiStep['pin'] {
  if (uses.startsWith('./') || uses.startsWith('.\\')) return 'local';
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/i.test(uses) ? 'sha' : 'tag';
  return /@[0-9a-f]{40}$/i.test(uses) ? 'sha' : 'tag';
}

function step(node: YamlNode, lines: LineIndex): CiStep | undefined {
  if (node.kind !== 'map' || disabled(valueOf(node, 'if'))) return undefined;
  const uses = textOf(valueOf(node, 'uses'))?.trim();
  const image = uses?.startsWith('docker://') ? uses.slice('docker://'.length) : undefined;
  return {
    line: node.line,
    ...(uses ? { uses, pin: actionPin(uses) } : {}),
    ...(image ? { image } : {}),
    with: scalarInputs(valueOf(node, 'with')),
    commands: scriptCommands(valueOf(node, 'run'), lines),
  };
}

/** Reads one workflow file: its jobs, each with the workflow's triggers (none if it is disabled). */
export function readGithubWorkflow(file: string, text: string): CiFileResult {
  const document = ciDocument(file, text);
  if (!('root' in document)) return document;
  const { root, lines } = document;
  const triggers = workflowTriggers(valueOf(root, 'on'));
  const jobs: CiJob[] = [];
  const jobsNode = valueOf(root, 'jobs');
  if (jobsNode?.kind !== 'map') return { jobs };
  for (const { key, keyLine, value } of jobsNode.entries) {
    if (value.kind !== 'map') continue;
    const called = textOf(valueOf(value, 'uses'))?.trim();
    const steps = called
      ? [
          {
            line: value.line,
            uses: called,
            pin: actionPin(called),
            with: scalarInputs(valueOf(value, 'with')),
            commands: [],
          },
        ]
      : itemsOf(valueOf(value, 'steps')).flatMap((item) => step(item, lines) ?? []);
    const container = nameOf(valueOf(value, 'container'), 'image');
    const environment = nameOf(valueOf(value, 'environment'), 'name');
    const runsOn = runnerText(valueOf(value, 'runs-on'));
    jobs.push({
      system: 'github',
      file,
      name: textOf(valueOf(value, 'name')) ?? key,
      line: keyLine,
      triggers: disabled(valueOf(value, 'if')) ? new Set() : new Set(triggers),
      ...(container ? { image: container } : {}),
      ...(runsOn ? { runsOn } : {}),
      ...(environment ? { environment } : {}),
      steps,
    });
  }
  return { jobs };
}

function runnerText(node: YamlNode | undefined): string | undefined {
  if (node?.kind === 'map') return nameOf(node, 'group', 'labels');
  const labels = itemsOf(node).flatMap((item) => textOf(item) ?? []);
  return labels.length > 0 ? labels.join(', ') : undefined;
}

/**
 * Gives the jobs of reusable workflows (`on: workflow_call`) the triggers of the jobs in this
 * repository that call them (`uses: ./.github/workflows/x.yml`), so a SAST workflow called from
 * the pull-request workflow counts as running on pull requests.
 */
export function resolveCalledWorkflows(jobs: readonly CiJob[]): CiJob[] {
  let current = [...jobs];
  for (let round = 0; round < 5; round++) {
    const callers = new Map<string, Set<Trigger>>();
    for (const job of current) {
      if (job.system !== 'github' || job.triggers.size === 0) continue;
      for (const s of job.steps) {
        const match = s.uses && /^\.\/(\.github\/workflows\/[^@]+\.ya?ml)(@.*)?$/i.exec(s.uses);
        if (!match) continue;
        const set = callers.get(match[1]) ?? new Set<Trigger>();
        for (const trigger of job.triggers) if (trigger !== 'call') set.add(trigger);
        callers.set(match[1], set);
      }
    }
    let changed = false;
    current = current.map((job) => {
      const from = callers.get(job.file);
      if (job.system !== 'github' || !from || !job.triggers.has('call')) return job;
      const triggers = new Set([...job.triggers, ...from]);
      if (triggers.size === job.triggers.size) return job;
      changed = true;
      return { ...job, triggers };
    });
    if (!changed) break;
  }
  return current.map((job) => {
    if (job.system !== 'github' || !job.triggers.has('call') || job.triggers.size === 1) return job;
    // Called from here: it runs when its callers run.
    const triggers = new Set(job.triggers);
    triggers.delete('call');
    return { ...job, triggers };
  });
}
