import { Evidence, Problem, Progress, Result, Stage } from '../types';
import { ActivityName } from '../common/activity-order';
import { namedActivityProblems } from '../common/activity-names';
import { parseEvidenceFile } from '../evidence/parse-evidence-file';
import { parseProgressFile } from '../progress/parse-progress-file';
import { parseTeamsFile, TeamsFile } from '../teams/parse-teams-file';
import { Backup } from './backup-file';
import { fileKind } from './file-kind';
import { parseBackupFile } from './parse-backup-file';

/** What an imported file holds, by kind. */
export type ImportedData =
  | { readonly kind: 'progress'; readonly progress: Progress }
  | { readonly kind: 'evidence'; readonly evidence: readonly Evidence[] }
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
  switch (kind.value) {
    case 'progress':
      return wrap(
        parseProgressFile(text, fileName, { stages: ctx.stages }),
        (progress) => ({ kind: 'progress', progress }),
        (progress) => named(Object.keys(progress), 'progress'),
      );
    case 'evidence':
      return wrap(
        parseEvidenceFile(text, fileName),
        (evidence) => ({ kind: 'evidence', evidence }),
        (evidence) => named(new Set(evidence.map((entry) => entry.activityUuid)), 'evidence'),
      );
    case 'teams':
      return wrap(parseTeamsFile(text, fileName), (teams) => ({ kind: 'teams', teams }));
    case 'backup':
      return wrap(parseBackupFile(text, fileName), (backup) => ({ kind: 'backup', backup }));
  }
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
