import { loadDsomm } from '../domain/loading/load-dsomm';
import { parseEvidenceFile } from '../domain/evidence/parse-evidence-file';
import { parseProgressFile } from '../domain/progress/parse-progress-file';
import { servedTargets } from '../domain/roadmap/served-targets';
import { Evidence, LoadedData, Problem, Progress, Result, Targets } from '../domain/types';
import { TextSource } from './fetch-text';
import { declaredDataFiles, fetchDataFile, fetchServedFiles } from './served-files';

/** A file the user added in the browser on top of the served model. */
export interface CustomText {
  readonly name: string;
  readonly text: string;
}

/** A progress or evidence file as read: its parse result, or why it could not be fetched. */
export interface DataFileRead<T> {
  readonly result: Result<T>;
  readonly fetchProblem?: Problem;
}

/**
 * Everything the served files say, before the browser's stored data is considered. Read before
 * Angular starts (main.ts), so it cannot wait for the stored data: `assembleAssessment` combines.
 */
export type ServedRead =
  | { readonly ok: false; readonly problems: readonly Problem[] }
  | {
      readonly ok: true;
      readonly data: LoadedData;
      /** Fetch problems and the loader's warnings (custom files that did not apply among them). */
      readonly problems: readonly Problem[];
      readonly progress: DataFileRead<Progress>;
      readonly evidence: DataFileRead<readonly Evidence[]>;
      readonly targets?: Targets;
    };

const asWarnings = (problems: readonly Problem[], prefix: string): Problem[] =>
  problems.map((p) => ({ ...p, severity: 'warning', message: `${prefix}${p.message}` }));

/** Loads the model with the user's custom files; if they break it, without them (and says so). */
function loadModel(files: Parameters<typeof loadDsomm>[0], custom: readonly CustomText[]) {
  const loaded = loadDsomm(files, { extra: custom });
  if (loaded.ok || custom.length === 0) return { loaded, notes: [] as Problem[] };
  const without = loadDsomm(files);
  if (!without.ok) return { loaded, notes: [] };
  return { loaded: without, notes: asWarnings(loaded.problems, 'Custom activity file not applied: ') };
}

/**
 * Fetches and reads the served files: meta.yaml, the model files it references, and the progress
 * and evidence files (fetched as soon as meta.yaml names them, alongside the model).
 */
export async function readServed(source: TextSource, custom: readonly CustomText[] = []): Promise<ServedRead> {
  const dataFiles = new Map<string, ReturnType<typeof fetchDataFile>>();
  const fetchData = (path: string) => {
    if (!dataFiles.has(path)) dataFiles.set(path, fetchDataFile(source, path));
    return dataFiles.get(path)!;
  };
  const served = await fetchServedFiles(source, (files) => declaredDataFiles(files).forEach(fetchData));
  const { loaded, notes } = loadModel(served.files, custom);
  if (!loaded.ok) {
    // A file that could not be fetched is reported once, by the fetch, not again as missing.
    const fetched = new Set(served.problems.map((p) => p.file));
    const rest = loaded.problems.filter(
      (p) => !(p.severity === 'error' && fetched.has(p.file) && /missing/.test(p.message)),
    );
    return { ok: false, problems: [...served.problems, ...rest] };
  }
  const data = loaded.value;
  const { meta, model } = data;
  const [progressText, evidenceText] = await Promise.all([
    fetchData(meta.teamProgressFile),
    fetchData(meta.teamEvidenceFile),
  ]);
  const context = { model, stages: meta.stages, teams: meta.teams };
  return {
    ok: true,
    data,
    problems: [...served.problems, ...loaded.warnings, ...notes],
    progress: {
      result: parseProgressFile(progressText.text, meta.teamProgressFile, context),
      fetchProblem: progressText.problem,
    },
    evidence: {
      result: parseEvidenceFile(evidenceText.text, meta.teamEvidenceFile, context),
      fetchProblem: evidenceText.problem,
    },
    targets: servedTargets(served.files),
  };
}
