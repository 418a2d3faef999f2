import { AssessmentState, Model, Stage } from '../types';
import { toYaml } from '../yaml';
import { exportEvidenceFile } from '../evidence/export-evidence-file';
import { exportProgressFile } from '../progress/export-progress-file';
import { scoreText } from '../loading/stages';
import { exportTeamsFile } from '../teams/export-teams-file';
import { BACKUP_KEY } from './file-kind';

/**
 * DSOMM Studio's backup file: everything the browser holds, in one YAML file of four documents.
 *
 *   dsommStudioBackup: 1                 # the format; a newer app may write 2, this one reads 1
 *   exported: 2026-06-01T12:00:00.000Z   # when (information only)
 *   model: {version: 4.3.1, activities: 194}   # the model it was made with (information only)
 *   settings: {maxLevel: 3, dateLocale: de-DE, theme: dark, reportConfig: {...},
 *              reviewMonths: 12, reviewerName: J. Doe}   # each optional
 *   progressDefinition:                  # the stages, in order (a list, unlike meta.yaml's map,
 *     - {title: Not implemented, score: 0%, definition: ...}  # so that any title keeps its place)
 *   stagesEdited: false                  # true: the stages were edited in the browser
 *   teamsEdited: false                   # true: teams and groups were edited in the browser
 *   removedTeams: [Old name]             # teams deleted or renamed in the browser
 *   deletedEvidence: {<id>: <time>}      # evidence deleted in the browser, and when
 *   editedAt:                            # when each browser edit was made (entries without a
 *     progress: {<uuid>: {<team>: <time>}}  # time are copies of the served files); a time for an
 *     evidence: {<id>: <time>}           # entry the progress document lacks is a stage lowered
 *                                        # to 0% (an entry with no dates)
 *   imported:                            # only when any: entries whose time is that of an
 *     progress: {<uuid>: [<team>]}       # import, not of an edit (a team's "Last change" reads
 *     evidence: [<id>]                   # their dates instead)
 *   customFiles:
 *     - name: custom.yaml
 *       text: |
 *         ...the file as added...
 *   hasTargets: true                     # the browser holds roadmap targets (in teams.yaml's
 *                                        # teamTargets; true with none there = "no targets")
 *   setAside:                            # only when stored data could not be read (SET_ASIDE_KEY):
 *     - {where: ..., reason: ..., setAsideAt: <time>, value: <as stored>}   # not imported
 *   --- # teams.yaml                    (exactly the teams file: teams, teamGroups, teamTargets)
 *   --- # team-progress.yaml            (exactly the progress file)
 *   --- # team-evidence.yaml            (exactly the evidence file)
 *
 * Times are ISO 8601 instants (UTC, milliseconds). Documents 2-4 are the regular files, so cutting
 * the backup at its `---` lines gives files to commit. The only normalisation of a round trip:
 * evidence comes back grouped by activity (in model order).
 */
export const BACKUP_FORMAT = 1;

export interface Backup {
  readonly format: number;
  readonly exported?: string;
  readonly model?: { readonly version?: string; readonly activities?: number };
  readonly assessment: AssessmentState;
}

export interface BackupExportContext {
  /** For the order of activities and the activity-name comments. */
  readonly model?: Model;
  readonly now: number;
  /** Comment lines at the top instead of the backup's own (a `dsomm scan` proposal says what it is). */
  readonly intro?: readonly string[];
  /** Stored data the app could not read, kept as it was (see SET_ASIDE_KEY). */
  readonly setAside?: readonly SetAsideEntry[];
}

/**
 * The header key listing stored data the app set aside because it could not read it, each entry
 * with where it was, why, when and its value as stored. An import reads the rest of the backup and
 * says that these entries are not imported; fix one by hand into the documents to restore it.
 */
export const SET_ASIDE_KEY = 'setAside';

export interface SetAsideEntry {
  readonly where: string;
  readonly reason: string;
  readonly setAsideAt: number;
  readonly value: unknown;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function stageList(stages: readonly Stage[]) {
  return stages.map((stage) => ({ title: stage.title, score: scoreText(stage.score), definition: stage.definition }));
}

/** A stored value as plain data YAML can hold (storage also keeps dates, maps, binary data...). */
function plainData(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
  } catch {
    return String(value);
  }
}

/** Writes the backup of `assessment` (see BACKUP_FORMAT for the layout). */
export function exportBackupFile(assessment: AssessmentState, ctx: BackupExportContext): string {
  const progressTimes: [string, Record<string, string>][] = [];
  for (const [uuid, teams] of Object.entries(assessment.progress)) {
    const times = Object.entries(teams).flatMap(([team, entry]) =>
      entry.editedAt === undefined ? [] : [[team, iso(entry.editedAt)] as const],
    );
    if (times.length > 0) progressTimes.push([uuid, Object.fromEntries(times)]);
  }
  const evidenceTimes = assessment.evidence.flatMap((entry) =>
    entry.editedAt === undefined ? [] : [[entry.id, iso(entry.editedAt)] as const],
  );
  const importedProgress = Object.entries(assessment.progress).flatMap(([uuid, teams]) => {
    const imported = Object.keys(teams).filter((team) => teams[team].imported && teams[team].editedAt !== undefined);
    return imported.length > 0 ? [[uuid, imported] as const] : [];
  });
  const importedEvidence = assessment.evidence.filter((e) => e.imported && e.editedAt !== undefined).map((e) => e.id);
  const { maxLevel, dateLocale, theme, reportConfig, reviewMonths, reviewerName } = assessment.settings;
  const header = {
    [BACKUP_KEY]: BACKUP_FORMAT,
    exported: iso(ctx.now),
    ...(ctx.model
      ? {
          model: {
            ...(ctx.model.header.version ? { version: ctx.model.header.version } : {}),
            activities: ctx.model.activities.length,
          },
        }
      : {}),
    settings: {
      ...(maxLevel === undefined ? {} : { maxLevel }),
      ...(dateLocale === undefined ? {} : { dateLocale }),
      ...(theme === undefined ? {} : { theme }),
      ...(reportConfig === undefined ? {} : { reportConfig }),
      ...(reviewMonths === undefined ? {} : { reviewMonths }),
      ...(reviewerName === undefined ? {} : { reviewerName }),
    },
    progressDefinition: stageList(assessment.stages),
    stagesEdited: assessment.stagesEdited,
    teamsEdited: assessment.teamsEdited,
    removedTeams: [...assessment.removedTeams],
    deletedEvidence: Object.fromEntries(Object.entries(assessment.deletedEvidence).map(([id, at]) => [id, iso(at)])),
    editedAt: { progress: Object.fromEntries(progressTimes), evidence: Object.fromEntries(evidenceTimes) },
    ...(importedProgress.length > 0 || importedEvidence.length > 0
      ? { imported: { progress: Object.fromEntries(importedProgress), evidence: importedEvidence } }
      : {}),
    customFiles: assessment.customFiles.map(({ name, text }) => ({ name, text })),
    hasTargets: assessment.targets !== undefined,
    ...(ctx.setAside?.length
      ? {
          [SET_ASIDE_KEY]: ctx.setAside.map((entry) => ({
            where: entry.where,
            reason: entry.reason,
            setAsideAt: iso(entry.setAsideAt),
            value: plainData(entry.value),
          })),
        }
      : {}),
  };
  // Concatenated as written, not trimmed: a `|+` block scalar at the end of a document (a custom
  // file or a description ending in blank lines) keeps its trailing line breaks up to the `---`.
  const intro = ctx.intro?.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\n`) ?? [
    '# DSOMM Studio backup: everything this browser held (progress, evidence, teams, groups, stages,\n',
    '# settings, custom activity files). Import it in the data centre to restore it. Four documents:\n',
    '# this header, then teams.yaml, team-progress.yaml and team-evidence.yaml exactly as the app\n',
    '# writes them (cut the file at its "---" lines to get them).\n',
  ];
  return [
    ...intro,
    toYaml(header),
    '--- # teams.yaml\n',
    exportTeamsFile(assessment.teams, assessment.targets),
    '--- # team-progress.yaml\n',
    exportProgressFile(assessment.progress, { model: ctx.model, stages: assessment.stages }),
    '--- # team-evidence.yaml\n',
    exportEvidenceFile(assessment.evidence, { model: ctx.model }),
  ].join('');
}
