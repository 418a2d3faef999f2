import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { Activity, MetaStrings, Model } from '../../domain/types';
import { Icon } from '../icon/icon';
import { ActivityDetails } from './activity-details';

export interface ActivityDetailsDialogData {
  readonly activity: Activity;
  readonly strings: MetaStrings;
  readonly model?: Model;
}

/**
 * Opens the details as a side sheet: a modal dialog (focus trapped, Escape closes, focus returns
 * to the button that opened it) docked to the right edge.
 */
export function openActivityDetails(
  dialog: MatDialog,
  data: ActivityDetailsDialogData,
): MatDialogRef<ActivityDetailsDialog> {
  return dialog.open(ActivityDetailsDialog, {
    data,
    position: { right: '0', top: '0' },
    height: '100dvh',
    width: '640px',
    maxWidth: '100vw',
    autoFocus: 'dialog',
  });
}

@Component({
  selector: 'app-activity-details-dialog',
  imports: [MatDialogModule, MatButtonModule, RouterLink, ActivityDetails, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h2 mat-dialog-title>{{ data.activity.name }}</h2>
      <button mat-icon-button type="button" mat-dialog-close aria-label="Close details">
        <app-icon name="close" />
      </button>
    </div>
    <mat-dialog-content class="content">
      <app-activity-details [activity]="data.activity" [strings]="data.strings" [model]="data.model" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <a mat-button [routerLink]="['/activity', data.activity.uuid]" mat-dialog-close>Open activity page</a>
      <button mat-flat-button type="button" mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    .head {
      display: flex;
      align-items: flex-start;
      padding-right: 8px;
    }
    .head h2 {
      flex: 1;
    }
    .head button {
      margin-top: 12px;
    }
    .content {
      flex: 1;
      max-height: none;
    }
  `,
})
export class ActivityDetailsDialog {
  protected readonly data = inject<ActivityDetailsDialogData>(MAT_DIALOG_DATA);
}
