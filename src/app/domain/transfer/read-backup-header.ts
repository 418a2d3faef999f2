import { Problem, Settings, Stage } from '../types';
import { parseYaml } from '../yaml';
import { parseStages } from '../loading/load-dsomm';
import { readReportConfig } from '../report/report-config';
import { isReviewMonths, MAX_REVIEW_MONTHS } from '../review/review-interval';
import { fileError, fileWarning, quoted } from '../common/file-problem';
import { lineOfPath } from '../common/key-lines';
import { describeYaml, isYamlMap, scalarText } from '../common/yaml-values';
import { BACKUP_FORMAT, SET_ASIDE_KEY } from './backup-file';
import { BACKUP_KEY } from './file-kind';
import { isLevel, isLocale, isTheme } from '../persisted/shapes';

/** The first document of a backup, read. */
export interface BackupHeader {
  readonly format: number;
  readonly exported?: string;
  readonly model?: { readonly version?: string; readonly activities?: number };
  readonly settings: Settings;
  readonly stages: readonly Stage[];
  readonly stagesEdited: boolean;
  readonly teamsEdited: boolean;
  readonly removedTeams: readonly string[];
  readonly deletedEvidence: Readonly<Record<string, number>>;
  /** uuid -> team -> epoch ms. */
  readonly progressEditedAt: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** evidence id -> epoch ms. */
  readonly evidenceEditedAt: ReadonlyMap<string, number>;
  /** Entries whose edit time is that of an import (see TeamProgress.imported): uuid -> teams. */
  readonly importedProgress: ReadonlyMap<string, ReadonlySet<string>>;
  /** Evidence ids of the same. */
  readonly importedEvidence: ReadonlySet<string>;
  readonly customFiles: readonly { readonly name: string; readonly text: string }[];
  readonly hasTargets: boolean;
}

const KNOWN = new Set([
  BACKUP_KEY,
  'exported',
  'model',
  'settings',
  'progressDefinition',
  'stagesEdited',
  'teamsEdited',
  'removedTeams',
  'deletedEvidence',
  'editedAt',
  'imported',
  'customFiles',
  'hasTargets',
  SET_ASIDE_KEY,
]);

/** An instant written as ISO 8601 or as epoch milliseconds. */
function readTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Reads a backup's header document (see BACKUP_FORMAT). Every problem is collected; anything that
 * would change what the backup restores is an error, keys the app does not know are warnings.
 */
export function readBackupHeader(text: string, fileName: string): { header?: BackupHeader; problems: Problem[] } {
  const parsed = parseYaml(text, fileName);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const root = parsed.value;
  if (!isYamlMap(root))
    return { problems: [fileError(fileName, `The backup header must be a map; found ${describeYaml(root)}.`, 1)] };
  const problems: Problem[] = [];
  const line = (...path: string[]) => lineOfPath(text, path);
  const error = (message: string, ...path: string[]) => problems.push(fileError(fileName, message, line(...path)));

  const format = root[BACKUP_KEY];
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    error(`"${BACKUP_KEY}" must be the format number ${BACKUP_FORMAT}; found ${describeYaml(format)}.`, BACKUP_KEY);
  } else if (format > BACKUP_FORMAT) {
    error(
      `This backup was made by a newer DSOMM Studio (format ${format}); this version reads format ${BACKUP_FORMAT}. Update the app to restore it.`,
      BACKUP_KEY,
    );
  }
  for (const key of Object.keys(root).filter((key) => !KNOWN.has(key))) {
    problems.push(fileWarning(fileName, `The key ${quoted(key)} is not part of a backup and is ignored.`, line(key)));
  }

  const setAside = root[SET_ASIDE_KEY];
  if (Array.isArray(setAside) && setAside.length > 0) {
    const listed = setAside.map((entry) =>
      isYamlMap(entry) ? `${scalarText(entry['where']) ?? '?'} (${scalarText(entry['reason']) ?? '?'})` : '?',
    );
    problems.push(
      fileWarning(
        fileName,
        `The backup lists ${setAside.length === 1 ? 'an entry' : `${setAside.length} entries`} under "${SET_ASIDE_KEY}" that the app could not read when it was stored, so ${setAside.length === 1 ? 'it is' : 'they are'} not imported: ${listed.join('; ')}. To restore one, write it into the documents below by hand.`,
        line(SET_ASIDE_KEY),
      ),
    );
  }
  const settings = readSettings(root['settings'], error, problems, fileName, line);
  let stages: Stage[] = [];
  if (root['progressDefinition'] === undefined || root['progressDefinition'] === null) {
    error('"progressDefinition" is missing: a backup holds the progress stages.');
  } else {
    const read = parseStages(root['progressDefinition'], fileName);
    const at = line('progressDefinition');
    const located = (p: Problem): Problem => ({
      ...p,
      ...(at === undefined ? {} : { line: at }),
      message: `progressDefinition: ${p.path ? `${p.path}: ` : ''}${p.message}`,
    });
    if (read.ok) {
      stages = read.value;
      problems.push(...read.warnings.map(located));
    } else problems.push(...read.problems.map(located));
  }

  const flag = (key: string): boolean => {
    const value = root[key];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') error(`"${key}" must be true or false; found ${describeYaml(value)}.`, key);
    return value === true;
  };
  const removedTeams = names(root['removedTeams'], 'removedTeams', error);
  const deletedEvidence = times(root['deletedEvidence'], 'deletedEvidence', error);
  const editedAt = root['editedAt'] ?? {};
  let progressEditedAt = new Map<string, Map<string, number>>();
  let evidenceEditedAt = new Map<string, number>();
  if (!isYamlMap(editedAt))
    error(`"editedAt" must be a map with "progress" and "evidence"; found ${describeYaml(editedAt)}.`, 'editedAt');
  else {
    progressEditedAt = progressTimes(editedAt['progress'], error);
    evidenceEditedAt = new Map(
      Object.entries(times(editedAt['evidence'], 'editedAt > evidence', error, ['editedAt', 'evidence'])),
    );
  }
  const imported = readImported(root['imported'], error);
  const customFiles = readCustomFiles(root['customFiles'], error);
  const model = isYamlMap(root['model'])
    ? {
        ...(scalarText(root['model']['version']) === undefined
          ? {}
          : { version: scalarText(root['model']['version']) }),
        ...(typeof root['model']['activities'] === 'number' ? { activities: root['model']['activities'] } : {}),
      }
    : undefined;
  const header: BackupHeader = {
    format: typeof format === 'number' ? format : BACKUP_FORMAT,
    ...(typeof root['exported'] === 'string' ? { exported: root['exported'] } : {}),
    ...(model ? { model } : {}),
    settings,
    stages,
    stagesEdited: flag('stagesEdited'),
    teamsEdited: flag('teamsEdited'),
    removedTeams,
    deletedEvidence,
    progressEditedAt,
    evidenceEditedAt,
    importedProgress: imported.progress,
    importedEvidence: imported.evidence,
    customFiles,
    hasTargets: flag('hasTargets'),
  };
  return { header, problems };
}

type ErrorAt = (message: string, ...path: string[]) => void;

function readSettings(
  value: unknown,
  error: ErrorAt,
  problems: Problem[],
  fileName: string,
  line: (...path: string[]) => number | undefined,
): Settings {
  if (value === undefined || value === null) return {};
  if (!isYamlMap(value)) {
    error(`"settings" must be a map; found ${describeYaml(value)}.`, 'settings');
    return {};
  }
  const settings: { -readonly [K in keyof Settings]: Settings[K] } = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null) continue;
    if (key === 'maxLevel') {
      if (isLevel(item)) settings.maxLevel = item;
      else error(`settings > maxLevel must be a level (1 or more); found ${describeYaml(item)}.`, 'settings', key);
    } else if (key === 'dateLocale') {
      if (isLocale(item)) settings.dateLocale = item;
      else
        error(
          `settings > dateLocale must be a language tag such as en-GB, or iso; found ${describeYaml(item)}.`,
          'settings',
          key,
        );
    } else if (key === 'theme') {
      if (isTheme(item)) settings.theme = item;
      else error(`settings > theme must be light, dark or system; found ${describeYaml(item)}.`, 'settings', key);
    } else if (key === 'reportConfig') {
      // Checked field by field, anything unusable replaced by its default (as on the report page).
      if (isYamlMap(item)) settings.reportConfig = readReportConfig(item);
      else error(`settings > reportConfig must be a map; found ${describeYaml(item)}.`, 'settings', key);
    } else if (key === 'reviewMonths') {
      if (isReviewMonths(item)) settings.reviewMonths = item;
      else
        error(
          `settings > reviewMonths must be a number of months from 1 to ${MAX_REVIEW_MONTHS}; found ${describeYaml(item)}.`,
          'settings',
          key,
        );
    } else if (key === 'reviewerName') {
      if (typeof item === 'string') settings.reviewerName = item;
      else error(`settings > reviewerName must be text; found ${describeYaml(item)}.`, 'settings', key);
    } else
      problems.push(
        fileWarning(fileName, `The setting ${quoted(key)} is not known and is ignored.`, line('settings', key)),
      );
  }
  return settings;
}

function names(value: unknown, key: string, error: ErrorAt): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    error(`"${key}" must be a list of team names; found ${describeYaml(value)}.`, key);
    return [];
  }
  const result: string[] = [];
  for (const item of value) {
    const name = scalarText(item);
    if (name === undefined) error(`"${key}" lists ${describeYaml(item)}, which is not a team name.`, key);
    else if (!result.includes(name)) result.push(name);
  }
  return result;
}

function times(value: unknown, what: string, error: ErrorAt, path: string[] = [what]): Record<string, number> {
  if (value === undefined || value === null) return {};
  if (!isYamlMap(value)) {
    error(`"${what}" must map ids to times; found ${describeYaml(value)}.`, ...path);
    return {};
  }
  const result = new Map<string, number>();
  for (const [id, raw] of Object.entries(value)) {
    const at = readTime(raw);
    if (at === undefined)
      error(
        `${what} > ${id}: expected a time such as 2026-06-01T12:00:00.000Z; found ${describeYaml(raw)}.`,
        ...path,
        id,
      );
    else result.set(id, at);
  }
  return Object.fromEntries(result);
}

function progressTimes(value: unknown, error: ErrorAt): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  if (value === undefined || value === null) return result;
  if (!isYamlMap(value)) {
    error(
      `"editedAt > progress" must map activity uuids to teams; found ${describeYaml(value)}.`,
      'editedAt',
      'progress',
    );
    return result;
  }
  for (const [uuid, teams] of Object.entries(value)) {
    const read = times(teams, `editedAt > progress > ${uuid}`, error, ['editedAt', 'progress', uuid]);
    result.set(uuid, new Map(Object.entries(read)));
  }
  return result;
}

/** `imported: { progress: { <uuid>: [<team>, ...] }, evidence: [<id>, ...] }`, each part optional. */
function readImported(
  value: unknown,
  error: ErrorAt,
): { progress: Map<string, ReadonlySet<string>>; evidence: ReadonlySet<string> } {
  const progress = new Map<string, ReadonlySet<string>>();
  if (value === undefined || value === null) return { progress, evidence: new Set() };
  if (!isYamlMap(value)) {
    error(`"imported" must be a map with "progress" and "evidence"; found ${describeYaml(value)}.`, 'imported');
    return { progress, evidence: new Set() };
  }
  const list = (items: unknown, path: string[], what: string): string[] => {
    if (items === undefined || items === null) return [];
    const texts = Array.isArray(items) ? items.map(scalarText) : [undefined];
    if (texts.some((text) => text === undefined))
      error(`"${path.join(' > ')}" must be a list of ${what}; found ${describeYaml(items)}.`, ...path);
    return texts.filter((text) => text !== undefined);
  };
  const byActivity = value['progress'];
  if (isYamlMap(byActivity)) {
    for (const [uuid, teams] of Object.entries(byActivity))
      progress.set(uuid, new Set(list(teams, ['imported', 'progress', uuid], 'team names')));
  } else if (byActivity !== undefined && byActivity !== null) {
    error(
      `"imported > progress" must map activity uuids to teams; found ${describeYaml(byActivity)}.`,
      'imported',
      'progress',
    );
  }
  return { progress, evidence: new Set(list(value['evidence'], ['imported', 'evidence'], 'evidence ids')) };
}

function readCustomFiles(value: unknown, error: ErrorAt): { name: string; text: string }[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    error(`"customFiles" must be a list of {name, text}; found ${describeYaml(value)}.`, 'customFiles');
    return [];
  }
  const files: { name: string; text: string }[] = [];
  value.forEach((item: unknown, index) => {
    const name = isYamlMap(item) ? scalarText(item['name']) : undefined;
    const text = isYamlMap(item) ? item['text'] : undefined;
    if (name === undefined || name.trim() === '' || typeof text !== 'string') {
      error(`customFiles: file ${index + 1} needs a name and its text.`, 'customFiles');
    } else if (files.some((file) => file.name === name)) {
      error(`customFiles: the name ${quoted(name)} is used twice.`, 'customFiles');
    } else files.push({ name, text });
  });
  return files;
}
