import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TextFieldModule } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  applyStageDraft,
  planStageSave,
  RemovedStageChoice,
  StagesError,
  stageUsage,
} from '../../domain/stages/apply-stage-draft';
import {
  draftOf,
  newStageRow,
  percentLabel,
  restoredDraft,
  sameStages,
  sortedByScore,
  StageRow,
  stageDraftProblems,
  stagesOf,
  withRowAdded,
  withRowChanged,
  withRowMoved,
  withRowRemoved,
} from '../../domain/stages/stage-draft';
import { Icon } from '../../shared/icon/icon';
import { MoveButtons } from '../../shared/move-buttons/move-buttons';
import { AssessmentStore } from '../../state/assessment-store';
import { askStageRemoval } from './stage-removal-dialog';
import { countOf } from '../../domain/common/count-of';
import { countText } from '../../domain/common/count-text';

/**
 * The progress stages, edited as a draft and saved as a whole (the rules hold for the whole list,
 * not for each step): add, rename, re-score, delete, reorder; "restore" loads meta.yaml's stages.
 * Saving carries progress along renamed stages and asks about deleted stages that hold progress.
 */
@Component({
  selector: 'app-stage-editor',
  imports: [
    FormsModule,
    TextFieldModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTooltipModule,
    Icon,
    MoveButtons,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stage-editor.html',
  styleUrl: './stage-editor.scss',
})
export class StageEditor {
  private readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);

  private readonly saved = computed(() => this.store.state().assessment.stages);
  private readonly served = computed(() => this.store.state().data?.meta.stages ?? []);
  /** The draft; it starts again from the saved stages whenever they change (saved here or in another tab). */
  protected readonly rows = linkedSignal<StageRow[]>(() => draftOf(this.saved()));
  protected readonly problems = computed(() => stageDraftProblems(this.rows()));
  protected readonly general = computed(() => this.problems().filter((p) => p.row === undefined));
  protected readonly dirty = computed(
    () => !sameStages(stagesOf(this.rows()), this.saved()) || this.rows().some((row) => row.from !== row.title.trim()),
  );
  private readonly usage = computed(() => stageUsage(this.store.state().assessment.progress));
  protected readonly isServed = computed(() => sameStages(this.saved(), this.served()));
  protected readonly edited = computed(() => this.store.state().assessment.stagesEdited);
  protected readonly message = signal('');
  protected readonly failure = signal('');
  /** The draft is checked as a whole, not per control: each field shows the draft's verdict on it. */
  protected readonly invalid: ErrorStateMatcher = { isErrorState: () => true };
  protected readonly count = countText;
  protected readonly valid: ErrorStateMatcher = { isErrorState: () => false };

  protected problem(row: number, field: 'title' | 'score'): string | undefined {
    return this.problems().find((p) => p.row === row && p.field === field)?.message;
  }

  protected entries(row: StageRow): number {
    return row.from === undefined ? 0 : (this.usage().get(row.from) ?? 0);
  }

  protected percent(score: number): number | null {
    return Number.isFinite(score) ? Math.round(score * 1_000_000) / 10_000 : null;
  }

  protected setTitle(index: number, title: string): void {
    this.rows.update((rows) => withRowChanged(rows, index, { title }));
  }

  protected setScore(index: number, percent: number | null): void {
    // An empty field is no score (NaN), which the checks report; not 0%.
    const score = percent === null || !Number.isFinite(percent) ? Number.NaN : percent / 100;
    this.rows.update((rows) => withRowChanged(rows, index, { score }));
  }

  protected setDefinition(index: number, definition: string): void {
    this.rows.update((rows) => withRowChanged(rows, index, { definition }));
  }

  protected add(): void {
    const row = newStageRow(this.rows());
    this.rows.update((rows) => withRowAdded(rows, row));
    this.announcer.announce(`${row.title} added at ${percentLabel(row.score)}. Give it a name.`);
  }

  protected remove(index: number): void {
    const title = this.rows()[index].title;
    this.rows.update((rows) => withRowRemoved(rows, index));
    this.announcer.announce(`Stage ${title} removed from the draft.`);
  }

  protected move(index: number, by: -1 | 1): void {
    this.rows.update((rows) => withRowMoved(rows, index, index + by));
  }

  protected sort(): void {
    this.rows.update(sortedByScore);
  }

  protected restore(): void {
    this.rows.set(restoredDraft(this.saved(), this.served()));
    this.announcer.announce('The stages of meta.yaml are in the draft. Save to use them.');
  }

  protected discard(): void {
    this.rows.set(draftOf(this.saved()));
  }

  protected async save(): Promise<void> {
    const rows = this.rows();
    if (this.problems().length > 0) return;
    const state = this.store.state();
    const plan = planStageSave(state.assessment.stages, rows, state.assessment.progress);
    const inUse = plan.removed.filter((removed) => removed.entries > 0);
    let choices: Record<string, RemovedStageChoice> = {};
    if (inUse.length > 0) {
      const savedByTitle = new Map(state.assessment.stages.map((stage) => [stage.title, stage]));
      const answer = await askStageRemoval(this.dialog, {
        removed: inUse.map((removed) => ({ stage: savedByTitle.get(removed.title)!, entries: removed.entries })),
        targets: stagesOf(rows),
      });
      if (!answer) return;
      choices = answer;
    }
    try {
      this.store.update((assessment) =>
        applyStageDraft(assessment, rows, choices, { now: Date.now(), served: this.served() }),
      );
    } catch (error) {
      // The stages or progress changed in another tab since the draft was checked: nothing was saved.
      if (!(error instanceof StagesError)) throw error;
      this.failure.set(`Not saved: ${error.message} Check the draft and save again.`);
      return;
    }
    this.failure.set('');
    const moved = plan.renamed
      .filter((r) => r.entries > 0)
      .map(
        (r) =>
          `"${r.from}" is now "${r.to}" (${countOf(r.entries, 'progress entry', 'progress entries')} moved with it)`,
      );
    this.message.set(['Stages saved.', ...moved].join(' '));
  }
}
