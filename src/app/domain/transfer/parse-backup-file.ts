import { AssessmentState, Evidence, Problem, Progress, Result, TeamProgress } from '../types';
import { parseEvidenceFile } from '../evidence/parse-evidence-file';
import { parseProgressFile } from '../progress/parse-progress-file';
import { parseTeamsFile, TeamsFile } from '../teams/parse-teams-file';
import { fileError, fileWarning } from '../common/file-problem';
import { Backup } from './backup-file';
import { FileKind, kindOfKeys, topLevelKeys } from './file-kind';
import { BackupHeader, readBackupHeader } from './read-backup-header';
import { inWholeFile, splitYamlDocuments, YamlDocumentText } from './yaml-documents';

const PART_NAMES: Readonly<Record<FileKind, string>> = {
  backup: 'the header',
  teams: 'teams.yaml',
  progress: 'team-progress.yaml',
  evidence: 'team-evidence.yaml',
};

/**
 * Reads a backup (see BACKUP_FORMAT): the header, then the teams, progress and evidence documents,
 * each by the reader of its file, with every problem pointing at its line in the whole backup.
 * The documents after the header may come in any order and may be missing (then empty).
 */
export function parseBackupFile(text: string, fileName: string): Result<Backup> {
  const problems: Problem[] = [];
  const parts = new Map<FileKind, YamlDocumentText>();
  for (const part of splitYamlDocuments(text)) {
    const keys = topLevelKeys(part.text);
    const kind = kindOfKeys(keys.map((k) => k.key));
    const line = (keys[0]?.line ?? 1) + part.lineOffset;
    if (kind === undefined) {
      problems.push(
        fileError(
          fileName,
          'This part of the backup is none of its documents (header, teams, progress, evidence).',
          line,
        ),
      );
    } else if (parts.has(kind)) {
      problems.push(fileError(fileName, `The backup holds ${PART_NAMES[kind]} twice.`, line));
    } else parts.set(kind, part);
  }
  const headerPart = parts.get('backup');
  if (!headerPart)
    return {
      ok: false,
      problems: [fileError(fileName, 'The backup header (dsommStudioBackup: 1) is missing.', 1), ...problems],
    };

  const read = readBackupHeader(headerPart.text, fileName);
  problems.push(...read.problems.map((p) => inWholeFile(p, headerPart.lineOffset)));
  const stages = read.header?.stages ?? [];
  const teamsFile = readPart<TeamsFile>(
    parts.get('teams'),
    (t) => parseTeamsFile(t, fileName),
    { names: [], groups: {} },
    problems,
  );
  const progress = readPart<Progress>(
    parts.get('progress'),
    (t) => parseProgressFile(t, fileName, { stages }),
    {},
    problems,
  );
  const evidence = readPart<readonly Evidence[]>(
    parts.get('evidence'),
    (t) => parseEvidenceFile(t, fileName),
    [],
    problems,
  );
  const header = read.header;
  if (!header || problems.some((p) => p.severity === 'error')) return { ok: false, problems };

  const timed = withEditTimes(progress, evidence, header, fileName);
  problems.push(...timed.warnings);
  const targets = teamsFile.targets ?? (header.hasTargets ? {} : undefined);
  const assessment: AssessmentState = {
    teams: { names: teamsFile.names, groups: teamsFile.groups },
    teamsEdited: header.teamsEdited,
    removedTeams: header.removedTeams,
    stages: header.stages,
    stagesEdited: header.stagesEdited,
    progress: timed.progress,
    evidence: timed.evidence,
    deletedEvidence: header.deletedEvidence,
    settings: header.settings,
    customFiles: header.customFiles,
    ...(targets === undefined ? {} : { targets }),
  };
  return {
    ok: true,
    value: {
      format: header.format,
      ...(header.exported === undefined ? {} : { exported: header.exported }),
      ...(header.model === undefined ? {} : { model: header.model }),
      assessment,
    },
    warnings: problems,
  };
}

function readPart<T>(
  part: YamlDocumentText | undefined,
  read: (text: string) => Result<T>,
  empty: T,
  problems: Problem[],
): T {
  if (!part) return empty;
  const result = read(part.text);
  if (result.ok) {
    problems.push(...result.warnings.map((p) => inWholeFile(p, part.lineOffset)));
    return result.value;
  }
  problems.push(...result.problems.map((p) => inWholeFile(p, part.lineOffset)));
  return empty;
}

/**
 * Puts the header's edit times back on the entries. A time for a progress entry the progress
 * document lacks is an entry with no dates (a stage lowered to 0% in the browser), which the
 * progress file cannot hold.
 */
function withEditTimes(
  progress: Progress,
  evidence: readonly Evidence[],
  header: BackupHeader,
  fileName: string,
): { progress: Progress; evidence: Evidence[]; warnings: Problem[] } {
  const activities = new Map<string, Map<string, TeamProgress>>(
    Object.entries(progress).map(([uuid, teams]) => [uuid, new Map(Object.entries(teams))]),
  );
  for (const [uuid, teams] of header.progressEditedAt) {
    let entries = activities.get(uuid);
    if (!entries) activities.set(uuid, (entries = new Map()));
    const imported = header.importedProgress.get(uuid);
    for (const [team, editedAt] of teams) {
      const entry = { ...(entries.get(team) ?? { stages: {} }), editedAt };
      entries.set(team, imported?.has(team) ? { ...entry, imported: true } : entry);
    }
  }
  const seen = new Set<string>();
  const timedEvidence = evidence.map((entry): Evidence => {
    seen.add(entry.id);
    const editedAt = header.evidenceEditedAt.get(entry.id);
    if (editedAt === undefined) return entry;
    return header.importedEvidence.has(entry.id) ? { ...entry, editedAt, imported: true } : { ...entry, editedAt };
  });
  const stray = [...header.evidenceEditedAt.keys()].filter((id) => !seen.has(id));
  const warnings =
    stray.length === 0
      ? []
      : [
          fileWarning(
            fileName,
            `The header has edit times for ${stray.length} evidence ${stray.length === 1 ? 'entry' : 'entries'} the backup does not hold (${stray.slice(0, 3).join(', ')}${stray.length > 3 ? ', ...' : ''}); they are ignored.`,
          ),
        ];
  return {
    progress: Object.fromEntries([...activities].map(([uuid, teams]) => [uuid, Object.fromEntries(teams)])),
    evidence: timedEvidence,
    warnings,
  };
}
