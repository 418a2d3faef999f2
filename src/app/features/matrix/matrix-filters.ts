import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { countText } from '../../domain/common/count-text';
import { isFilterActive, MatrixFilter, NO_TAG } from '../../domain/matrix/matrix-filter';
import { Icon } from '../../shared/icon/icon';

export interface FilterOptions {
  readonly dimensions: readonly { readonly name: string; readonly subDimensions: readonly string[] }[];
  readonly tags: readonly string[];
  readonly maxLevel: number;
}

/** Typing in the search box updates the matrix (and the URL) once the user pauses. */
const SEARCH_DEBOUNCE_MS = 250;

/** The matrix filter form; it only reports changes, the page keeps the filter in the URL. */
@Component({
  selector: 'app-matrix-filters',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matrix-filters.html',
  styleUrl: './matrix-filters.scss',
})
export class MatrixFilters {
  readonly filter = input.required<MatrixFilter>();
  readonly options = input.required<FilterOptions>();
  readonly shown = input.required<number>();
  readonly total = input.required<number>();
  protected readonly count = countText;
  /** Whether teams are selected: without them the progress filter has nothing to go by. */
  readonly hasTeams = input(true);
  /** Assessment coverage of the selected teams, e.g. "Team A has assessed 120 of 194 activities". */
  readonly coverage = input('');
  /** `replace` = a keystroke-level change that should not add a history entry. */
  readonly filterChange = output<{ filter: MatrixFilter; replace: boolean }>();
  readonly resetFilters = output<void>();

  protected readonly noTag = NO_TAG;
  protected readonly active = computed(() => isFilterActive(this.filter()));
  protected readonly levels = computed(() => Array.from({ length: this.options().maxLevel }, (_, i) => i + 1));
  /** Sub-dimensions, grouped by dimension and narrowed to the chosen dimensions. */
  protected readonly subDimensionGroups = computed(() => {
    const chosen = new Set(this.filter().dimensions);
    return this.options().dimensions.filter((d) => chosen.size === 0 || chosen.has(d.name));
  });
  /** What the search box shows: follows the URL, but typing is not overwritten while debouncing. */
  protected readonly search = linkedSignal(() => this.filter().search);
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected change(patch: Partial<MatrixFilter>, replace = false): void {
    this.filterChange.emit({ filter: { ...this.filter(), ...patch }, replace });
  }

  protected changeDimensions(dimensions: string[]): void {
    // Keep only sub-dimensions that still belong to a chosen dimension.
    const allowed = new Set(
      this.options()
        .dimensions.filter((d) => dimensions.length === 0 || dimensions.includes(d.name))
        .flatMap((d) => d.subDimensions),
    );
    this.change({ dimensions, subDimensions: this.filter().subDimensions.filter((s) => allowed.has(s)) });
  }

  protected changeLevels(from: number, to: number): void {
    const [low, high] = from <= to ? [from, to] : [to, from];
    this.change({
      levelFrom: low > 1 ? low : undefined,
      levelTo: high < this.options().maxLevel ? high : undefined,
    });
  }

  protected typed(text: string): void {
    this.search.set(text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.change({ search: text }, true), SEARCH_DEBOUNCE_MS);
  }

  /** Enter applies the search at once (no wait for the debounce). */
  protected submitSearch(): void {
    clearTimeout(this.timer);
    if (this.search() !== this.filter().search) this.change({ search: this.search() }, true);
  }

  protected clearSearch(): void {
    clearTimeout(this.timer);
    this.search.set('');
    this.change({ search: '' });
  }
}
