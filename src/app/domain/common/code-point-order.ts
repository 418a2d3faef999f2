/**
 * Orders strings by code point. Files are sorted this way, not with localeCompare, so that the same
 * data gives the same file (and a clean Git diff) whatever the browser's language.
 */
export function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
