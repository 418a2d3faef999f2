import { lineOfKeyIn } from '../yaml';

/**
 * The lines of the last text asked about, and the item lines of its block lists. Readers ask for
 * the line of every entry of one file in turn; splitting the whole file for each question made
 * reading a large evidence file quadratic (minutes for a few megabytes). One entry: a reader
 * works through one file at a time, and comparing the same string object again is immediate.
 * Readers are synchronous, so the entry is dropped once the current task's work is done: a 50 MB
 * import must not stay in memory until the next file is read.
 */
let cachedText: string | undefined;
let cachedLines: readonly string[] = [];
const cachedLists = new Map<number, readonly number[] | undefined>();

function forget(): void {
  cachedText = undefined;
  cachedLines = [];
  cachedLists.clear();
}

function linesOf(text: string): readonly string[] {
  if (text !== cachedText) {
    if (cachedText === undefined) queueMicrotask(forget);
    cachedText = text;
    cachedLines = text.split('\n');
    cachedLists.clear();
  }
  return cachedLines;
}

/**
 * The 1-based line of the last key of `path`, looking for each key below the line of the one
 * before it. A bare `lineOfKeyIn` would find the first team called `Team A` anywhere in the file;
 * this finds the one under the right activity. When a key is not found (for instance it is written
 * in flow style), the line of the deepest key found is returned, which still points near the place.
 * List positions (numbers) in the path are skipped: they have no key to look for.
 */
export function lineOfPath(text: string, path: readonly (string | number)[], fromLine = 0): number | undefined {
  const lines = linesOf(text);
  let found: number | undefined;
  let start = fromLine;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const line = lineOfKeyIn(lines, key, start);
    if (line === undefined) break;
    found = line;
    start = found;
  }
  return found;
}

/**
 * The 1-based line of the `index`th item of the block list that starts after `fromLine` (a
 * 1-based line, 0 = start of file). Undefined when the list is not written in block style.
 */
export function lineOfListItem(text: string, fromLine: number, index: number): number | undefined {
  const lines = linesOf(text);
  if (!cachedLists.has(fromLine)) cachedLists.set(fromLine, listItemLines(lines, fromLine));
  return cachedLists.get(fromLine)?.[index];
}

/** The 1-based lines of every item of the block list after `fromLine`; undefined if there is none. */
function listItemLines(lines: readonly string[], fromLine: number): number[] | undefined {
  let indent: number | undefined;
  const items: number[] = [];
  for (let i = fromLine; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const depth = line.length - trimmed.length;
    const isItem = trimmed === '-' || trimmed.startsWith('- ');
    if (indent === undefined) {
      if (!isItem) return undefined;
      indent = depth;
    }
    if (depth < indent || (depth === indent && !isItem)) break;
    if (depth === indent && isItem) items.push(i + 1);
  }
  return items;
}
