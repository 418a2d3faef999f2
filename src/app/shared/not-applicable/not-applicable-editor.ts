import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Activity } from '../../domain/types';
import type { NotApplicableAction } from '../stage-control/stage-control';
import { StageWriter } from '../stage-control/stage-writer';
import { AssessmentStore } from '../../state/assessment-store';
import { formatDay } from '../local-day';
import { openNotApplicableDialog } from './not-applicable-dialog';

/**
 * Marks an activity "not applicable" for a team (asking why, in a dialog) and clears the mark: the
 * same on every page where a team's stage is set, so a team says so where it assesses.
 */
@Injectable({ providedIn: 'root' })
export class NotApplicableEditor {
  private readonly store = inject(AssessmentStore);
  private readonly writer = inject(StageWriter);
  private readonly dialog = inject(MatDialog);

  /**
   * Asks for the reason (the current one to edit, if any); nothing changes on cancel. Resolves
   * once the dialog is closed: whether the mark was set.
   */
  mark(activity: Pick<Activity, 'uuid' | 'name'>, team: string): Promise<boolean> {
    const status = this.store.status(activity.uuid, team);
    const locale = this.store.assessment().settings.dateLocale;
    const stage = status.stage && `${status.stage.title} since ${formatDay(status.date ?? '', locale)}`;
    const reason = status.notApplicable?.reason ?? '';
    const ref = openNotApplicableDialog(this.dialog, { activity: activity.name, team, reason, stage });
    return new Promise((resolve) =>
      ref.afterClosed().subscribe((given) => {
        if (given !== undefined) this.writer.markNotApplicable(activity, team, given);
        resolve(given !== undefined);
      }),
    );
  }

  /** Does what a stage control's not-applicable option asks. */
  apply(action: NotApplicableAction, activity: Pick<Activity, 'uuid' | 'name'>, team: string): void {
    if (action === 'clear') this.writer.clearNotApplicable(activity.uuid, team);
    else void this.mark(activity, team);
  }

  clear(uuid: string, team: string): void {
    this.writer.clearNotApplicable(uuid, team);
  }
}
