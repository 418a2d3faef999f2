import { Problem } from '../types';
import { countOf } from './count-of';

/**
 * Problems listed per file; the rest are counted. A wrong file can have hundreds of thousands
 * (a custom file of 10,000 activities, each with a few wrong fields): listing them all would take
 * minutes to place on their lines and freeze any page showing them, and nobody reads past the first.
 */
export const MAX_PROBLEMS_PER_FILE = 200;

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/** The first `max` of `items`, errors before warnings (a file is refused for its errors), and how many more. */
export function firstProblems<T extends { readonly severity: Problem['severity'] }>(
  items: readonly T[],
  max = MAX_PROBLEMS_PER_FILE,
): {
  readonly listed: readonly T[];
  readonly more: { readonly count: number; readonly severity: Problem['severity'] };
} {
  if (items.length <= max) return { listed: items, more: { count: 0, severity: 'warning' } };
  const byPriority = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => SEVERITY_ORDER[a.item.severity] - SEVERITY_ORDER[b.item.severity] || a.index - b.index);
  const listed = byPriority
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map(({ item }) => item);
  const rest = byPriority.slice(max);
  return {
    listed,
    more: { count: rest.length, severity: rest.some(({ item }) => item.severity === 'error') ? 'error' : 'warning' },
  };
}

/** The problem that stands for `count` more problems of `file`. */
export function moreProblems(file: string, count: number, severity: Problem['severity']): Problem {
  return {
    file,
    message: `…and ${countOf(count, 'more problem')} in this file, not listed.`,
    severity,
    omitted: count,
  };
}

/**
 * At most MAX_PROBLEMS_PER_FILE problems of each file, plus one that counts the rest (and any it
 * already counted), in the order given. Applying it again changes nothing.
 */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS_PER_FILE): Problem[] {
  const byFile = new Map<string, Problem[]>();
  const omitted = new Map<string, { count: number; severity: Problem['severity'] }>();
  for (const problem of problems) {
    if (problem.omitted !== undefined) {
      const known = omitted.get(problem.file) ?? { count: 0, severity: 'warning' };
      known.count += problem.omitted;
      if (problem.severity === 'error') known.severity = 'error';
      omitted.set(problem.file, known);
      continue;
    }
    let list = byFile.get(problem.file);
    if (!list) byFile.set(problem.file, (list = []));
    list.push(problem);
  }
  if ([...byFile.values()].every((list) => list.length <= max) && omitted.size === 0) return [...problems];
  const kept = new Set<Problem>();
  for (const [file, list] of byFile) {
    const { listed, more } = firstProblems(list, max);
    for (const problem of listed) kept.add(problem);
    if (more.count > 0) {
      const known = omitted.get(file) ?? { count: 0, severity: 'warning' };
      omitted.set(file, {
        count: known.count + more.count,
        severity: more.severity === 'error' ? 'error' : known.severity,
      });
    }
  }
  const result: Problem[] = [];
  const summarised = new Set<string>();
  const lastOf = new Map<string, Problem>();
  for (const problem of problems) if (kept.has(problem)) lastOf.set(problem.file, problem);
  for (const problem of problems) {
    if (!kept.has(problem)) continue;
    result.push(problem);
    const more = omitted.get(problem.file);
    if (more && lastOf.get(problem.file) === problem) {
      result.push(moreProblems(problem.file, more.count, more.severity));
      summarised.add(problem.file);
    }
  }
  for (const [file, more] of omitted)
    if (!summarised.has(file)) result.push(moreProblems(file, more.count, more.severity));
  return result;
}

/** How many problems `problems` stand for, those counted but not listed included. */
export function problemTotal(problems: readonly Problem[]): number {
  let total = 0;
  for (const problem of problems) total += problem.omitted ?? 1;
  return total;
}
