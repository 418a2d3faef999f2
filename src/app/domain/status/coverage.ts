import { countText } from '../common/count-text';

/** How much of the model a selection of teams has assessed (see StatusRules: a stage or a mark). */
export interface Coverage {
  /** Activity x team pairs assessed... */
  readonly assessed: number;
  /** ...of this many (activities counted x teams). */
  readonly total: number;
  readonly teams: readonly string[];
}

/**
 * Coverage in words, the same on every page: `Team A has assessed 120 of 194 activities`, or for
 * several teams `3 teams have assessed 300 of 582 activity × team pairs (52%)`. Empty without teams.
 */
export function coverageText(coverage: Coverage): string {
  const { assessed, total, teams } = coverage;
  if (teams.length === 0) return '';
  const count = countText;
  if (teams.length === 1) return `${teams[0]} has assessed ${count(assessed)} of ${count(total)} activities`;
  return `${count(teams.length)} teams have assessed ${count(assessed)} of ${count(total)} activity × team pairs (${shareText(assessed, total)})`;
}

/**
 * A share of assessed pairs as a percentage: rounded down, so 99.6% is not "100%" before all are,
 * and "under 1%" rather than "0%" once any is (3 of 776 is not nothing).
 */
export function shareText(part: number, whole: number): string {
  const percent = whole === 0 ? 0 : Math.floor((part / whole) * 100);
  return percent === 0 && part > 0 ? 'under 1%' : `${percent}%`;
}
