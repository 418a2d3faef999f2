import { Activity, Difficulty, LoadedData, Model, ModelHeader, Result, ReviewInterval, Teams } from '../types';
import { isYamlMap } from '../common/yaml-values';
import { TEXT_FIELDS } from './activity-fields';
import { buildModel } from './build-model';
import { MetaSeed } from './meta-seed';
import { ParsedFiles } from './parsed-files';
import { Draft, WorkingModel } from './working-model';

/**
 * The structure of an activity file (the bundled model) as the loader builds it, compiled at build
 * time: each activity's place, uuid, name, level, ratings, links and tags, without the prose
 * (texts, implementations, references), so that the start page's heatmap can be drawn without
 * parsing 600 kB of YAML (js-yaml takes 100 to 150 ms on it cold) nor loading its documents (the
 * loader's checks, 15 to 25 ms cold). It stands for a served file only when that file's text has
 * the hash recorded with it: a model mounted over the image's is never shadowed by it, it is read
 * as it is.
 */
export interface ModelSnapshot {
  /** The file's path as meta.yaml names it (e.g. `default/model.yaml`). */
  readonly file: string;
  /** `textHash` of the file's text. */
  readonly hash: string;
  /**
   * SHA-256 of the text's UTF-8 bytes (hex), which are the file's (the build checks), added by the
   * build: a browser proves the served text with it by WebCrypto's digest of the response's bytes
   * rather than by `textHash` (about 10 ms of a cold start).
   */
  readonly sha256?: string;
  /** The highest level of an activity: the file loads alike under a meta.yaml with at least as many. */
  readonly levels: number;
  readonly header: ModelHeader;
  readonly dimensions: readonly SnapshotDimension[];
  /**
   * The other bundled files the start page reads (meta.yaml, the teams and evidence files) as
   * parsed, by path, with their texts: the parse stands for a served file only with that very text.
   */
  readonly yaml?: Readonly<Record<string, { readonly text: string; readonly value: unknown }>>;
  /**
   * meta.yaml's read for its text, all but the teams (see meta-seed.ts). Its text is `yaml`'s for
   * meta.yaml, kept there only (`bundledSnapshot`; `snapshotSeed` puts it back).
   */
  readonly metaSeed?: Omit<MetaSeed, 'text'>;
}

interface SnapshotDimension {
  readonly name: string;
  readonly subDimensions: readonly { readonly name: string; readonly activities: readonly SnapshotActivity[] }[];
}

/** An activity without its prose, and without what its place or the defaults give. */
interface SnapshotActivity {
  readonly uuid: string;
  readonly name: string;
  readonly level: number;
  readonly difficulty?: Difficulty;
  readonly usefulness?: number;
  readonly dependsOn?: readonly string[];
  readonly tags?: readonly string[];
  readonly reviewInterval?: ReviewInterval;
}

/** Activity fields the snapshot leaves out: nothing that places, counts or scores an activity. */
export const PROSE_FIELDS: ReadonlySet<string> = new Set<string>([...TEXT_FIELDS, 'implementation', 'references']);

/**
 * A 64-bit hash of the text (two 32-bit FNV-1a lanes over its UTF-16 code units) and its length:
 * not against someone forging a file, which could only fool their own browser, but so that any
 * edit, however small, gives another value. About 2 ms for the 600 kB model.
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}-${text.length}`;
}

function snapshotActivity(activity: Activity): SnapshotActivity {
  const { uuid, name, level, difficulty, usefulness, dependsOn, tags, reviewInterval } = activity;
  return {
    uuid,
    name,
    level,
    ...(difficulty === undefined ? {} : { difficulty }),
    ...(usefulness === undefined ? {} : { usefulness }),
    ...(dependsOn.length === 0 ? {} : { dependsOn }),
    ...(tags.length === 0 ? {} : { tags }),
    ...(reviewInterval === undefined ? {} : { reviewInterval }),
  };
}

/**
 * The snapshot of the activity file `file` with `text` (build time), from `loaded`: what the loader
 * gave for meta.yaml with that file as its only activity file. Undefined unless that loaded without
 * any problem: the start page is painted early only then, and the snapshot need not carry them.
 */
export function modelSnapshot(file: string, text: string, loaded: Result<LoadedData>): ModelSnapshot | undefined {
  if (!loaded.ok || loaded.warnings.length > 0 || loaded.value.files.join('\n') !== file) return undefined;
  const { header, dimensions, activities } = loaded.value.model;
  return {
    file,
    hash: textHash(text),
    levels: Math.max(0, ...activities.map((a) => a.level)),
    header,
    dimensions: dimensions.map((d) => ({
      name: d.name,
      subDimensions: d.subDimensions.map((s) => ({ name: s.name, activities: s.activities.map(snapshotActivity) })),
    })),
  };
}

/**
 * The model of `snapshot` (prose left empty) for the served `file` with `text`, under a meta.yaml
 * of `maxLevel` levels, when it is that file with that text: what the loader would build from the
 * file, without its prose. Undefined otherwise (another file, another text, too few levels, or not
 * a snapshot at all). `sha256` is the SHA-256 of `text` when the caller has it (WebCrypto): it is
 * compared with the snapshot's instead of computing `textHash`; without it, or with a snapshot
 * without one, `textHash` decides.
 */
export function snapshotModel(
  snapshot: unknown,
  file: string,
  text: string,
  maxLevel: number,
  sha256?: string,
): Model | undefined {
  if (!isYamlMap(snapshot) || snapshot['file'] !== file || !Array.isArray(snapshot['dimensions'])) return undefined;
  const levels = snapshot['levels'];
  if (typeof levels !== 'number' || levels > maxLevel) return undefined;
  const proven =
    sha256 !== undefined && typeof snapshot['sha256'] === 'string'
      ? snapshot['sha256'] === sha256
      : snapshot['hash'] === textHash(text);
  if (!proven) return undefined;
  try {
    return snapshotBuilt(file, snapshot as unknown as ModelSnapshot);
  } catch {
    return undefined;
  }
}

/**
 * The snapshot's empty prose and lists, one frozen value shared by every activity: the loader freezes
 * the model it gives (deepFreeze), and freezing each activity's own empty lists and references took
 * 1 to 3 ms of a cold start for nothing that can change.
 */
const NONE: readonly never[] = Object.freeze([]);
const NO_REFERENCES = Object.freeze({
  samm2: NONE,
  iso27001_2017: NONE,
  iso27001_2022: NONE,
  openCRE: NONE,
  d3f: NONE,
});

/** The model built by the loader's own last step (`buildModel`) from the snapshot's activities. */
function snapshotBuilt(file: string, snapshot: ModelSnapshot): Model {
  const order = new Map<string, Map<string, string[]>>();
  const drafts = new Map<string, Draft>();
  const dependsOn = new Map<string, readonly string[]>();
  const loc = { file, at: [] };
  for (const dimension of snapshot.dimensions) {
    const subs = new Map<string, string[]>();
    order.set(dimension.name, subs);
    for (const sub of dimension.subDimensions) {
      subs.set(
        sub.name,
        sub.activities.map((a) => a.uuid),
      );
      for (const a of sub.activities) {
        dependsOn.set(a.uuid, a.dependsOn ?? NONE);
        drafts.set(a.uuid, {
          uuid: a.uuid,
          name: a.name,
          dimension: dimension.name,
          subDimension: sub.name,
          level: a.level,
          texts: {},
          difficulty: a.difficulty ?? {},
          ...(a.usefulness === undefined ? {} : { usefulness: a.usefulness }),
          implementation: NONE,
          references: NO_REFERENCES,
          dependsOn: a.dependsOn ?? NONE,
          tags: a.tags ?? NONE,
          ...(a.reviewInterval === undefined ? {} : { reviewInterval: a.reviewInterval }),
          origin: { created: loc, name: loc },
        });
      }
    }
  }
  const working: WorkingModel = {
    header: snapshot.header,
    order,
    drafts,
    removed: new Set(),
    descriptions: new Map(),
    mentioned: new Set(),
    texts: new Map(),
  };
  return buildModel(working, dependsOn);
}

/**
 * `model` with the other bundled files' YAML as parsed, by path with their texts, and meta.yaml's
 * seed (build time). meta.yaml's text is held once, in `yaml` (index.html carried it twice, 1.8 kB):
 * the seed is stored without it, and left out where `yaml` has not that very text to prove it by.
 */
export function bundledSnapshot(
  model: ModelSnapshot,
  yaml: Readonly<Record<string, { readonly text: string; readonly value: unknown }>>,
  seed: MetaSeed | undefined,
): ModelSnapshot {
  if (seed === undefined || !Object.hasOwn(yaml, seed.entry) || yaml[seed.entry].text !== seed.text)
    return { ...model, yaml };
  const { entry, teams, settings } = seed;
  return { ...model, yaml, metaSeed: { entry, teams, settings } };
}

/** meta.yaml's seed in `snapshot`, with its text from the snapshot's YAML (see `bundledSnapshot`). */
function snapshotSeed(snapshot: unknown): MetaSeed | undefined {
  if (!isYamlMap(snapshot)) return undefined;
  const { metaSeed: seed, yaml } = snapshot;
  if (!isYamlMap(seed) || typeof seed['entry'] !== 'string' || !isYamlMap(yaml)) return undefined;
  const meta = Object.hasOwn(yaml, seed['entry']) ? yaml[seed['entry']] : undefined;
  const text = isYamlMap(meta) ? meta['text'] : undefined;
  return typeof text === 'string' ? ({ ...seed, text } as unknown as MetaSeed) : undefined;
}

/**
 * The YAML the snapshot knows, each file's for its text only (see `ModelSnapshot.yaml`), and
 * meta.yaml's read for its text (`ModelSnapshot.metaSeed`): any other text, a file mounted over the
 * image's, is parsed and read as it is.
 */
export function snapshotYaml(snapshot: unknown): ParsedFiles {
  const known = new Map<string, { text: string; value: unknown }>();
  const yaml = isYamlMap(snapshot) ? snapshot['yaml'] : undefined;
  for (const [path, entry] of Object.entries(isYamlMap(yaml) ? yaml : {})) {
    if (isYamlMap(entry) && typeof entry['text'] === 'string' && Object.hasOwn(entry, 'value'))
      known.set(path, { text: entry['text'], value: entry['value'] });
  }
  return new ParsedFiles(known, snapshotSeed(snapshot));
}

/**
 * The team list and groups of the build's own files (the sample teams), read as the loader reads
 * them from the snapshot's meta.yaml and teams file; undefined without a snapshot. A teams.yaml
 * mounted over the image's is served in their place, so served teams equal to these are the samples.
 */
export function bundledTeams(snapshot: unknown): Teams | undefined {
  const seed = snapshotSeed(snapshot);
  if (seed === undefined) return undefined;
  const yaml = isYamlMap(snapshot) ? snapshot['yaml'] : undefined;
  const files: Record<string, string> = {};
  for (const [path, entry] of Object.entries(isYamlMap(yaml) ? yaml : {})) {
    if (isYamlMap(entry) && typeof entry['text'] === 'string') files[path] = entry['text'];
  }
  const meta = snapshotYaml(snapshot).seededMeta(files, seed.entry)?.meta;
  return meta && { names: meta.teams, groups: meta.teamGroups };
}
