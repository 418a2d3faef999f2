import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { currentStage } from '../../domain/progress/current-stage';
import { stageDate } from '../../domain/progress/stage-dates';
import { NotApplicable, Stage, StageDates } from '../../domain/types';
import { formatDay } from '../local-day';

/**
 * One team's stage on one activity: a select of the progress stages showing the current one and,
 * below it, the day it was reached. Emits the stage the user picks; the parent writes it.
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
  /** The team's "not applicable" mark on the activity, shown instead of the date (set elsewhere). */
  readonly notApplicable = input<NotApplicable | undefined>(undefined);
  readonly stageChange = output<string>();

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
    if (event.value !== this.value()) this.stageChange.emit(event.value);
  }
}
