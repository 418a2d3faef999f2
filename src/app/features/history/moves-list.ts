import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { countText } from '../../domain/common/count-text';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Move, Standing } from '../../domain/history/as-of';
import { statusText } from '../../domain/status/activity-status';

/**
 * What moved between two dates: one line per team and activity, grouped by dimension; the first
 * ones when there are more (`total`), with a button asking for more.
 */
@Component({
  selector: 'app-moves-list',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (moves().length === 0) {
      <p class="none">Nothing moved between these dates.</p>
    } @else {
      @for (group of groups(); track group.dimension) {
        <h3>{{ group.dimension }}</h3>
        <ul>
          @for (move of group.moves; track move.uuid + '\\u0000' + move.team) {
            <li [class]="move.kind">
              <span class="arrow" aria-hidden="true">{{ arrow(move) }}</span>
              <span>
                <a [routerLink]="['/activity', move.uuid]">{{ move.name }}</a>
                · {{ move.team }}: {{ describe(move) }}
              </span>
            </li>
          }
        </ul>
      }
      @if (total() > moves().length) {
        <p class="none">
          Showing {{ count(moves().length) }} of {{ count(total()) }} changes: choose teams or dates to narrow them
          down.
          <button mat-button type="button" (click)="showMore.emit()">Show more</button>
        </p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      gap: 8px;
      padding: 3px 0;
    }
    .arrow {
      width: 1.2em;
      text-align: center;
      font-weight: 700;
    }
    .up .arrow {
      color: light-dark(#2e7d32, #81c995);
    }
    .down .arrow {
      color: var(--mat-sys-error);
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MovesList {
  readonly moves = input.required<readonly Move[]>();
  /** How many moves there are in all; `moves` may be the first ones. */
  readonly total = input(0);
  readonly showMore = output<void>();

  protected readonly groups = computed(() => {
    const groups = new Map<string, Move[]>();
    for (const move of this.moves()) {
      const group = groups.get(move.dimension);
      if (group) group.push(move);
      else groups.set(move.dimension, [move]);
    }
    return [...groups].map(([dimension, moves]) => ({ dimension, moves }));
  });
  protected readonly count = countText;

  protected arrow(move: Move): string {
    return move.kind === 'up' ? '↑' : move.kind === 'down' ? '↓' : '–';
  }

  protected describe(move: Move): string {
    if (move.kind === 'not-applicable') return 'marked not applicable';
    if (move.kind === 'applicable') return `applicable again (${label(move.after)})`;
    return `${label(move.before)} → ${label(move.after)}`;
  }
}

function label(standing: Standing): string {
  return statusText(standing);
}
