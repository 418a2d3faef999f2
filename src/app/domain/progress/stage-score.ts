import { Stage } from '../types';

/** The score (0..1) of a stage of the current definition; undefined for an unknown title. */
export function stageScore(title: string, stages: readonly Stage[]): number | undefined {
  return stages.find((stage) => stage.title === title)?.score;
}

/** The stage with the highest score (100% in a valid definition). */
export function topStage(stages: readonly Stage[]): Stage | undefined {
  return stages.reduce<Stage | undefined>((top, stage) => (top && top.score >= stage.score ? top : stage), undefined);
}
