import { AssessmentState } from '../types';
import { ActivityIndex } from '../common/activity-order';
import { applyImport, ImportOptions, ImportOutcome } from './apply-import';
import { FutureDate, futureDates } from '../status/future-dates';
import { StatusRules } from '../status/activity-status';
import { importedEntries, importUnknowns, ImportUnknowns } from './import-unknowns';
import { ActivityDiff, AssessmentDiff, diffAssessments, teamActivityDiffs } from './assessment-diff';
import { FileKind } from './file-kind';
import { ImportedData } from './read-import';

/** Everything the data centre shows before the user confirms an import. */
export interface ImportPreview {
  readonly kind: FileKind;
  /** The assessment the preview was made against. */
  readonly current: AssessmentState;
  readonly model?: ActivityIndex;
  readonly outcome: ImportOutcome;
  /** Exactly what confirming changes: the current assessment against the outcome. */
  readonly diff: AssessmentDiff;
  readonly unknowns: ImportUnknowns;
  /** The file's dates after `day`, which count only from their day: imported, and pointed out. */
  readonly future: readonly FutureDate[];
}

export function previewImport(
  current: AssessmentState,
  data: ImportedData,
  options: ImportOptions,
  /** Today, YYYY-MM-DD. */
  day: string,
  model?: ActivityIndex,
): ImportPreview {
  const outcome = applyImport(current, data, options);
  const { progress, evidence } = importedEntries(data);
  const stages = outcome.assessment.stages;
  return {
    kind: data.kind,
    current,
    ...(model ? { model } : {}),
    outcome,
    diff: diffAssessments(current, outcome.assessment),
    unknowns: importUnknowns(data, stages, model),
    future: futureDates(progress, evidence, new StatusRules(stages, day)),
  };
}

/** Future dates a preview summary keeps (the page lists 20, then "and N more"). */
export const FUTURE_SHOWN = 20;

/** One team's changes per activity, as the preview counts them. */
export function previewTeamActivities(preview: ImportPreview, team: string): ActivityDiff[] {
  return teamActivityDiffs(preview.current, preview.outcome.assessment, team, preview.model);
}

/**
 * What the page shows of a preview, small enough to copy from a worker in a moment: the outcome,
 * a whole assessment, stays where the preview was made, and so do the changes per activity (a
 * preview of a thousand teams counts about 200,000), worked out for a team when it is opened.
 */
export interface ImportPreviewSummary {
  readonly kind: FileKind;
  readonly outcome: Omit<ImportOutcome, 'assessment'>;
  readonly diff: AssessmentDiff;
  readonly unknowns: ImportUnknowns;
  /** The first FUTURE_SHOWN of the file's future dates. */
  readonly future: readonly FutureDate[];
  readonly futureCount: number;
}

export function summarisePreview(preview: ImportPreview): ImportPreviewSummary {
  const { skipped, unknownTeams, notes } = preview.outcome;
  return {
    kind: preview.kind,
    outcome: { skipped, unknownTeams, notes },
    diff: preview.diff,
    unknowns: preview.unknowns,
    future: preview.future.slice(0, FUTURE_SHOWN),
    futureCount: preview.future.length,
  };
}
