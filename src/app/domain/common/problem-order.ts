import { Problem } from '../types';

/**
 * `problems` as a reader goes through the files: by file (in the order the files first appear),
 * each file's in line order, its count of problems not listed last. A file's checks report by kind
 * (unknown activities, then teams, then stages), so line 15 could come before line 14. The app's
 * notes and `dsomm validate` both list them in this order. Stable: equal lines keep their order.
 */
export function inLineOrder<T extends Pick<Problem, 'file' | 'line' | 'omitted'>>(problems: readonly T[]): T[] {
  const fileOrder = new Map<string, number>();
  for (const problem of problems) if (!fileOrder.has(problem.file)) fileOrder.set(problem.file, fileOrder.size);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        fileOrder.get(a.problem.file)! - fileOrder.get(b.problem.file)! ||
        Number(a.problem.omitted !== undefined) - Number(b.problem.omitted !== undefined) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
