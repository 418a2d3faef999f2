import { AssessmentState, Model } from '../types';
import { applyImport, ImportOptions, ImportOutcome } from './apply-import';
import { importUnknowns, ImportUnknowns } from './import-unknowns';
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
}

export function previewImport(
  current: AssessmentState,
  data: ImportedData,
  options: ImportOptions,
  model?: Model,
): ImportPreview {
  const outcome = applyImport(current, data, options);
  return {
    kind: data.kind,
    outcome,
    diff: diffAssessments(current, outcome.assessment, model),
    unknowns: importUnknowns(data, outcome.assessment.stages, model),
  };
}
