import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TeamPicker, teamOptions } from '../../shared/team-selection/team-picker';
import { PickedFolder, pickedFolder } from './picked-folder';

/** A folder and a team the user chose to scan; no folder when none was chosen or it is empty. */
export interface ScanChoice {
  readonly folder: PickedFolder | undefined;
  readonly team: string;
}

/**
 * "Scan a repository folder": the user picks a checkout and a team, and this says so; the data
 * centre runs the scan (the rules and code of `dsomm scan`, RepositoryScan) and its proposal goes to
 * the import preview like a file would. The folder is read in the browser; nothing is sent anywhere.
 */
@Component({
  selector: 'app-scan-folder',
  imports: [MatButtonModule, MatProgressBarModule, TeamPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="scan-title">
      <h2 id="scan-title">Scan a repository</h2>
      <p class="app-intro">
        Pick a checkout of a repository: its CI pipelines, Dockerfiles and configuration are read in this browser
        (nothing is uploaded, whatever the browser's dialog says) and stages and evidence are proposed for the team,
        never below its current stage. The import preview above shows every change before anything is stored.
      </p>
      <div class="row">
        <app-team-picker
          class="team"
          label="Team"
          [options]="options()"
          [value]="team()"
          (chosen)="picked.set($event)"
        />
        <input
          #picker
          class="visually-hidden"
          type="file"
          webkitdirectory
          tabindex="-1"
          aria-hidden="true"
          (change)="choose(picker)"
        />
        <button mat-stroked-button type="button" [disabled]="busy() || !team()" (click)="picker.click()">
          Choose a repository folder
        </button>
      </div>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" aria-label="Scanning the folder" />
      }
      <p class="status" role="status">{{ message() }}</p>
      <p class="hint">
        Where the browser cannot open a folder, or for CI, run
        <code>
          @for (part of command(); track $index) {
            <span class="arg">{{ part }}</span>
            @if (!$last) {
              {{ ' ' }}
            }
          }
        </code>
        in a DSOMM Studio checkout and import the file.
      </p>
    </section>
  `,
  styleUrl: './panel.scss',
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .team {
      flex: 1 1 240px;
      max-width: 360px;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    /* The command wraps between its words, never inside one (-o was split after its hyphen). */
    .arg {
      white-space: nowrap;
    }
  `,
})
export class ScanFolder {
  readonly teams = input.required<readonly string[]>();
  /** A scan is running: nothing can be chosen until it ends. */
  readonly busy = input(false);
  /** How the last scan went, for the status line. */
  readonly message = input('');
  readonly chosen = output<ScanChoice>();
  protected readonly picked = signal<string | undefined>(undefined);
  protected readonly team = computed(() => this.picked() ?? this.teams()[0]);
  /** Found by name rather than listed: a select of 10,000 teams took most of the page's render. */
  protected readonly options = computed(() => teamOptions(this.teams()));
  protected readonly command = computed(() => [
    'npx',
    'dsomm',
    'scan',
    'path/to/repository',
    '--team',
    JSON.stringify(this.team() ?? 'Team A'),
    '-o',
    'proposal.yaml',
  ]);

  protected choose(input: HTMLInputElement): void {
    const folder = pickedFolder([...(input.files ?? [])]);
    input.value = '';
    const team = this.team();
    if (team) this.chosen.emit({ folder, team });
  }
}
