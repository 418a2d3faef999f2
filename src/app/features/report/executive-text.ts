import { countText } from '../../domain/common/count-text';
import { shareText } from '../../domain/status/coverage';

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

/** Pairs assessed of those there are, and the share as every coverage line says it: `4 of 1,164 (under 1%)`. */
export function assessedText(assessed: number, of: number): string {
  return `${countText(assessed)} of ${countText(of)} (${shareText(assessed, of)})`;
}
