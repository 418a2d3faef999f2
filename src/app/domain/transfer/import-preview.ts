import { AssessmentState, Model } from '../types';
import { applyImport, ImportOptions, ImportOutcome } from './apply-import';
import { FutureDate, futureDates } from '../status/future-dates';
import { StatusRules } from '../status/activity-status';
import { importedEntries, importUnknowns, ImportUnknowns } from './import-unknowns';
import { AssessmentDiff, diffAssessments } from './assessment-diff';
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
  model?: Model,
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
