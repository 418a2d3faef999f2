import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AssessmentStore } from '../../state/assessment-store';
import { CustomFilesPanel } from './custom-files-panel';
import { DownloadPanel } from './download-panel';
import { ImportPanel } from './import-panel';
import { ResetPanel } from './reset-panel';
import { ScanFolder } from './scan-folder';

/**
 * /data: download the files and a backup, import them (or a scanned repository's proposal), custom
 * activity files, reset. All but import
 * also work after a failed start, on the data as stored: the way out of a start that keeps failing.
 */
@Component({
  selector: 'app-data-page',
  imports: [DownloadPanel, ImportPanel, ScanFolder, CustomFilesPanel, ResetPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <h1>Data centre</h1>
      <p class="app-intro">
        Everything stays in this browser until you download it. Import shows what would change before it changes
        anything.
      </p>
    </header>
    @if (state().status !== 'loading') {
      <app-download-panel class="app-card" />
      @if (state().status === 'ready') {
        <app-import-panel #imports class="app-card" />
        <app-scan-folder class="app-card" (scanned)="imports.takeScan($event)" />
      } @else {
        <p class="app-card">
          Import checks a file against the model, so it waits until the model loads (see the problems above). Download a
          backup, remove a custom activity file or reset below.
        </p>
      }
      <app-custom-files-panel class="app-card" />
      <app-reset-panel class="app-card" />
    }
  `,
  host: { class: 'app-page' },
  styles: `
    :host {
      max-width: 72rem;
    }
  `,
})
export class DataPage {
  protected readonly state = inject(AssessmentStore).state;
}
