import { Progress, Stage } from '../types';
import { currentStage } from '../progress/current-stage';
import { teamProgress } from '../progress/set-team-stage';

/** How far a set of teams is with one activity. */
export interface ProgressSummary {
  readonly teams: number;
  /** Teams at 100%. */
  readonly done: number;
  /** Teams above 0% but below 100%. */
  readonly inProgress: number;
  /** Mean score of the teams, 0..1 (0 for no teams). */
  readonly mean: number;
  /** With exactly one team: its current stage (undefined when it has not started). */
  readonly stage?: Stage;
}

export function progressSummary(
  progress: Progress,
  activityUuid: string,
  teams: readonly string[],
  stages: readonly Stage[],
): ProgressSummary {
  let done = 0;
  let inProgress = 0;
  let total = 0;
  let stage: Stage | undefined;
  for (const team of teams) {
    stage = currentStage(teamProgress(progress, activityUuid, team)?.stages ?? {}, stages);
    const score = stage?.score ?? 0;
    total += score;
    if (score >= 1) done++;
    else if (score > 0) inProgress++;
  }
  return {
    teams: teams.length,
    done,
    inProgress,
    mean: teams.length === 0 ? 0 : total / teams.length,
    stage: teams.length === 1 ? stage : undefined,
  };
}

/** True unless every one of the teams has fully implemented the activity (no teams: open). */
export function isOpenFor(summary: ProgressSummary): boolean {
  return summary.teams === 0 || summary.done < summary.teams;
}

/**
 * The badge's text for screen readers and tooltips: the stage for one team (the zero stage's title
 * when it has not started), else e.g. `2 of 3 teams fully implemented, 60% on average`.
 */
export function describeSummary(summary: ProgressSummary, stages: readonly Stage[]): string {
  if (summary.teams === 0) return 'No team selected';
  if (summary.teams === 1) {
    const title = summary.stage?.title ?? stages.find((stage) => stage.score === 0)?.title ?? 'Not started';
    return `${title} (${Math.round(summary.mean * 100)}%)`;
  }
  return `${summary.done} of ${summary.teams} teams fully implemented, ${Math.round(summary.mean * 100)}% on average`;
}
