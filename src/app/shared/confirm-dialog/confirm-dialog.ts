import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

export interface ConfirmData {
  readonly title: string;
  /** Paragraphs: what will happen, with the numbers the user needs to decide. */
  readonly paragraphs: readonly string[];
  readonly confirm: string;
  readonly cancel?: string;
  /** The action deletes data: the confirm button is drawn in the error colour. */
  readonly destructive?: boolean;
}

/** Asks before something that cannot be undone; resolves true only when confirmed. */
export function confirm(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
    data,
    width: '480px',
    maxWidth: '96vw',
    // Cancel gets the focus: Enter on a destructive question must not delete.
    autoFocus: '.confirm-cancel',
    role: 'alertdialog',
  });
  return firstValueFrom(ref.afterClosed()).then((result) => result === true);
}

@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @for (paragraph of data.paragraphs; track $index) {
        <p>{{ paragraph }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" class="confirm-cancel" [mat-dialog-close]="false">
        {{ data.cancel ?? 'Cancel' }}
      </button>
      <button mat-flat-button type="button" [class.destructive]="data.destructive" [mat-dialog-close]="true">
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
    p {
      max-width: 60ch;
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}
