import yaml from 'js-yaml';
import { Problem } from './types';
import { fileError } from './common/file-problem';
import { dsommSchema } from './yaml-schema';
import { readPlainYaml } from './yaml-block-maps';
import { depthMessage, limitListener, tooLargeMessage, YAML_LIMITS, YamlLimitError } from './yaml-limits';

export { dsommSchema, dsommTypes } from './yaml-schema';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * Whether the text may hold a YAML anchor (`&name`): one starts a node, so it follows a line start,
 * a space or a flow indicator. `R&D` or a URL's `?a=1&b=2` are not. (A loop over indexOf: a regular
 * expression takes 40 ms on a 15 MB file.)
 */
function mayHoldAnchor(text: string): boolean {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    const before = at === 0 ? '\n' : text[at - 1];
    const after = text[at + 1] ?? ' ';
    if (/[\s[{,:]/.test(before) && !/[\s[\]{},]/.test(after)) return true;
  }
  return false;
}

function toProblem(file: string, error: unknown): Problem {
  if (error instanceof YamlLimitError) return fileError(file, error.message, error.line);
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 : undefined;
    if (/maxDepth/.test(error.reason)) return fileError(file, depthMessage(), line);
    return fileError(file, `YAML syntax error: ${error.reason}`, line);
  }
  if (error instanceof RangeError) return fileError(file, depthMessage());
  return fileError(file, `The file could not be read: ${String(error)}`);
}

/**
 * The one way the app and the CLI read YAML: with the DSOMM schema and within YAML_LIMITS (size,
 * aliases, depth), so that no file, served, stored or imported, can freeze or crash a reader.
 */
function load<T>(text: string, file: string, parse: (options: yaml.LoadOptions) => T): Parsed<T> {
  if (text.length > YAML_LIMITS.maxChars) {
    return {
      ok: false,
      problem: fileError(file, tooLargeMessage()),
    };
  }
  const options = {
    schema: dsommSchema(),
    filename: file,
    // js-yaml counts a scalar as a level too; YAML_LIMITS counts collections.
    maxDepth: YAML_LIMITS.maxDepth + 1,
    // Without an anchor there is no alias: the parser's own depth limit is all it takes, and the
    // measuring (which doubles the parse time of a 15 MB progress file) is left out.
    ...(mayHoldAnchor(text) ? { listener: limitListener(text.length) } : {}),
  } as yaml.LoadOptions;
  try {
    return { ok: true, value: parse(options) };
  } catch (error) {
    return { ok: false, problem: toProblem(file, error) };
  }
}

/** Parses one YAML document; a syntax error or an exceeded limit becomes a problem naming the file and line. */
export function parseYaml(text: string, file: string): Parsed<unknown> {
  // Plain block maps and lists (most teams files) are read line by line: js-yaml took 10-15 ms
  // on 1,000 teams' names, cold. Anything else, errors included, is js-yaml's.
  const plain = readPlainYaml(text);
  if (plain !== undefined) return { ok: true, value: plain.value };
  return load(text, file, (options) => yaml.load(text, options));
}

/** Parses every document of a YAML stream (model.yaml may hold a header document first). */
export function parseYamlDocuments(text: string, file: string): Parsed<unknown[]> {
  return load(text, file, (options) => yaml.loadAll(text, null, options));
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
