import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AssessmentStore } from '../../state/assessment-store';
import { CustomFilesPanel } from './custom-files-panel';
import { DownloadPanel } from './download-panel';
import { ImportPanel } from './import-panel';
import { ResetPanel } from './reset-panel';

/** /data: download the files and a backup, import them, custom activity files, reset. */
@Component({
  selector: 'app-data-page',
  imports: [DownloadPanel, ImportPanel, CustomFilesPanel, ResetPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <h1>Data centre</h1>
      <p class="intro">
        Everything stays in this browser until you download it. Import shows what would change before it changes
        anything.
      </p>
    </header>
    @if (state().status === 'ready') {
      <app-download-panel class="card" />
      <app-import-panel class="card" />
      <app-custom-files-panel class="card" />
      <app-reset-panel class="card" />
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px 24px 48px;
      max-width: 72rem;
    }
    h1 {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-medium);
    }
    .intro {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .card {
      display: block;
      margin-bottom: 24px;
      padding: 16px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container-low);
    }
    @media (max-width: 600px) {
      :host {
        padding: 12px 12px 32px;
      }
    }
  `,
})
export class DataPage {
  protected readonly state = inject(AssessmentStore).state;
}
