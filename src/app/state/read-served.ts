import { LoadedActivityFile, loadDsomm, SourceFiles } from '../domain/loading/load-dsomm';
import { ParsedFiles } from '../domain/loading/parsed-files';
import { parseEvidenceFile } from '../domain/evidence/parse-evidence-file';
import { parseProgressFile, ProgressFileContext, ProgressFileResult } from '../domain/progress/parse-progress-file';
import { servedTargets } from '../domain/roadmap/served-targets';
import { localCalendarDay } from '../domain/common/calendar-date';
import { DatedResult, Evidence, LoadedData, Problem, Progress, Result, Targets } from '../domain/types';
import { TextSource } from './text-source';
import { declaredDataFiles, fetchDataFile, fetchServedFiles } from './fetch-served-files';

/** A file the user added in the browser on top of the served model. */
export interface CustomText {
  readonly name: string;
  readonly text: string;
}

/** A progress or evidence file as read: its parse result, or why it could not be fetched. */
export interface DataFileRead<T> {
  readonly result: DatedResult<T>;
  readonly fetchProblem?: Problem;
  /**
   * The text, kept only when the file holds a date after the day it was read on (its `latestDate`):
   * the notes of those dates point at their lines (assembleAssessment). Any other text is let go: the
   * read is held for the app's life (main.ts), and 1,000 teams' progress is 7.8 MB.
   */
  readonly text?: string;
}

/** The file read, its text kept only where its notes will need it (see DataFileRead). */
function dataFileRead<T>(
  result: DatedResult<T>,
  fetched: { readonly text: string; readonly problem?: Problem },
  day: string,
): DataFileRead<T> {
  const later = result.ok && result.latestDate !== undefined && result.latestDate > day;
  return { result, fetchProblem: fetched.problem, ...(later && { text: fetched.text }) };
}

/**
 * Everything the served files say, before the browser's stored data is considered. Read before
 * Angular starts (main.ts), so it cannot wait for the stored data: `assembleAssessment` combines.
 */
export type ServedRead = (
  | { readonly ok: false; readonly problems: readonly Problem[] }
  | {
      readonly ok: true;
      readonly data: LoadedData;
      /** Fetch problems and the loader's warnings (custom files that did not apply among them). */
      readonly problems: readonly Problem[];
      readonly progress: DataFileRead<Progress>;
      readonly evidence: DataFileRead<readonly Evidence[]>;
      readonly targets?: Targets;
      /**
       * The model was read from the build's snapshot of its structure (see model-snapshot.ts): no
       * prose. Enough for the start page's chart, not for the app (`readWholeModel`).
       */
      readonly structureOnly?: true;
    }
) & {
  /** Files read from this browser's saved copy, because the server did not answer in time. */
  readonly offline?: readonly string[];
};

/** The problems of custom files the model was loaded without, as notes: it starts, without them. */
export const notAppliedNotes = (problems: readonly Problem[]): Problem[] =>
  problems.map((p) => ({
    ...p,
    severity: 'warning',
    code: 'custom-file-not-applied',
    message: `Custom activity file not applied: ${p.message}`,
  }));

/** loadDsomm, with anything it throws turned into a problem of each custom file (it cannot tell which). */
function tryLoad(
  files: SourceFiles,
  extra: readonly CustomText[],
  built?: LoadedActivityFile,
  yaml?: ParsedFiles,
): Result<LoadedData> {
  try {
    return loadDsomm(files, { extra, built, yaml });
  } catch (error) {
    const message = `The model could not be built (${String(error)}).`;
    const blamed = extra.length > 0 ? extra.map((f) => f.name) : ['meta.yaml'];
    return { ok: false, problems: blamed.map((file): Problem => ({ file, message, severity: 'error' })) };
  }
}

/**
 * Loads the model with the user's custom files. Those that break it are left out, with a warning
 * (the rest still apply); if it still does not load, it loads without any of them. A custom file
 * must never keep the app from starting: it is in the browser's storage, so it would on every start.
 */
function loadModel(
  files: SourceFiles,
  custom: readonly CustomText[],
  built?: LoadedActivityFile,
  yaml?: ParsedFiles,
): { loaded: Result<LoadedData>; notes: Problem[] } {
  const loaded = tryLoad(files, custom, built, yaml);
  if (loaded.ok || custom.length === 0) return { loaded, notes: [] };
  const failing = new Set(loaded.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const rest = custom.filter((file) => !failing.has(file.name));
  for (const extra of rest.length > 0 && rest.length < custom.length ? [rest, []] : [[]]) {
    const without = tryLoad(files, extra, undefined, yaml);
    if (!without.ok) continue;
    const left = new Set(extra.map((file) => file.name));
    const dropped = new Set(custom.map((file) => file.name).filter((name) => !left.has(name)));
    const notApplied = loaded.problems.filter((p) => dropped.has(p.file));
    for (const file of dropped) {
      if (!notApplied.some((p) => p.file === file))
        notApplied.push({ file, message: 'the model does not load with it.', severity: 'error' });
    }
    return { loaded: without, notes: notAppliedNotes(notApplied) };
  }
  return { loaded, notes: [] };
}

/**
 * Fetches and reads the served files: meta.yaml, the model files it references, and the progress
 * and evidence files (fetched as soon as meta.yaml names them, alongside the model).
 */
export async function readServed(
  source: TextSource,
  custom: readonly CustomText[] = [],
  options: {
    readonly built?: LoadedActivityFile;
    /** Files whose YAML is known for their text already (see ParsedFiles); the others are parsed. */
    readonly yaml?: ParsedFiles;
    /** Today (YYYY-MM-DD): the day whose later dates are noted (see DataFileRead's `text`). */
    readonly day?: string;
    /** Starts fetching a data file as soon as meta.yaml names it (else its text is fetched then). */
    readonly prefetch?: (path: string) => void;
    /**
     * The progress file's read without its text (main.ts: from its compact form, see
     * compact-progress-read.ts), or undefined to read the text.
     */
    readonly progress?: (path: string, ctx: ProgressFileContext) => Promise<ProgressFileResult | undefined>;
  } = {},
): Promise<ServedRead> {
  const day = options.day ?? localCalendarDay(new Date());
  const dataFiles = new Map<string, ReturnType<typeof fetchDataFile>>();
  const fetchData = (path: string) => {
    if (!dataFiles.has(path)) dataFiles.set(path, fetchDataFile(source, path));
    return dataFiles.get(path)!;
  };
  const served = await fetchServedFiles(
    source,
    (files, yaml) => declaredDataFiles(files, yaml).forEach(options.prefetch ?? fetchData),
    options.yaml,
  );
  let fromSnapshot = false;
  const built: LoadedActivityFile | undefined = options.built
    ? (path, text, maxLevel) => {
        const model = options.built?.(path, text, maxLevel);
        if (model) fromSnapshot = true;
        return model;
      }
    : undefined;
  const { loaded, notes } = loadModel(served.files, custom, built, served.yaml);
  if (!loaded.ok) {
    // A file that could not be fetched is reported once, by the fetch, not again as missing.
    const fetched = new Set(served.problems.map((p) => p.file));
    const rest = loaded.problems.filter((p) => !(p.code === 'file-missing' && fetched.has(p.missingFile)));
    return { ok: false, problems: [...served.problems, ...rest], offline: served.offline };
  }
  const data = loaded.value;
  const { meta, model } = data;
  const context = { model, stages: meta.stages, teams: meta.teams };
  // A read with a date after today keeps its text for the notes (DataFileRead): that is the text's.
  const shortcut = await options.progress?.(meta.teamProgressFile, context);
  const progressRead = shortcut?.ok && !(shortcut.latestDate !== undefined && shortcut.latestDate > day) && shortcut;
  const [progressText, evidenceText] = await Promise.all([
    progressRead ? { text: '', offline: undefined } : fetchData(meta.teamProgressFile),
    fetchData(meta.teamEvidenceFile),
  ]);
  const offline = [progressText, evidenceText].flatMap((file, i) =>
    file.offline ? [i === 0 ? meta.teamProgressFile : meta.teamEvidenceFile] : [],
  );
  return {
    ok: true,
    offline: [...served.offline, ...offline],
    data,
    problems: [...served.problems, ...loaded.warnings, ...notes],
    progress: progressRead
      ? { result: progressRead }
      : dataFileRead(parseProgressFile(progressText.text, meta.teamProgressFile, context), progressText, day),
    evidence: dataFileRead(
      parseEvidenceFile(
        evidenceText.text,
        meta.teamEvidenceFile,
        context,
        served.yaml.of({ [meta.teamEvidenceFile]: evidenceText.text }, meta.teamEvidenceFile),
      ),
      evidenceText,
      day,
    ),
    targets: servedTargets(served.files, served.yaml),
    ...(fromSnapshot ? { structureOnly: true as const } : {}),
  };
}

/**
 * The read with the whole model, prose included, from one that took its structure from a snapshot
 * (main.ts paints the start page from that first): the model is read again from the same texts
 * (`source` answers from what it fetched), the progress and evidence as read are kept (they were
 * read against the same activities, stages and teams). Any other read is returned as it is.
 */
export async function readWholeModel(read: ServedRead, source: TextSource): Promise<ServedRead> {
  if (!read.ok || !read.structureOnly) return read;
  const served = await fetchServedFiles(source);
  const { loaded } = loadModel(served.files, [], undefined, served.yaml);
  if (!loaded.ok) return readServed(source);
  const { offline, progress, evidence, targets } = read;
  return {
    ok: true,
    offline,
    data: loaded.value,
    problems: [...served.problems, ...loaded.warnings],
    progress,
    evidence,
    targets,
  };
}
