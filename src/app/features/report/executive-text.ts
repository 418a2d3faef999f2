import { countText } from '../../domain/common/count-text';
import { shareText } from '../../domain/status/coverage';

// U+2212: a minus sign, as wide as the plus, not a hyphen.
const signed = (change: number) => `${change > 0 ? '+' : '\u2212'}${countText(Math.abs(change))}`;

/**
 * A change in percentage points, signed: `+13 points`, `−2 points`, `no change`; `–` for none;
 * `+ under 1 point` where the whole points are equal but the score moved (`under`, see ScoreChange).
 */
export function changeText(change: number | null, under?: 1 | -1): string {
  if (change === null) return '–';
  if (change === 0 && under !== undefined) return `${under > 0 ? '+' : '\u2212'} under 1 point`;
  if (change === 0) return 'no change';
  return `${signed(change)} ${Math.abs(change) === 1 ? 'point' : 'points'}`;
}

/** A change in a count, signed as changeText signs points: `+3`, `−1`, `no change`. */
export function countChangeText(change: number): string {
  return change === 0 ? 'no change' : signed(change);
}

/** A whole percentage, or `–` when there is nothing to score. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}

/** Pairs assessed of those there are, and the share as every coverage line says it: `4 of 1,164 (under 1%)`. */
export function assessedText(assessed: number, of: number): string {
  return `${countText(assessed)} of ${countText(of)} (${shareText(assessed, of)})`;
}
