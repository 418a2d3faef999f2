import { Progress, Stage, TeamProgress } from '../../types';
import { codePointOrder } from '../../common/code-point-order';
import { scoreAssessment, Scores, ScoringInput } from '../../scoring/score-assessment';
import { linesOverTime, ScoreOverTime } from '../as-of';
import { scoreOverDates } from '../score-over-dates';

/**
 * The history's reference functions, for specs: the page finds its dates and scores with
 * `scoreHistory` (one pass), which the specs hold to these, read the plain way.
 */

/**
 * The days the history can show for `teams` (all teams when absent): every date in their progress
 * up to `today`, sorted, each once, and `today` itself: the timeline ends today, even when a file
 * holds dates in the future (they count only from their day). The dates of titles `stages` lacks
 * are not among them: such a title is never scored (see StatusRules), so nothing happened that day.
 * Empty when there is no date at all.
 */
export function historyDates(
  progress: Progress,
  stages: readonly Stage[],
  today: string,
  teams?: readonly string[],
): string[] {
  const known = new Set(stages.map((stage) => stage.title));
  const dates = new Set<string>();
  const add = (entry: TeamProgress) => {
    const dated = entry.stages;
    for (const title in dated) if (Object.hasOwn(dated, title) && known.has(title)) dates.add(dated[title]);
    if (entry.notApplicable) dates.add(entry.notApplicable.date);
  };
  const wanted = teams && new Set(teams);
  for (const uuid in progress) {
    if (!Object.hasOwn(progress, uuid)) continue;
    const entries = progress[uuid];
    for (const team in entries) {
      if (Object.hasOwn(entries, team) && (wanted === undefined || wanted.has(team))) add(entries[team]);
    }
  }
  if (dates.size === 0) return [];
  // YYYY-MM-DD strings sort like the days they name.
  return [...dates]
    .filter((date) => date < today)
    .sort(codePointOrder)
    .concat(today);
}

/** The scores (as for the heatmap) as they stood at the end of `date`. */
export function scoreAsOf(input: ScoringInput, date: string): Scores {
  return scoreAssessment({ ...input, day: date });
}

/**
 * The overall score of each selected team and the score of each dimension (for the selected teams
 * together) at each of `dates` (scoreOverDates); with `teamLines`, only the first that many teams
 * get a line of their own.
 */
export function scoreOverTime(input: ScoringInput, dates: readonly string[], teamLines = Infinity): ScoreOverTime {
  const selected = input.selected && input.selected.length > 0 ? input.selected : input.teams;
  return linesOverTime(input, { dates, scores: scoreOverDates({ ...input, selected }, dates) }, teamLines);
}
