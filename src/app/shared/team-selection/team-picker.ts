import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { countText } from '../../domain/common/count-text';

/** A choice of the picker: a team or a group, under the heading of its kind. */
export interface PickerOption {
  readonly key: string;
  readonly label: string;
  /** The heading it is listed under ("Teams", "Groups"). */
  readonly kind: string;
}

/** Team names as the picker's options, under "Teams". */
export function teamOptions(teams: readonly string[]): PickerOption[] {
  return teams.map((team) => ({ key: team, label: team, kind: 'Teams' }));
}

/** Options listed at most: a select of 10,000 teams took seconds to render, and was never read whole. */
export const OPTIONS_SHOWN = 50;

/**
 * A team (or group) picker that finds rather than lists: a text field with a list of the first 50
 * options that match what is typed (a combobox, so keyboard and screen readers work as for a
 * select), and a line saying how many more match. With `value`, the field shows the chosen option
 * and goes back to it when left without a choice; without, it empties after each choice (to add
 * several).
 */
@Component({
  selector: 'app-team-picker',
  imports: [MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        #field
        matInput
        type="text"
        autocomplete="off"
        [matAutocomplete]="auto"
        [value]="text()"
        (input)="text.set(field.value); opening()"
        (focus)="field.select(); opening()"
        (click)="opening()"
        (keydown.arrowdown)="opening()"
        (keydown.arrowup)="opening()"
        (blur)="left()"
      />
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
    </mat-form-field>
    <mat-autocomplete #auto (optionSelected)="pick($event.option.value, field)" (closed)="open.set(false)">
      @if (open()) {
        @for (group of groups(); track group.kind) {
          <mat-optgroup [label]="group.kind">
            @for (option of group.options; track option.key) {
              <mat-option [value]="option.key">{{ option.label }}</mat-option>
            }
          </mat-optgroup>
        }
        @if (more() > 0) {
          <mat-option disabled class="more">
            {{ count(more()) }} more {{ more() === 1 ? 'matches' : 'match' }}: type to narrow down
          </mat-option>
        } @else if (groups().length === 0) {
          <mat-option disabled class="more">Nothing matches “{{ text() }}”</mat-option>
        }
      }
    </mat-autocomplete>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
  `,
})
export class TeamPicker {
  readonly label = input.required<string>();
  readonly options = input.required<readonly PickerOption[]>();
  /** The chosen option's key: the field shows it. Without, the field is for adding. */
  readonly value = input<string>();
  readonly hint = input('');
  readonly chosen = output<string>();
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');

  private readonly valueLabel = computed(() => {
    const value = this.value();
    return value === undefined ? '' : (this.options().find((option) => option.key === value)?.label ?? '');
  });
  protected readonly text = linkedSignal(() => this.valueLabel());

  private readonly matching = computed(() => {
    const text = this.text().trim().toLowerCase();
    // The field showing the chosen option lists everything, as a select would.
    const needle = text === this.valueLabel().toLowerCase() ? '' : text;
    return needle === '' ? this.options() : this.options().filter((o) => o.label.toLowerCase().includes(needle));
  });
  protected readonly groups = computed(() => {
    const groups = new Map<string, PickerOption[]>();
    for (const option of this.matching().slice(0, OPTIONS_SHOWN)) {
      const group = groups.get(option.kind);
      if (group) group.push(option);
      else groups.set(option.kind, [option]);
    }
    return [...groups].map(([kind, options]) => ({ kind, options }));
  });
  protected readonly more = computed(() => Math.max(0, this.matching().length - OPTIONS_SHOWN));
  protected readonly count = countText;
  /**
   * Whether the options are rendered. Content projected into the autocomplete is created even while
   * its panel is closed, and 50 options cost 40-90 ms on every page with a picker, so they are made
   * on what opens the panel (the trigger's own focus, click, arrow key and input) and dropped when
   * it closes. The trigger shows its panel once the options of that same render are there.
   */
  protected readonly open = signal(false);

  protected opening(): void {
    this.open.set(true);
  }

  protected pick(key: string, field: HTMLInputElement): void {
    this.chosen.emit(key);
    const label = this.options().find((option) => option.key === key)?.label ?? '';
    const shown = this.value() === undefined ? '' : label;
    this.text.set(shown);
    // The autocomplete writes the option's value into the field; it shows the label (or nothing).
    field.value = shown;
  }

  /** Puts the focus in the text field (where a removed choice's button sent it, say). */
  focus(): void {
    this.field().nativeElement.focus();
  }

  /** Left without a choice: the field shows the chosen option again. */
  protected left(): void {
    if (this.value() !== undefined) this.text.set(this.valueLabel());
  }
}
