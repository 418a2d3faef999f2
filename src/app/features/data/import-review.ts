import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { applyImport, ImportMode, ImportOptions } from '../../domain/transfer/apply-import';
import { previewImport } from '../../domain/transfer/import-preview';
import { ImportedData } from '../../domain/transfer/read-import';
import { Problem } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { formatDay } from '../../shared/local-day';
import { countsText, importedText, otherChanges } from './diff-text';
import { futureLines } from './future-text';
import { problemText } from './read-file';
import { TeamDiffList } from './team-diff-list';

const KIND_LABELS = {
  progress: 'a progress file',
  evidence: 'an evidence file',
  teams: 'a teams file',
  backup: 'a DSOMM Studio backup',
} as const;

/**
 * The preview of an import: what the file would change, per team and activity, in "merge" or
 * "replace" mode, and everything the file holds that the app does not know. Nothing is stored
 * until "Import" is pressed; the preview follows the browser's data live (another tab's edit).
 */
@Component({
  selector: 'app-import-review',
  imports: [MatButtonModule, MatCheckboxModule, MatRadioModule, TeamDiffList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-review.html',
  styleUrl: './import-review.scss',
})
export class ImportReview {
  private readonly store = inject(AssessmentStore);
  readonly fileName = input.required<string>();
  readonly data = input.required<ImportedData>();
  readonly warnings = input<readonly Problem[]>([]);
  readonly applied = output<string>();
  readonly cancelled = output<void>();

  protected readonly mode = signal<ImportMode>('merge');
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  protected readonly addTeams = signal(true);
  protected readonly busy = signal(false);
  protected readonly state = this.store.state;
  protected readonly readOnly = computed(() => this.state().data?.meta.allowChangeTeamNameInBrowser === false);
  protected readonly kindLabel = computed(() => KIND_LABELS[this.data().kind]);
  private readonly previewedAt = Date.now();

  private options(now: number): ImportOptions {
    return {
      mode: this.mode(),
      served: this.served(),
      now,
      addUnknownTeams: this.addTeams() && !this.readOnly(),
      teamsReadOnly: this.readOnly(),
    };
  }

  // Each part on its own: the preview of a large file takes a second, and must not be redone
  // when only the storage status changes.
  private readonly assessment = computed(() => this.state().assessment);
  private readonly served = computed(() => this.state().fileAssessment);
  private readonly model = computed(() => this.state().data?.model);
  private readonly today = this.store.today;
  protected readonly preview = computed(() =>
    previewImport(this.assessment(), this.data(), this.options(this.previewedAt), this.today(), this.model()),
  );
  private readonly dateLocale = computed(() => this.assessment().settings.dateLocale);
  protected readonly todayText = computed(() => formatDay(this.today(), this.dateLocale()));
  protected readonly future = computed(() => futureLines(this.preview().future, this.model(), this.dateLocale()));
  protected readonly other = computed(() => otherChanges(this.preview().diff));
  protected readonly skipped = computed(() => this.preview().outcome.skipped);
  protected readonly modelNote = computed(() => {
    const data = this.data();
    const version = data.kind === 'backup' ? data.backup.model?.version : undefined;
    const loaded = this.state().data?.model.header.version;
    return version && loaded && version !== loaded
      ? `The backup was made with model ${version}; this app has ${loaded} loaded.`
      : '';
  });
  protected readonly problemText = problemText;
  protected readonly teamTotals = computed(() => countsText(this.preview().diff.totals));

  /** Moves the focus (and the view) to the preview's heading. */
  focus(): void {
    this.title().nativeElement.focus();
  }

  protected async apply(): Promise<void> {
    const data = this.data();
    const diff = this.preview().diff;
    this.busy.set(true);
    this.store.update((current) => applyImport(current, data, this.options(Date.now())).assessment);
    // Saved now rather than after the usual debounce: an import is too much to lose to a tab
    // closed at once. A backup that brings other custom activity files then needs the model
    // loaded again (from what was saved; not at all if saving failed).
    await this.store.flush();
    const saved = this.state().storage.state === 'ok';
    const files = diff.customFiles;
    if (saved && files.added.length + files.removed.length + files.changed.length > 0) await this.store.reload();
    this.busy.set(false);
    const text = importedText(this.fileName(), diff);
    this.applied.emit(
      saved
        ? text
        : `${text} It is in this tab only: it could not be saved in the browser (see the message at the top).`,
    );
  }
}
