import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TeamsError } from '../../domain/teams/teams-error';
import { AssessmentState } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';

/**
 * Applies a team or group edit. The forms check names first, so a TeamsError here means the list
 * changed since (in another tab): it is announced and nothing changes, rather than thrown.
 */
export function guardedEdit(
  store: AssessmentStore,
  announcer: LiveAnnouncer,
  edit: (assessment: AssessmentState) => AssessmentState,
): boolean {
  try {
    store.update(edit);
    return true;
  } catch (error) {
    if (!(error instanceof TeamsError)) throw error;
    void announcer.announce(`Not changed: ${error.message}`, 'assertive');
    return false;
  }
}
