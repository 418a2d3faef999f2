import { ModelHeader, Problem } from '../types';
import { fileError } from '../common/file-problem';
import { parseYamlDocuments } from '../yaml';
import { ActivityPatch, readActivity } from './activity-fields';
import { Issue, PathSegment, errorAt, toProblems, warningAt } from './problems';
import { YamlMap, given, hasKey, isYamlMap, scalarText } from '../common/yaml-values';
import { countText } from '../common/count-text';

export interface ActivityEntry {
  /** The activity name as written (the key). */
  readonly name: string;
  /** dimension, sub-dimension, name: where the entry is in its file. */
  readonly at: readonly PathSegment[];
  readonly patch: ActivityPatch;
}

export interface SubDimensionEntry {
  readonly name: string;
  /** `ignore: true` directly under the sub-dimension. */
  readonly ignore: boolean;
  readonly activities: readonly ActivityEntry[];
}

export interface DimensionEntry {
  readonly name: string;
  /** `ignore: true` directly under the dimension. */
  readonly ignore: boolean;
  readonly subDimensions: readonly SubDimensionEntry[];
}

export interface DimensionDescription {
  readonly description?: string;
  readonly subDimensions: ReadonlyMap<string, string>;
}

/** One activity file (the model, or an overlay), read but not yet applied. */
export interface ModelFile {
  readonly file: string;
  readonly text: string;
  readonly header: ModelHeader;
  readonly descriptions: ReadonlyMap<string, DimensionDescription>;
  readonly dimensions: readonly DimensionEntry[];
}

/**
 * Splits the documents into header and body. The header is a document holding only `meta`, first of
 * two (the DSOMM layout) or alone; a `meta` key inside a single model document is taken as the header
 * too, since no dimension is called `meta`.
 */
function headerAndBody(documents: unknown[], issues: Issue[]): { header?: unknown; body: YamlMap } | undefined {
  const present = documents.filter((d) => d !== null && d !== undefined);
  const onlyMeta = (d: unknown): d is YamlMap => isYamlMap(d) && Object.keys(d).length === 1 && hasKey(d, 'meta');
  if (present.length > 2) {
    issues.push(errorAt([], `Expected one or two YAML documents (header and model), found ${present.length}.`));
    return undefined;
  }
  const [first, second] = present;
  if (present.length === 2 && !onlyMeta(first)) {
    issues.push(errorAt([], 'Of two YAML documents, the first must hold only the header under `meta`.'));
    return undefined;
  }
  const body = present.length === 2 ? second : onlyMeta(first) ? {} : (first ?? {});
  if (!isYamlMap(body)) {
    issues.push(errorAt([], 'The model must be a map: dimension -> sub-dimension -> activity -> fields.'));
    return undefined;
  }
  // Two documents get here only when the first holds only the header.
  const headerDoc = onlyMeta(first) ? first['meta'] : undefined;
  if (headerDoc !== undefined && hasKey(body, 'meta')) {
    issues.push(errorAt(['meta'], 'The header is given twice (a header document and a `meta` key).'));
  }
  const { meta: inline, ...dimensions } = body;
  return { header: headerDoc ?? inline, body: dimensions };
}

/**
 * The header: `meta: {version, released, publisher}`, plus our extensions: the DSOMM release the
 * model follows, and the texts of dimensions and sub-dimensions (the upstream model has none, ours
 * is bundled this way):
 *
 *     meta:
 *       version: ...
 *       basedOn: OWASP DevSecOps Maturity Model 4.3.1 (...)
 *       dimensions:
 *         Build and Deployment:
 *           description: text
 *           subDimensions:
 *             Build: text
 */
function readHeader(
  value: unknown,
  issues: Issue[],
): { header: ModelHeader; descriptions: Map<string, DimensionDescription> } {
  const descriptions = new Map<string, DimensionDescription>();
  if (value === undefined || value === null) return { header: {}, descriptions };
  if (!isYamlMap(value)) {
    issues.push(errorAt(['meta'], 'The header `meta` must be a map (version, released, publisher).'));
    return { header: {}, descriptions };
  }
  const header: { -readonly [K in keyof ModelHeader]: string } = {};
  for (const key of ['version', 'released', 'publisher', 'basedOn'] as const) {
    const text = scalarText(given(value, key));
    if (text !== undefined) header[key] = text;
    else if (given(value, key) !== undefined) issues.push(errorAt(['meta', key], `${key} must be text.`));
  }
  const dimensions = given(value, 'dimensions');
  if (dimensions !== undefined && !isYamlMap(dimensions)) {
    issues.push(errorAt(['meta', 'dimensions'], 'meta > dimensions must map dimension names to descriptions.'));
  }
  for (const [name, entry] of Object.entries(isYamlMap(dimensions) ? dimensions : {})) {
    const description = readDescription(entry, ['meta', 'dimensions', name], issues);
    if (description) descriptions.set(name, description);
  }
  return { header, descriptions };
}

function readDescription(
  entry: unknown,
  at: readonly PathSegment[],
  issues: Issue[],
): DimensionDescription | undefined {
  if (entry === null) return undefined;
  if (!isYamlMap(entry)) {
    issues.push(errorAt(at, 'A dimension description must be a map with description and subDimensions.'));
    return undefined;
  }
  const raw = given(entry, 'description');
  const description = scalarText(raw);
  if (raw !== undefined && description === undefined)
    issues.push(errorAt([...at, 'description'], 'description must be text.'));
  const subs = given(entry, 'subDimensions');
  if (subs !== undefined && !isYamlMap(subs)) {
    issues.push(errorAt([...at, 'subDimensions'], 'subDimensions must map sub-dimension names to texts.'));
  }
  const subDimensions = new Map<string, string>();
  for (const [name, text] of Object.entries(isYamlMap(subs) ? subs : {})) {
    const value = scalarText(text);
    if (value !== undefined) subDimensions.set(name, value);
    else if (text !== null)
      issues.push(errorAt([...at, 'subDimensions', name], 'A sub-dimension description must be text.'));
  }
  return { ...(description === undefined ? {} : { description }), subDimensions };
}

/** `ignore` directly in a dimension or sub-dimension map; the remaining keys are its children. */
function splitIgnore(
  map: YamlMap,
  at: readonly PathSegment[],
  what: string,
  issues: Issue[],
): { ignore: boolean; children: [string, unknown][] } {
  const { ignore, ...rest } = map;
  const children = Object.entries(rest);
  if (ignore === undefined || ignore === null || ignore === false) return { ignore: false, children };
  if (ignore !== true) {
    issues.push(errorAt([...at, 'ignore'], `ignore must be true or false, not '${scalarText(ignore) ?? '?'}'.`));
    return { ignore: false, children };
  }
  if (children.length > 0) {
    issues.push(warningAt(at, `The ${what} is ignored, so what else is written under it is ignored too.`));
  }
  return { ignore: true, children: [] };
}

/** The map under a dimension or sub-dimension; empty (`Build:` with nothing) counts as an empty map. */
function branch(value: unknown, at: readonly PathSegment[], what: string, issues: Issue[]): YamlMap | undefined {
  if (value === null) return {};
  if (isYamlMap(value)) return value;
  issues.push(errorAt(at, `A ${what} must be a map of ${what === 'dimension' ? 'sub-dimensions' : 'activities'}.`));
  return undefined;
}

function readBody(body: YamlMap, issues: Issue[]): DimensionEntry[] {
  return Object.entries(body).flatMap(([dimension, dimValue]): DimensionEntry[] => {
    const dimMap = branch(dimValue, [dimension], 'dimension', issues);
    if (dimMap === undefined) return [];
    const dim = splitIgnore(dimMap, [dimension], 'dimension', issues);
    const subDimensions = dim.children.flatMap(([subDimension, subValue]): SubDimensionEntry[] => {
      const subAt = [dimension, subDimension];
      const subMap = branch(subValue, subAt, 'sub-dimension', issues);
      if (subMap === undefined) return [];
      const sub = splitIgnore(subMap, subAt, 'sub-dimension', issues);
      const activities = sub.children.flatMap(([name, fields]): ActivityEntry[] => {
        const at = [...subAt, name];
        const patch = readActivity(fields, at, issues);
        return patch ? [{ name, at, patch }] : [];
      });
      return [{ name: subDimension, ignore: sub.ignore, activities }];
    });
    return [{ name: dimension, ignore: dim.ignore, subDimensions }];
  });
}

/**
 * Activities an activity file may hold. The DSOMM model has about 200 and the benchmarks load
 * 2,000; a custom file of 130,000 kept a start busy for minutes, and would make every page slow.
 */
export const MAX_ACTIVITIES_PER_FILE = 10_000;

/** Activities (entries under a sub-dimension) in the body, counted without reading them. */
function activityCount(body: YamlMap): number {
  let count = 0;
  for (const dimension of Object.values(body)) {
    if (!isYamlMap(dimension)) continue;
    for (const sub of Object.values(dimension)) if (isYamlMap(sub)) count += Object.keys(sub).length;
  }
  return count;
}

/** Reads an activity file (the model or an overlay) without applying it. */
export function readModelFile(file: string, text: string): { model?: ModelFile; problems: Problem[] } {
  const parsed = parseYamlDocuments(text, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const issues: Issue[] = [];
  const split = headerAndBody(parsed.value, issues);
  const count = split ? activityCount(split.body) : 0;
  if (count > MAX_ACTIVITIES_PER_FILE) {
    const message =
      `The file holds ${countText(count)} activities; an activity file may hold at most ` +
      `${countText(MAX_ACTIVITIES_PER_FILE)} (the DSOMM model has about 200). It is not read.`;
    return { problems: [fileError(file, message)] };
  }
  const { header, descriptions } = readHeader(split?.header, issues);
  const dimensions = split ? readBody(split.body, issues) : [];
  const problems = toProblems(file, text, issues);
  return split ? { model: { file, text, header, descriptions, dimensions }, problems } : { problems };
}
