/** A change in percentage points, signed: `+13 points`, `−2 points`, `no change`; `–` for none. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return 'no change';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  // U+2212: a minus sign, as wide as the plus, not a hyphen.
  return `${change > 0 ? '+' : '\u2212'}${Math.abs(change)} ${points}`;
}

/** A whole percentage, or `–` when there is nothing to score. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}
