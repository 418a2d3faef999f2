import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { Icon } from '../../shared/icon/icon';
import { DataFiles } from './data-files';

export interface ResetData {
  /** What will be deleted, in words (counts). */
  readonly holdings: readonly string[];
}

/** Confirms clearing the browser's data, offering a backup download first. */
@Component({
  selector: 'app-reset-dialog',
  imports: [MatDialogModule, MatButtonModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Clear this browser's data?</h2>
    <mat-dialog-content>
      <p>This deletes everything DSOMM Studio keeps in this browser:</p>
      <ul>
        @for (line of data.holdings; track line) {
          <li>{{ line }}</li>
        }
      </ul>
      <p>
        The app then starts again from the files served with it. This cannot be undone: download a backup first to keep
        a copy.
      </p>
      <p>
        <button mat-stroked-button type="button" (click)="backup()">
          <app-icon name="download" /> Download a backup first
        </button>
      </p>
      <p role="status">{{ downloaded() ? downloaded() + ' downloaded.' : '' }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" class="reset-cancel" [mat-dialog-close]="false">Cancel</button>
      <button mat-flat-button type="button" class="destructive" [mat-dialog-close]="true">Clear browser data</button>
    </mat-dialog-actions>
  `,
  styles: `
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ResetDialog {
  protected readonly data = inject<ResetData>(MAT_DIALOG_DATA);
  private readonly files = inject(DataFiles);
  protected readonly downloaded = signal('');

  protected backup(): void {
    this.downloaded.set(this.files.download('backup'));
  }
}
