import { combineAssessments } from '../domain/assessment/combine-assessments';
import { fromFiles } from '../domain/assessment/empty-assessment';
import { capProblems } from '../domain/common/problem-cap';
import { inLineOrder } from '../domain/common/problem-order';
import { StatusRules } from '../domain/status/activity-status';
import { futureDates, futureDateWarnings } from '../domain/status/future-dates';
import { AssessmentState, Evidence, Problem, Progress, Result } from '../domain/types';
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

/** Whether the progress or evidence file read holds a date after `day` (one comparison each). */
export function datesAfter(read: ServedRead, day: string): boolean {
  return read.ok && (dateAfter(read.progress, day) || dateAfter(read.evidence, day));
}

function dateAfter(file: DataFileRead<unknown>, day: string): boolean {
  return file.result.ok && file.result.latestDate !== undefined && file.result.latestDate > day;
}

/**
 * Combines what the served files say with what the browser stored. A broken progress or evidence
 * file is reported and the stored data is kept as it is (combining with a file that did not load
 * would drop the browser's copies of that file's data). The dates after `day` (today) in the
 * progress and evidence files are noted as `dsomm validate` and the import preview word them;
 * only a file whose latest date is after the day is walked for them.
 */
export function assembleAssessment(read: ServedRead, stored: AssessmentState | undefined, day: string): Loaded {
  if (!read.ok) return failedLoad(read.problems, stored, read.offline);
  const { data } = read;
  const { meta } = data;
  const problems: Problem[] = [...read.problems];
  const progress = fileValue(read.progress, problems);
  const evidence = fileValue(read.evidence, problems);
  if (datesAfter(read, day)) problems.push(...laterDates(read, progress, evidence, day));
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

/**
 * The notes of the dates after `day` in the progress and evidence files that loaded, at their lines
 * (the text of a file with such dates is kept for them, see DataFileRead).
 */
function laterDates(
  read: ServedRead & { readonly ok: true },
  progress: Progress | undefined,
  evidence: readonly Evidence[] | undefined,
  day: string,
): Problem[] {
  const { meta, model } = read.data;
  const rules = new StatusRules(meta.stages, day);
  const notes: Problem[] = [];
  if (progress && dateAfter(read.progress, day)) {
    const found = futureDates(progress, [], rules);
    notes.push(...futureDateWarnings(found, meta.teamProgressFile, read.progress.text ?? '', day, model));
  }
  if (evidence && dateAfter(read.evidence, day)) {
    const found = futureDates({}, evidence, rules);
    notes.push(...futureDateWarnings(found, meta.teamEvidenceFile, read.evidence.text ?? '', day, model));
  }
  return notes;
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
