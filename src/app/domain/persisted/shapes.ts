import { isCalendarDate } from '../common/calendar-date';
import { isReviewMonths } from '../review/review-interval';
import {
  AssessmentState,
  Attachment,
  AttachmentType,
  Evidence,
  NotApplicable,
  Settings,
  Stage,
  TeamProgress,
} from '../types';

/**
 * How one field of a stored shape is checked: a type guard for its value and what it should be, in
 * words. An optional field (one that older data lacks) may be absent; the guard checks it when present.
 */
type Field<V> = undefined extends V
  ? {
      readonly is: (value: unknown) => value is Exclude<V, undefined>;
      readonly expected: string;
      readonly optional: true;
    }
  : { readonly is: (value: unknown) => value is V; readonly expected: string; readonly optional?: false };

/** What every field's check is, whatever its type. */
interface AnyField {
  is(value: unknown): boolean;
  readonly expected: string;
  readonly optional?: boolean;
}

/** A check for every field of `T`: a field added to the type without a check does not compile. */
export type Shape<T> = { readonly [K in keyof T]-?: Field<T[K]> };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string => typeof value === 'string';
export const isNumber = (value: unknown): value is number => typeof value === 'number';
const isTrue = (value: unknown): value is true => value === true;
export const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/** A value in words, for messages: `the text "x"`, `a list`, `missing`, `number 7`. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'missing';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'a map' : `${typeof value} ${String(value)}`;
}

/** The first field of `value` that `shape` does not accept, in words; undefined when it has the shape. */
export function shapeProblem<T>(value: unknown, shape: Shape<T>): string | undefined {
  if (!isRecord(value)) return `${describe(value)}, not a map`;
  for (const [key, field] of Object.entries<AnyField>(shape)) {
    const item = value[key];
    if (item === undefined && field.optional) continue;
    if (!field.is(item)) return `"${key}" is ${describe(item)}, not ${field.expected}`;
  }
  return undefined;
}

/** Whether `value` has every field `shape` checks (and narrows it so). */
export function hasShape<T>(value: unknown, shape: Shape<T>): value is T {
  return shapeProblem(value, shape) === undefined;
}

const isDay = isCalendarDate;
/** A maturity level: 1 or more. */
export const isLevel = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;
const DAY = 'a date (YYYY-MM-DD)';
const ATTACHMENT_TYPES: readonly string[] = ['document', 'image', 'link'] satisfies readonly AttachmentType[];
export const isAttachmentType = (value: unknown): value is AttachmentType =>
  typeof value === 'string' && ATTACHMENT_TYPES.includes(value);

export const STAGE: Shape<Stage> = {
  title: { is: isText, expected: 'text' },
  score: { is: isNumber, expected: 'a number' },
  definition: { is: isText, expected: 'text' },
};

export const ATTACHMENT: Shape<Attachment> = {
  type: { is: isAttachmentType, expected: 'document, image or link' },
  externalLink: { is: isText, expected: 'text' },
};
const isAttachments = (value: unknown): value is Attachment[] =>
  Array.isArray(value) && value.every((item) => hasShape(item, ATTACHMENT));

export const EVIDENCE: Shape<Evidence> = {
  id: { is: isText, expected: 'text' },
  activityUuid: { is: isText, expected: 'an activity uuid' },
  teams: { is: isNames, expected: 'a list of team names' },
  title: { is: isText, expected: 'text' },
  description: { is: isText, expected: 'text' },
  evidenceRecorded: { is: isDay, expected: DAY },
  reviewer: { is: isText, expected: 'a name' },
  attachments: { is: isAttachments, expected: 'a list of attachments {type, externalLink}' },
  // Added later (who recorded and reviewed it, when): absent in older stored data.
  recordedBy: { is: isText, expected: 'a name', optional: true },
  reviewed: { is: isDay, expected: DAY, optional: true },
  reviewedDigest: { is: isText, expected: 'text', optional: true },
  editedAt: { is: isNumber, expected: 'a time', optional: true },
  imported: { is: isTrue, expected: 'true', optional: true },
};

export const CUSTOM_FILE: Shape<AssessmentState['customFiles'][number]> = {
  name: { is: isText, expected: 'a file name' },
  text: { is: isText, expected: 'text' },
};

export const NOT_APPLICABLE: Shape<NotApplicable> = {
  reason: { is: isText, expected: 'text' },
  date: { is: isDay, expected: DAY },
};

const isStageDates = (value: unknown): value is Record<string, string> =>
  isRecord(value) && Object.values(value).every(isDay);

export const TEAM_PROGRESS: Shape<TeamProgress> = {
  stages: { is: isStageDates, expected: 'a map of stage titles to dates (YYYY-MM-DD)' },
  notApplicable: {
    is: (value): value is NotApplicable => hasShape(value, NOT_APPLICABLE),
    expected: 'a "not applicable" mark with a reason and a date',
    optional: true,
  },
  editedAt: { is: isNumber, expected: 'a time', optional: true },
  imported: { is: isTrue, expected: 'true', optional: true },
};

export const THEMES: readonly string[] = ['light', 'dark', 'system'] satisfies readonly Settings['theme'][];
export const isTheme = (value: unknown): value is NonNullable<Settings['theme']> =>
  typeof value === 'string' && THEMES.includes(value);

/** A language tag `Intl` knows (`en-GB`), or `iso`. */
export function isLocale(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * The settings, each checked on its own. The report's configuration is a map here; its fields
 * are read one by one, each with its default, by readReportConfig (an older app's lacks some).
 */
export const SETTINGS: Omit<Shape<Settings>, 'reportConfig'> = {
  maxLevel: { is: isLevel, expected: 'a level', optional: true },
  dateLocale: { is: isLocale, expected: 'a language tag', optional: true },
  theme: { is: isTheme, expected: 'light, dark or system', optional: true },
  reviewMonths: { is: isReviewMonths, expected: 'a number of months', optional: true },
  reviewerName: { is: isText, expected: 'a name', optional: true },
};

/** A setting this version checks (not the report's configuration, read on its own). */
export const isCheckedSetting = (key: string): key is keyof typeof SETTINGS => Object.hasOwn(SETTINGS, key);
