import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { countText } from '../../domain/common/count-text';
import { countOf } from '../../domain/common/count-of';
import { NameCount } from '../../domain/transfer/import-unknowns';
import { countsText, otherChanges } from '../../domain/transfer/diff-text';
import { ImportMode } from '../../domain/transfer/apply-import';
import { teamsImportDefault } from '../../domain/transfer/team-lists';
import { Problem } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { BUNDLED_TEAMS } from '../../state/bundled-teams';
import { ImportOperation, ImportPlan } from '../../state/import-operation';
import { ImportSummary } from '../../state/import-session';
import { formatDay } from '../../shared/local-day';
import { futureLines } from './future-text';
import { problemText } from './problem-text';
import { TeamDiffList } from './team-diff-list';

const KIND_LABELS = {
  progress: 'a progress file',
  evidence: 'an evidence file',
  teams: 'a teams file',
  backup: 'a DSOMM Studio backup',
} as const;

/**
 * The preview of an import: what the file would change, per team and activity, in "merge" or
 * "replace" mode, and everything the file holds that the app does not know. It changes nothing:
 * "Import" emits the plan the user confirmed (the import panel applies it); the preview follows
 * the browser's data live (another tab's edit).
 */
@Component({
  selector: 'app-import-review',
  imports: [MatButtonModule, MatCheckboxModule, MatProgressBarModule, MatRadioModule, TeamDiffList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-review.html',
  styleUrl: './import-review.scss',
})
export class ImportReview {
  private readonly store = inject(AssessmentStore);
  private readonly imports = inject(ImportOperation);
  private readonly bundledTeams = inject(BUNDLED_TEAMS);
  readonly fileName = input.required<string>();
  readonly summary = input.required<ImportSummary>();
  readonly warnings = input<readonly Problem[]>([]);
  /** The confirmed import is being applied. */
  readonly busy = input(false);
  readonly confirmed = output<ImportPlan>();
  readonly cancelled = output<void>();

  /**
   * A teams file's default, read once as the file is previewed: it replaces the teams the app came
   * with when nobody's work was recorded here (a new user importing 12 teams expects 12, not the 4
   * samples and theirs), and is added otherwise (teamsImportDefault).
   */
  protected readonly teamsDefault = computed(() => {
    const teams = this.summary().teams ?? [];
    return untracked(() =>
      teamsImportDefault(this.store.assessment(), this.store.state().fileAssessment, teams, this.bundledTeams()),
    );
  });
  protected readonly mode = linkedSignal<ImportMode>(() =>
    this.summary().kind === 'teams' ? this.teamsDefault().mode : 'merge',
  );
  /** The current team list, a few names of it. */
  protected readonly currentTeams = computed(() => {
    const names = this.store.assessment().teams.names;
    return names.length > 5
      ? `${names.slice(0, 5).join(', ')} and ${countText(names.length - 5)} more`
      : names.join(', ');
  });
  protected readonly teamsNow = computed(() => this.store.assessment().teams.names.length);
  /** How many teams the list has once the previewed import is applied. */
  protected readonly teamsAfter = computed(() => {
    const list = this.preview()?.diff.teamList;
    return list && this.teamsNow() + list.added.length - list.removed.length;
  });
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  /**
   * Teams a file mentions are added to the list unless the user says otherwise; not from a backup,
   * which has its team list: a team its data names that the list lacks was unlisted where it was made,
   * and a restore (Replace) makes the browser the backup's.
   */
  protected readonly addTeams = linkedSignal(() => this.summary().kind !== 'backup');
  protected readonly readOnly = this.imports.teamsReadOnly;
  /** Until the import is being stored, it can be cancelled (a worker that never answers is ended). */
  protected readonly storing = this.imports.storing;
  protected readonly count = countText;
  protected readonly kindLabel = computed(() => KIND_LABELS[this.summary().kind]);

  private readonly choice = computed(() => ({ mode: this.mode(), addTeams: this.addTeams() }));
  private readonly live = this.imports.livePreview(this.choice, Date.now());
  /** The last preview made; while `previewing`, a newer one (another choice) is on its way. */
  protected readonly preview = this.live.value;
  protected readonly previewing = this.live.pending;
  protected readonly previewError = this.live.error;
  private readonly model = computed(() => this.store.data()?.model);
  protected readonly dateLocale = computed(() => this.store.assessment().settings.dateLocale);
  protected readonly todayText = computed(() => formatDay(this.store.today(), this.dateLocale()));
  protected readonly future = computed(() =>
    futureLines(this.preview()?.future ?? [], this.model(), this.dateLocale()),
  );
  protected readonly other = computed(() => {
    const preview = this.preview();
    return preview ? otherChanges(preview.diff) : [];
  });
  protected readonly modelNote = computed(() => {
    const version = this.summary().modelVersion;
    const loaded = this.model()?.header.version;
    return version && loaded && version !== loaded
      ? `The backup was made with model ${version}; this app has ${loaded} loaded.`
      : '';
  });
  protected readonly problemText = problemText;
  protected readonly teamTotals = computed(() => {
    const preview = this.preview();
    return preview ? countsText(preview.diff.totals) : '';
  });

  /** "line 12: " before a kept unknown key, where the file writes it first (as a refusal names its line). */
  protected lineText(key: NameCount): string {
    return key.line === undefined ? '' : `line ${key.line}: `;
  }

  protected entriesText(n: number): string {
    return countOf(n, 'entry', 'entries');
  }

  /** Moves the focus (and the view) to the preview's heading. */
  focus(): void {
    this.title().nativeElement.focus();
  }

  protected confirm(): void {
    const preview = this.preview();
    if (!preview || this.previewing()) return;
    this.confirmed.emit({ fileName: this.fileName(), choice: this.choice(), preview });
  }
}
