import { Stage, StageDates } from '../types';
import { ownValue } from '../common/own-value';

/**
 * The highest-scoring stage of the current definition that has a date. Titles no longer in the
 * definition are kept in the data but cannot tell how far a team got, so they are ignored here.
 * Undefined when no known stage has a date (the team has not started).
 */
export function currentStage(dates: StageDates, stages: readonly Stage[]): Stage | undefined {
  let best: Stage | undefined;
  for (const stage of stages) {
    if (ownValue(dates, stage.title) !== undefined && (best === undefined || stage.score > best.score)) best = stage;
  }
  return best;
}

/** The score (0..1) of the current stage; 0 when the team has not started. */
export function currentScore(dates: StageDates, stages: readonly Stage[]): number {
  return currentStage(dates, stages)?.score ?? 0;
}
