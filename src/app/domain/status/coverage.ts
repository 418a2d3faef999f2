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
  const percent = total === 0 ? 0 : Math.floor((assessed / total) * 100);
  return `${count(teams.length)} teams have assessed ${count(assessed)} of ${count(total)} activity × team pairs (${percent}%)`;
}
