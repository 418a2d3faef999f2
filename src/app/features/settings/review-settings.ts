import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DEFAULT_REVIEW_MONTHS, MAX_REVIEW_MONTHS, reviewIntervalText } from '../../domain/review/review-interval';
import { AssessmentStore } from '../../state/assessment-store';

/** Activities named with their own interval; more are counted. */
const LISTED = 10;

/**
 * The re-assessment interval: after how many months a stage or evidence is due for review, and
 * the activities whose activity file sets their own (`reviewInterval`).
 */
@Component({
  selector: 'app-review-settings',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="review-title">
      <h2 id="review-title">Reviews</h2>
      <mat-form-field class="months" subscriptSizing="dynamic">
        <mat-label>Re-assessment interval (months)</mat-label>
        <input matInput type="number" min="1" [max]="max" step="1" [formControl]="months" (input)="save()" />
        <mat-hint>A stage or evidence older than this is due for review.</mat-hint>
        @if (months.invalid) {
          <mat-error>A whole number of months from 1 to {{ max }}.</mat-error>
        }
      </mat-form-field>
      @if (own().length > 0) {
        <p class="own">{{ ownText() }} (<code>reviewInterval</code> in an activity file):</p>
        <ul class="own">
          @for (item of own().slice(0, listed); track item.uuid) {
            <li>{{ item.name }}: {{ item.interval }}</li>
          }
          @if (own().length > listed) {
            <li>and {{ own().length - listed }} more</li>
          }
        </ul>
      } @else {
        <p class="own">
          An activity file can give an activity its own, e.g. <code>reviewInterval: 3 months</code> for threat
          modelling.
        </p>
      }
    </section>
  `,
  styles: `
    .months {
      width: min(100%, 22rem);
    }
    .own {
      margin: 8px 0 0;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ReviewSettings {
  private readonly store = inject(AssessmentStore);
  protected readonly max = MAX_REVIEW_MONTHS;
  protected readonly listed = LISTED;
  protected readonly months = new FormControl(this.store.reviewInterval().months, {
    validators: [
      Validators.required,
      Validators.min(1),
      Validators.max(MAX_REVIEW_MONTHS),
      Validators.pattern(/^\d+$/),
    ],
  });
  protected readonly own = computed(() =>
    (this.store.data()?.model.activities ?? []).flatMap((activity) =>
      activity.reviewInterval
        ? [{ uuid: activity.uuid, name: activity.name, interval: reviewIntervalText(activity.reviewInterval) }]
        : [],
    ),
  );

  protected readonly ownText = computed(() =>
    this.own().length === 1
      ? 'One activity has its own interval'
      : `${this.own().length} activities have their own interval`,
  );

  /** Each valid value is kept at once; the default is kept as no setting. */
  protected save(): void {
    const value = this.months.value;
    if (this.months.invalid || value === null) {
      // Said at once, not only on leaving the field: nothing is kept until it is a number of months.
      this.months.markAsTouched();
      return;
    }
    const reviewMonths = value === DEFAULT_REVIEW_MONTHS ? undefined : value;
    this.store.update((assessment) => ({ ...assessment, settings: { ...assessment.settings, reviewMonths } }));
  }
}
