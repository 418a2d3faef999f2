import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { countText } from '../../domain/common/count-text';
import { sizeLabel } from '../../domain/common/size-label';
import { MAX_IMPORT_BYTES } from '../../domain/transfer/import-text';
import { Problem } from '../../domain/types';
import { ImportOperation, ImportPlan, ImportRead } from '../../state/import-operation';
import { ImportSummary } from '../../state/import-session';
import { FolderScan } from '../../state/repository-scan';
import { DropZone } from './drop-zone';
import { ImportReview } from './import-review';
import { problemText } from './problem-text';

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
      readonly summary: ImportSummary;
      readonly warnings: readonly Problem[];
    };

/** Errors listed before "and N more": a wrong file can have thousands. */
const SHOWN_PROBLEMS = 100;

/** Import a progress, evidence or teams file or a backup: read, check, preview, then confirm. */
@Component({
  selector: 'app-import-panel',
  imports: [MatButtonModule, MatProgressBarModule, DropZone, ImportReview],
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
          <button mat-button type="button" (click)="cancel()">Cancel</button>
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
              <p>…and {{ count(errors().length - shown) }} more.</p>
            }
          </div>
        }
        @case ('review') {
          @if (review(); as review) {
            <app-import-review
              [fileName]="review.name"
              [summary]="review.summary"
              [warnings]="review.warnings"
              [busy]="applying()"
              (confirmed)="apply($event)"
              (cancelled)="cancel()"
            />
          }
        }
      }
      <p class="status" role="status">{{ imports.notice() }} {{ message() }}</p>
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
  protected readonly imports = inject(ImportOperation);
  private readonly injector = inject(Injector);
  private readonly reviewer = viewChild(ImportReview);
  private readonly dropZone = viewChild.required(DropZone);
  protected readonly step = signal<Step>({ step: 'idle' });
  protected readonly message = signal('');
  protected readonly applying = signal(false);
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
  protected readonly count = countText;
  /** Counts imports started and cancelled: what a cancelled one finishes is not shown. */
  private attempt = 0;

  constructor() {
    // A file read and its preview stay in the import session (tens of MB for a large file) until
    // imported or cancelled; leaving the page is cancelling.
    inject(DestroyRef).onDestroy(() => void this.imports.close());
    afterNextRender(() => this.imports.prepare());
  }

  protected async take(file: File): Promise<void> {
    const attempt = ++this.attempt;
    this.message.set('');
    this.step.set({ step: 'reading', name: file.name });
    let read: ImportRead;
    try {
      read = await this.imports.read(file);
    } catch (error) {
      read = { ok: false, problems: [], reason: error instanceof Error ? error.message : String(error) };
    }
    if (attempt !== this.attempt) return;
    this.step.set(
      read.ok
        ? { step: 'review', name: file.name, summary: read.summary, warnings: read.warnings }
        : { step: 'refused', name: file.name, problems: read.problems, reason: read.reason },
    );
  }

  /**
   * A scanned repository's proposal (from the scan panel) goes to the same preview as a file; the
   * preview takes the focus, as it appears away from the button that started the scan.
   */
  async takeScan(scan: FolderScan): Promise<void> {
    const attempt = ++this.attempt;
    this.message.set('');
    const summary = await this.imports.take(scan.data).catch(() => undefined);
    if (!summary || attempt !== this.attempt) return;
    this.step.set({ step: 'review', name: scan.name, summary, warnings: scan.warnings });
    afterNextRender(() => this.reviewer()?.focus(), { injector: this.injector });
  }

  protected async apply(plan: ImportPlan): Promise<void> {
    const attempt = this.attempt;
    this.applying.set(true);
    try {
      const result = await this.imports.apply(plan);
      this.step.set({ step: 'idle' });
      this.message.set(result.message);
    } catch (error) {
      // Cancelled while the data was on its way from the worker: cancel() has said so.
      if (attempt !== this.attempt) return;
      this.step.set({ step: 'idle' });
      this.message.set(`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.applying.set(false);
    }
  }

  /** Whatever the import is doing, short of storing: the worker is ended if it is at work. */
  protected cancel(): void {
    this.attempt++;
    void this.imports.close();
    this.step.set({ step: 'idle' });
    this.message.set('Import cancelled: nothing was imported, and the data stored in this browser is unchanged.');
    // The button pressed is gone: the focus goes on to choosing another file, not to the page's start.
    afterNextRender(() => this.dropZone().focus(), { injector: this.injector });
  }
}
