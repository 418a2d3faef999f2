import { Difficulty, Implementation, References, ReviewInterval } from '../types';
import { parseReviewInterval } from '../review/review-interval';
import { Issue, PathSegment, errorAt, warningAt } from './problems';
import { YamlMap, asList, describeYaml, given, isYamlMap, scalarText, wholeNumber } from '../common/yaml-values';

export const TEXT_FIELDS = [
  'description',
  'risk',
  'measure',
  'assessment',
  'implementationGuide',
  'comments',
  'credits',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A rating 1..5; null when one was written but unusable (and reported), so nobody reports it again. */
export type Rating = number | null;

export const DIFFICULTY_KEYS = ['knowledge', 'time', 'resources'] as const satisfies readonly (keyof Difficulty)[];

/** File key -> `References` key. */
const REFERENCE_KEYS: readonly (readonly [string, keyof References])[] = [
  ['samm2', 'samm2'],
  ['iso27001-2017', 'iso27001_2017'],
  ['iso27001-2022', 'iso27001_2022'],
  ['openCRE', 'openCRE'],
  ['d3f', 'd3f'],
];

/**
 * The fields one file gives for one activity. Only what the file writes is present, which is what
 * lets an overlay override single fields (and single keys of references and ratings).
 */
export interface ActivityPatch {
  readonly uuid?: string;
  readonly ignore: boolean;
  /** null: written but not a whole number (reported). */
  readonly level?: number | null;
  readonly texts: Readonly<Partial<Record<TextField, string>>>;
  readonly difficulty: Readonly<Partial<Record<keyof Difficulty, Rating>>>;
  readonly usefulness?: Rating;
  readonly implementation?: readonly Implementation[];
  readonly references: Readonly<Partial<Record<keyof References, readonly string[]>>>;
  /** uuids, or activity names in old files (resolved later). */
  readonly dependsOn?: readonly string[];
  readonly tags?: readonly string[];
  /** How often the activity is re-assessed (DSOMM Studio's own field). */
  readonly reviewInterval?: ReviewInterval;
}

type At = readonly PathSegment[];

function text(map: YamlMap, key: string, at: At, issues: Issue[]): string | undefined {
  const value = given(map, key);
  if (value === undefined) return undefined;
  const result = scalarText(value);
  if (result === undefined) issues.push(errorAt([...at, key], `${key} must be text.`));
  return result;
}

/** Scalars of a list (or of a single value), as text. */
function texts(map: YamlMap, key: string, at: At, issues: Issue[]): string[] | undefined {
  const value = given(map, key);
  if (value === undefined) return undefined;
  if (isYamlMap(value)) {
    issues.push(errorAt([...at, key], `${key} must be a list.`));
    return undefined;
  }
  return asList(value).flatMap((item, i) => {
    const result = scalarText(item);
    if (result === undefined) issues.push(errorAt([...at, key, i], `${key} must hold texts only.`));
    return result === undefined ? [] : [result];
  });
}

function rating(map: YamlMap, key: string, at: At, issues: Issue[]): Rating | undefined {
  const value = given(map, key);
  if (value === undefined) return undefined;
  const result = wholeNumber(value);
  if (result !== undefined && result >= 1 && result <= 5) return result;
  issues.push(
    warningAt([...at, key], `${key} must be a whole number from 1 to 5, not '${scalarText(value) ?? '?'}'; ignored.`),
  );
  return null;
}

/** A sub-map such as `references`; undefined (and, if it is something else, reported) when absent. */
function subMap(map: YamlMap, key: string, at: At, issues: Issue[]): YamlMap | undefined {
  const value = given(map, key);
  if (value === undefined || isYamlMap(value)) return value;
  issues.push(errorAt([...at, key], `${key} must be a map.`));
  return undefined;
}

function readTexts(fields: YamlMap, at: At, issues: Issue[]): Partial<Record<TextField, string>> {
  const meta = subMap(fields, 'meta', at, issues);
  const result: Partial<Record<TextField, string>> = {};
  for (const field of TEXT_FIELDS) {
    const value =
      field === 'implementationGuide'
        ? meta && text(meta, field, [...at, 'meta'], issues)
        : text(fields, field, at, issues);
    if (value !== undefined) result[field] = value;
  }
  return result;
}

function readDifficulty(fields: YamlMap, at: At, issues: Issue[]): ActivityPatch['difficulty'] {
  const key = 'difficultyOfImplementation';
  const map = subMap(fields, key, at, issues);
  const result: Partial<Record<keyof Difficulty, Rating>> = {};
  for (const k of DIFFICULTY_KEYS) {
    const value = map && rating(map, k, [...at, key], issues);
    if (value !== undefined) result[k] = value;
  }
  return result;
}

function readReferences(fields: YamlMap, at: At, issues: Issue[]): ActivityPatch['references'] {
  const map = subMap(fields, 'references', at, issues);
  const result: Partial<Record<keyof References, readonly string[]>> = {};
  for (const [fileKey, key] of REFERENCE_KEYS) {
    const ids = map && texts(map, fileKey, [...at, 'references'], issues);
    if (ids !== undefined) result[key] = ids;
  }
  return result;
}

function readImplementation(fields: YamlMap, at: At, issues: Issue[]): Implementation[] | undefined {
  const value = given(fields, 'implementation');
  if (value === undefined) return undefined;
  return asList(value).flatMap((item, i): Implementation[] => {
    const itemAt = [...at, 'implementation', i];
    const name = scalarText(item);
    if (name !== undefined) return [{ name, tags: [] }]; // old files list bare tool names
    if (!isYamlMap(item)) {
      issues.push(errorAt(itemAt, 'An implementation must be a map with a name.'));
      return [];
    }
    const itemName = text(item, 'name', itemAt, issues);
    if (!itemName) {
      issues.push(warningAt(itemAt, 'An implementation without a name is left out.'));
      return [];
    }
    const optional = (key: 'uuid' | 'url' | 'description') => {
      const v = text(item, key, itemAt, issues);
      return v === undefined ? {} : { [key]: v };
    };
    const tags = texts(item, 'tags', itemAt, issues) ?? [];
    return [{ ...optional('uuid'), name: itemName, ...optional('url'), tags, ...optional('description') }];
  });
}

function readTags(fields: YamlMap, at: At, issues: Issue[]): string[] | undefined {
  const tags = texts(fields, 'tags', at, issues);
  // `none` is DSOMM's placeholder for "no tag", not a tag.
  return tags && [...new Set(tags.filter((tag) => tag !== 'none'))];
}

function readLevel(fields: YamlMap, at: At, issues: Issue[]): number | null | undefined {
  const value = given(fields, 'level');
  if (value === undefined) return undefined;
  const level = wholeNumber(value);
  if (level !== undefined) return level; // the range depends on meta, checked once all files are in
  issues.push(errorAt([...at, 'level'], `level must be a whole number, not '${scalarText(value) ?? '?'}'.`));
  return null;
}

function readReviewInterval(fields: YamlMap, at: At, issues: Issue[]): ReviewInterval | undefined {
  const value = given(fields, 'reviewInterval');
  if (value === undefined) return undefined;
  const interval = parseReviewInterval(value);
  if (interval === undefined) {
    issues.push(
      warningAt(
        [...at, 'reviewInterval'],
        `reviewInterval must be a duration such as 3 months, 1 year, 6 weeks or P3M (at most 10 years), ` +
          `not '${scalarText(value) ?? describeYaml(value)}'; the interval of the settings applies.`,
      ),
    );
  }
  return interval;
}

function readIgnore(fields: YamlMap, at: At, issues: Issue[]): boolean {
  const value = given(fields, 'ignore');
  if (value === undefined || typeof value === 'boolean') return value === true;
  issues.push(errorAt([...at, 'ignore'], `ignore must be true or false, not '${scalarText(value) ?? '?'}'.`));
  return false;
}

/**
 * Reads one activity's fields (the map under its name). Legacy fields (isImplemented, evidence,
 * comment, teamsImplemented, teamsEvidence) and unknown fields are skipped without a word: files
 * written for other DSOMM versions must load.
 */
export function readActivity(value: unknown, at: At, issues: Issue[]): ActivityPatch | undefined {
  if (value !== null && !isYamlMap(value)) {
    issues.push(errorAt(at, 'An activity must be a map of fields.'));
    return undefined;
  }
  const fields: YamlMap = value ?? {};
  const uuid = text(fields, 'uuid', at, issues)?.trim();
  const level = readLevel(fields, at, issues);
  const usefulness = rating(fields, 'usefulness', at, issues);
  const implementation = readImplementation(fields, at, issues);
  const dependsOn = texts(fields, 'dependsOn', at, issues);
  const tags = readTags(fields, at, issues);
  const reviewInterval = readReviewInterval(fields, at, issues);
  return {
    ...(uuid ? { uuid } : {}),
    ignore: readIgnore(fields, at, issues),
    ...(level === undefined ? {} : { level }),
    texts: readTexts(fields, at, issues),
    difficulty: readDifficulty(fields, at, issues),
    ...(usefulness === undefined ? {} : { usefulness }),
    ...(implementation === undefined ? {} : { implementation }),
    references: readReferences(fields, at, issues),
    ...(dependsOn === undefined ? {} : { dependsOn: [...new Set(dependsOn.map((d) => d.trim()))] }),
    ...(tags === undefined ? {} : { tags }),
    ...(reviewInterval === undefined ? {} : { reviewInterval }),
  };
}
