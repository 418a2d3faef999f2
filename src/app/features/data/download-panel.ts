import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { countOf } from '../../domain/common/count-of';
import { quoted } from '../../domain/common/file-problem';
import { progressTally } from '../../domain/stages/apply-stage-draft';
import { stagesMetaLacks } from '../../domain/stages/meta-with-stages';
import { Icon } from '../../shared/icon/icon';
import { AssessmentStore } from '../../state/assessment-store';
import { DataFiles, DownloadKind } from './data-files';

interface FileEntry {
  readonly kind: DownloadKind;
  readonly label: string;
  readonly detail: string;
  /** Why this file alone would not be read as it is meant elsewhere. */
  readonly warning?: string;
}

const list = (titles: readonly string[]) => titles.map(quoted).join(', ');

/**
 * Download the three DSOMM files and the full backup, plus meta.yaml when the stages were edited
 * here: progress at stages the served meta.yaml lacks means nothing to another app without it.
 */
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
            @if (file.warning) {
              <p class="warning"><app-icon name="warning" /> {{ file.warning }}</p>
            }
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
    .warning {
      flex-basis: 100%;
      display: flex;
      gap: 8px;
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      overflow-wrap: anywhere;
    }
  `,
})
export class DownloadPanel {
  private readonly store = inject(AssessmentStore);
  private readonly dataFiles = inject(DataFiles);
  protected readonly status = signal('');
  private readonly lacks = computed(() => {
    const { assessment, data } = this.store.state();
    return stagesMetaLacks(assessment.progress, data?.meta.stages ?? [], assessment.stages);
  });
  /** The meta.yaml that defines the edited stages; only offered when the stages were edited here. */
  private readonly stagesFile = computed(() =>
    this.store.state().assessment.stagesEdited ? this.dataFiles.stages() : undefined,
  );
  protected readonly files = computed(() => {
    const { assessment } = this.store.state();
    const { entries } = progressTally(assessment.progress);
    const stages = this.stagesFile();
    const kinds: FileEntry[] = [
      {
        kind: 'progress',
        label: 'team-progress.yaml',
        detail: `Progress: ${countOf(entries, 'team × activity entry', 'team × activity entries')}`,
        warning: this.progressWarning(),
      },
      ...(stages === undefined
        ? []
        : [
            {
              kind: 'stages' as const,
              label: this.dataFiles.fileName('stages'),
              detail:
                stages.kind === 'meta.yaml'
                  ? 'The progress stages edited here, in the served meta.yaml (everything else as served)'
                  : 'The progress stages edited here: the progressDefinition to paste into your meta.yaml',
            },
          ]),
      {
        kind: 'evidence',
        label: 'team-evidence.yaml',
        detail: `Evidence: ${countOf(assessment.evidence.length, 'entry', 'entries')}`,
      },
      {
        kind: 'teams',
        label: 'teams.yaml',
        detail: `${countOf(assessment.teams.names.length, 'team')}, ${countOf(Object.keys(assessment.teams.groups).length, 'group')}`,
      },
      {
        kind: 'backup',
        label: 'Full backup',
        detail: 'Progress, evidence, teams, groups, stages, settings, custom activity files',
      },
    ];
    return kinds;
  });

  private progressWarning(): string | undefined {
    const { edited, unknown } = this.lacks();
    const parts: string[] = [];
    if (edited.length > 0) {
      parts.push(
        `The progress uses stages the served meta.yaml does not define: ${list(edited)}. Commit the ` +
          `${this.dataFiles.fileName('stages')} offered here with it, or the OWASP DSOMM app (and this app, ` +
          `loading the files elsewhere) will not count them.`,
      );
    }
    if (unknown.length > 0) {
      parts.push(
        `${edited.length > 0 ? 'It also holds' : 'The progress holds'} ${list(unknown)}, which no stage definition here ` +
          `has: kept as read from a file, counted nowhere.`,
      );
    }
    return parts.length > 0 ? parts.join(' ') : undefined;
  }

  protected download(kind: DownloadKind): void {
    const name = this.dataFiles.download(kind);
    const edited = this.lacks().edited;
    this.status.set(
      kind === 'progress' && edited.length > 0
        ? `${name} downloaded. It uses stages the served meta.yaml lacks (${list(edited)}): download ` +
            `${this.dataFiles.fileName('stages')} too.`
        : `${name} downloaded.`,
    );
  }
}
