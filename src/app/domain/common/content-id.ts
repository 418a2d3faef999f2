/**
 * A uuid-shaped id derived from text, the same on every run. Used for file entries that have no id:
 * a random id would change on every reload, and the browser's copy of the entry would no longer
 * match the file's. Not cryptographic; 128 bits from four seeded 32-bit hashes (murmur3 finaliser).
 */
export function contentId(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  const hex = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f]
    .map((seed) => hash32(text, seed).toString(16).padStart(8, '0'))
    .join('');
  // Version nibble 8 ("custom") and the RFC 4122 variant, so it parses as a uuid anywhere.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h ^= text.length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
