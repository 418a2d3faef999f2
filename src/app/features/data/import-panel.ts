import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { sizeLabel } from '../../domain/common/size-label';
import { MAX_IMPORT_BYTES } from '../../domain/transfer/import-text';
import { ImportedData } from '../../domain/transfer/read-import';
import { Problem } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { CustomFilesCheck } from '../../state/custom-files-check';
import { FolderScan } from '../../state/repository-scan';
import { DropZone } from './drop-zone';
import { ImportReview } from './import-review';
import { problemText, readDataFile } from './read-file';

type Step =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly name: string }
  | {
      readonly step: 'refused';
      readonly name: string;
      readonly problems: readonly Problem[];
      /** Why, when it is not the file's own text. */
      readonly reason?: string;
    }
  | {
      readonly step: 'review';
      readonly name: string;
      readonly data: ImportedData;
      readonly warnings: readonly Problem[];
    };

/** Errors listed before "and N more": a wrong file can have thousands. */
const SHOWN_PROBLEMS = 100;

/** Import a progress, evidence or teams file or a backup: read, check, preview, then confirm. */
@Component({
  selector: 'app-import-panel',
  imports: [MatProgressBarModule, DropZone, ImportReview],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <p class="app-intro">
        Import team-progress.yaml, team-evidence.yaml, teams.yaml or a backup (up to {{ maxSize }}). The file is checked
        against the loaded model and you see exactly what it would change before anything is stored.
      </p>
      <app-drop-zone [disabled]="step().step === 'reading'" (file)="take($event)" />
      @switch (step().step) {
        @case ('reading') {
          <p role="status">Reading {{ name() }}…</p>
          <mat-progress-bar mode="indeterminate" aria-label="Reading the file" />
        }
        @case ('refused') {
          <div class="refused" role="alert">
            <h3>"{{ name() }}" was not imported</h3>
            <p>{{ reason() || 'Nothing was changed. Fix the file and import it again:' }}</p>
            <ul>
              @for (problem of errors().slice(0, shown); track $index) {
                <li>{{ text(problem) }}</li>
              }
            </ul>
            @if (errors().length > shown) {
              <p>…and {{ errors().length - shown }} more.</p>
            }
          </div>
        }
        @case ('review') {
          @if (review(); as review) {
            <app-import-review
              [fileName]="review.name"
              [data]="review.data"
              [warnings]="review.warnings"
              (applied)="done($event)"
              (cancelled)="cancel()"
            />
          }
        }
      }
      <p class="status" role="status">{{ message() }}</p>
    </section>
  `,
  styleUrl: './panel.scss',
  styles: `
    .refused {
      margin-top: 16px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      overflow-wrap: anywhere;
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ImportPanel {
  private readonly store = inject(AssessmentStore);
  private readonly customFiles = inject(CustomFilesCheck);
  private readonly injector = inject(Injector);
  private readonly reviewer = viewChild(ImportReview);
  protected readonly step = signal<Step>({ step: 'idle' });
  protected readonly message = signal('');
  protected readonly maxSize = sizeLabel(MAX_IMPORT_BYTES);
  protected readonly shown = SHOWN_PROBLEMS;
  protected readonly name = computed(() => {
    const step = this.step();
    return step.step === 'idle' ? '' : step.name;
  });
  /** Errors first: they are why the file was refused. */
  protected readonly errors = computed(() => {
    const step = this.step();
    if (step.step !== 'refused') return [];
    return [...step.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  });
  protected readonly reason = computed(() => {
    const step = this.step();
    return step.step === 'refused' ? step.reason : undefined;
  });
  protected readonly review = computed(() => {
    const step = this.step();
    return step.step === 'review' ? step : undefined;
  });
  protected readonly text = problemText;

  protected async take(file: File): Promise<void> {
    this.message.set('');
    this.step.set({ step: 'reading', name: file.name });
    const result = await readDataFile(file, this.store.state().assessment.stages);
    if (!result.ok) return this.step.set({ step: 'refused', name: file.name, problems: result.problems });
    const custom = await this.customFilesProblems(result.value);
    if (custom) {
      const reason =
        "Nothing was changed: the model does not load with the backup's custom activity files, which the " +
        'custom activity files panel would refuse too:';
      return this.step.set({ step: 'refused', name: file.name, problems: custom, reason });
    }
    this.step.set({ step: 'review', name: file.name, data: result.value, warnings: result.warnings });
  }

  /**
   * A backup's custom activity files pass the check one added in the panel passes: once stored, a
   * file that breaks the model would be read on every start.
   */
  private async customFilesProblems(data: ImportedData): Promise<readonly Problem[] | undefined> {
    if (data.kind !== 'backup' || data.backup.assessment.customFiles.length === 0) return undefined;
    const check = await this.customFiles.check(data.backup.assessment.customFiles);
    return check.ok ? undefined : check.problems;
  }

  /**
   * A scanned repository's proposal (from the scan panel) goes to the same preview as a file; the
   * preview takes the focus, as it appears away from the button that started the scan.
   */
  takeScan(scan: FolderScan): void {
    this.message.set('');
    this.step.set({ step: 'review', name: scan.name, data: scan.data, warnings: scan.warnings });
    afterNextRender(() => this.reviewer()?.focus(), { injector: this.injector });
  }

  protected done(message: string): void {
    this.step.set({ step: 'idle' });
    this.message.set(message);
  }

  protected cancel(): void {
    this.step.set({ step: 'idle' });
    this.message.set('Import cancelled; nothing was changed.');
  }
}
