import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Icon } from '../icon/icon';

/**
 * "Move up" and "Move down" icon buttons for an entry of a reorderable list, off at the ends of
 * the list. The list does the move; afterwards the focus goes back to the pressed button (a list
 * that re-renders the entry elsewhere in the DOM drops it), or to the other one once the entry
 * reached the end of the list, so that the keyboard user can keep going.
 */
@Component({
  selector: 'app-move-buttons',
  imports: [MatButtonModule, MatTooltipModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      class="move-up"
      [disabled]="index() === 0"
      [attr.aria-label]="'Move ' + subject() + ' up'"
      matTooltip="Move up"
      (click)="move(-1)"
    >
      <app-icon name="arrow_upward" />
    </button>
    <button
      mat-icon-button
      type="button"
      class="move-down"
      [disabled]="index() === count() - 1"
      [attr.aria-label]="'Move ' + subject() + ' down'"
      matTooltip="Move down"
      (click)="move(1)"
    >
      <app-icon name="arrow_downward" />
    </button>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class MoveButtons {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** What moves, in the buttons' accessible names: "Move Team A up", "Move stage 2 down". */
  readonly subject = input.required<string>();
  /** The entry's position in the whole list (0-based) and the list's length. */
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly moveBy = output<-1 | 1>();

  protected move(by: -1 | 1): void {
    this.moveBy.emit(by);
    afterNextRender(
      () => {
        const pressed = by < 0 ? '.move-up' : '.move-down';
        const other = by < 0 ? '.move-down' : '.move-up';
        const element = this.host.nativeElement;
        (
          element.querySelector<HTMLElement>(`${pressed}:not([disabled])`) ??
          element.querySelector<HTMLElement>(`${other}:not([disabled])`)
        )?.focus();
      },
      { injector: this.injector },
    );
  }
}
