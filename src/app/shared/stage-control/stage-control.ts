import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import {
  ActivityStatus,
  NOT_APPLICABLE_TEXT,
  NOT_ASSESSED_TEXT,
  scheduledText,
  statusText,
} from '../../domain/status/activity-status';
import { DUE_FOR_REVIEW_TEXT, reviewText } from '../../domain/review/review-text';
import { Stage } from '../../domain/types';
import { formatDay } from '../local-day';

/** What a team can say of an activity besides a stage (the select's extra options). */
export type NotApplicableAction = 'mark' | 'edit' | 'clear';

const NOT_ASSESSED = '\u0000not-assessed';
const NOT_APPLICABLE = '\u0000not-applicable';
const MARK = '\u0000mark';
const EDIT_REASON = '\u0000edit-reason';

/**
 * One team's status on one activity as a select: "Not assessed", the progress stages, and (when
 * `markable`) "not applicable". The selected value is the status itself, not applicable included;
 * below it, the day it was reached, stages dated in the future, and titles the definition lacks.
 * It only emits what the user picks; the parent writes it.
 */
@Component({
  selector: 'app-stage-control',
  imports: [MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.one-line]': 'oneLine()' },
  template: `
    <mat-form-field subscriptSizing="dynamic" class="field">
      <mat-label>{{ team() }}</mat-label>
      <mat-select [value]="value()" [aria-label]="ariaLabel()" (selectionChange)="picked($event)">
        <mat-select-trigger>
          <span class="value">{{ statusLine() }}</span>
        </mat-select-trigger>
        <mat-option class="state" [value]="NOT_ASSESSED">{{ notAssessedText }}</mat-option>
        @for (stage of stages(); track stage.title) {
          <mat-option [value]="stage.title">{{ stage.title }}</mat-option>
        }
        @if (status().notApplicable) {
          <mat-option class="state first" [value]="NOT_APPLICABLE">{{ statusLine() }}</mat-option>
          @if (markable()) {
            <mat-option class="state" [value]="EDIT_REASON">Change the reason it does not apply…</mat-option>
          }
        } @else if (markable()) {
          <mat-option class="state first" [value]="MARK">{{ notApplicableText }} to {{ team() }}…</mat-option>
        }
      </mat-select>
      <mat-hint class="hint" [attr.title]="hintTitle()"
        ><span class="app-due">{{ status().due ? dueText + ' · ' : '' }}</span
        >{{ hint() }}</mat-hint
      >
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
    .state {
      font-style: italic;
    }
    .first {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    /*
     * Wrapped, not cut off with an ellipsis: a planned stage's day or a title the stages lack was
     * unreadable on a phone, which shows no tooltip (the title says why, for those who can hover).
     */
    .hint {
      display: block;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    /* The selected value wraps too: a not-applicable reason (up to 400 characters) was cut off. */
    .value {
      display: block;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    /* In a list of rows of one height (TeamStages' virtual list), each on one line. */
    :host(.one-line) .value,
    :host(.one-line) .hint {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  `,
})
export class StageControl {
  readonly team = input.required<string>();
  readonly stages = input.required<readonly Stage[]>();
  /** The team's status on the activity (from the store: see StatusRules). */
  readonly status = input.required<ActivityStatus>();
  /** What the control is about, for screen readers, e.g. the activity name. */
  readonly context = input('');
  readonly dateLocale = input<string | undefined>(undefined);
  /** Offer the not-applicable options (the parent handles `notApplicableChange`). */
  readonly markable = input(false);
  /** The value and the line under it on one line each, cut with an ellipsis (rows of one height). */
  readonly oneLine = input(false);
  /** A stage title, or `null` for "not assessed" (no stage set). */
  readonly stageChange = output<string | null>();
  readonly notApplicableChange = output<NotApplicableAction>();

  protected readonly NOT_ASSESSED = NOT_ASSESSED;
  protected readonly NOT_APPLICABLE = NOT_APPLICABLE;
  protected readonly MARK = MARK;
  protected readonly EDIT_REASON = EDIT_REASON;
  protected readonly notAssessedText = NOT_ASSESSED_TEXT;
  protected readonly dueText = DUE_FOR_REVIEW_TEXT;
  protected readonly notApplicableText = NOT_APPLICABLE_TEXT;

  protected readonly value = computed(() => {
    const status = this.status();
    if (status.kind === 'stage') return status.stage!.title;
    return status.kind === 'not-applicable' ? NOT_APPLICABLE : NOT_ASSESSED;
  });
  /** What the closed select shows: the stage, "Not assessed", or "Not applicable: <reason>". */
  protected readonly statusLine = computed(() => {
    const reason = this.status().notApplicable?.reason;
    return reason ? `${statusText(this.status())}: ${reason}` : statusText(this.status());
  });
  protected readonly ariaLabel = computed(() =>
    this.context() ? `Stage of ${this.team()} for ${this.context()}` : `Stage of ${this.team()}`,
  );
  protected readonly hint = computed(() => {
    const status = this.status();
    const day = (date: string) => formatDay(date, this.dateLocale());
    const parts = [status.date ? `Since ${day(status.date)}` : 'No stage set yet'];
    for (const later of status.future) parts.push(scheduledText(later, day));
    for (const odd of status.unknown) parts.push(`"${odd.title}" (${day(odd.date)}) is not a stage here`);
    return parts.join(' · ');
  });
  protected readonly hintTitle = computed(() => {
    const status = this.status();
    const notes = [this.hint()];
    const review = reviewText(status, (date) => formatDay(date, this.dateLocale()));
    if (review) notes.push(`${review}.`);
    if (status.notApplicable?.reason) notes.unshift(this.statusLine());
    if (status.future.length > 0) notes.push('Dates in the future count from that day on.');
    if (status.unknown.length > 0) {
      notes.push(
        'Titles the progress definition lacks do not count. Add them as stages in Settings, or set a stage here.',
      );
    }
    return notes.join('\n');
  });

  protected picked(event: MatSelectChange<string>): void {
    const value = event.value;
    if (value === MARK || value === EDIT_REASON) {
      // Not a stage: the select goes back to showing the team's status; the parent asks why.
      event.source.value = this.value();
      this.notApplicableChange.emit(value === MARK ? 'mark' : 'edit');
    } else if (value === NOT_ASSESSED && this.status().kind === 'not-applicable') {
      this.notApplicableChange.emit('clear');
    } else if (value !== this.value() && value !== NOT_APPLICABLE) {
      this.stageChange.emit(value === NOT_ASSESSED ? null : value);
    }
  }
}
