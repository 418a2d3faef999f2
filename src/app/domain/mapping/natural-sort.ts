/**
 * Compares reference ids the way people read them: runs of digits by their number, so
 * `5.4 < 5.37 < 8.10` and `8.9 < 8.10`, and text case-insensitively. Ids keep their text; only the
 * order changes. Ties (e.g. `8.1` and `8.01`) fall back to code-point order, so the order never
 * depends on the browser's locale.
 */
export function naturalCompare(a: string, b: string): number {
  const left = chunks(a);
  const right = chunks(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i];
    const y = right[i];
    const xNumber = isDigits(x);
    const yNumber = isDigits(y);
    let order: number;
    if (xNumber && yNumber) order = compareDigits(x, y);
    else if (xNumber !== yNumber) order = xNumber ? -1 : 1;
    else order = codePoints(x.toLowerCase(), y.toLowerCase());
    if (order !== 0) return order;
  }
  return left.length - right.length || codePoints(a, b);
}

/**
 * Compares two id lists (an activity's mappings) by their first differing id; an empty list sorts
 * after any id, so unmapped activities gather at the end.
 */
export function compareIdLists(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return (a.length === 0 ? 1 : 0) - (b.length === 0 ? 1 : 0);
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = naturalCompare(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** A copy of the ids in natural order. */
export function naturalSorted(ids: readonly string[]): string[] {
  return [...ids].sort(naturalCompare);
}

function chunks(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

function isDigits(chunk: string): boolean {
  const code = chunk.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Numeric order of digit runs of any length (no Number overflow for long runs). */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  return a.length - b.length || codePoints(a, b);
}

function codePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
