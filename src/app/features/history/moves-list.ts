import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Move, Standing } from '../../domain/history/as-of';
import { statusText } from '../../domain/status/activity-status';

/** What moved between two dates: one line per team and activity, grouped by dimension. */
@Component({
  selector: 'app-moves-list',
  imports: [RouterLink],
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

  protected readonly groups = computed(() => {
    const groups = new Map<string, Move[]>();
    for (const move of this.moves()) groups.set(move.dimension, [...(groups.get(move.dimension) ?? []), move]);
    return [...groups].map(([dimension, moves]) => ({ dimension, moves }));
  });

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
