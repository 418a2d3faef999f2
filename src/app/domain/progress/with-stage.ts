import { Stage, StageDates } from '../types';
import { currentScore } from './current-stage';

/**
 * The stage dates after a team is set to `stageTitle` on `date`.
 * - Raising fills every stage between the old and the new one (0% excluded) with `date`, so the
 *   file says the team went through them; dates already there are kept.
 * - Lowering removes the higher stages, so the lower stage is what a reload and the file show (the
 *   peer keeps every stage ever seen, and a downgrade comes back there).
 * - The 0% stage removes every known stage: "not started" is the absence of dates.
 * - Titles not in the definition are never touched: they are someone's data.
 * Returns `dates` itself when nothing changes. Throws a RangeError for a title not in `stages`:
 * the caller offers only the current definition's stages.
 */
export function withStage(dates: StageDates, stageTitle: string, date: string, stages: readonly Stage[]): StageDates {
  const target = stages.find((stage) => stage.title === stageTitle);
  if (target === undefined) throw new RangeError(`"${stageTitle}" is not a stage of the progress definition.`);
  const scores = new Map(stages.map((stage) => [stage.title, stage.score]));
  const keep = (title: string): boolean => {
    const score = scores.get(title);
    return score === undefined || (target.score > 0 && score <= target.score);
  };
  const kept = Object.entries(dates).filter(([title]) => keep(title));
  const from = currentScore(Object.fromEntries(kept), stages);
  const filled = stages
    .filter((stage) => stage.score > from && stage.score > 0 && stage.score <= target.score)
    .map((stage): [string, string] => [stage.title, date]);
  if (kept.length === Object.keys(dates).length && filled.length === 0) return dates;
  return Object.fromEntries([...kept, ...filled]);
}
