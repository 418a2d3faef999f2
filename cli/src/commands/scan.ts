import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isCalendarDate } from '../../../src/app/domain/common/calendar-date';
import { countOf } from '../../../src/app/domain/common/count-of';
import {
  proposalFile,
  proposalJson,
  proposalMarkdown,
  summaryLine,
} from '../../../src/app/domain/scan/proposal-output';
import { scanRepository } from '../../../src/app/domain/scan/scan-repository';
import { linkMaker, proposeFromScan } from '../../../src/app/domain/scan/scan-proposal';
import { combineRuleSets, readScanRules, ScanRule } from '../../../src/app/domain/scan/scan-rules';
import { LoadedData, Problem, Progress, Stage } from '../../../src/app/domain/types';
import { META_OPTION, parseCommandArgs } from '../args';
import { CliError, EXIT_OK, ProblemsFound } from '../cli-error';
import { Io } from '../io';
import { readClean } from '../loaded-files';
import { writeResult } from '../output';
import { problemLines } from '../problems-report';
import { skippedText, walkRepository } from '../repository-walk';
import { findMeta, loadWorkspace, META_CANDIDATES, readDataFile, Workspace } from '../workspace';

export const SCAN_USAGE = `Usage: dsomm scan [path] --team <name> [options]

Reads a repository checkout (default: the working folder; no network, no Git host) and proposes
stages and evidence for the activities its CI pipelines, Dockerfiles and configuration show, in a
file the data centre of DSOMM Studio imports (choose Merge): the preview lists every change.
A stage is proposed only up to what a finding shows, never below the team's current stage (read
from meta.yaml's team-progress.yaml, or --against), and never over "not applicable".

  --team <name>        the team the proposal is for (required)
  --format <f>         yaml (default: the importable proposal), markdown (for a review) or json
  -o, --output <file>  write to a file instead of standard output
  --rules <file>       more rules (repeatable): same id replaces a shipped rule, disable: true
                       switches one off (see src/assets/YAML/scan-rules.yaml)
  --link <template>    evidence links: a URL with {path} and {line}, e.g.
                       "https://git.example.com/org/repo/blob/main/{path}#L{line}"
                       (default: the path in the repository, "ci.yml#L42")
  --against <file>     the team's current progress (default: meta.yaml's teamProgressFile)
  --max-stage <title>  propose no stage above this one (a team with several repositories)
  --name <text>        the repository's name in evidence titles (default: the folder's name)
  --date <YYYY-MM-DD>  the date of the proposed stages and evidence (default: today)
  --meta <path>        meta.yaml (default: ./meta.yaml, else ./src/assets/YAML/meta.yaml, else
                       the model bundled with dsomm, which needs --against for a yaml proposal)

Exit code: 0 written, 1 errors in meta.yaml, the progress file or a rule file (listed on standard
error), 2 could not run (no such folder, no --team, an unknown team or stage).`;

const FORMATS = ['yaml', 'markdown', 'json'] as const;
const isFormat = (text: string): text is (typeof FORMATS)[number] => FORMATS.some((format) => format === text);

export async function scan(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...META_OPTION,
    team: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    rules: { type: 'string', multiple: true },
    link: { type: 'string' },
    against: { type: 'string' },
    'max-stage': { type: 'string' },
    name: { type: 'string' },
    date: { type: 'string' },
  });
  if (positionals.length > 1) throw new CliError('Give one folder to scan.', { usage: true });
  const team = values.team;
  if (team === undefined || team.trim() === '')
    throw new CliError('Name the team with --team "Team A".', { usage: true });
  const format = values.format ?? 'yaml';
  if (!isFormat(format))
    throw new CliError(`--format is one of ${FORMATS.join(', ')}; got "${format}".`, { usage: true });
  const day = values.date ?? io.today();
  if (!isCalendarDate(day)) throw new CliError(`--date must be a date (YYYY-MM-DD); got "${day}".`, { usage: true });
  if (values.link !== undefined && !values.link.includes('{path}'))
    throw new CliError(`--link needs {path} (and usually {line}); got "${values.link}".`, { usage: true });
  const folder = resolve(io.cwd, positionals[0] ?? '.');
  if (!isFolder(folder)) throw new CliError(`${positionals[0] ?? '.'}: no such folder.`);

  const { workspace, data, bundled } = loadMeta(io, values.meta);
  const notes: string[] = [];
  if (bundled) notes.push(`No meta.yaml here: the model and stages bundled with dsomm were used.`);
  if (!bundled && !data.meta.teams.includes(team)) {
    throw new CliError(
      `Not a team in ${workspace.meta}: "${team}". Its teams: ${data.meta.teams.map((t) => JSON.stringify(t)).join(', ')}.`,
    );
  }
  const maxStage = values['max-stage'] === undefined ? undefined : stageNamed(values['max-stage'], data.meta.stages);
  const warnings: Problem[] = [...(workspace.model.ok ? workspace.model.warnings : [])];
  const rules = loadRules(io, values.rules ?? [], data, warnings);
  const progress = currentProgress(io, values.against, workspace, data, bundled, warnings);
  if (progress === undefined) {
    if (format === 'yaml')
      throw new CliError(
        `The team's current progress is unknown, so the proposal could lower a stage on import: give --against team-progress.yaml (an empty file for a new team), or run where meta.yaml is.`,
      );
    notes.push(`${team}'s current progress was not read: every stage seen is listed as proposed.`);
  }

  const started = performance.now();
  const walk = walkRepository(folder);
  const result = await scanRepository(rules, walk.snapshot);
  const elapsed = performance.now() - started;
  warnings.push(
    ...result.problems.map((p) => ({
      ...p,
      file: join(positionals[0] ?? '.', p.file)
        .split('\\')
        .join('/'),
    })),
  );
  const source = values.name ?? basename(folder);
  const proposal = proposeFromScan(result.matches, {
    team,
    day,
    stages: data.meta.stages,
    model: data.model,
    ...(progress ? { progress } : {}),
    ...(maxStage ? { maxStage } : {}),
    source,
    link: linkMaker(values.link),
  });
  const never = result.jobs.filter((job) => job.triggers.size === 0);
  if (never.length > 0)
    notes.push(
      `CI jobs that never run were not counted: ${never
        .slice(0, 5)
        .map((job) => `${job.file}:${job.line} "${job.name}"`)
        .join(', ')}${never.length > 5 ? ', ...' : ''}.`,
    );
  const walked = `Walked ${countOf(walk.files, 'file')} in ${countOf(walk.folders, 'folder')} and read ${result.read.length} in ${Math.round(elapsed)} ms; ${skippedText(walk.skipped)}.`;
  notes.push(walked);

  const text =
    format === 'yaml'
      ? proposalFile(proposal, { stages: data.meta.stages, model: data.model, now: Date.now(), notes })
      : format === 'markdown'
        ? proposalMarkdown(proposal, { notes })
        : proposalJson(proposal, {
            notes,
            extra: {
              scanned: { files: walk.files, folders: walk.folders, read: result.read, ms: Math.round(elapsed) },
            },
          });
  const where = writeResult(io, values.output, text);
  for (const line of problemLines(warnings, 'text')) io.err(`${line}\n`);
  io.err(`dsomm scan: ${team}: ${summaryLine(proposal)} Written to ${where}.\n`);
  io.err(`dsomm scan: ${walked}\n`);
  return EXIT_OK;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** meta.yaml: --meta, else the usual places, else the one bundled with dsomm (model and stages only). */
function loadMeta(io: Io, given: string | undefined): { workspace: Workspace; data: LoadedData; bundled: boolean } {
  const found = given !== undefined || META_CANDIDATES.some((c) => existsSync(resolve(io.cwd, c)));
  const path = found ? findMeta(io, given) : join(io.packageRoot, 'src/assets/YAML/meta.yaml');
  const workspace = loadWorkspace(io, path);
  if (!workspace.model.ok) throw new ProblemsFound(workspace.model.problems);
  return { workspace, data: workspace.model.value, bundled: !found };
}

function stageNamed(title: string, stages: readonly Stage[]): Stage {
  const stage = stages.find((s) => s.title === title);
  if (!stage || stage.score === 0) {
    const titles = stages.filter((s) => s.score > 0).map((s) => JSON.stringify(s.title));
    throw new CliError(`--max-stage must be a stage above 0%: one of ${titles.join(', ')}; got "${title}".`);
  }
  return stage;
}

/** The shipped rules with the user's files on top; errors in any stop the command (exit 1). */
function loadRules(io: Io, files: readonly string[], data: LoadedData, warnings: Problem[]): ScanRule[] {
  const ctx = { stages: data.meta.stages, model: data.model };
  const shippedPath = join(io.packageRoot, 'src/assets/YAML/scan-rules.yaml');
  const shipped = readScanRules(readFileSync(shippedPath, 'utf8'), 'scan-rules.yaml (shipped)', {
    ...ctx,
    unknownActivity: 'skip',
  });
  const problems = [...shipped.problems];
  let rules: ScanRule[] = [...shipped.set.rules];
  const knownIds = new Set([...shipped.set.rules.map((r) => r.id)]);
  for (const file of files) {
    const path = resolve(io.cwd, file);
    if (!existsSync(path)) throw new CliError(`--rules ${file}: no such file.`);
    const read = readScanRules(readFileSync(path, 'utf8'), file, { ...ctx, unknownActivity: 'error', knownIds });
    problems.push(...read.problems);
    rules = combineRuleSets({ rules, disabled: [] }, read.set);
    for (const rule of read.set.rules) knownIds.add(rule.id);
  }
  if (problems.some((p) => p.severity === 'error')) throw new ProblemsFound(problems);
  warnings.push(...problems);
  return rules;
}

/** The team's progress now: --against, else meta.yaml's progress file; undefined with the bundled meta. */
function currentProgress(
  io: Io,
  against: string | undefined,
  workspace: Workspace,
  data: LoadedData,
  bundled: boolean,
  warnings: Problem[],
): Progress | undefined {
  if (against !== undefined) {
    const file = readClean(workspace, data, { path: resolve(io.cwd, against), kind: 'progress' }, warnings);
    if (file.kind !== 'progress' || !file.result.ok)
      throw new CliError(`--against ${against}: give a team-progress.yaml.`);
    return file.result.value;
  }
  if (bundled) return undefined;
  const ref = { path: resolve(workspace.root, data.meta.teamProgressFile), kind: 'progress' as const, fromMeta: true };
  const file = readDataFile(workspace, data, ref);
  if (!file.result.ok) throw new ProblemsFound(file.result.problems);
  warnings.push(...file.result.warnings);
  return file.kind === 'progress' && file.result.ok ? file.result.value : undefined;
}
