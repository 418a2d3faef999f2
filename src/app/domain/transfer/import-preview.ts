import { AssessmentState } from '../types';
import { ActivityIndex } from '../common/activity-order';
import { applyImport, ImportOptions, ImportOutcome } from './apply-import';
import { FutureDate, futureDates } from '../status/future-dates';
import { StatusRules } from '../status/activity-status';
import { importedEntries, importUnknowns, ImportUnknowns } from './import-unknowns';
import { AssessmentDiff, diffAssessments, TeamDiff } from './assessment-diff';
import { FileKind } from './file-kind';
import { ImportedData } from './read-import';

/** Everything the data centre shows before the user confirms an import. */
export interface ImportPreview {
  readonly kind: FileKind;
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
    outcome,
    diff: diffAssessments(current, outcome.assessment, model),
    unknowns: importUnknowns(data, stages, model),
    future: futureDates(progress, evidence, new StatusRules(stages, day)),
  };
}

/** Future dates a preview summary keeps (the page lists 20, then "and N more"). */
export const FUTURE_SHOWN = 20;

/** A team's changes without the per-activity detail (asked for when the team is opened). */
export type TeamDiffSummary = Omit<TeamDiff, 'activities'> & { readonly activityCount: number };

/**
 * What the page shows of a preview, small enough to copy from a worker in a moment: a preview of a
 * thousand teams holds about 200,000 activity changes (30 MB to copy, 0.4 s of the main thread),
 * the outcome a whole assessment. Those stay where the preview was made.
 */
export interface ImportPreviewSummary {
  readonly kind: FileKind;
  readonly outcome: Omit<ImportOutcome, 'assessment'>;
  readonly diff: Omit<AssessmentDiff, 'teams'> & { readonly teams: readonly TeamDiffSummary[] };
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
    diff: {
      ...preview.diff,
      teams: preview.diff.teams.map(({ activities, ...team }) => ({ ...team, activityCount: activities.length })),
    },
    unknowns: preview.unknowns,
    future: preview.future.slice(0, FUTURE_SHOWN),
    futureCount: preview.future.length,
  };
}
