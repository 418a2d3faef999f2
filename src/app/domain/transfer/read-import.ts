import { Evidence, Problem, Progress, Result, Stage } from '../types';
import { ActivityName } from '../common/activity-order';
import { namedActivityProblems } from '../common/activity-names';
import { lineOfPath } from '../common/key-lines';
import { parseEvidenceFile } from '../evidence/parse-evidence-file';
import { parseProgressFile } from '../progress/parse-progress-file';
import { parseTeamsFile, TeamsFile } from '../teams/parse-teams-file';
import { Backup } from './backup-file';
import { fileKind } from './file-kind';
import { parseBackupFile } from './parse-backup-file';

/**
 * Where a file first writes each activity uuid the model lacks and each stage title the definition
 * lacks (1-based lines): they are kept, and the preview lists them with their lines.
 */
export interface UnknownKeyLines {
  readonly activities: ReadonlyMap<string, number>;
  readonly stages: ReadonlyMap<string, number>;
}

/** What an imported file holds, by kind. */
export type ImportedData =
  | { readonly kind: 'progress'; readonly progress: Progress; readonly lines?: UnknownKeyLines }
  | { readonly kind: 'evidence'; readonly evidence: readonly Evidence[]; readonly lines?: UnknownKeyLines }
  | { readonly kind: 'teams'; readonly teams: TeamsFile }
  | { readonly kind: 'backup'; readonly backup: Backup };

export interface ImportReadContext {
  /** The stage definition in use: titles not in it are reported (and kept). */
  readonly stages: readonly Stage[];
  /** The model's activities: a progress or evidence file keyed by their names is refused. */
  readonly activities?: readonly ActivityName[];
}

/**
 * Reads a file dropped on the data centre: works out which kind it is from its top-level keys,
 * then reads it with the reader of its kind. Any error makes the whole file
 * fail (ok: false) with every problem, each naming the file and, where it can, the line.
 *
 * Unknown teams and activities are not checked here but by `importUnknowns`, from the data read:
 * the readers would look up the line of every unknown name in the whole text, which for a 15 MB
 * file of a thousand teams the browser does not know takes minutes.
 */
export function readImportFile(text: string, fileName: string, ctx: ImportReadContext): Result<ImportedData> {
  const kind = fileKind(text, fileName);
  if (!kind.ok) return kind;
  const named = (keys: Iterable<string>, root: string) =>
    ctx.activities === undefined ? [] : namedActivityProblems(keys, ctx.activities, fileName, text, root);
  const known = ctx.activities && new Set(ctx.activities.map((activity) => activity.uuid));
  /** The line of each of `keys` (activity uuids under `root`) that the model lacks. */
  const unknownLines = (keys: Iterable<string>, root: string) => {
    const lines = new Map<string, number>();
    if (known === undefined) return lines;
    for (const key of keys) {
      const line = known.has(key) ? undefined : lineOfPath(text, [root, key]);
      if (line !== undefined) lines.set(key, line);
    }
    return lines;
  };
  switch (kind.value) {
    case 'progress': {
      const read = parseProgressFile(text, fileName, { stages: ctx.stages });
      const stages = (read.ok && read.unknownStageLines) || new Map<string, number>();
      return wrap(
        read,
        (progress) => ({
          kind: 'progress',
          progress,
          ...keyLines(unknownLines(Object.keys(progress), 'progress'), stages),
        }),
        (progress) => named(Object.keys(progress), 'progress'),
      );
    }
    case 'evidence': {
      const uuids = (evidence: readonly Evidence[]) => new Set(evidence.map((entry) => entry.activityUuid));
      return wrap(
        parseEvidenceFile(text, fileName),
        (evidence) => ({
          kind: 'evidence',
          evidence,
          ...keyLines(unknownLines(uuids(evidence), 'evidence'), new Map()),
        }),
        (evidence) => named(uuids(evidence), 'evidence'),
      );
    }
    case 'teams':
      return wrap(parseTeamsFile(text, fileName), (teams) => ({ kind: 'teams', teams }));
    case 'backup':
      return wrap(parseBackupFile(text, fileName), (backup) => ({ kind: 'backup', backup }));
  }
}

/** `{ lines }` when the file writes a key the model or the definition lacks; nothing otherwise. */
function keyLines(
  activities: ReadonlyMap<string, number>,
  stages: ReadonlyMap<string, number>,
): { lines?: UnknownKeyLines } {
  return activities.size + stages.size > 0 ? { lines: { activities, stages } } : {};
}

/** The data read as `as` makes it, unless `refuse` finds problems in what was read. */
function wrap<T>(
  result: Result<T>,
  as: (value: T) => ImportedData,
  refuse: (value: T) => readonly Problem[] = () => [],
): Result<ImportedData> {
  if (!result.ok) return result;
  const problems = refuse(result.value);
  if (problems.length > 0) return { ok: false, problems: [...problems, ...result.warnings] };
  return { ok: true, value: as(result.value), warnings: result.warnings };
}
