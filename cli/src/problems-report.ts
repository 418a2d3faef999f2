import { inLineOrder } from '../../src/app/domain/common/problem-order';
import { Problem } from '../../src/app/domain/types';

export type ReportFormat = 'text' | 'github';

/** A problem, or a note that fails nothing (`info`: e.g. what is due for review). */
export type Reported = Omit<Problem, 'severity'> & { readonly severity: Problem['severity'] | 'info' };

/**
 * Problems as lines a terminal, an editor or a CI log links to the file: `file:line: severity:
 * message`, or GitHub Actions workflow commands (`::error file=...,line=...::message`) that show as
 * annotations on the pull request. Sorted by file (in the order given) and line; the count of those
 * not listed (see capProblems) last in its file.
 */
export function problemLines(problems: readonly Reported[], format: ReportFormat): string[] {
  return inLineOrder(problems).map((problem) => (format === 'github' ? githubLine(problem) : textLine(problem)));
}

function message(problem: Reported): string {
  const where = problem.path && !problem.message.includes(problem.path) ? ` (at ${problem.path})` : '';
  return `${problem.message}${where}`;
}

function textLine(problem: Reported): string {
  const at = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${at}: ${problem.severity}: ${oneLine(message(problem))}`;
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
function githubLine(problem: Reported): string {
  const property = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const line = problem.line === undefined ? '' : `,line=${problem.line}`;
  const command = problem.severity === 'info' ? 'notice' : problem.severity;
  return `::${command} file=${property(problem.file)}${line},title=dsomm::${escapeData(message(problem))}`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

/**
 * `2 errors and 1 warning`, `1 error`, `3 warnings`; a problem that counts others not listed counts
 * them. Notes (`info`) are counted apart.
 */
export function problemCount(problems: readonly Reported[]): string {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors += p.omitted ?? 1;
    else if (p.severity === 'warning') warnings += p.omitted ?? 1;
  }
  const parts = [
    ...(errors > 0 ? [`${errors} ${errors === 1 ? 'error' : 'errors'}`] : []),
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`] : []),
  ];
  return parts.join(' and ') || 'no problems';
}
