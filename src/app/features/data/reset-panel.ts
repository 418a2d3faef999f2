import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { countOf } from '../../domain/common/count-of';
import { AssessmentStore } from '../../state/assessment-store';
import { ResetData, ResetDialog } from './reset-dialog';

/** Clear everything the browser holds (after a confirmation that offers a backup). */
@Component({
  selector: 'app-reset-panel',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="reset-title">
      <h2 id="reset-title">Reset</h2>
      <p class="app-intro">
        Delete everything this browser holds for DSOMM Studio and start again from the files served with the app. Other
        open tabs of the app drop what they show and load the served files too.
      </p>
      <button mat-stroked-button type="button" class="danger" [disabled]="busy()" (click)="reset()">
        Clear browser data…
      </button>
      <p class="status" role="status">{{ message() }}</p>
    </section>
  `,
  styleUrl: './panel.scss',
  styles: `
    .danger {
      --mat-button-outlined-label-text-color: var(--mat-sys-error);
      --mat-button-outlined-outline-color: var(--mat-sys-error);
    }
  `,
})
export class ResetPanel {
  private readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);
  protected readonly busy = signal(false);
  protected readonly message = signal('');

  protected async reset(): Promise<void> {
    const ref = this.dialog.open<ResetDialog, ResetData, boolean>(ResetDialog, {
      data: { holdings: this.holdings() },
      width: '520px',
      maxWidth: '96vw',
      autoFocus: '.reset-cancel',
      role: 'alertdialog',
    });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    this.busy.set(true);
    try {
      await this.store.reset();
      this.message.set('Browser data cleared. The app now shows the files served with it.');
    } catch (error) {
      this.message.set(`The browser data could not be cleared (${String(error)}); nothing was changed.`);
    } finally {
      this.busy.set(false);
    }
  }

  private holdings(): string[] {
    const { assessment } = this.store.state();
    let stages = 0;
    for (const teams of Object.values(assessment.progress))
      for (const entry of Object.values(teams)) stages += Object.keys(entry.stages).length;
    return [
      `progress: ${countOf(stages, 'stage date')}`,
      `evidence: ${countOf(assessment.evidence.length, 'entry', 'entries')}`,
      `${countOf(assessment.teams.names.length, 'team')} and ${countOf(Object.keys(assessment.teams.groups).length, 'group')}${assessment.teamsEdited ? ' (edited here)' : ''}`,
      `progress stages${assessment.stagesEdited ? ' (edited here)' : ''} and settings`,
      countOf(assessment.customFiles.length, 'custom activity file'),
    ];
  }
}
