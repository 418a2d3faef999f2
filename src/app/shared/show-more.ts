import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { countText } from '../domain/common/count-text';
import { RowsInSteps } from './rows-in-steps';

/** "Showing 50 of 53,638 teams. Show 200 more" under a list shown in steps (`rowsInSteps`). */
@Component({
  selector: 'app-show-more',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let shown = rows();
    @if (shown.next() > 0) {
      <p>
        Showing {{ count(shown.rows().length) }} of {{ count(shown.total()) }}{{ noun() ? ' ' + noun() : '' }}.
        <button mat-button type="button" (click)="shown.more()">Show {{ count(shown.next()) }} more</button>
      </p>
    }
  `,
  styles: `
    p {
      margin: 4px 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ShowMore {
  readonly rows = input.required<RowsInSteps<unknown>>();
  /** What the rows are (`teams`), when the list's heading does not say. */
  readonly noun = input('');
  protected readonly count = countText;
}
