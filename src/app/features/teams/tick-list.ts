import { ChangeDetectionStrategy, Component, computed, input, output, signal, untracked } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { countText } from '../../domain/common/count-text';

/** A box ticked or cleared. */
export interface Tick {
  readonly name: string;
  readonly checked: boolean;
}

/** Lists with more options than this get a find field. */
const FIND_FROM = 12;
/**
 * Boxes shown of those ticked, and of the others: a group's members are ticked among all teams,
 * and 10,000 Material checkboxes took seconds to render.
 */
export const TICKS_SHOWN = 50;

/**
 * Check boxes for what a row belongs to (a team's groups) or holds (a group's teams). Of a long
 * list it shows, in list order, the first TICKS_SHOWN ticked and the first TICKS_SHOWN others that
 * match the find field, and how many there are. What shows changes with the search, not with a
 * tick, so a box just ticked or cleared stays where it is (and keeps the focus).
 */
@Component({
  selector: 'app-tick-list',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="ticks">
      <legend>{{ legend() }}</legend>
      @if (findable()) {
        <mat-form-field class="find" subscriptSizing="dynamic">
          <mat-label>Find a {{ noun() }}</mat-label>
          <input #find matInput type="search" [value]="query()" (input)="query.set(find.value)" autocomplete="off" />
        </mat-form-field>
        <p class="matches" aria-live="polite">{{ matchText() }}</p>
      }
      <div class="boxes">
        @for (option of view().shown; track option) {
          <mat-checkbox
            [checked]="ticked().has(option)"
            (change)="tick.emit({ name: option, checked: $event.checked })"
          >
            {{ option }}
          </mat-checkbox>
        } @empty {
          <p class="empty">
            {{ options().length === 0 ? empty() : 'No ' + noun() + ' matches "' + query().trim() + '".' }}
          </p>
        }
      </div>
      @if (view().shown.length < view().matches) {
        <p class="more">
          Showing {{ count(view().shown.length) }} of {{ count(view().matches) }} {{ noun() }}s{{
            query().trim() ? ' that match' : ''
          }}, the ticked ones among them: type in "Find a {{ noun() }}" to find one.
        </p>
      }
    </fieldset>
  `,
  styles: `
    .ticks {
      margin: 4px 8px 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;

      legend {
        padding: 0 4px;
        font: var(--mat-sys-label-large);
      }
    }
    .boxes {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .find {
      width: 100%;
      margin: 4px 0;
    }
    .matches:empty {
      margin: 0;
    }
    .matches,
    .more,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class TickList {
  readonly legend = input.required<string>();
  /** What can be ticked, in list order, and what is. */
  readonly options = input.required<readonly string[]>();
  readonly ticked = input.required<ReadonlySet<string>>();
  /** What one option is ("team", "group"). */
  readonly noun = input.required<string>();
  /** Said when there is nothing to tick. */
  readonly empty = input.required<string>();
  readonly tick = output<Tick>();

  protected readonly query = signal('');
  protected readonly findable = computed(() => this.options().length > FIND_FROM);
  /** Follows the options and the search; reads the ticks as they were then (see the class). */
  protected readonly view = computed(() => {
    const needle = this.query().trim().toLowerCase();
    const ticked = untracked(this.ticked);
    const shown: string[] = [];
    let matches = 0;
    let tickedShown = 0;
    let othersShown = 0;
    for (const option of this.options()) {
      if (needle !== '' && !option.toLowerCase().includes(needle)) continue;
      matches++;
      if (ticked.has(option) ? tickedShown++ < TICKS_SHOWN : othersShown++ < TICKS_SHOWN) shown.push(option);
    }
    return { shown, matches };
  });
  protected readonly count = countText;
  /** The number of matches, read out after typing. */
  protected readonly matchText = computed(() => {
    const n = this.view().matches;
    if (this.query().trim() === '') return '';
    return n === 1 ? `1 ${this.noun()} matches` : `${this.count(n)} ${this.noun()}s match`;
  });
}
