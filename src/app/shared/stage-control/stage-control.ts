import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { currentStage } from '../../domain/progress/current-stage';
import { stageDate } from '../../domain/progress/stage-dates';
import { NotApplicable, Stage, StageDates } from '../../domain/types';
import { formatDay } from '../local-day';

/** What a team can say of an activity besides a stage (the select's extra options). */
export type NotApplicableAction = 'mark' | 'edit' | 'clear';

/**
 * One team's stage on one activity: a select of the progress stages showing the current one and,
 * below it, the day it was reached. Emits the stage the user picks; the parent writes it. When
 * `markable`, the select also offers to mark the activity not applicable to the team (or to change
 * the reason, or to clear the mark): the parent asks and writes.
 */
@Component({
  selector: 'app-stage-control',
  imports: [MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic" class="field">
      <mat-label>{{ team() }}</mat-label>
      <mat-select [value]="value()" [aria-label]="ariaLabel()" (selectionChange)="picked($event)">
        @for (stage of stages(); track stage.title) {
          <mat-option [value]="stage.title">{{ stage.title }}</mat-option>
        }
        @if (markable()) {
          @if (notApplicable()) {
            <mat-option class="mark first" [value]="EDIT_REASON">Change the reason it does not apply…</mat-option>
            <mat-option class="mark" [value]="APPLIES">Applies to {{ team() }} again</mat-option>
          } @else {
            <mat-option class="mark first" [value]="NOT_APPLICABLE">Not applicable to {{ team() }}…</mat-option>
          }
        }
      </mat-select>
      <mat-hint [class.one-line]="notApplicable() !== undefined" [attr.title]="notApplicable() ? reached() : null">{{
        reached()
      }}</mat-hint>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .mark {
      font-style: italic;
    }
    .first {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    /* A reason can be long: one line keeps rows of a list the same height (the title has it all). */
    .one-line {
      display: block;
      min-width: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
  `,
})
export class StageControl {
  readonly team = input.required<string>();
  readonly stages = input.required<readonly Stage[]>();
  /** The team's stage dates on the activity (empty when it has not started). */
  readonly dates = input<StageDates>({});
  /** What the control is about, for screen readers, e.g. the activity name. */
  readonly context = input('');
  readonly dateLocale = input<string | undefined>(undefined);
  /** The team's "not applicable" mark on the activity, shown instead of the date. */
  readonly notApplicable = input<NotApplicable | undefined>(undefined);
  /** Offer the not-applicable options (the parent handles `notApplicableChange`). */
  readonly markable = input(false);
  readonly stageChange = output<string>();
  readonly notApplicableChange = output<NotApplicableAction>();

  protected readonly NOT_APPLICABLE = '\u0000not-applicable';
  protected readonly EDIT_REASON = '\u0000edit-reason';
  protected readonly APPLIES = '\u0000applies';

  private readonly current = computed(() => currentStage(this.dates(), this.stages()));
  private readonly zero = computed(() => this.stages().find((stage) => stage.score === 0) ?? this.stages()[0]);
  protected readonly value = computed(() => (this.current() ?? this.zero())?.title);
  protected readonly ariaLabel = computed(() =>
    this.context() ? `Stage of ${this.team()} for ${this.context()}` : `Stage of ${this.team()}`,
  );
  protected readonly reached = computed(() => {
    const mark = this.notApplicable();
    if (mark) {
      const since = `Not applicable since ${formatDay(mark.date, this.dateLocale())}`;
      return mark.reason ? `${since}: ${mark.reason}` : since;
    }
    const stage = this.current();
    const date = stage && stageDate(this.dates(), stage.title);
    return date ? `Since ${formatDay(date, this.dateLocale())}` : 'Not started';
  });

  protected picked(event: MatSelectChange<string>): void {
    const actions: Record<string, NotApplicableAction> = {
      [this.NOT_APPLICABLE]: 'mark',
      [this.EDIT_REASON]: 'edit',
      [this.APPLIES]: 'clear',
    };
    const action = Object.hasOwn(actions, event.value) ? actions[event.value] : undefined;
    if (action) {
      // Not a stage: the select goes back to showing the team's stage.
      event.source.value = this.value();
      this.notApplicableChange.emit(action);
    } else if (event.value !== this.value()) this.stageChange.emit(event.value);
  }
}
