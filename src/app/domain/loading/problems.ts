import { lineOfPath } from '../common/key-lines';
import { firstProblems, moreProblems } from '../common/problem-cap';
import { Problem } from '../types';

/** `problem`, marked as saying that the file at `path` is missing (what a reader of it may drop). */
export function missingFileProblem(problem: Problem, path: string): Problem {
  return { ...problem, code: 'file-missing', missingFile: path };
}

/** A step into a parsed document: a map key, or a list index (0-based). */
export type PathSegment = string | number;

/** A problem before it is tied to a file: readers report where in their input, callers add the file. */
export interface Issue {
  readonly at: readonly PathSegment[];
  readonly message: string;
  readonly severity: Problem['severity'];
}

export function errorAt(at: readonly PathSegment[], message: string): Issue {
  return { at, message, severity: 'error' };
}

export function warningAt(at: readonly PathSegment[], message: string): Issue {
  return { at, message, severity: 'warning' };
}

/** `Build and Deployment > Build > Defined build process`; list positions read `item 3` (1-based). */
export function showPath(at: readonly PathSegment[]): string | undefined {
  if (at.length === 0) return undefined;
  return at.map((s) => (typeof s === 'number' ? `item ${s + 1}` : s)).join(' > ');
}

/**
 * Ties an issue to a file; `text` (the file's content) lets the problem point at a line: that of
 * the deepest key of the issue's path that can be found (see `lineOfPath`).
 */
export function toProblem(file: string, text: string | undefined, issue: Issue): Problem {
  const path = showPath(issue.at);
  const line = text === undefined ? undefined : lineOfPath(text, issue.at);
  return {
    file,
    ...(line === undefined ? {} : { line }),
    ...(path === undefined ? {} : { path }),
    message: issue.message,
    severity: issue.severity,
  };
}

/**
 * The issues of one file as problems: the first MAX_PROBLEMS_PER_FILE placed on their lines, the
 * rest counted in one more problem (placing 200,000 of them would take long and help nobody).
 */
export function toProblems(file: string, text: string | undefined, issues: readonly Issue[]): Problem[] {
  const { listed, more } = firstProblems(issues);
  const problems = listed.map((issue) => toProblem(file, text, issue));
  if (more.count > 0) problems.push(moreProblems(file, more.count, more.severity));
  return problems;
}
