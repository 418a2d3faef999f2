import { missingFiles, SourceFiles } from '../domain/loading/load-dsomm';
import { ParsedFiles } from '../domain/loading/parsed-files';
import { resolveFile } from '../domain/loading/paths';
import { isRecord } from '../domain/persisted/shapes';
import { Problem } from '../domain/types';
import { FetchError, TextSource } from './text-source';

export interface ServedFiles {
  readonly files: SourceFiles;
  /** The YAML of meta.yaml and the files it refs, parsed while fetching: the loader reuses it. */
  readonly yaml: ParsedFiles;
  readonly problems: readonly Problem[];
  /** Files read from this browser's saved copy: the server did not answer in time. */
  readonly offline: readonly string[];
}

function fetchProblem(source: TextSource, path: string, error: unknown): Problem {
  if (error instanceof FetchError && error.tooLarge) return { file: path, severity: 'error', message: error.message };
  const why = error instanceof FetchError ? error.message : String(error);
  return {
    file: path,
    severity: 'error',
    message:
      `could not be fetched (${why}) from ${source.url(path)}. Check that the file exists at this path ` +
      `on the server, or correct the reference to it in meta.yaml.`,
  };
}

/**
 * Fetches meta.yaml and every file it references, round by round (each round in parallel), until the
 * loader needs nothing more. Missing files become problems for the loader's report. `yaml` may
 * know some files' parse already (see ParsedFiles).
 */
export async function fetchServedFiles(
  source: TextSource,
  afterRound: (files: SourceFiles, yaml: ParsedFiles) => void = () => undefined,
  yaml = new ParsedFiles(),
): Promise<ServedFiles> {
  const files: Record<string, string> = {};
  const problems: Problem[] = [];
  const offline: string[] = [];
  const failed = new Set<string>();
  for (let round = 0; round < 32; round++) {
    const wanted = missingFiles(files, undefined, yaml).filter((path) => !failed.has(path));
    if (wanted.length === 0) break;
    await Promise.all(
      wanted.map(async (path) => {
        try {
          files[path] = await source.fetchText(path, () => offline.push(path));
        } catch (error) {
          failed.add(path);
          problems.push(fetchProblem(source, path, error));
        }
      }),
    );
    afterRound(files, yaml);
  }
  return { files, yaml, problems, offline };
}

/** Fetches an optional data file (progress, evidence): a missing one is empty, with a warning. */
export async function fetchDataFile(
  source: TextSource,
  path: string,
): Promise<{ text: string; problem?: Problem; offline?: true }> {
  try {
    let offline = false;
    const text = await source.fetchText(path, () => (offline = true));
    return offline ? { text, offline } : { text };
  } catch (error) {
    const problem = fetchProblem(source, path, error);
    return {
      text: '',
      problem: { ...problem, severity: 'warning', message: `${problem.message} Starting without it.` },
    };
  }
}

/**
 * The progress and evidence files meta.yaml names, read off its text as soon as it has arrived, so
 * they can be fetched alongside the model instead of after it. The full load checks them again.
 */
export function declaredDataFiles(files: SourceFiles, yaml = new ParsedFiles(), entry = 'meta.yaml'): string[] {
  const parsed = yaml.of(files, entry);
  if (!parsed?.ok || !isRecord(parsed.value)) return [];
  const meta = parsed.value;
  // A file the loader refuses (another site, outside the YAML folder) is not fetched early either.
  return [meta['teamProgressFile'], meta['teamEvidenceFile']]
    .filter((path): path is string => typeof path === 'string' && path.trim() !== '')
    .flatMap((path) => resolveFile(entry, path.trim(), 'file').path ?? []);
}
