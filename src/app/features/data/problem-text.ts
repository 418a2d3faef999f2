import { Problem } from '../../domain/types';

/** `team-progress.yaml, line 12: ...` */
export function problemText(problem: Problem): string {
  const where = [problem.file, problem.line === undefined ? '' : `line ${problem.line}`, problem.path ?? '']
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}
