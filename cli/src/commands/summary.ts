import { resolve } from 'node:path';
import { countOf } from '../../../src/app/domain/common/count-of';
import { summaryMarkdown, SummaryBaseline } from '../../../src/app/domain/summary/summary-markdown';
import { LoadedData, Problem } from '../../../src/app/domain/types';
import { integerOption, META_OPTION, parseCommandArgs, REVIEW_OPTION, reviewIntervalOption } from '../args';
import { CliError, EXIT_OK, ProblemsFound } from '../cli-error';
import { fileAtRevision } from '../git';
import { Io } from '../io';
import { StatusRules } from '../../../src/app/domain/status/activity-status';
import { futureDates } from '../../../src/app/domain/status/future-dates';
import { loadModel, readClean, readTeamFiles, TeamFiles } from '../loaded-files';
import { writeResult } from '../output';
import { chooseTeams } from '../team-options';
import { readDataText, Workspace } from '../workspace';

export const SUMMARY_USAGE = `Usage: dsomm summary [--since <git-rev> | --against old.yaml...] [options] [files...]

Writes a Markdown summary for a pull-request comment: the score of each team per dimension, the
activities whose stage moved and the evidence added since a Git revision or older files, and what
is due for review. Files: the current team-progress.yaml and team-evidence.yaml (default: the ones
meta.yaml names).

  --since <rev>       compare with the same files at this Git revision (e.g. origin/main)
  --against <file>    compare with this older progress or evidence file (may be repeated)
  --teams <names>     only these teams (comma-separated, "\\," for a comma in a name; repeatable)
  --group <name>      only the teams of this group of meta.yaml
  --title <text>      heading (default: DSOMM progress summary)
  --limit <n>         at most n rows per table or list (default 100)
  --review-interval <duration>
                      after how long a stage or evidence is due for review: 6 months, 1 year,
                      P3M... (default 12 months; an activity file's reviewInterval wins)
  -o, --output <file> write to a file instead of standard output
  --meta <path>       meta.yaml (default: ./meta.yaml, else ./src/assets/YAML/meta.yaml)

Exit code: 0 written, 1 the files have errors (listed on standard error), 2 could not run.`;

export function summary(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, {
    ...META_OPTION,
    since: { type: 'string' },
    against: { type: 'string', multiple: true },
    teams: { type: 'string', multiple: true },
    group: { type: 'string' },
    title: { type: 'string' },
    limit: { type: 'string' },
    output: { type: 'string', short: 'o' },
    ...REVIEW_OPTION,
  });
  const reviewInterval = reviewIntervalOption(values['review-interval']);
  if (values.since !== undefined && values.against !== undefined) {
    throw new CliError('Give --since or --against, not both.', { usage: true });
  }
  const limit = integerOption(values.limit, 'limit', 100, 1, 100000);
  const { workspace, data, warnings } = loadModel(io, values.meta);
  const teams = chooseTeams(data, values.teams ?? [], values.group);
  const current = readTeamFiles(io, workspace, data, positionals, warnings);
  const notes: string[] = [];
  let baseline: SummaryBaseline | undefined;
  if (values.since !== undefined) baseline = atRevision(values.since, data, current, notes);
  else if (values.against !== undefined) baseline = againstFiles(io, values.against, workspace, data);

  // As validate counts them: the files' warnings and each date after today.
  const later = futureDates(
    current.progress?.value ?? {},
    current.evidence?.value ?? [],
    new StatusRules(data.meta.stages, io.today()),
  );
  const fileWarnings = warnings.filter((p) => p.severity === 'warning').length + later.length;
  if (fileWarnings > 0) {
    notes.push(
      `${countOf(fileWarnings, 'warning')} in the files (such as unknown teams or stages, or dates after today): dsomm validate lists them.`,
    );
  }
  if (!current.evidence && baseline) notes.push('No evidence file was given, so evidence is not compared.');
  const markdown = summaryMarkdown({
    model: data.model,
    stages: data.meta.stages,
    teams: data.meta.teams,
    selected: teams.selected,
    allTeamsLabel: data.meta.strings.allTeamsGroupName,
    maxLevel: data.meta.maxLevel,
    day: io.today(),
    progress: current.progress?.value ?? {},
    evidence: current.evidence?.value ?? [],
    baseline,
    title: values.title,
    notes,
    limit,
    reviewInterval,
  });
  writeResult(io, values.output, markdown);
  return EXIT_OK;
}

/** The current files as they were at `revision`; a file that did not exist then counts as empty. */
function atRevision(revision: string, data: LoadedData, current: TeamFiles, notes: string[]): SummaryBaseline {
  const old = (kind: 'progress' | 'evidence', file: { name: string; path: string } | undefined) => {
    if (!file) return undefined;
    let text = fileAtRevision(revision, file.path);
    if (text === undefined) {
      notes.push(`${file.name} did not exist at ${revision}: all of it counts as new.`);
      text = '';
    }
    const read = readDataText(text, `${revision}:${file.name}`, data, kind);
    if (!read.result.ok) throw new ProblemsFound(read.result.problems);
    return read;
  };
  const progress = old('progress', current.progress);
  const evidence = old('evidence', current.evidence);
  return {
    progress:
      progress?.kind === 'progress' && progress.result.ok
        ? { label: revision, value: progress.result.value }
        : undefined,
    evidence:
      evidence?.kind === 'evidence' && evidence.result.ok
        ? { label: revision, value: evidence.result.value }
        : undefined,
  };
}

function againstFiles(io: Io, files: readonly string[], workspace: Workspace, data: LoadedData): SummaryBaseline {
  const ignored: Problem[] = [];
  let progress: SummaryBaseline['progress'];
  let evidence: SummaryBaseline['evidence'];
  for (const file of files) {
    const old = readClean(workspace, data, { path: resolve(io.cwd, file) }, ignored);
    if (old.kind === 'progress' && old.result.ok && !progress) progress = { label: old.name, value: old.result.value };
    else if (old.kind === 'evidence' && old.result.ok && !evidence)
      evidence = { label: old.name, value: old.result.value };
    else throw new CliError(`--against ${file}: give at most one older progress file and one older evidence file.`);
  }
  return { progress, evidence };
}
