import { TestBed } from '@angular/core/testing';
import { AssessmentState } from '../../domain/types';
import { AssessmentPersistence } from '../assessment-persistence';

/** Stores `assessment` as a tab's save would: for specs that start from data in the browser. */
export async function storeAssessment(assessment: AssessmentState): Promise<void> {
  const persistence = TestBed.inject(AssessmentPersistence);
  const { version } = await persistence.read();
  const result = await persistence.write(assessment, { ...version, assessment });
  if (result.state !== 'ok') throw new Error(`The assessment could not be stored: ${result.state}`);
}
