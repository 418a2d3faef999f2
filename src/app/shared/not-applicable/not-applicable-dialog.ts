import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { REASON_MAX_LENGTH } from '../../domain/progress/not-applicable';

export interface NotApplicableDialogData {
  readonly activity: string;
  readonly team: string;
  readonly reason: string;
  /** The team's current stage, e.g. `Partly implemented since 2 Mar 2026`: marking clears it. */
  readonly stage?: string;
}

/** Asks why an activity does not apply to a team; closes with the reason, or undefined on cancel. */
@Component({
  selector: 'app-not-applicable-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Not applicable</h2>
    <mat-dialog-content>
      <p>
        <strong>{{ data.activity }}</strong> does not apply to <strong>{{ data.team }}</strong>. It is left out of the
        team's scores and roadmap, and kept in team-progress.yaml.
      </p>
      @if (data.stage) {
        <p>Its stage ({{ data.stage }}) is cleared: an activity has a stage or does not apply, not both.</p>
      }
      <mat-form-field class="reason">
        <mat-label>Reason</mat-label>
        <textarea matInput [formControl]="reason" [maxlength]="max" rows="3" cdkFocusInitial></textarea>
        <mat-hint align="end">{{ reason.value.length }} / {{ max }}</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" (click)="save()">Mark not applicable</button>
    </mat-dialog-actions>
  `,
  styles: `
    .reason {
      width: 100%;
    }
  `,
})
export class NotApplicableDialog {
  protected readonly data = inject<NotApplicableDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NotApplicableDialog, string>>(MatDialogRef);
  protected readonly max = REASON_MAX_LENGTH;
  protected readonly reason = new FormControl(this.data.reason, { nonNullable: true });

  protected save(): void {
    this.ref.close(this.reason.value);
  }
}

export function openNotApplicableDialog(dialog: MatDialog, data: NotApplicableDialogData) {
  return dialog.open<NotApplicableDialog, NotApplicableDialogData, string>(NotApplicableDialog, {
    data,
    width: 'min(520px, 92vw)',
  });
}
