import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { clearNotApplicable, setNotApplicable } from '../../domain/progress/not-applicable';
import { Activity, NotApplicable } from '../../domain/types';
import type { NotApplicableAction } from '../stage-control/stage-control';
import { AssessmentStore } from '../../state/assessment-store';
import { localDay } from '../local-day';
import { openNotApplicableDialog } from './not-applicable-dialog';

/**
 * Marks an activity "not applicable" for a team (asking why, in a dialog) and clears the mark: the
 * same on every page where a team's stage is set, so a team says so where it assesses.
 */
@Injectable({ providedIn: 'root' })
export class NotApplicableEditor {
  private readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);

  /** Asks for the reason (the current one to edit, if any); nothing changes on cancel. */
  mark(activity: Pick<Activity, 'uuid' | 'name'>, team: string, reason = ''): void {
    const ref = openNotApplicableDialog(this.dialog, { activity: activity.name, team, reason });
    ref.afterClosed().subscribe((given) => {
      if (given === undefined) return;
      this.store.update((a) => ({
        ...a,
        progress: setNotApplicable(a.progress, activity.uuid, team, given, localDay(), Date.now()),
      }));
    });
  }

  /** Does what a stage control's not-applicable option asks (`current`: the team's mark, if any). */
  apply(action: NotApplicableAction, activity: Pick<Activity, 'uuid' | 'name'>, team: string, current?: NotApplicable) {
    if (action === 'clear') this.clear(activity.uuid, team);
    else this.mark(activity, team, action === 'edit' ? (current?.reason ?? '') : '');
  }

  clear(uuid: string, team: string): void {
    this.store.update((a) => ({ ...a, progress: clearNotApplicable(a.progress, uuid, team, Date.now()) }));
  }
}
