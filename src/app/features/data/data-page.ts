import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { countOf } from '../../domain/common/count-of';
import { AssessmentStore } from '../../state/assessment-store';
import { RepositoryScan } from '../../state/repository-scan';
import { CustomFilesPanel } from './custom-files-panel';
import { DownloadPanel } from './download-panel';
import { ImportPanel } from './import-panel';
import { ResetPanel } from './reset-panel';
import { problemText } from './problem-text';
import { ScanChoice, ScanFolder } from './scan-folder';

/**
 * /data: download the files and a backup, import them (or a scanned repository's proposal), custom
 * activity files, reset. All but import and the scan also work after a failed start, on the data as
 * stored: the way out of a start that keeps failing. The panels do their own work, except the scan:
 * the page runs the scan its panel asks for and hands the proposal to the import preview.
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
        <app-scan-folder
          class="app-card"
          [teams]="teams()"
          [busy]="scanning()"
          [message]="scanMessage()"
          (chosen)="scan($event, imports)"
        />
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
  private readonly scanner = inject(RepositoryScan);
  protected readonly state = inject(AssessmentStore).state;
  protected readonly teams = computed(() => this.state().assessment.teams.names);
  protected readonly scanning = signal(false);
  protected readonly scanMessage = signal('');

  /** Scans the chosen folder; what the rules found goes to the import preview, nothing is stored yet. */
  protected async scan({ folder, team }: ScanChoice, imports: ImportPanel): Promise<void> {
    if (!folder) {
      this.scanMessage.set('No folder was chosen (or it is empty).');
      return;
    }
    this.scanning.set(true);
    this.scanMessage.set(`Scanning ${folder.name} (${countOf(folder.files, 'file')})…`);
    try {
      const result = await this.scanner.scan(folder.snapshot, team, folder.name);
      if (!result.ok) this.scanMessage.set(`The scan failed: ${result.problems.map(problemText).join(' ')}`);
      else if (result.value.empty) {
        this.scanMessage.set(
          `${folder.name}: the scan found nothing its rules know (${countOf(folder.files, 'file')} looked at).`,
        );
      } else {
        this.scanMessage.set(
          `${folder.name} for ${team}: ${result.value.summary} Review the changes in the import preview above.`,
        );
        await imports.takeScan(result.value);
      }
    } finally {
      this.scanning.set(false);
    }
  }
}
