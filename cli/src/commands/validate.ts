import { Model, Problem } from '../../../src/app/domain/types';
import { countOf } from '../../../src/app/domain/common/count-of';
import { StatusRules } from '../../../src/app/domain/status/activity-status';
import { futureDates, futureDateWarnings } from '../../../src/app/domain/status/future-dates';
import { META_OPTION, parseCommandArgs } from '../args';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import { Io } from '../io';
import { capProblems } from '../../../src/app/domain/common/problem-cap';
import { problemCount, problemLines, ReportFormat } from '../problems-report';
import { dataFileRefs, DataFile, findMeta, loadWorkspace, problemsOf, readDataFile } from '../workspace';

export const VALIDATE_USAGE = `Usage: dsomm validate [--meta path/to/meta.yaml] [--allow-warnings] [--format text|github] [files...]

Loads meta.yaml, the model and the team files as the app does and lists every problem as
file:line: severity: message. Stage dates, "not applicable" marks and evidence dated after today
are warnings: they count only from that day. Files are team-progress.yaml / team-evidence.yaml (their kind is
read from their content) or teams.yaml; without files, the two that meta.yaml names.

  --meta <path>       meta.yaml (default: ./meta.yaml, else ./src/assets/YAML/meta.yaml)
  --allow-warnings    exit 0 when there are only warnings (unknown teams, activities, stages,
                      repeated evidence ids, dates after today); by default every problem fails
                      the check
  --format github     GitHub Actions annotations instead of plain lines

Exit code: 0 no problems, 1 problems found, 2 could not run.`;

export function validate(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, {
    ...META_OPTION,
    'allow-warnings': { type: 'boolean' },
    format: { type: 'string' },
  });
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'github') {
    throw new CliError(`--format is text or github; got "${format}".`, { usage: true });
  }
  const workspace = loadWorkspace(io, findMeta(io, values.meta));
  const problems: Problem[] = [...problemsOf(workspace.model)];
  const checked: string[] = [`${workspace.meta} and ${countOf(workspace.modelFiles.length - 1, 'file')} it names`];
  let skipped = false;
  if (workspace.model.ok) {
    const data = workspace.model.value;
    const rules = new StatusRules(data.meta.stages, io.today());
    for (const ref of dataFileRefs(io, workspace, data, positionals)) {
      const file = readDataFile(workspace, data, ref);
      // A loop: pushing 100,000 problems as arguments overflows the call stack.
      for (const problem of [...problemsOf(file.result), ...laterDates(file, rules, data.model)])
        problems.push(problem);
      checked.push(describe(file));
    }
  } else {
    skipped = true;
  }

  // Listed 200 per file, as in the app; the count below counts them all.
  for (const line of problemLines(capProblems(problems), format as ReportFormat)) io.out(`${line}\n`);
  const errors = problems.some((p) => p.severity === 'error');
  const failed = errors || (problems.length > 0 && !values['allow-warnings']);
  if (skipped) io.out('The team files were not checked: the model did not load.\n');
  if (problems.length === 0) io.out(`No problems in ${checked.join(', ')}.\n`);
  else {
    const files = new Set(problems.map((p) => p.file)).size;
    io.out(`${problemCount(problems)} in ${countOf(files, 'file')}${failed ? '' : ' (warnings allowed)'}.\n`);
  }
  return failed ? EXIT_PROBLEMS : EXIT_OK;
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
