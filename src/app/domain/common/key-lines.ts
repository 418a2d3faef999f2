/**
 * The lines of the last text asked about, where each key is, and the item lines of its block lists.
 * Readers ask for the line of every entry of one file in turn; splitting the whole file for each
 * question made reading a large evidence file quadratic (minutes for a few megabytes), and so did
 * searching line by line for each key (minutes for a custom file of 130,000 activities with a
 * problem each). One entry: a reader
 * works through one file at a time, and comparing the same string object again is immediate.
 * Readers are synchronous, so the entry is dropped once the current task's work is done: a 50 MB
 * import must not stay in memory until the next file is read.
 */
let cachedText: string | undefined;
let cachedLines: readonly string[] = [];
let cachedKeys: ReadonlyMap<string, readonly number[]> | undefined;
const cachedLists = new Map<number, readonly number[] | undefined>();

function forget(): void {
  cachedText = undefined;
  cachedLines = [];
  cachedKeys = undefined;
  cachedLists.clear();
}

function linesOf(text: string): readonly string[] {
  if (text !== cachedText) {
    if (cachedText === undefined) queueMicrotask(forget);
    cachedText = text;
    cachedLines = text.split('\n');
    cachedKeys = undefined;
    cachedLists.clear();
  }
  return cachedLines;
}

/**
 * The key written at the start of a line (after `- ` for a list item), as written: `a`, `'a b'`,
 * `"a"`; undefined for a line that starts no key. A plain key ends at `: ` or a `:` ending the line.
 */
export function keyToken(line: string): string | undefined {
  let text = line.trimStart();
  if (text.startsWith('- ')) text = text.slice(2).trimStart();
  const quote = text[0];
  if (quote === '#') return undefined;
  if (quote === "'" || quote === '"') {
    let end = 1;
    for (;;) {
      end = text.indexOf(quote, end);
      if (end < 0) return undefined;
      if (quote === "'" && text[end + 1] === "'") end += 2;
      else if (quote === '"' && backslashesBefore(text, end) % 2 === 1) end += 1;
      else break;
    }
    return text[end + 1] === ':' ? text.slice(0, end + 1) : undefined;
  }
  for (let colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
    const next = text[colon + 1];
    if (next === undefined || next === ' ' || next === '\t' || next === '\r') return text.slice(0, colon);
  }
  return undefined;
}

function backslashesBefore(text: string, at: number): number {
  let count = 0;
  while (text[at - 1 - count] === '\\') count++;
  return count;
}

/** Each key of the text (as written), with the 0-based lines it starts, in order. */
function keysOf(text: string): ReadonlyMap<string, readonly number[]> {
  const lines = linesOf(text);
  if (cachedKeys) return cachedKeys;
  const keys = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const key = keyToken(line);
    if (key === undefined) return;
    const at = keys.get(key);
    if (at) at.push(i);
    else keys.set(key, [i]);
  });
  return (cachedKeys = keys);
}

/** The first of the ascending `lines` at or after `from`. */
function firstFrom(lines: readonly number[], from: number): number | undefined {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lines[mid] < from) low = mid + 1;
    else high = mid;
  }
  return lines[low];
}

/**
 * The 1-based line of the first line at or after the 0-based line `from` at which `key` is written
 * as a map key (plain or quoted), for pointing a problem at a place in a file that parsed fine but
 * holds wrong data; undefined when not found.
 */
function lineOfKey(text: string, key: string, from: number): number | undefined {
  const keys = keysOf(text);
  let found: number | undefined;
  for (const written of [key, `'${key.replace(/'/g, "''")}'`, JSON.stringify(key)]) {
    const at = keys.get(written);
    const line = at === undefined ? undefined : firstFrom(at, from);
    if (line !== undefined && (found === undefined || line < found)) found = line;
  }
  return found === undefined ? undefined : found + 1;
}

/**
 * The 1-based line of the last key of `path`, looking for each key below the line of the one
 * before it. A bare key lookup would find the first team called `Team A` anywhere in the file;
 * this finds the one under the right activity. When a key is not found (for instance it is written
 * in flow style), the line of the deepest key found is returned, which still points near the place.
 * List positions (numbers) in the path are skipped: they have no key to look for.
 */
export function lineOfPath(text: string, path: readonly (string | number)[], fromLine = 0): number | undefined {
  let found: number | undefined;
  let start = Math.max(0, fromLine);
  for (const key of path) {
    if (typeof key === 'number') continue;
    const line = lineOfKey(text, key, start);
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
