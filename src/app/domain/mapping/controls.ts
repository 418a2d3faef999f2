import { Activity, Progress, Stage } from '../types';
import { NOT_APPLICABLE_TEXT, NOT_ASSESSED_TEXT, StatusRules } from '../status/activity-status';
import { topStage } from '../progress/stage-score';
import { progressSummary } from '../matrix/progress-summary';
import { naturalCompare } from './natural-sort';
import { isControlId, referenceLabel, StandardKey } from './standards';

/** How far one team is with the activities mapped to one control. */
export interface ControlTeamStatus {
  readonly team: string;
  /** Mapped activities the team has fully implemented. */
  readonly done: number;
  /** Mapped activities started but not done. */
  readonly inProgress: number;
  readonly activities: number;
  /** Mapped activities the team marked not applicable: left out of `mean` and of "implemented". */
  readonly notApplicable: number;
  /** Mean score over the mapped activities that apply, 0..1. */
  readonly mean: number;
  /**
   * In the words of the stages: every mapped activity that applies fully implemented; some above 0%;
   * none above 0% (`not-implemented`), or none even assessed (`not-assessed`); none applies.
   */
  readonly state: 'implemented' | 'in-progress' | 'not-implemented' | 'not-assessed' | 'not-applicable';
}

/** One control of a standard (or one note found in its id lists) and the activities mapped to it. */
export interface ControlRow {
  /** The reference text as written in the model. */
  readonly id: string;
  readonly label: string;
  /** A remark such as "Not explicitly covered by ISO 27001", not a control id. */
  readonly isNote: boolean;
  /** In the order given (model order). */
  readonly activities: readonly Activity[];
  readonly teams: readonly ControlTeamStatus[];
}

/**
 * The inverse of the mapping for one standard: every control with the activities that map to it and,
 * per team, how many of those are done: the raw material of a Statement of Applicability. Controls
 * come in natural order, notes after them.
 */
export function controlRows(
  activities: readonly Activity[],
  standard: StandardKey,
  progress: Progress,
  teams: readonly string[],
  rules: StatusRules,
): ControlRow[] {
  const byControl = new Map<string, Activity[]>();
  for (const activity of activities) {
    for (const id of new Set(activity.references[standard])) {
      const list = byControl.get(id);
      if (list) list.push(activity);
      else byControl.set(id, [activity]);
    }
  }
  const rows = [...byControl].map(([id, mapped]) => ({
    id,
    label: referenceLabel(id),
    isNote: !isControlId(id),
    activities: mapped,
    teams: teams.map((team) => teamStatus(team, mapped, progress, rules)),
  }));
  return rows.sort((a, b) => Number(a.isNote) - Number(b.isNote) || naturalCompare(a.label, b.label));
}

function teamStatus(
  team: string,
  activities: readonly Activity[],
  progress: Progress,
  rules: StatusRules,
): ControlTeamStatus {
  let done = 0;
  let inProgress = 0;
  let notApplicable = 0;
  let notAssessed = 0;
  let total = 0;
  for (const activity of activities) {
    const summary = progressSummary(progress, activity.uuid, [team], rules);
    done += summary.done;
    inProgress += summary.inProgress;
    notApplicable += summary.notApplicable;
    notAssessed += summary.notAssessed;
    total += summary.mean;
  }
  const count = activities.length;
  const applicable = count - notApplicable;
  const state =
    count > 0 && applicable === 0
      ? 'not-applicable'
      : applicable > 0 && done === applicable
        ? 'implemented'
        : done + inProgress > 0
          ? 'in-progress'
          : notAssessed === applicable
            ? 'not-assessed'
            : 'not-implemented';
  const mean = applicable === 0 ? 0 : total / applicable;
  return { team, done, inProgress, notApplicable, activities: count, mean, state };
}

/**
 * A control's state for a team in the words the stages use (their titles, so a renamed stage is
 * renamed here too): the top stage's title, "In progress", the 0% stage's title, or the state.
 */
export function controlStateText(state: ControlTeamStatus['state'], stages: readonly Stage[]): string {
  switch (state) {
    case 'implemented':
      return topStage(stages)?.title ?? 'Fully implemented';
    case 'in-progress':
      return 'In progress';
    case 'not-implemented':
      return stages.find((stage) => stage.score === 0)?.title ?? 'Not implemented';
    case 'not-assessed':
      return NOT_ASSESSED_TEXT;
    case 'not-applicable':
      return NOT_APPLICABLE_TEXT;
  }
}
