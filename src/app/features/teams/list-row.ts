import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Icon } from '../../shared/icon/icon';
import { MoveButtons } from '../../shared/move-buttons/move-buttons';
import { NameEditor } from './name-editor';
import { Tick, TickList } from './tick-list';

/** What is wrong with `name` as the new name of `current`; undefined when it can be used. */
export type NameProblem = (name: string, current: string) => string | undefined;

/** The row's button that takes the focus: its name, or Rename. */
export type RowFocus = 'name' | 'rename';

/** Which row of a list takes the focus, and on which button. */
export interface RowToFocus {
  readonly name: string;
  readonly target: RowFocus;
}

/** The entry after `name` in `names`, else the one before: where the focus goes when it is deleted. */
export function neighbour(names: readonly string[], name: string): string | undefined {
  const at = names.indexOf(name);
  return at < 0 ? undefined : (names[at + 1] ?? names[at - 1]);
}

const TEXTS = {
  team: {
    rename: 'Team name',
    ticks: 'Groups',
    noun: 'group',
    noOptions: 'There are no groups yet: add one under Groups.',
  },
  group: { rename: 'Group name', ticks: 'Members', noun: 'team', noOptions: 'There are no teams yet.' },
};

/**
 * One entry of the team list or the group list: a button that selects it (the projected content is
 * its text) and, unless read-only, the buttons to move it, to tick what it belongs to (a team's
 * groups) or holds (a group's teams), to rename it in place and to delete it. The row only says
 * what was asked for; the list makes the edits.
 */
@Component({
  selector: 'app-list-row',
  imports: [MatButtonModule, MatTooltipModule, Icon, MoveButtons, NameEditor, TickList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './list-row.html',
  styleUrl: './list-row.scss',
})
export class ListRow {
  readonly kind = input.required<'team' | 'group'>();
  readonly name = input.required<string>();
  /** The entry's position in the whole list (not a filtered one) and the list's length. */
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly selected = input(false);
  readonly readOnly = input(false);
  /** What can be ticked, and what is. */
  readonly options = input.required<readonly string[]>();
  readonly ticked = input.required<readonly string[]>();
  readonly nameProblem = input.required<NameProblem>();
  /** What a rename does besides renaming, shown under the name while it is edited. */
  readonly renameHint = input<(current: string) => string>();
  /**
   * Set by the list when this row is to take the focus: the row that replaced a renamed one (a new
   * row, its name being its key), or the neighbour of a deleted one. The focus would otherwise fall
   * to the page's start with the removed buttons.
   */
  readonly focusOn = input<RowFocus>();

  readonly chosen = output<void>();
  readonly moveBy = output<-1 | 1>();
  readonly renamed = output<string>();
  readonly remove = output<void>();
  readonly tick = output<Tick>();
  /** The focus was taken (`focusOn` done). */
  readonly focused = output<void>();

  protected readonly texts = computed(() => TEXTS[this.kind()]);
  protected readonly tickedSet = computed(() => new Set(this.ticked()));
  protected readonly ticksOpen = signal(false);
  protected readonly editing = signal(false);
  protected readonly validateRename = computed(() => {
    const problem = this.nameProblem();
    const current = this.name();
    return (name: string) => problem(name, current);
  });
  private readonly injector = inject(Injector);
  private readonly nameButton = viewChild<ElementRef<HTMLElement>>('nameButton');
  private readonly renameButton = viewChild('renameButton', { read: ElementRef<HTMLElement> });

  protected readonly hint = computed(() => (this.editing() ? (this.renameHint()?.(this.name()) ?? '') : ''));

  constructor() {
    effect(() => {
      const target = this.focusOn();
      if (target) this.focusAfterRender(target);
    });
  }

  /** Escape or Cancel: the editor goes, Rename (which opened it) takes the focus back. */
  protected cancelRename(): void {
    this.editing.set(false);
    this.focusAfterRender('rename');
  }

  private focusAfterRender(target: RowFocus): void {
    afterNextRender(
      () => {
        (target === 'name' ? this.nameButton() : this.renameButton())?.nativeElement.focus();
        this.focused.emit();
      },
      { injector: this.injector },
    );
  }
}
