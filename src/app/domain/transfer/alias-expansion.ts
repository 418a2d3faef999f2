import { Problem } from '../types';
import { parseYamlDocuments } from '../yaml';
import { fileError } from '../common/file-problem';

/** Something that looks like a YAML alias (`*name`) where a value can start. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s[\]{},]/m;

/**
 * A file whose aliases make it expand to far more data than it holds (a "YAML bomb": nine lines of
 * `&a [*b, *b, ...]` stand for a billion items). js-yaml shares aliased nodes, so parsing is cheap,
 * but every reader walking the result would take hours; it is refused before that. DSOMM files
 * never need aliases, so the check (a second parse) only runs on text that seems to use them.
 * Deep nesting is refused by the YAML parser itself (js-yaml's maxDepth).
 */
export function aliasExpansionProblem(text: string, fileName: string): Problem | undefined {
  if (!ALIAS.test(text)) return undefined;
  const parsed = parseYamlDocuments(text, fileName);
  // A syntax error is reported by the reader of the file, with its line.
  if (!parsed.ok) return undefined;
  // Without aliases every node takes at least one character of the text.
  const budget = text.length + 10_000;
  if (nodeCount(parsed.value, budget) <= budget) return undefined;
  return fileError(
    fileName,
    'The file uses YAML aliases (*name) that expand to far more data than the file holds (a "YAML bomb"); ' +
      'it is not read. DSOMM files do not need aliases: write the values out.',
  );
}

/** The number of nodes reached by walking `value` (shared nodes counted each time), up to `limit` + 1. */
export function nodeCount(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const node = stack.pop();
    count++;
    // A loop, not push(...node): spreading a list of a million items overflows the call stack.
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        stack.push(key, child);
      }
    }
  }
  return count;
}
