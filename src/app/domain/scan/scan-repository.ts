import { Problem } from '../types';
import { fileWarning } from '../common/file-problem';
import { readAzurePipeline, AZURE_PIPELINE } from './ci/azure-pipelines';
import { CI_SYSTEM_NAMES, CiFileResult, CiJob, CiStep, triggerText } from './ci/ci-job';
import { CIRCLECI_CONFIG, readCircleCiConfig } from './ci/circleci';
import { GITHUB_WORKFLOW, readGithubWorkflow, resolveCalledWorkflows } from './ci/github-actions';
import { GITLAB_ROOT, readGitlabPipeline } from './ci/gitlab-ci';
import { JENKINSFILE, readJenkinsfile } from './ci/jenkinsfile';
import { parseConfigFile, passes, valuesAt } from './config-file';
import { DOCKERFILE, Dockerfile, finalStage, isRootUser, parseDockerfile } from './dockerfile';
import {
  CiSignal,
  ConfigSignal,
  DockerfileSignal,
  FileSignal,
  FolderSignal,
  RulesSignal,
  ScanRule,
  ScanSignal,
} from './scan-rules';
import { YamlNode } from './yaml-tree';

/**
 * A checkout as the scanner sees it: every file and folder path (relative, `/`-separated), and a way
 * to read a file's text. The command line walks the disk; the browser lists a picked folder. Only
 * files some detector or rule needs are read.
 */
export interface RepositorySnapshot {
  readonly paths: readonly string[];
  /** Folders, including those not walked into (`.git`, `node_modules`). */
  readonly folders: readonly string[];
  /** The text of a file; undefined when it cannot be read as text (binary, too large, gone). */
  read(path: string): Promise<string | undefined>;
}

/** One thing seen in the repository that supports a rule, in words, with where. */
export interface Finding {
  readonly file: string;
  readonly line?: number;
  /** What was seen, in the rule's words ("Semgrep scans the code"). */
  readonly says: string;
  /** A sentence: what was seen, where and when it runs. */
  readonly text: string;
}

export interface RuleMatch {
  readonly rule: ScanRule;
  readonly findings: readonly Finding[];
}

export interface ScanResult {
  readonly matches: readonly RuleMatch[];
  /** Every CI job read, with its triggers (for reports: what runs, what never runs). */
  readonly jobs: readonly CiJob[];
  readonly dockerfiles: number;
  /** Files read, in order. */
  readonly read: readonly string[];
  /** Files that could not be understood (a workflow with a YAML error): warnings naming file and line. */
  readonly problems: readonly Problem[];
}

/** At most this many findings per signal are kept (a monorepo can have hundreds of workflows). */
const MAX_FINDINGS = 20;

/** Runs every rule over a repository. */
export async function scanRepository(rules: readonly ScanRule[], repo: RepositorySnapshot): Promise<ScanResult> {
  const texts = new Map<string, Promise<string | undefined>>();
  const read: string[] = [];
  const readText = (path: string) => {
    let text = texts.get(path);
    if (!text) {
      read.push(path);
      texts.set(path, (text = repo.read(path)));
    }
    return text;
  };
  const problems: Problem[] = [];
  const paths = repo.paths;

  const results: (CiFileResult & { file: string })[] = [];
  const readers: [RegExp, (file: string, text: string) => CiFileResult][] = [
    [GITHUB_WORKFLOW, readGithubWorkflow],
    [AZURE_PIPELINE, readAzurePipeline],
    [CIRCLECI_CONFIG, readCircleCiConfig],
    [JENKINSFILE, readJenkinsfile],
  ];
  for (const path of paths) {
    for (const [pattern, reader] of readers) {
      if (!pattern.test(path)) continue;
      const text = await readText(path);
      if (text !== undefined) results.push(withFile(path, reader(path, text)));
      break;
    }
  }
  if (paths.includes(GITLAB_ROOT)) {
    results.push(withFile(GITLAB_ROOT, await readGitlabPipeline(GITLAB_ROOT, { paths, read: readText })));
  }
  for (const result of results) {
    if (result.problem)
      problems.push(fileWarning(result.file, `Not read: ${result.problem.message}`, result.problem.line));
  }
  const jobs = resolveCalledWorkflows(results.flatMap((r) => r.jobs));

  const dockerfiles: { path: string; file: Dockerfile }[] = [];
  for (const path of paths) {
    if (!DOCKERFILE.test(path)) continue;
    const text = await readText(path);
    if (text !== undefined) dockerfiles.push({ path, file: parseDockerfile(text) });
  }

  const context: Context = { repo, jobs, dockerfiles, readText, configs: new Map() };
  const matches = new Map<string, RuleMatch>();
  const ordered = [...rules].sort((a, b) => Number(usesRules(a)) - Number(usesRules(b)));
  for (const rule of ordered) {
    const perSignal: Finding[][] = [];
    for (const signal of rule.signals) {
      const says = signal.says ?? rule.says;
      perSignal.push(
        signal.kind === 'rules'
          ? rulesFindings(signal, says, matches)
          : (await findings(signal, says, context)).slice(0, MAX_FINDINGS),
      );
    }
    const found = rule.match === 'all' ? perSignal.every((f) => f.length > 0) : perSignal.some((f) => f.length > 0);
    if (found) matches.set(rule.id, { rule, findings: perSignal.flat() });
  }
  return {
    matches: rules.flatMap((rule) => matches.get(rule.id) ?? []),
    jobs,
    dockerfiles: dockerfiles.length,
    read,
    problems,
  };
}

function withFile(file: string, result: CiFileResult): CiFileResult & { file: string } {
  return { ...result, file };
}

const usesRules = (rule: ScanRule) => rule.signals.some((s) => s.kind === 'rules');

interface Context {
  readonly repo: RepositorySnapshot;
  readonly jobs: readonly CiJob[];
  readonly dockerfiles: readonly { path: string; file: Dockerfile }[];
  readText(path: string): Promise<string | undefined>;
  readonly configs: Map<string, YamlNode | undefined>;
}

async function findings(signal: ScanSignal, says: string, context: Context): Promise<Finding[]> {
  switch (signal.kind) {
    case 'ci':
      return ciFindings(signal, says, context.jobs);
    case 'dockerfile':
      return dockerfileFindings(signal, says, context.dockerfiles);
    case 'file':
      return fileFindings(signal, says, context);
    case 'folder':
      return folderFindings(signal, says, context.repo);
    case 'config':
      return configFindings(signal, says, context);
    case 'rules':
      return [];
  }
}

const location = (file: string, line?: number) => (line === undefined ? file : `${file}:${line}`);

function runs(job: CiJob, signal: CiSignal): boolean {
  if (signal.systems && !signal.systems.includes(job.system)) return false;
  if (signal.on === 'any') return job.triggers.size > 0;
  return signal.on.some((trigger) => job.triggers.has(trigger));
}

function jobText(job: CiJob): string {
  return `${CI_SYSTEM_NAMES[job.system]} job "${job.name}", ${triggerText(job.triggers)}`;
}

function stepMatches(step: CiStep, job: CiJob, signal: CiSignal): boolean {
  if (signal.uses && !(step.uses !== undefined && signal.uses.test(step.uses))) return false;
  if (
    signal.with &&
    !signal.with.every(([key, pattern]) => Object.hasOwn(step.with, key) && pattern.test(step.with[key]))
  )
    return false;
  if (signal.image) {
    const image = step.image ?? job.image;
    if (image === undefined || !signal.image.test(image)) return false;
  }
  return true;
}

function ciFindings(signal: CiSignal, says: string, jobs: readonly CiJob[]): Finding[] {
  const running = jobs.filter(
    (job) =>
      runs(job, signal) &&
      (!signal.environment || (job.environment !== undefined && signal.environment.test(job.environment))) &&
      (!signal.runner || (job.runsOn !== undefined && signal.runner.test(job.runsOn))),
  );
  if (signal.pinned) return pinnedFindings(signal, says, running);
  const found: Finding[] = [];
  const at = (file: string, line: number, job: CiJob) => ({
    file,
    line,
    says,
    text: `${says} in ${location(file, line)} (${jobText(job)})`,
  });
  for (const job of running) {
    if (!signal.uses && !signal.with && !signal.run) {
      // Only job conditions (an image, an environment, a runner): the job is the finding.
      const image = signal.image;
      if (
        !image ||
        (job.image !== undefined && image.test(job.image)) ||
        job.steps.some((s) => s.image && image.test(s.image))
      )
        found.push(at(job.file, job.line, job));
      continue;
    }
    for (const step of job.steps) {
      if (!stepMatches(step, job, signal)) continue;
      const file = step.file ?? job.file;
      if (!signal.run) found.push(at(file, step.line, job));
      else
        for (const command of step.commands) if (signal.run.test(command.text)) found.push(at(file, command.line, job));
    }
  }
  return found;
}

function pinnedFindings(signal: CiSignal, says: string, jobs: readonly CiJob[]): Finding[] {
  const reused = jobs.flatMap((job) =>
    job.steps.filter((s) => s.pin !== undefined && s.pin !== 'local').map((step) => ({ job, step })),
  );
  if (reused.length === 0 || reused.some(({ step }) => step.pin !== 'sha')) return [];
  const files = new Set(reused.map(({ job }) => job.file));
  const first = reused[0];
  return [
    {
      file: first.step.file ?? first.job.file,
      line: first.step.line,
      says,
      text: `${says}: all ${reused.length} reused actions, orbs or templates in ${files.size} CI ${files.size === 1 ? 'file' : 'files'} are pinned by commit SHA or digest (first: ${location(first.job.file, first.step.line)})`,
    },
  ];
}

function dockerfileFindings(
  signal: DockerfileSignal,
  says: string,
  files: readonly { path: string; file: Dockerfile }[],
): Finding[] {
  const judged = files.flatMap(({ path, file }) => {
    const verdict = judgeDockerfile(signal, file);
    return verdict === undefined ? [] : [{ path, ...verdict }];
  });
  const passing = judged.filter((j) => j.ok);
  if (passing.length === 0 || (signal.match === 'all' && passing.length < judged.length)) return [];
  const scope = signal.match === 'all' && judged.length > 1 ? ` (all ${judged.length} Dockerfiles)` : '';
  return passing.map((j) => ({
    file: j.path,
    line: j.line,
    says,
    text: `${says} in ${location(j.path, j.line)}: ${j.detail}${scope}`,
  }));
}

/** Whether one Dockerfile shows the signal; undefined when it says nothing (no FROM from a registry). */
function judgeDockerfile(
  signal: DockerfileSignal,
  file: Dockerfile,
): { ok: boolean; line: number; detail: string } | undefined {
  const last = finalStage(file);
  if (!last) return undefined;
  if (signal.pinned) {
    const external = file.stages.filter((s) => s.base === 'image');
    if (external.length === 0) return undefined;
    const loose = external.find((s) => !s.pinned);
    return loose
      ? { ok: false, line: loose.line, detail: `FROM ${loose.image} is not pinned by digest` }
      : { ok: true, line: external[0].line, detail: `every FROM image is pinned by digest (${external.length})` };
  }
  if (signal.nonRoot) {
    const user = last.user;
    if (user && !isRootUser(user.name))
      return { ok: true, line: user.line, detail: `the final stage runs as USER ${user.name}` };
    if (!user && last.root && /[:-]nonroot$/i.test(last.root))
      return { ok: true, line: last.line, detail: `the final stage's base image ${last.root} runs as nonroot` };
    return { ok: false, line: user?.line ?? last.line, detail: 'the final stage runs as root' };
  }
  if (signal.from) {
    const base = last.base === 'scratch' ? 'scratch' : last.root;
    if (base === undefined) return undefined;
    return { ok: signal.from.test(base), line: last.line, detail: `the final stage is built FROM ${base}` };
  }
  return undefined;
}

/** Comment lines of scripts and configs, which prove nothing. */
const COMMENT = /^\s*(#|\/\/|<!--|;|rem\s)/i;

async function fileFindings(signal: FileSignal, says: string, context: Context): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const path of context.repo.paths) {
    if (!signal.paths.some((p) => p.test(path))) continue;
    if (!signal.contains) {
      found.push({ file: path, says, text: `${says}: ${path}` });
      continue;
    }
    const text = await context.readText(path);
    if (text === undefined) continue;
    const lines = text.split('\n');
    const at = lines.findIndex((line) => !COMMENT.test(line) && signal.contains!.test(line));
    if (at >= 0) found.push({ file: path, line: at + 1, says, text: `${says} in ${location(path, at + 1)}` });
    if (found.length >= MAX_FINDINGS) break;
  }
  return found.length >= signal.min ? found : [];
}

function folderFindings(signal: FolderSignal, says: string, repo: RepositorySnapshot): Finding[] {
  return repo.folders
    .filter((folder) => signal.paths.some((p) => p.test(folder)))
    .slice(0, MAX_FINDINGS)
    .map((folder) => ({ file: folder, says, text: `${says}: ${folder}/` }));
}

async function configFindings(signal: ConfigSignal, says: string, context: Context): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const path of context.repo.paths) {
    if (!signal.files.some((p) => p.test(path))) continue;
    let root = context.configs.get(path);
    if (!context.configs.has(path)) {
      const text = await context.readText(path);
      root = text === undefined ? undefined : parseConfigFile(path, text);
      context.configs.set(path, root);
    }
    if (!root) continue;
    if (signal.not && valuesAt(root, signal.not.path).some((m) => passes(m.node, signal.not!.test))) continue;
    const match = valuesAt(root, signal.path).find((m) => passes(m.node, signal.test));
    if (!match) continue;
    const value = match.node.kind === 'scalar' ? `: ${String(match.node.value)}` : '';
    found.push({
      file: path,
      line: match.line,
      says,
      text: `${says} in ${location(path, match.line)} (${match.key}${value})`,
    });
  }
  return found;
}

function rulesFindings(signal: RulesSignal, says: string, matches: ReadonlyMap<string, RuleMatch>): Finding[] {
  const seen = signal.of.flatMap((id) => matches.get(id) ?? []);
  if (seen.length < signal.min) return [];
  const first = seen[0].findings[0];
  return [
    {
      file: first.file,
      ...(first.line === undefined ? {} : { line: first.line }),
      says,
      text: `${says}: ${seen.length} of them (${seen.map((m) => m.rule.says).join('; ')})`,
    },
  ];
}
