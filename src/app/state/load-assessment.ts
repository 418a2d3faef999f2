import { combineAssessments } from '../domain/assessment/combine-assessments';
import { fromFiles } from '../domain/assessment/empty-assessment';
import { capProblems } from '../domain/common/problem-cap';
import { inLineOrder } from '../domain/common/problem-order';
import { AssessmentState, Problem, Result } from '../domain/types';
import { DataFileRead, ServedRead } from './read-served';
import { EMPTY_ASSESSMENT, LoadedState } from './store-state';

export type Loaded = LoadedState;

/**
 * A start that failed: the problems, and the browser's data as stored, so that the data centre can
 * still download it, remove a custom file or reset.
 */
export function failedLoad(
  problems: readonly Problem[],
  stored: AssessmentState | undefined,
  offline: readonly string[] = [],
): Loaded {
  return {
    status: 'failed',
    problems,
    fileAssessment: EMPTY_ASSESSMENT,
    assessment: stored ?? EMPTY_ASSESSMENT,
    offline,
  };
}

/**
 * Combines what the served files say with what the browser stored. A broken progress or evidence
 * file is reported and the stored data is kept as it is (combining with a file that did not load
 * would drop the browser's copies of that file's data).
 */
export function assembleAssessment(read: ServedRead, stored: AssessmentState | undefined): Loaded {
  if (!read.ok) return failedLoad(read.problems, stored, read.offline);
  const { data } = read;
  const { meta } = data;
  const problems: Problem[] = [...read.problems];
  const progress = fileValue(read.progress, problems);
  const evidence = fileValue(read.evidence, problems);
  const fileAssessment = fromFiles({
    teams: meta.teams,
    groups: meta.teamGroups,
    stages: meta.stages,
    progress: progress ?? {},
    evidence: evidence ?? [],
    targets: read.targets,
  });
  let assessment = combineAssessments(fileAssessment, stored);
  if (stored && progress === undefined) assessment = { ...assessment, progress: stored.progress };
  if (stored && evidence === undefined) assessment = { ...assessment, evidence: stored.evidence };
  // Listed 200 per file, as every list of problems: the notes of a wrong file could be thousands.
  return {
    status: 'ready',
    data,
    problems: capProblems(inLineOrder(problems)),
    fileAssessment,
    assessment,
    offline: read.offline ?? [],
  };
}

function fileValue<T>(file: DataFileRead<T>, problems: Problem[]): T | undefined {
  if (file.fetchProblem) {
    problems.push(file.fetchProblem);
    return undefined;
  }
  const result: Result<T> = file.result;
  if (result.ok) {
    problems.push(...result.warnings);
    return result.value;
  }
  problems.push(
    ...result.problems.map((p): Problem => ({ ...p, severity: 'warning', message: `Not loaded: ${p.message}` })),
  );
  return undefined;
}
