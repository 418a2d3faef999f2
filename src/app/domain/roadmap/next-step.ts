import { teamProgress } from '../progress/set-team-stage';
import { ScoringInput } from '../scoring/score-assessment';
import { StatusRules } from '../status/activity-status';
import { isStillToDo } from './roadmap-gap';

/**
 * The teams to answer for; levels up to `maxLevel` (the levels the app shows) are looked at, and
 * statuses are read for `day` (YYYY-MM-DD, see StatusRules).
 */
export type NextStepInput = Required<
  Pick<ScoringInput, 'model' | 'stages' | 'progress' | 'teams' | 'maxLevel' | 'day'>
>;

/** Where a team without a target goes next. */
export interface NextStep {
  readonly team: string;
  /** The lowest level the team has not completed; undefined when it has completed every level. */
  readonly level?: number;
  /** Activities of that level still to do (0 when every level is completed). */
  readonly open: number;
}

/**
 * Each team's next step, in the order of `teams`: the lowest level it has not completed. A level
 * is completed when each of its activities is fully implemented by the team or does not apply to
 * it (marked not applicable); a level without activities is completed.
 */
export function nextSteps(input: NextStepInput): NextStep[] {
  const { model, progress, maxLevel } = input;
  const rules = new StatusRules(input.stages, input.day);
  const activities = model.activities
    .filter((activity) => activity.level >= 1 && activity.level <= maxLevel)
    .sort((a, b) => a.level - b.level);
  return input.teams.map((team) => {
    let level: number | undefined;
    let open = 0;
    for (const activity of activities) {
      if (level !== undefined && activity.level > level) break;
      if (!isStillToDo(rules.of(teamProgress(progress, activity.uuid, team)))) continue;
      level = activity.level;
      open++;
    }
    return level === undefined ? { team, open: 0 } : { team, level, open };
  });
}
