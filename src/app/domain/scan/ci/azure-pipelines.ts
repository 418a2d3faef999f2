import { itemsOf, LineIndex, textOf, valueOf, YamlNode } from '../yaml-tree';
import { CiFileResult, CiJob, CiStep, nameOf, scalarInputs, scriptCommands, Trigger, ciDocument } from './ci-job';

/** Where Azure DevOps pipelines are usually kept (the pipeline names its file, so this is a convention). */
export const AZURE_PIPELINE = /(^|\/)azure-pipelines[^/]*\.ya?ml$|^\.(azure-pipelines|azuredevops)\/.+\.ya?ml$/i;

const SCRIPT_KEYS = ['script', 'bash', 'pwsh', 'powershell'];

/** `trigger: none` and `pr: none` switch a trigger off; absent, Azure runs on pushes and pull requests. */
function pipelineTriggers(root: YamlNode): Set<Trigger> {
  const triggers = new Set<Trigger>();
  const off = (node: YamlNode | undefined) =>
    node !== undefined &&
    (textOf(node) === 'none' || textOf(node) === 'false' || (node.kind === 'seq' && node.items.length === 0));
  if (!off(valueOf(root, 'trigger'))) triggers.add('push');
  if (!off(valueOf(root, 'pr'))) triggers.add('pull_request');
  if (itemsOf(valueOf(root, 'schedules')).length > 0) triggers.add('schedule');
  return triggers;
}

function disabled(node: YamlNode): boolean {
  const condition = textOf(valueOf(node, 'condition'))?.trim();
  const enabled = textOf(valueOf(node, 'enabled'));
  return condition === 'false' || enabled === 'false';
}

function step(node: YamlNode, lines: LineIndex): CiStep | undefined {
  if (node.kind !== 'map' || disabled(node)) return undefined;
  const task = textOf(valueOf(node, 'task'))?.trim();
  const template = textOf(valueOf(node, 'template'))?.trim();
  const uses = task ?? template;
  const script = SCRIPT_KEYS.map((key) => valueOf(node, key)).find((value) => value !== undefined);
  return {
    line: node.line,
    ...(uses ? { uses, pin: template && !/@/.test(template) ? 'local' : 'tag' } : {}),
    with: scalarInputs(valueOf(node, 'inputs')),
    commands: scriptCommands(script, lines),
  };
}

/** Every `steps:` list under a node (a deployment job's strategy holds them several levels down). */
function stepLists(node: YamlNode | undefined, depth = 0): YamlNode[] {
  if (node?.kind !== 'map' || depth > 6) return [];
  return node.entries.flatMap((entry) =>
    entry.key === 'steps' ? itemsOf(entry.value) : stepLists(entry.value, depth + 1),
  );
}

/** Reads an Azure Pipelines file: stages of jobs, jobs, or steps at the top. */
export function readAzurePipeline(file: string, text: string): CiFileResult {
  const document = ciDocument(file, text);
  if (!('root' in document)) return document;
  const { root, lines } = document;
  const triggers = pipelineTriggers(root);
  const poolOf = (node: YamlNode | undefined) => nameOf(valueOf(node, 'pool'), 'vmImage', 'name');
  const rootPool = poolOf(root);
  const jobs: CiJob[] = [];
  const addJob = (node: YamlNode, name: string, line: number) => {
    const image = nameOf(valueOf(node, 'container'), 'image');
    const environment = nameOf(valueOf(node, 'environment'), 'name');
    const runsOn = poolOf(node) ?? rootPool;
    jobs.push({
      system: 'azure',
      file,
      name,
      line,
      triggers: disabled(node) ? new Set() : new Set(triggers),
      ...(image ? { image } : {}),
      ...(runsOn ? { runsOn } : {}),
      ...(environment ? { environment } : {}),
      steps: stepLists(node).flatMap((item) => step(item, lines) ?? []),
    });
  };
  const addJobs = (list: YamlNode | undefined) => {
    for (const job of itemsOf(list)) {
      if (job.kind !== 'map') continue;
      const template = textOf(valueOf(job, 'template'));
      const name = textOf(valueOf(job, 'job')) ?? textOf(valueOf(job, 'deployment')) ?? template ?? 'job';
      addJob(job, name, job.line);
    }
  };
  for (const stage of itemsOf(valueOf(root, 'stages'))) if (!disabled(stage)) addJobs(valueOf(stage, 'jobs'));
  addJobs(valueOf(root, 'jobs'));
  if (valueOf(root, 'steps')) addJob(root, 'steps', valueOf(root, 'steps')!.line);
  const extended = textOf(valueOf(valueOf(root, 'extends'), 'template'));
  if (extended) {
    jobs.push({
      system: 'azure',
      file,
      name: 'extends',
      line: valueOf(root, 'extends')!.line,
      triggers,
      steps: [{ line: valueOf(root, 'extends')!.line, uses: extended, pin: 'tag', with: {}, commands: [] }],
    });
  }
  return { jobs };
}
