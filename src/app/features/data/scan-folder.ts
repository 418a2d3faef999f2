import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { countOf } from '../../domain/common/count-of';
import { AssessmentStore } from '../../state/assessment-store';
import { FolderScan, RepositoryScan } from '../../state/repository-scan';
import { pickedFolder } from './picked-folder';
import { problemText } from './problem-text';

/**
 * "Scan a repository folder": the user picks a checkout and a team; the scan (the rules and code of
 * `dsomm scan`) proposes stages and evidence, which go to the import preview like a file would.
 * The folder is read in the browser; nothing is sent anywhere.
 */
@Component({
  selector: 'app-scan-folder',
  imports: [MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule],
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
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>Team</mat-label>
          <mat-select [value]="team()" (valueChange)="chosen.set($event)" [disabled]="busy()">
            @for (name of teams(); track name) {
              <mat-option [value]="name">{{ name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <input
          #picker
          class="visually-hidden"
          type="file"
          webkitdirectory
          tabindex="-1"
          aria-hidden="true"
          (change)="picked(picker)"
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
  private readonly store = inject(AssessmentStore);
  private readonly scanner = inject(RepositoryScan);
  readonly scanned = output<FolderScan>();
  protected readonly teams = computed(() => this.store.state().assessment.teams.names);
  protected readonly chosen = signal<string | undefined>(undefined);
  protected readonly team = computed(() => this.chosen() ?? this.teams()[0]);
  protected readonly busy = signal(false);
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
  protected readonly message = signal('');

  protected async picked(input: HTMLInputElement): Promise<void> {
    const folder = pickedFolder([...(input.files ?? [])]);
    input.value = '';
    const team = this.team();
    if (!folder || !team) {
      this.message.set('No folder was chosen (or it is empty).');
      return;
    }
    this.busy.set(true);
    this.message.set(`Scanning ${folder.name} (${countOf(folder.files, 'file')})…`);
    try {
      const result = await this.scanner.scan(folder.snapshot, team, folder.name);
      if (!result.ok) this.message.set(`The scan failed: ${result.problems.map(problemText).join(' ')}`);
      else if (result.value.empty) {
        this.message.set(
          `${folder.name}: the scan found nothing its rules know (${countOf(folder.files, 'file')} looked at).`,
        );
      } else {
        this.message.set(
          `${folder.name} for ${team}: ${result.value.summary} Review the changes in the import preview above.`,
        );
        this.scanned.emit(result.value);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
