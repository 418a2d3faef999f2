import { LoadedData, Meta, Model, Problem, Result } from '../types';
import { capProblems } from '../common/problem-cap';
import { buildModel } from './build-model';
import { deepFreeze } from './deep-freeze';
import { readMeta } from './meta-file';
import { ModelFile, readModelFile } from './model-file';
import { applyFile } from './overlay';
import { SourceFiles, fileText, resolvePath } from './paths';
import { errorAt, missingFileProblem } from './problems';
import { ParsedFiles } from './parsed-files';
import { placeIssue, RefOrigin, resolveRefs } from './refs';
import { validateModel } from './validate-model';
import { EMPTY_MODEL } from './working-model';

export type { SourceFiles } from './paths';
export { parseStages } from './stages';

const DEFAULT_ENTRY = 'meta.yaml';

/**
 * The model the loader would build from the activity file `path` with `text` alone (no overlay)
 * under a meta.yaml of `maxLevel` levels, when known; else undefined (see model-snapshot.ts).
 */
export type LoadedActivityFile = (path: string, text: string, maxLevel: number) => Model | undefined;

const isError = (p: Problem) => p.severity === 'error';

/**
 * Files referenced (by `$ref` in meta.yaml and the files it refs, recursively, and by activityFiles)
 * that are not yet in `files`. The state layer fetches these and calls again until it returns [].
 * Paths are relative to the YAML root, `./` and `../` resolved against the referring file. If the
 * entry itself is missing, returns just the entry. Unparsable files contribute nothing (loadDsomm
 * reports them). `yaml` keeps the files parsed from one call to the next.
 */
export function missingFiles(files: SourceFiles, entry = DEFAULT_ENTRY, yaml?: ParsedFiles): string[] {
  const path = resolvePath('', entry);
  if (fileText(files, path) === undefined) return [path];
  const seeded = yaml?.seededMeta(files, path);
  if (seeded !== undefined) {
    return [...new Set([...seeded.missing, ...seeded.activityFiles.filter((f) => fileText(files, f) === undefined)])];
  }
  const refs = resolveRefs(path, files, yaml);
  if (!refs.readable) return [];
  const listed = readMeta(refs.value, path).meta.activityFiles.filter((f) => fileText(files, f) === undefined);
  return [...new Set([...refs.missing, ...listed])];
}

/**
 * meta.yaml `entry` with its `$ref`s resolved and read, its problems placed in the files they come
 * from; from the build's seed when it knows the text (see meta-seed.ts). No meta when unreadable.
 */
function readEntry(
  files: SourceFiles,
  entry: string,
  yaml?: ParsedFiles,
): { meta?: Meta; problems: Problem[]; origins: readonly RefOrigin[] } {
  const seeded = yaml?.seededMeta(files, entry)?.meta;
  if (seeded !== undefined) return { meta: seeded, problems: [], origins: [] };
  const refs = resolveRefs(entry, files, yaml);
  const problems: Problem[] = [...refs.problems];
  if (!refs.readable) return { problems, origins: refs.origins };
  const { meta, issues } = readMeta(refs.value, entry);
  for (const issue of issues) problems.push(placeIssue(issue, entry, refs.origins, files));
  return { meta, problems, origins: refs.origins };
}

/** The activity files to apply, in order: meta's (the first is the base model), then the user's. */
function activitySources(
  files: SourceFiles,
  listed: readonly string[],
  extra: readonly { name: string; text: string }[],
): { path: string; text: string | undefined }[] {
  return [
    ...listed.map((path) => ({ path, text: fileText(files, path) })),
    ...extra.map(({ name, text }) => ({ path: name, text })),
  ];
}

/**
 * Loads everything: meta.yaml (with `$ref`s resolved), then the activity files in order (the first
 * is the model, the rest overlays), then the `extra` overlays the user added in the browser. Every
 * problem found is reported, each naming its file; errors make the result fail, warnings ride along.
 */
export function loadDsomm(
  files: SourceFiles,
  options: {
    entry?: string;
    extra?: readonly { name: string; text: string }[];
    /** The model of a lone activity file, when known for its text (see model-snapshot.ts). */
    built?: LoadedActivityFile;
    /** meta.yaml and the files it refs, parsed by an earlier step (missingFiles). */
    yaml?: ParsedFiles;
  } = {},
): Result<LoadedData> {
  const entry = resolvePath('', options.entry ?? DEFAULT_ENTRY);
  const fail = (problems: readonly Problem[]): Result<LoadedData> => ({ ok: false, problems: capProblems(problems) });
  if (fileText(files, entry) === undefined) {
    return fail([
      { file: entry, message: `${entry} is missing.`, severity: 'error', code: 'file-missing', missingFile: entry },
    ]);
  }
  const { meta, problems, origins } = readEntry(files, entry, options.yaml);
  if (meta === undefined || meta.activityFiles.length === 0) return fail(problems);

  const sources = activitySources(files, meta.activityFiles, options.extra ?? []);
  const [only] = sources;
  const built =
    sources.length === 1 && only.text !== undefined ? options.built?.(only.path, only.text, meta.maxLevel) : undefined;
  if (built !== undefined) {
    if (problems.some(isError)) return fail(problems);
    const value = { meta, model: built, files: [only.path], metaText: fileText(files, entry) };
    return { ok: true, value: deepFreeze(value), warnings: capProblems(problems) };
  }
  const read: (ModelFile | undefined)[] = sources.map(({ path, text }) => {
    if (text === undefined) {
      const issue = errorAt(['activityFiles'], `The activity file ${path} is missing.`);
      problems.push(missingFileProblem(placeIssue(issue, entry, origins, files), path));
      return undefined;
    }
    const file = readModelFile(path, text);
    problems.push(...file.problems);
    return file.model;
  });
  const [base, ...overlays] = read;
  if (base === undefined) return fail(problems);
  if (base.dimensions.length === 0) {
    problems.push({ file: base.file, message: `${base.file} holds no activities.`, severity: 'error' });
  }

  let model = EMPTY_MODEL;
  for (const [i, file] of [base, ...overlays].entries()) {
    if (file === undefined) continue;
    const applied = applyFile(model, file, i === 0);
    model = applied.model;
    problems.push(...applied.problems);
  }
  const validated = validateModel(model, meta.maxLevel);
  // A loop, not push(...): a list of 100,000 problems overflows the call stack as arguments.
  for (const problem of validated.problems) problems.push(problem);
  if (problems.some(isError)) return fail(problems);
  return {
    ok: true,
    value: deepFreeze({
      meta,
      model: buildModel(model, validated.dependsOn),
      files: sources.map((s) => s.path),
      metaText: fileText(files, entry),
    }),
    warnings: capProblems(problems),
  };
}
