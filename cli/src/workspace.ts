import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { errorMessage } from '../../src/app/domain/common/error-message';
import { parseEvidenceFile } from '../../src/app/domain/evidence/parse-evidence-file';
import { loadDsomm, missingFiles } from '../../src/app/domain/loading/load-dsomm';
import { ParsedFiles } from '../../src/app/domain/loading/parsed-files';
import { parseProgressFile } from '../../src/app/domain/progress/parse-progress-file';
import { parseTeamsFile } from '../../src/app/domain/teams/parse-teams-file';
import { fileKind, FileKind } from '../../src/app/domain/transfer/file-kind';
import { decodeImportText } from '../../src/app/domain/transfer/import-text';
import { Evidence, LoadedData, Problem, Progress, Result } from '../../src/app/domain/types';
import { CliError } from './cli-error';
import { Io } from './io';

/** Where meta.yaml is looked for when --meta is not given, in this order (relative to the working folder). */
export const META_CANDIDATES = ['meta.yaml', 'src/assets/YAML/meta.yaml'];

/** The model and the team data files as the app loads them, with paths as the user sees them. */
export interface Workspace {
  /** meta.yaml, as shown in messages (relative to the working folder). */
  readonly meta: string;
  /** Folder of meta.yaml: the YAML root every path in the files is relative to. */
  readonly root: string;
  /** The loaded model, or the problems that kept it from loading (file names shown as the user sees them). */
  readonly model: Result<LoadedData>;
  /** Paths (absolute) of the model files that were read: meta.yaml, teams via $ref, activity files. */
  readonly modelFiles: readonly string[];
  /** Turns an absolute path into the name shown in messages. */
  display(path: string): string;
}

/** meta.yaml: --meta, else the first of META_CANDIDATES that exists. */
export function findMeta(io: Io, given: string | undefined): string {
  if (given !== undefined) {
    const path = resolve(io.cwd, given);
    if (!isFile(path)) throw new CliError(`${given}: no such file (given with --meta).`);
    return path;
  }
  for (const candidate of META_CANDIDATES) {
    const path = resolve(io.cwd, candidate);
    if (isFile(path)) return path;
  }
  throw new CliError(
    `No meta.yaml found: looked for ${META_CANDIDATES.join(' and ')} in ${io.cwd}. Name yours with --meta path/to/meta.yaml.`,
  );
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Loads meta.yaml and every file it references, as the app's state layer does over HTTP: ask the
 * loader what is missing, read it, repeat. A file that cannot be read is left out, so that the
 * loader reports it with the file that names it.
 */
export function loadWorkspace(io: Io, metaPath: string): Workspace {
  const root = dirname(metaPath);
  const entry = basename(metaPath);
  const display = (path: string) => {
    const shown = relative(io.cwd, path);
    return (shown === '' ? path : shown).split(sep).join('/');
  };
  const files: Record<string, string> = {};
  const unreadable = new Set<string>();
  const outside: Problem[] = [];
  const linkedOut = new Set<string>();
  const yaml = new ParsedFiles();
  for (let round = 0; round < 32; round++) {
    const wanted = missingFiles(files, entry, yaml).filter((path) => !unreadable.has(path));
    if (wanted.length === 0) break;
    for (const path of wanted) {
      const escape = linkOutOf(root, resolve(root, path), display);
      if (escape) {
        outside.push(escape);
        linkedOut.add(path);
      }
      const text = escape ? undefined : readText(resolve(root, path));
      if (text === undefined) unreadable.add(path);
      else files[path] = text;
    }
  }
  const loaded = loadDsomm(files, { entry, yaml });
  const shown = (problem: Problem): Problem => ({ ...problem, file: display(resolve(root, problem.file)) });
  // A file not read because it links out is reported as that, not again as missing.
  const notMissing = (problem: Problem) => !(problem.code === 'file-missing' && linkedOut.has(problem.missingFile));
  const model: Result<LoadedData> =
    loaded.ok && outside.length === 0
      ? { ...loaded, warnings: loaded.warnings.map(shown) }
      : { ok: false, problems: [...outside, ...problemsOf(loaded).map(shown).filter(notMissing)] };
  return {
    meta: display(metaPath),
    root,
    model,
    modelFiles: Object.keys(files).map((path) => resolve(root, path)),
    display,
  };
}

/**
 * A problem if `path`, named in meta.yaml or a file it names, is a symbolic link (or lies in a
 * linked folder) leading out of `root`, the folder of meta.yaml: the loader refuses paths that climb
 * out, and a link must not do it either (a pull request could add one to a secret of the CI runner).
 */
function linkOutOf(root: string, path: string, display: (path: string) => string): Problem | undefined {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(path);
    realRoot = realpathSync(root);
  } catch {
    return undefined; // not there: the loader says it is missing
  }
  if (real === realRoot || real.startsWith(realRoot + sep)) return undefined;
  const file = display(path);
  return {
    file,
    severity: 'error',
    message: `${file} is not read: it is a link that leads out of the folder of meta.yaml (${display(root)}).`,
  };
}

function readText(path: string): string | undefined {
  try {
    const decoded = decodeImportText(readFileSync(path), path);
    return decoded.ok ? decoded.value : undefined;
  } catch {
    return undefined;
  }
}

/** A progress or evidence file given on the command line, or named in meta.yaml. */
export interface DataFileRef {
  /** Absolute path. */
  readonly path: string;
  /** The kind meta.yaml gives it; undefined: found out from the content. */
  readonly kind?: 'progress' | 'evidence';
  /** Named in meta.yaml rather than on the command line: a missing one is a warning, as in the app. */
  readonly fromMeta?: boolean;
}

export type DataFile =
  | { readonly kind: 'progress'; readonly name: string; readonly result: Result<Progress>; readonly text?: string }
  | {
      readonly kind: 'evidence';
      readonly name: string;
      readonly result: Result<readonly Evidence[]>;
      /** The file's text, for pointing at lines (absent for a file meta.yaml names that does not exist). */
      readonly text?: string;
    }
  | { readonly kind: 'teams' | 'backup' | 'unknown'; readonly name: string; readonly result: Result<unknown> };

/** The files given on the command line, or else meta.yaml's teamProgressFile and teamEvidenceFile. */
export function dataFileRefs(io: Io, workspace: Workspace, data: LoadedData, given: readonly string[]): DataFileRef[] {
  if (given.length > 0) return given.map((file) => ({ path: resolve(io.cwd, file) }));
  return [
    { path: resolve(workspace.root, data.meta.teamProgressFile), kind: 'progress', fromMeta: true },
    { path: resolve(workspace.root, data.meta.teamEvidenceFile), kind: 'evidence', fromMeta: true },
  ];
}

/**
 * Reads a team data file with the same readers and context as the app: unknown activities, teams
 * and stages are warnings; a syntax error, a bad date, evidence without teams are errors. Throws a
 * CliError for a file named on the command line that does not exist.
 */
export function readDataFile(workspace: Workspace, data: LoadedData, ref: DataFileRef): DataFile {
  const name = workspace.display(ref.path);
  const escape = ref.fromMeta ? linkOutOf(workspace.root, ref.path, workspace.display) : undefined;
  if (escape) return { kind: 'unknown', name, result: { ok: false, problems: [escape] } };
  if (!existsSync(ref.path)) {
    if (!ref.fromMeta) throw new CliError(`${name}: no such file.`);
    const warnings = [warning(name, `${name} does not exist (meta.yaml names it); the app starts without it.`)];
    return ref.kind === 'evidence'
      ? { kind: 'evidence', name, result: { ok: true, value: [], warnings } }
      : { kind: 'progress', name, result: { ok: true, value: {}, warnings } };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(ref.path);
  } catch (error) {
    throw new CliError(`${name}: cannot be read (${errorMessage(error)}).`);
  }
  const decoded = decodeImportText(bytes, name);
  if (!decoded.ok) return { kind: 'unknown', name, result: decoded };
  return readDataText(decoded.value, name, data, ref.kind);
}

/** Reads the text of a data file (e.g. an older version from Git) as `kind`, or as what its content says. */
export function readDataText(text: string, name: string, data: LoadedData, known?: 'progress' | 'evidence'): DataFile {
  let kind: FileKind | undefined = known;
  if (kind === undefined) {
    const found = fileKind(text, name);
    if (!found.ok) return { kind: 'unknown', name, result: found };
    kind = found.value;
  }
  const context = { model: data.model, stages: data.meta.stages, teams: data.meta.teams };
  switch (kind) {
    case 'progress':
      return { kind, name, result: parseProgressFile(text, name, context), text };
    case 'evidence':
      return { kind, name, result: parseEvidenceFile(text, name, context), text };
    case 'teams':
      return { kind, name, result: parseTeamsFile(text, name) };
    case 'backup': {
      const note = 'This is a DSOMM Studio backup; it is not checked here. Import it in the app.';
      return { kind, name, result: { ok: true, value: undefined, warnings: [warning(name, note)] } };
    }
  }
}

export function problemsOf(result: Result<unknown>): readonly Problem[] {
  return result.ok ? result.warnings : result.problems;
}

function warning(file: string, message: string): Problem {
  return { file, message, severity: 'warning' };
}
