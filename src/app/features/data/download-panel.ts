import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';
import { AssessmentStore } from '../../state/assessment-store';
import { DataFiles, DownloadKind } from './data-files';

/** Download the three DSOMM files and the full backup. */
@Component({
  selector: 'app-download-panel',
  imports: [MatButtonModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="download-title">
      <h2 id="download-title">Download</h2>
      <p class="app-intro">
        The DSOMM files, in the layout the OWASP DSOMM app reads: commit them to Git or serve them with the app. The
        backup holds everything this browser keeps, in one file you can import again.
      </p>
      <ul class="files">
        @for (file of files(); track file.kind) {
          <li>
            <button mat-stroked-button type="button" (click)="download(file.kind)">
              <app-icon name="download" /> {{ file.label }}
            </button>
            <span class="detail">{{ file.detail }}</span>
          </li>
        }
      </ul>
      <p class="status" role="status">{{ status() }}</p>
    </section>
  `,
  styleUrl: './panel.scss',
  styles: `
    .files {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    button {
      min-width: 15rem;
      justify-content: flex-start;
    }
    .detail {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DownloadPanel {
  private readonly store = inject(AssessmentStore);
  private readonly dataFiles = inject(DataFiles);
  protected readonly status = signal('');
  protected readonly files = computed(() => {
    const { assessment } = this.store.state();
    let entries = 0;
    for (const teams of Object.values(assessment.progress)) entries += Object.keys(teams).length;
    const kinds: { kind: DownloadKind; label: string; detail: string }[] = [
      { kind: 'progress', label: 'team-progress.yaml', detail: `Progress: ${entries} team × activity entries` },
      { kind: 'evidence', label: 'team-evidence.yaml', detail: `Evidence: ${assessment.evidence.length} entries` },
      {
        kind: 'teams',
        label: 'teams.yaml',
        detail: `${assessment.teams.teams.length} teams, ${Object.keys(assessment.teams.groups).length} groups`,
      },
      {
        kind: 'backup',
        label: 'Full backup',
        detail: 'Progress, evidence, teams, groups, stages, settings, custom activity files',
      },
    ];
    return kinds;
  });

  protected download(kind: DownloadKind): void {
    const name = this.dataFiles.download(kind);
    this.status.set(`${name} downloaded.`);
  }
}
