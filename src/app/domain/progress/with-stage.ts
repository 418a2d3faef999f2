import { Stage, StageDates } from '../types';
import { StatusRules } from '../status/activity-status';
import { sameStageDates } from './stage-dates';

/**
 * The stage dates after a team is set to `stageTitle` on `date` (the team's "today").
 * - Raising fills every stage between the old and the new one (0% excluded) with `date`, so the
 *   file says the team went through them; dates already there are kept, unless they lie after
 *   `date`: a stage planned for later that is reached now is reached now.
 * - Lowering removes the higher stages, so the lower stage is what a reload and the file show (the
 *   peer keeps every stage ever seen, and a downgrade comes back there).
 * - The 0% stage ("Not implemented") is written with its date and removes every other known
 *   stage: the team said so explicitly, which is not the same as never having assessed it (no
 *   entry). The peer knows the title and reads it as 0%.
 * - Titles not in the definition are never touched: they are someone's data.
 * Returns `dates` itself when the status does not change. Throws a RangeError for a title not in
 * `stages`: the caller offers only the current definition's stages.
 */
export function withStage(dates: StageDates, stageTitle: string, date: string, stages: readonly Stage[]): StageDates {
  const target = stages.find((stage) => stage.title === stageTitle);
  if (target === undefined) throw new RangeError(`"${stageTitle}" is not a stage of the progress definition.`);
  const current = new StatusRules(stages, date).of({ stages: dates });
  if (current.stage === target && current.future.length === 0) return dates;
  const scores = new Map(stages.map((stage) => [stage.title, stage.score]));
  const unknown = Object.entries(dates).filter(([title]) => !scores.has(title));
  if (target.score === 0) return Object.fromEntries([...unknown, [target.title, date]]);
  // Known stages up to the target that are already reached keep their day; later ones are dropped.
  const reached = Object.entries(dates).filter(([title, day]) => {
    const score = scores.get(title);
    return score !== undefined && score <= target.score && day <= date;
  });
  const from = new StatusRules(stages, date).scoreOf({ stages: Object.fromEntries(reached) });
  const filled = stages
    .filter((stage) => stage.score > Math.max(from, 0) && stage.score <= target.score)
    .map((stage): [string, string] => [stage.title, date]);
  const next = Object.fromEntries([...unknown, ...reached, ...filled]);
  return sameStageDates(next, dates) ? dates : next;
}
