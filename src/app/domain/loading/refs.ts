import { Problem } from '../types';
import { ParsedFiles } from './parsed-files';
import { fileText, resolveFile, SourceFiles } from './paths';
import { Issue, PathSegment, errorAt, missingFileProblem, toProblem, warningAt } from './problems';
import { hasKey, isYamlMap } from '../common/yaml-values';

/** Where the value at `at` of the resolved tree really came from: a `$ref` target. */
export interface RefOrigin {
  readonly at: readonly PathSegment[];
  readonly file: string;
  /** Path of the target inside `file`. */
  readonly pointer: readonly PathSegment[];
}

export interface ResolvedRefs {
  /**
   * The entry document with every `$ref` replaced by its target. A `$ref` that could not be resolved
   * leaves `undefined` in its place (dropped from lists), which YAML itself never produces: readers
   * of the tree treat it as "already reported", not as "missing".
   */
  readonly value: unknown;
  /** False when the entry itself could not be parsed (its syntax error is in `problems`). */
  readonly readable: boolean;
  readonly origins: readonly RefOrigin[];
  /** Referenced files that are not in `files`, in the order met. */
  readonly missing: readonly string[];
  readonly problems: readonly Problem[];
}

/** A place in some file, and the chain of `$ref`s followed to get there (for finding cycles). */
interface Place {
  readonly file: string;
  readonly at: readonly PathSegment[];
  readonly node: unknown;
  readonly chain: readonly string[];
}

/** Far beyond any real meta.yaml; stops a file whose refs fan out exponentially. */
const MAX_REFS = 1000;

/** JSON pointer (RFC 6901) tokens, percent-decoded as URI fragments are; undefined if malformed. */
export function pointerTokens(pointer: string): string[] | undefined {
  let decoded = pointer;
  try {
    decoded = decodeURIComponent(pointer);
  } catch {
    // Not percent-encoded after all (a key may contain a bare `%`): take it literally.
  }
  if (decoded === '') return [];
  if (!decoded.startsWith('/')) return undefined;
  return decoded
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Reads `entry` and replaces every `{$ref: 'file#/pointer'}` (or `'#/pointer'` for the same file),
 * resolved relative to the file the ref is written in, recursively. Problems name the file and place
 * of the offending `$ref`. `yaml` has the files parsed already, when another step parsed them.
 */
export function resolveRefs(entry: string, files: SourceFiles, yaml = new ParsedFiles()): ResolvedRefs {
  const parsedFiles = new Map<string, { readonly value: unknown } | undefined>();
  const problems: Problem[] = [];
  const origins: RefOrigin[] = [];
  const missing: string[] = [];
  let followed = 0;

  /** `missing`: the file the issue says is missing. */
  const report = (file: string, issue: Issue, missing?: string) => {
    const problem = toProblem(file, fileText(files, file), issue);
    problems.push(missing === undefined ? problem : missingFileProblem(problem, missing));
  };

  function parsedFile(file: string): { readonly value: unknown } | undefined {
    if (!parsedFiles.has(file)) {
      const parsed = yaml.of(files, file);
      if (parsed && !parsed.ok) problems.push(parsed.problem);
      parsedFiles.set(file, parsed?.ok ? { value: parsed.value } : undefined);
    }
    return parsedFiles.get(file);
  }

  /** Finds the target of a `$ref` written at `from`, following refs met on the way. */
  function locate(ref: unknown, from: Place): Place | undefined {
    if (typeof ref !== 'string' || ref === '') {
      report(from.file, errorAt(from.at, `$ref must be text such as 'file.yaml#/key'.`));
      return undefined;
    }
    if (++followed > MAX_REFS) {
      if (followed === MAX_REFS + 1) {
        report(from.file, errorAt(from.at, `More than ${MAX_REFS} $refs to follow; giving up.`));
      }
      return undefined;
    }
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    const target = filePart === '' ? { path: from.file } : resolveFile(from.file, filePart, '$ref', ref);
    if (target.refused !== undefined) {
      report(from.file, errorAt(from.at, target.refused));
      return undefined;
    }
    const file = target.path;
    const tokens = pointerTokens(pointer);
    if (tokens === undefined) {
      report(from.file, errorAt(from.at, `$ref '${ref}': the pointer must start with '/'.`));
      return undefined;
    }
    const key = `${file}#${pointer}`;
    if (from.chain.includes(key)) {
      const loop = [...from.chain.slice(from.chain.indexOf(key)), key].join(' → ');
      report(from.file, errorAt(from.at, `$ref cycle: ${loop}`));
      return undefined;
    }
    const source = parsedFile(file);
    if (source === undefined) {
      if (fileText(files, file) === undefined) {
        if (!missing.includes(file)) missing.push(file);
        report(from.file, errorAt(from.at, `$ref '${ref}': the file ${file} is missing.`), file);
      }
      return undefined; // an unreadable file has had its syntax error reported already
    }
    const chain = [...from.chain, key];
    let place: Place | undefined = { file, at: [], node: source.value, chain };
    for (const token of tokens) {
      place = place && deref(place);
      if (place === undefined) return undefined;
      const next = step(place, token);
      if (next === undefined) {
        report(from.file, errorAt(from.at, `$ref '${ref}': ${file} has nothing at '${pointer}'.`));
        return undefined;
      }
      place = next;
    }
    return deref(place);
  }

  /** A place holding a `$ref` stands for the ref's target. */
  function deref(place: Place): Place | undefined {
    return isYamlMap(place.node) && hasKey(place.node, '$ref') ? locate(place.node['$ref'], place) : place;
  }

  /** Resolves every `$ref` below `place`; `at` is the position in the resolved tree. */
  function walk(place: Place, at: readonly PathSegment[], ancestors: Set<object>): unknown {
    const { node } = place;
    if (typeof node !== 'object' || node === null) return node;
    if (ancestors.has(node)) {
      report(place.file, errorAt(place.at, 'This value contains itself (through a YAML alias).'));
      return undefined;
    }
    if (isYamlMap(node) && hasKey(node, '$ref')) {
      if (Object.keys(node).length > 1) {
        report(place.file, warningAt(place.at, 'Keys next to $ref are ignored.'));
      }
      const target = locate(node['$ref'], place);
      if (target === undefined) return undefined;
      origins.push({ at, file: target.file, pointer: target.at });
      // A fresh set: loops through refs are the ref chain's to report, with a better message.
      return walk(target, at, new Set());
    }
    ancestors.add(node);
    // A scalar is itself (1,000 team names, listed twice, were as many places built and walked).
    const child = (key: PathSegment, value: unknown) =>
      typeof value !== 'object' || value === null
        ? value
        : walk({ ...place, at: [...place.at, key], node: value }, [...at, key], ancestors);
    const result = Array.isArray(node)
      ? node.map((value, i) => child(i, value)).filter((value) => value !== undefined)
      : Object.fromEntries(Object.entries(node).map(([k, value]) => [k, child(k, value)]));
    ancestors.delete(node);
    return result;
  }

  const root = parsedFile(entry);
  const start: Place = { file: entry, at: [], node: root?.value, chain: [`${entry}#`] };
  const value = root === undefined ? undefined : walk(start, [], new Set());
  return { value, readable: root !== undefined, origins, missing, problems };
}

/** One step down a JSON pointer: a map key, or a list index written in plain decimal. */
function step(place: Place, token: string): Place | undefined {
  const { node } = place;
  if (Array.isArray(node)) {
    if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return undefined;
    return { ...place, at: [...place.at, Number(token)], node: node[Number(token)] };
  }
  if (isYamlMap(node) && hasKey(node, token)) {
    return { ...place, at: [...place.at, token], node: node[token] };
  }
  return undefined;
}

/**
 * Ties an issue about the resolved tree to the file the offending value came from, so that a bad
 * team list in teams.yaml is reported in teams.yaml, at its path there.
 */
export function placeIssue(issue: Issue, entry: string, origins: readonly RefOrigin[], files: SourceFiles): Problem {
  const isPrefix = (o: RefOrigin) =>
    o.at.length <= issue.at.length && o.at.every((segment, i) => segment === issue.at[i]);
  const origin = origins
    .filter(isPrefix)
    .reduce<RefOrigin | undefined>((best, o) => (best && best.at.length >= o.at.length ? best : o), undefined);
  if (origin === undefined) return toProblem(entry, fileText(files, entry), issue);
  const at = [...origin.pointer, ...issue.at.slice(origin.at.length)];
  return toProblem(origin.file, fileText(files, origin.file), { ...issue, at });
}
