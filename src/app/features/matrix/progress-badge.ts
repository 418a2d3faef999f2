import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { dueSummary, isDoneFor, ProgressSummary, shortSummary } from '../../domain/matrix/progress-summary';
import { ProgressBar } from '../../shared/progress-bar/progress-bar';

/**
 * A compact bar of the selected teams' mean progress with a short count (`2/3` teams done, or the
 * percentage for one team; see shortSummary), and `Due for review` when it is (as on every page that
 * shows the state). The full sentence is given to screen readers; the bar is decoration.
 */
@Component({
  selector: 'app-progress-badge',
  imports: [ProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (due(); as due) {
      <span class="app-due" aria-hidden="true">{{ due }}</span>
    }
    <app-progress-bar class="bar" [value]="percent() / 100" />
    <span class="short" aria-hidden="true">{{ short() }}</span>
    <span class="visually-hidden">{{ label() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    :host(.done) {
      color: var(--mat-sys-on-surface);
      font-weight: 700;
    }
    .bar {
      width: 32px;
    }
    .app-due {
      font-weight: 500;
    }
  `,
  host: { '[class.done]': 'done()' },
})
export class ProgressBadge {
  readonly summary = input.required<ProgressSummary>();
  /** The full description (see describeSummary). */
  readonly label = input.required<string>();
  protected readonly percent = computed(() => Math.round(this.summary().mean * 100));
  protected readonly done = computed(() => isDoneFor(this.summary()));
  protected readonly short = computed(() => shortSummary(this.summary()));
  protected readonly due = computed(() => dueSummary(this.summary()));
}
