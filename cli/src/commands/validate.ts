import { Evidence, LoadedData, Model, Problem, Progress, ReviewInterval } from '../../../src/app/domain/types';
import { countOf } from '../../../src/app/domain/common/count-of';
import { dueForReview } from '../../../src/app/domain/review/due-for-review';
import { dueNotes, ReadFile } from '../../../src/app/domain/review/due-notes';
import { everyText } from '../../../src/app/domain/review/review-text';
import { evidenceSummaries, StatusRules } from '../../../src/app/domain/status/activity-status';
import { futureDates, futureDateWarnings } from '../../../src/app/domain/status/future-dates';
import { META_OPTION, parseCommandArgs, REVIEW_OPTION, reviewIntervalOption } from '../args';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import { Io } from '../io';
import { capProblems } from '../../../src/app/domain/common/problem-cap';
import { problemCount, problemLines, Reported } from '../problems-report';
import { dataFileRefs, DataFile, findMeta, loadWorkspace, problemsOf, readDataFile } from '../workspace';

export const VALIDATE_USAGE = `Usage: dsomm validate [--meta path/to/meta.yaml] [--allow-warnings] [--format text|github] [files...]

Loads meta.yaml, the model and the team files as the app does and lists every problem as
file:line: severity: message. Stage dates, "not applicable" marks and evidence dated after today
are warnings: they count only from that day. What is due for review (a stage, or the newest
evidence, older than its review interval) is listed as info, which fails nothing. Files are
team-progress.yaml / team-evidence.yaml (their kind is read from their content) or teams.yaml;
without files, the two that meta.yaml names.

  --meta <path>       meta.yaml (default: ./meta.yaml, else ./src/assets/YAML/meta.yaml)
  --review-interval <duration>
                      after how long a stage or evidence is due for review: 6 months, 1 year,
                      P3M... (default 12 months; an activity file's reviewInterval wins)
  --allow-warnings    exit 0 when there are only warnings (unknown teams, activities, stages,
                      repeated evidence ids, dates after today); by default every problem fails
                      the check
  --format github     GitHub Actions annotations instead of plain lines

Exit code: 0 no problems, 1 problems found, 2 could not run.`;

export function validate(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, {
    ...META_OPTION,
    ...REVIEW_OPTION,
    'allow-warnings': { type: 'boolean' },
    format: { type: 'string' },
  });
  const interval = reviewIntervalOption(values['review-interval']);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'github') {
    throw new CliError(`--format is text or github; got "${format}".`, { usage: true });
  }
  const workspace = loadWorkspace(io, findMeta(io, values.meta));
  const problems: Problem[] = [...problemsOf(workspace.model)];
  let notes: readonly Reported[] = [];
  let due = 0;
  const checked: string[] = [`${workspace.meta} and ${countOf(workspace.modelFiles.length - 1, 'file')} it names`];
  let skipped = false;
  if (workspace.model.ok) {
    const data = workspace.model.value;
    const rules = new StatusRules(data.meta.stages, io.today());
    const read: TeamFilesRead = {};
    for (const ref of dataFileRefs(io, workspace, data, positionals)) {
      const file = readDataFile(workspace, data, ref);
      // A loop: pushing 100,000 problems as arguments overflows the call stack.
      for (const problem of [...problemsOf(file.result), ...laterDates(file, rules, data.model)])
        problems.push(problem);
      checked.push(describe(file));
      if (file.kind === 'progress' && file.result.ok && file.text !== undefined) {
        read.progress = { name: file.name, text: file.text, value: file.result.value };
      } else if (file.kind === 'evidence' && file.result.ok && file.text !== undefined) {
        read.evidence = { name: file.name, text: file.text, value: file.result.value };
      }
    }
    ({ notes, due } = dueInfo(data, rules, read, interval));
  } else {
    skipped = true;
  }

  // Listed 200 per file, as in the app; the count below counts them all. Notes come after.
  for (const line of problemLines([...capProblems(problems), ...notes], format)) io.out(`${line}\n`);
  const errors = problems.some((p) => p.severity === 'error');
  const failed = errors || (problems.length > 0 && !values['allow-warnings']);
  if (skipped) io.out('The team files were not checked: the model did not load.\n');
  if (due > 0) {
    const pairs = countOf(due, '(team, activity) pair');
    io.out(`Due for review: ${pairs} (${everyText(interval)} unless an activity file says otherwise).\n`);
  }
  if (problems.length === 0) io.out(`No problems in ${checked.join(', ')}.\n`);
  else {
    const files = new Set(problems.map((p) => p.file)).size;
    io.out(`${problemCount(problems)} in ${countOf(files, 'file')}${failed ? '' : ' (warnings allowed)'}.\n`);
  }
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}

/** The progress and evidence files read without errors, with their text. */
interface TeamFilesRead {
  progress?: ReadFile & { readonly value: Progress };
  evidence?: ReadFile & { readonly value: readonly Evidence[] };
}

/** `info` notes: each activity and team due for review, at the line it is counted from. */
function dueInfo(
  data: LoadedData,
  rules: StatusRules,
  read: TeamFilesRead,
  interval: ReviewInterval,
): { notes: Reported[]; due: number } {
  if (read.progress === undefined && read.evidence === undefined) return { notes: [], due: 0 };
  const evidence = read.evidence?.value ?? [];
  const due = dueForReview({
    model: data.model,
    progress: read.progress?.value ?? {},
    rules,
    review: { evidence: evidenceSummaries(evidence, rules.day), interval },
    // Every team the files name, known or not: the notes are about the files.
    teams: [...new Set([...data.meta.teams, ...teamsOf(read.progress?.value ?? {}, evidence)])],
  });
  const notes = dueNotes(due, evidence, read).map((note): Reported => ({ ...note, severity: 'info' }));
  return { notes, due: due.length };
}

function teamsOf(progress: Progress, evidence: readonly Evidence[]): string[] {
  return [...Object.values(progress).flatMap((teams) => Object.keys(teams)), ...evidence.flatMap((e) => e.teams)];
}

/** Warnings for the dates after the run's day in a progress or evidence file that was read. */
function laterDates(file: DataFile, rules: StatusRules, model: Model): Problem[] {
  if (file.kind === 'progress' && file.result.ok && file.text !== undefined) {
    return futureDateWarnings(futureDates(file.result.value, [], rules), file.name, file.text, rules.day, model);
  }
  if (file.kind === 'evidence' && file.result.ok && file.text !== undefined) {
    return futureDateWarnings(futureDates({}, file.result.value, rules), file.name, file.text, rules.day, model);
  }
  return [];
}

function describe(file: DataFile): string {
  if (file.kind === 'progress' && file.result.ok) {
    const progress = file.result.value;
    const teams = new Set(Object.values(progress).flatMap((entries) => Object.keys(entries)));
    return `${file.name} (${countOf(Object.keys(progress).length, 'activity', 'activities')}, ${countOf(teams.size, 'team')})`;
  }
  if (file.kind === 'evidence' && file.result.ok) {
    return `${file.name} (${countOf(file.result.value.length, 'evidence entry', 'evidence entries')})`;
  }
  return file.name;
}
