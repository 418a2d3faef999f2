import { isCalendarDate } from '../common/calendar-date';
import { AssessmentState, Evidence, Settings, Stage, TeamProgress } from '../types';
import {
  CUSTOM_FILE,
  describe,
  EVIDENCE,
  hasShape,
  isNames,
  isNumber,
  isCheckedSetting,
  isLevel,
  isRecord,
  SETTINGS,
  shapeProblem,
  STAGE,
  TEAM_PROGRESS,
} from './shapes';
import { settingsFrom } from './settings-from';

/** The layout version of what the browser stores; bump it with a migration when the shape changes. */
export const PERSISTED_SCHEMA = 1;

/**
 * The assessment as the browser stores it. The same as in memory but for the team list, stored
 * under `teams` as it always was (in memory it is `names`, so that code reads `teams.names`).
 */
export type PersistedAssessment = Omit<AssessmentState, 'teams'> & {
  readonly teams: { readonly teams: readonly string[]; readonly groups: AssessmentState['teams']['groups'] };
};

/** What is stored for `assessment` (readPersistedAssessment reads it back). */
export function persistedValue(assessment: AssessmentState): PersistedAssessment {
  const { names, groups } = assessment.teams;
  return { ...assessment, teams: { teams: names, groups } };
}

/** Part of the stored data that could not be read: kept as it was, for the user to download. */
export interface SetAside {
  /** Where it was, e.g. `['progress', uuid, team]`; empty for the whole stored record. */
  readonly path: readonly string[];
  /** What is wrong with it. */
  readonly reason: string;
  /** The value as it was stored. */
  readonly value: unknown;
}

export type PersistedRead =
  | { readonly ok: true; readonly value: AssessmentState; readonly setAside: readonly SetAside[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a value from browser storage before the app trusts it, entry by entry: what has the shape
 * of an AssessmentState is read, and each entry that does not (a stage date stored as a number, a
 * group that is not a list of names...) is set aside on its own, with its path and what is wrong,
 * rather than losing the whole record. Only a value that is not this app's record at all (not an
 * object, an older or newer layout) is refused as a whole, with a reason.
 */
export function readPersistedAssessment(raw: unknown): PersistedRead {
  if (!isRecord(raw)) return { ok: false, reason: 'the stored value is not an object' };
  if (raw['schema'] !== PERSISTED_SCHEMA) {
    return {
      ok: false,
      reason: `the stored data has layout version ${String(raw['schema'])}, expected ${PERSISTED_SCHEMA}`,
    };
  }
  const value = raw['value'];
  if (!isRecord(value)) return { ok: false, reason: 'the stored assessment is missing' };
  return { ok: true, ...readAssessmentLeniently(value) };
}

/**
 * The entry-by-entry reading of `readPersistedAssessment`, also for the value of a record the app
 * refused as a whole (to offer what it can read of it as a backup).
 */
export function readAssessmentLeniently(value: Record<string, unknown>): {
  value: AssessmentState;
  setAside: SetAside[];
} {
  const setAside: SetAside[] = [];
  const reader: Reader = { aside: (path, reason, at) => setAside.push({ path, reason, value: at }) };
  const teams = readTeams(value['teams'], reader);
  const stages = readStages(value['stages'], reader);
  const targets = readTargets(value['targets'], reader);
  return {
    value: {
      teams: teams ?? { names: [], groups: {} },
      // Without a readable team list, the served one applies.
      teamsEdited: teams !== undefined && value['teamsEdited'] === true,
      removedTeams: readList(value['removedTeams'], ['removedTeams'], 'is not a team name', reader),
      stages: stages ?? [],
      stagesEdited: stages !== undefined && value['stagesEdited'] === true,
      progress: readMap(value['progress'], ['progress'], reader, (teams, path) =>
        readMap(teams, path, reader, readTeamProgress),
      ),
      evidence: readEvidence(value['evidence'], reader),
      deletedEvidence: readMap(value['deletedEvidence'], ['deletedEvidence'], reader, (at) =>
        isNumber(at) ? at : new Unreadable(`the deletion time is ${describe(at)}, not a time`),
      ),
      settings: readSettings(value['settings'], reader),
      customFiles: readCustomFiles(value['customFiles'], reader),
      ...(targets === undefined ? {} : { targets }),
    },
    setAside,
  };
}

interface Reader {
  aside(path: string[], reason: string, value: unknown): void;
}

/**
 * Why an entry cannot be read. A class of its own, not a string, because entries (a date format, a
 * reviewer's name) may themselves be strings.
 */
class Unreadable {
  constructor(readonly reason: string) {}
}

/**
 * A map read entry by entry: `read` returns the entry or why it cannot be read. Absent (older data)
 * is empty; anything else that is not a map is set aside whole.
 */
function readMap<T>(
  value: unknown,
  path: string[],
  reader: Reader,
  read: (entry: unknown, path: string[]) => T | Unreadable,
): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    reader.aside(path, `${describe(value)}, not a map`, value);
    return {};
  }
  const entries: [string, T][] = [];
  for (const [key, entry] of Object.entries(value)) {
    const read1 = read(entry, [...path, key]);
    if (read1 instanceof Unreadable) reader.aside([...path, key], read1.reason, entry);
    else entries.push([key, read1]);
  }
  // Object.fromEntries rather than assignment: a team may be called `__proto__`.
  return Object.fromEntries(entries);
}

function readList(value: unknown, path: string[], notItem: string, reader: Reader): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    reader.aside(path, `${describe(value)}, not a list`, value);
    return [];
  }
  return value.filter((item, index) => {
    if (typeof item !== 'string') reader.aside([...path, String(index)], `${describe(item)} ${notItem}`, item);
    return typeof item === 'string';
  });
}

function readTeams(value: unknown, reader: Reader): AssessmentState['teams'] | undefined {
  if (!isRecord(value) || !Array.isArray(value['teams'])) {
    reader.aside(['teams'], 'the team list is not a list of names', value);
    return undefined;
  }
  const teams = readList(value['teams'], ['teams', 'teams'], 'is not a team name', reader);
  const groups = readMap(value['groups'], ['teams', 'groups'], reader, (members) =>
    isNames(members) ? members : new Unreadable(`the members are ${describe(members)}, not a list of team names`),
  );
  return { names: teams, groups };
}

function readStages(value: unknown, reader: Reader): Stage[] | undefined {
  // As a whole: a partial stage list would change what every stage date means.
  if (!Array.isArray(value)) {
    reader.aside(['stages'], `the progress stages are ${describe(value)}, not a list`, value);
    return undefined;
  }
  const stages: Stage[] = [];
  for (const [index, stage] of value.entries()) {
    if (hasShape(stage, STAGE)) stages.push(stage);
    else {
      const title = isRecord(stage) && typeof stage['title'] === 'string' ? ` ("${stage['title']}")` : '';
      reader.aside(['stages'], `stage ${index + 1}${title}: ${shapeProblem(stage, STAGE)}`, value);
      return undefined;
    }
  }
  return stages;
}

function readTeamProgress(entry: unknown): TeamProgress | Unreadable {
  if (hasShape(entry, TEAM_PROGRESS)) return entry;
  if (!isRecord(entry) || !isRecord(entry['stages'])) return new Unreadable(`${describe(entry)}, not a progress entry`);
  // The stage whose date is wrong, rather than the whole map.
  for (const [stage, date] of Object.entries(entry['stages'])) {
    if (!isCalendarDate(date))
      return new Unreadable(`the date of "${stage}" is ${describe(date)}, not a date (YYYY-MM-DD)`);
  }
  return new Unreadable(shapeProblem(entry, TEAM_PROGRESS) ?? 'not a progress entry');
}

function readEvidence(value: unknown, reader: Reader): Evidence[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    reader.aside(['evidence'], `${describe(value)}, not a list`, value);
    return [];
  }
  return value.filter((entry: unknown, index): entry is Evidence => {
    if (hasShape(entry, EVIDENCE)) return true;
    const id = isRecord(entry) && typeof entry['id'] === 'string' ? entry['id'] : String(index);
    reader.aside(['evidence', id], `not a piece of evidence: ${shapeProblem(entry, EVIDENCE)}`, entry);
    return false;
  });
}

/**
 * Each setting checked on its own (an unusable one is set aside with its reason); one this version
 * does not know (an older or newer version's) is kept as stored.
 */
function readSettings(value: unknown, reader: Reader): Settings {
  const stored = readMap(value, ['settings'], reader, (setting, path) => {
    const key = path[1];
    if (key === 'reportConfig') return isRecord(setting) ? setting : new Unreadable(`${describe(setting)}, not a map`);
    const field = isCheckedSetting(key) ? SETTINGS[key] : undefined;
    return field && !field.is(setting) ? new Unreadable(`${describe(setting)} is not ${field.expected}`) : setting;
  });
  return settingsFrom(stored);
}

function readCustomFiles(value: unknown, reader: Reader): AssessmentState['customFiles'][number][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    reader.aside(['customFiles'], `${describe(value)}, not a list`, value);
    return [];
  }
  return value.filter((file: unknown, index): file is AssessmentState['customFiles'][number] => {
    if (hasShape(file, CUSTOM_FILE)) return true;
    reader.aside(
      ['customFiles', String(index)],
      `not a file with a name and a text: ${shapeProblem(file, CUSTOM_FILE)}`,
      file,
    );
    return false;
  });
}

/** Optional (added after schema 1 was first written): absent in older stored data. */
function readTargets(value: unknown, reader: Reader): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  return readMap(value, ['targets'], reader, (level) =>
    isLevel(level) ? level : new Unreadable(`the target level is ${describe(level)}`),
  );
}

/**
 * Says where a set-aside entry was, in words (`nameOf` names an activity by its uuid when the
 * model is loaded).
 */
export function setAsideWhere(
  path: readonly string[],
  nameOf: (uuid: string) => string | undefined = () => undefined,
): string {
  const [part, key, sub] = path;
  const activity = (uuid: string) => {
    const name = nameOf(uuid);
    return name === undefined ? `activity ${uuid}` : `"${name}"`;
  };
  switch (part) {
    case undefined:
      return 'the whole stored record';
    case 'progress':
      if (key === undefined) return 'the progress';
      return sub === undefined ? `the progress on ${activity(key)}` : `the progress of "${sub}" on ${activity(key)}`;
    case 'teams':
      if (key === 'groups' && sub !== undefined) return `the group "${sub}"`;
      return key === 'teams' && sub !== undefined ? `team number ${Number(sub) + 1} of the team list` : 'the team list';
    case 'evidence':
      return key === undefined ? 'the evidence' : `the evidence ${key}`;
    case 'stages':
      return 'the progress stages';
    case 'targets':
      return key === undefined ? 'the roadmap targets' : `the roadmap target of "${key}"`;
    case 'settings':
      return key === undefined ? 'the settings' : `the setting "${key}"`;
    case 'customFiles':
      return key === undefined ? 'the custom activity files' : `custom activity file number ${Number(key) + 1}`;
    case 'removedTeams':
      return 'the list of removed teams';
    case 'deletedEvidence':
      return key === undefined ? 'the list of deleted evidence' : `the deletion of evidence ${key}`;
    default:
      return path.join(' > ');
  }
}
