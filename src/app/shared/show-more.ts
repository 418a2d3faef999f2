import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  linkedSignal,
  viewChild,
} from '@angular/core';
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
        <button mat-button type="button" (click)="more()">Show {{ count(shown.next()) }} more</button>
      </p>
    } @else if (allShown()) {
      <p #all tabindex="-1">Showing all {{ count(shown.total()) }}{{ noun() ? ' ' + noun() : '' }}.</p>
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
  private readonly injector = inject(Injector);
  private readonly all = viewChild<ElementRef<HTMLElement>>('all');
  /** Set by the press that showed the last rows; another list (team, group) starts without it. */
  protected readonly allShown = linkedSignal({ source: () => this.rows().total(), computation: () => false });

  protected more(): void {
    const shown = this.rows();
    shown.more();
    if (shown.next() > 0) return;
    // The pressed button is gone: without a new place the focus falls to the page's start (WCAG 2.4.3).
    this.allShown.set(true);
    afterNextRender(() => this.all()?.nativeElement.focus(), { injector: this.injector });
  }
}
