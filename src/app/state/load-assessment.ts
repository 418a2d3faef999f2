import { combineAssessments } from '../domain/assessment/combine-assessments';
import { fromFiles } from '../domain/assessment/empty-assessment';
import { parseEvidenceFile } from '../domain/evidence/parse-evidence-file';
import { loadDsomm } from '../domain/loading/load-dsomm';
import { parseProgressFile } from '../domain/progress/parse-progress-file';
import { servedTargets } from '../domain/roadmap/served-targets';
import { AssessmentState, Evidence, LoadedData, Problem, Progress, Result } from '../domain/types';
import { declaredDataFiles, fetchDataFile, fetchServedFiles } from './served-files';
import { EMPTY_ASSESSMENT, StoreState } from './store-state';
import { YamlSource } from './yaml-source';

export type Loaded = Pick<StoreState, 'status' | 'data' | 'problems' | 'fileAssessment' | 'assessment'>;

const asWarnings = (problems: readonly Problem[], prefix: string): Problem[] =>
  problems.map((p) => ({ ...p, severity: 'warning', message: `${prefix}${p.message}` }));

/** Loads the model with the user's custom files; if they break it, without them (and says so). */
function loadModel(files: Parameters<typeof loadDsomm>[0], stored?: AssessmentState) {
  const custom = stored?.customFiles ?? [];
  const loaded = loadDsomm(files, { extra: custom });
  if (loaded.ok || custom.length === 0) return { loaded, notes: [] as Problem[] };
  const without = loadDsomm(files);
  if (!without.ok) return { loaded, notes: [] };
  return { loaded: without, notes: asWarnings(loaded.problems, 'Custom activity file not applied: ') };
}

/**
 * Fetches and reads the served files, then combines them with what the browser stored. A broken
 * progress or evidence file is reported and the stored data is kept as it is (combining with a file
 * that did not load would drop the browser's copies of that file's data).
 */
export async function loadAssessment(
  source: YamlSource,
  storedAssessment: Promise<AssessmentState | undefined>,
): Promise<Loaded> {
  // Everything in parallel that can be: the progress and evidence files are fetched as soon as
  // meta.yaml names them, alongside the model, while the browser's stored data is being read.
  const dataFiles = new Map<string, ReturnType<typeof fetchDataFile>>();
  const fetchData = (path: string) => {
    if (!dataFiles.has(path)) dataFiles.set(path, fetchDataFile(source, path));
    return dataFiles.get(path)!;
  };
  const served = await fetchServedFiles(source, (files) => declaredDataFiles(files).forEach(fetchData));
  const stored = await storedAssessment;
  const { loaded, notes } = loadModel(served.files, stored);
  if (!loaded.ok) {
    const fetched = new Set(served.problems.map((p) => p.file));
    const rest = loaded.problems.filter(
      (p) => !(p.severity === 'error' && fetched.has(p.file) && /missing/.test(p.message)),
    );
    return {
      status: 'failed',
      problems: [...served.problems, ...rest],
      fileAssessment: EMPTY_ASSESSMENT,
      assessment: EMPTY_ASSESSMENT,
    };
  }
  const data: LoadedData = loaded.value;
  const { meta, model } = data;
  const [progressText, evidenceText] = await Promise.all([
    fetchData(meta.teamProgressFile),
    fetchData(meta.teamEvidenceFile),
  ]);
  const problems: Problem[] = [...served.problems, ...loaded.warnings, ...notes];
  const context = { model, stages: meta.stages, teams: meta.teams };
  const progress = read(
    parseProgressFile(progressText.text, meta.teamProgressFile, context),
    progressText.problem,
    problems,
  );
  const evidence = read(
    parseEvidenceFile(evidenceText.text, meta.teamEvidenceFile, context),
    evidenceText.problem,
    problems,
  );

  const fileAssessment = fromFiles({
    teams: meta.teams,
    groups: meta.teamGroups,
    stages: meta.stages,
    progress: progress ?? {},
    evidence: evidence ?? [],
    targets: servedTargets(served.files),
  });
  let assessment = combineAssessments(fileAssessment, stored);
  if (stored && progress === undefined) assessment = { ...assessment, progress: stored.progress };
  if (stored && evidence === undefined) assessment = { ...assessment, evidence: stored.evidence };
  return { status: 'ready', data, problems, fileAssessment, assessment };
}

function read<T extends Progress | readonly Evidence[]>(
  result: Result<T>,
  fetchProblem: Problem | undefined,
  problems: Problem[],
): T | undefined {
  if (fetchProblem) {
    problems.push(fetchProblem);
    return undefined;
  }
  if (result.ok) {
    problems.push(...result.warnings);
    return result.value;
  }
  problems.push(...asWarnings(result.problems, 'Not loaded: '));
  return undefined;
}
