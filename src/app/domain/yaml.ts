import yaml from 'js-yaml';
import { Problem } from './types';

/**
 * The schema every DSOMM file is read with. Floats are deliberately absent, so reference ids such as
 * `8.10` and scores such as `0.2` stay strings with their source text; timestamps are absent, so
 * dates stay `YYYY-MM-DD` strings. Integers, booleans and null are typed as usual.
 */
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const builtIn = (yaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'merge', yaml.Type> }).types;
export const DSOMM_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtIn.null, builtIn.bool, builtIn.int, builtIn.merge],
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

function toProblem(file: string, error: unknown): Problem {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 : undefined;
    return { file, line, message: `YAML syntax error: ${error.reason}`, severity: 'error' };
  }
  if (error instanceof RangeError) {
    return { file, message: 'The file is nested too deeply to be read.', severity: 'error' };
  }
  return { file, message: `The file could not be read: ${String(error)}`, severity: 'error' };
}

/** Parses one YAML document; a syntax error becomes a problem naming the file and line. */
export function parseYaml(text: string, file: string): Parsed<unknown> {
  try {
    return { ok: true, value: yaml.load(text, { schema: DSOMM_SCHEMA, filename: file }) };
  } catch (error) {
    return { ok: false, problem: toProblem(file, error) };
  }
}

/** Parses every document of a YAML stream (model.yaml may hold a header document first). */
export function parseYamlDocuments(text: string, file: string): Parsed<unknown[]> {
  try {
    return { ok: true, value: yaml.loadAll(text, null, { schema: DSOMM_SCHEMA, filename: file }) };
  } catch (error) {
    return { ok: false, problem: toProblem(file, error) };
  }
}

/**
 * Serialises a value as block YAML. Written with js-yaml's default (YAML 1.1-ish) schema so that
 * every string another reader could misread (quotes, colons, `#`, `8.10`, dates, `yes`) is quoted:
 * any team or stage name round-trips, in this app and in the peer.
 */
export function toYaml(value: unknown): string {
  return yaml.dump(value, { lineWidth: -1, noRefs: true, quotingType: "'" });
}

/**
 * The 1-based line of the first line at or after the 0-based line `from` at which `key` appears as
 * a map key (plain or quoted), for pointing a problem at a place in a file that parsed fine but
 * holds wrong data; undefined when not found. It takes the file split into lines, so that callers
 * that look up many keys in one large file split it once (a split per lookup made reading a big
 * evidence file quadratic); see common/key-lines.
 */
export function lineOfKeyIn(lines: readonly string[], key: string, from = 0): number | undefined {
  const candidates = [key, `'${key.replace(/'/g, "''")}'`, JSON.stringify(key)];
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const trimmed = lines[i].trimStart().replace(/^- /, '');
    if (candidates.some((c) => trimmed.startsWith(`${c}:`))) return i + 1;
  }
  return undefined;
}

/**
 * A scalar that fits on one line and is safe both as a block map key and inside a flow collection
 * (`[a, b]`, `{k: v}`). A plain dump may be a multi-line block scalar, or a plain scalar holding
 * `,` `[` `]` `{` `}`: fine as a block value, but it breaks a key or a flow list. (A `:` inside a
 * plain scalar is fine in both, so links stay unquoted: `{type: link, externalLink: https://x}`.)
 */
export function yamlInlineScalar(value: string): string {
  // Only the final newline goes: trimEnd() would also strip Unicode spaces that end a name.
  const dump = (options: yaml.DumpOptions) => yaml.dump(value, { lineWidth: -1, ...options }).replace(/\n$/, '');
  const scalar = dump({ quotingType: "'" });
  const quoted = scalar.startsWith("'") || scalar.startsWith('"');
  if (!scalar.includes('\n') && (quoted || !/[,[\]{}]/.test(value))) return scalar;
  // Double quotes only when the value spans lines: they can write a line break as `\n`.
  return dump({ quotingType: value.includes('\n') ? '"' : "'", forceQuotes: true });
}
