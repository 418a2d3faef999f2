import { isYamlMap, YamlMap } from '../common/yaml-values';
import { parseYamlDocuments } from '../yaml';
import { TEXT_FIELDS } from './activity-fields';

/**
 * The structure of an activity file (the bundled model), compiled at build time: its YAML documents
 * as parsed, without the prose (texts, implementations, references), so that the start page's
 * heatmap can be drawn without parsing 600 kB of YAML first (js-yaml takes 100 to 150 ms on it
 * cold). It stands for a served file only when that file's text has the hash recorded with it:
 * a model mounted over the image's is never shadowed by it, it is read as it is.
 */
export interface ModelSnapshot {
  /** The file's path as meta.yaml names it (e.g. `default/model.yaml`). */
  readonly file: string;
  /** `textHash` of the file's text. */
  readonly hash: string;
  /**
   * SHA-256 of the text's UTF-8 bytes (hex), added by the build: a browser proves the served text
   * with it by WebCrypto, off the main thread, rather than by `textHash` (about 10 ms of a cold start).
   */
  readonly sha256?: string;
  readonly documents: readonly unknown[];
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

/** The documents without prose: the header without its dimension texts, activities without PROSE_FIELDS. */
export function modelStructure(documents: readonly unknown[]): unknown[] {
  return documents.map((document) => (isYamlMap(document) ? documentStructure(document) : document));
}

function documentStructure(document: YamlMap): YamlMap {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === 'meta' && isYamlMap(value)) {
      out[key] = Object.fromEntries(Object.entries(value).filter(([field]) => field !== 'dimensions'));
    } else
      out[key] = isYamlMap(value)
        ? mapValues(value, (sub) => (isYamlMap(sub) ? mapValues(sub, activity) : sub))
        : value;
  }
  return out;
}

function mapValues(map: YamlMap, f: (value: unknown) => unknown): YamlMap {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, f(value)]));
}

function activity(fields: unknown): unknown {
  return isYamlMap(fields)
    ? Object.fromEntries(Object.entries(fields).filter(([key]) => !PROSE_FIELDS.has(key)))
    : fields;
}

/** The snapshot of an activity file (build time); undefined when its YAML cannot be read. */
export function modelSnapshot(file: string, text: string): ModelSnapshot | undefined {
  const parsed = parseYamlDocuments(text, file);
  return parsed.ok ? { file, hash: textHash(text), documents: modelStructure(parsed.value) } : undefined;
}

/**
 * The documents of `snapshot` for the served `file` with `text`, when it is that file with that
 * text; undefined otherwise (another file, another text, or not a snapshot at all). `sha256` is
 * the SHA-256 of `text` when the caller has it (WebCrypto): it is compared with the snapshot's
 * instead of computing `textHash`; without it, or with a snapshot without one, `textHash` decides.
 */
export function snapshotDocuments(
  snapshot: unknown,
  file: string,
  text: string,
  sha256?: string,
): readonly unknown[] | undefined {
  if (!isYamlMap(snapshot) || snapshot['file'] !== file || !Array.isArray(snapshot['documents'])) return undefined;
  const proven =
    sha256 !== undefined && typeof snapshot['sha256'] === 'string'
      ? snapshot['sha256'] === sha256
      : snapshot['hash'] === textHash(text);
  return proven ? (snapshot['documents'] as unknown[]) : undefined;
}
