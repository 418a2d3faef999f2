import { Attachment, Evidence, Problem } from '../types';
import { isAttachmentType } from '../persisted/shapes';
import { capitalised, fileError, fileWarning, quoted } from '../common/file-problem';
import { lineOfPath } from '../common/key-lines';
import { describeYaml, given, isYamlMap, scalarText, YamlMap } from '../common/yaml-values';
import { foundDateText } from '../common/calendar-date';
import { normaliseEvidenceDate } from './evidence-date';
import { evidenceDigest } from './evidence-review';

/** Where an entry is in its file, for pointing problems at it. */
export interface EntryPlace {
  readonly file: string;
  readonly text: string;
  /** 1-based line of the entry's `- ` (undefined when the list is in flow style). */
  readonly line?: number;
  /** How to name the entry in messages, e.g. `evidence 2 of activity "Defined build process"`. */
  readonly label: string;
}

export interface EntryRead {
  /** Undefined when the entry has errors. `id` is undefined when the file gives none. */
  readonly evidence?: Omit<Evidence, 'id'> & { readonly id?: string };
  readonly problems: readonly Problem[];
}

const KNOWN_FIELDS = new Set([
  'id',
  'teams',
  'title',
  'description',
  'evidenceRecorded',
  'reviewer',
  'attachment',
  'attachments',
  // DSOMM Studio's own, which the OWASP DSOMM app ignores.
  'recordedBy',
  'reviewed',
  'reviewedDigest',
]);

/** Reads one entry of team-evidence.yaml; every problem found is reported, not just the first. */
export function readEvidenceEntry(raw: YamlMap, activityUuid: string, place: EntryPlace): EntryRead {
  const problems: Problem[] = [];
  const lineOf = (key: string) =>
    place.line === undefined ? undefined : (lineOfPath(place.text, [key], place.line - 1) ?? place.line);
  const error = (message: string, key?: string) =>
    problems.push(fileError(place.file, `${capitalised(place.label)}: ${message}`, key ? lineOf(key) : place.line));

  const text = (key: string): string => {
    const value = raw[key];
    if (value === null || value === undefined) return '';
    const found = scalarText(value);
    if (found === undefined) error(`"${key}" must be text; found ${describeYaml(value)}.`, key);
    return found ?? '';
  };

  const id = Object.hasOwn(raw, 'id') && raw['id'] !== null ? text('id') : '';
  const teams = readTeams(
    raw['teams'],
    (message) => error(message, 'teams'),
    () => error('it has no teams; every piece of evidence belongs to at least one team.'),
  );
  const date = raw['evidenceRecorded'];
  const evidenceRecorded = normaliseEvidenceDate(date);
  if (date === null || date === undefined) error('"evidenceRecorded" is missing; write the date as YYYY-MM-DD.');
  else if (evidenceRecorded === undefined)
    error(
      `"evidenceRecorded" must be a date (YYYY-MM-DD); found ${foundDateText(date, describeYaml(date))}.`,
      'evidenceRecorded',
    );
  const attachmentKey = Object.hasOwn(raw, 'attachment') ? 'attachment' : 'attachments';
  const attachments = readAttachments(raw[attachmentKey], (message) => error(message, attachmentKey));
  const fields = { title: text('title'), description: text('description'), reviewer: text('reviewer') };
  const review = readReview(raw, text, error);

  const unknown = Object.keys(raw).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length > 0) {
    problems.push(
      fileWarning(
        place.file,
        `${capitalised(place.label)}: ${unknown.map(quoted).join(', ')} ${unknown.length === 1 ? 'is not an evidence field and is' : 'are not evidence fields and are'} ignored.`,
        lineOf(unknown[0]),
      ),
    );
  }
  if (problems.some((problem) => problem.severity === 'error') || evidenceRecorded === undefined) return { problems };
  const entry = { activityUuid, teams, ...fields, evidenceRecorded, attachments };
  // A review written without a digest (by hand) vouches for the entry as the file has it.
  const digest =
    review.reviewed !== undefined && review.reviewedDigest === undefined ? evidenceDigest(entry) : undefined;
  return {
    evidence: {
      ...(id === '' ? {} : { id }),
      ...entry,
      ...review,
      ...(digest === undefined ? {} : { reviewedDigest: digest }),
    },
    problems,
  };
}

/** recordedBy, reviewed and reviewedDigest, each only when the entry has it. */
function readReview(
  raw: YamlMap,
  text: (key: string) => string,
  error: (message: string, key?: string) => void,
): Pick<Evidence, 'recordedBy' | 'reviewed' | 'reviewedDigest'> {
  const recordedBy = given(raw, 'recordedBy') === undefined ? undefined : text('recordedBy');
  const digest = given(raw, 'reviewedDigest') === undefined ? undefined : text('reviewedDigest');
  const date = given(raw, 'reviewed');
  const reviewed = normaliseEvidenceDate(date);
  if (date !== undefined && reviewed === undefined)
    error(
      `"reviewed" must be the date of the review (YYYY-MM-DD); found ${foundDateText(date, describeYaml(date))}.`,
      'reviewed',
    );
  return {
    ...(recordedBy === undefined || recordedBy === '' ? {} : { recordedBy }),
    ...(reviewed === undefined ? {} : { reviewed }),
    ...(digest === undefined || digest === '' ? {} : { reviewedDigest: digest }),
  };
}

function readTeams(value: unknown, error: (message: string) => void, none: () => void): string[] {
  if (value === null || value === undefined) {
    none();
    return [];
  }
  const items = Array.isArray(value) ? value : [value];
  const teams: string[] = [];
  for (const item of items) {
    const team = scalarText(item);
    if (team === undefined) error(`each team must be a name; found ${describeYaml(item)}.`);
    else if (!teams.includes(team)) teams.push(team);
  }
  if (items.length === 0) none();
  return teams;
}

function readAttachments(value: unknown, error: (message: string) => void): Attachment[] {
  if (value === null || value === undefined) return [];
  // A single attachment written as a map instead of a one-item list is read as what it means.
  const items = Array.isArray(value) ? value : isYamlMap(value) ? [value] : undefined;
  if (items === undefined) {
    error(`"attachment" must be a list of {type, externalLink}; found ${describeYaml(value)}.`);
    return [];
  }
  const attachments: Attachment[] = [];
  for (const item of items) {
    const type = isYamlMap(item) ? item['type'] : undefined;
    const link = isYamlMap(item) ? scalarText(item['externalLink']) : undefined;
    if (!isYamlMap(item)) error(`each attachment must be a map {type, externalLink}; found ${describeYaml(item)}.`);
    else if (!isAttachmentType(type)) {
      error(`attachment type must be document, image or link; found ${describeYaml(type)}.`);
    } else if (link === undefined || link.trim() === '') error('an attachment has no externalLink.');
    else attachments.push({ type, externalLink: link });
  }
  return attachments;
}
