import { lineOfKey } from '../yaml';

/**
 * The 1-based line of the last key of `path`, looking for each key below the line of the one
 * before it. A bare `lineOfKey` would find the first team called `Team A` anywhere in the file;
 * this finds the one under the right activity. When a key is not found (for instance it is written
 * in flow style), the line of the deepest key found is returned, which still points near the place.
 */
export function lineOfPath(text: string, path: readonly string[], fromLine = 0): number | undefined {
  const lines = text.split('\n');
  let found: number | undefined;
  let start = fromLine;
  for (const key of path) {
    const line = lineOfKey(lines.slice(start).join('\n'), key);
    if (line === undefined) break;
    found = start + line;
    start = found;
  }
  return found;
}

/**
 * The 1-based line of the `index`th item of the block list that starts after `fromLine` (a
 * 1-based line, 0 = start of file). Undefined when the list is not written in block style.
 */
export function lineOfListItem(text: string, fromLine: number, index: number): number | undefined {
  const lines = text.split('\n');
  let indent: number | undefined;
  let seen = -1;
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
    if (depth < indent || (depth === indent && !isItem)) return undefined;
    if (depth === indent && isItem && ++seen === index) return i + 1;
  }
  return undefined;
}
