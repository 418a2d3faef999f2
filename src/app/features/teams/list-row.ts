import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Icon } from '../../shared/icon/icon';
import { MoveButtons } from '../../shared/move-buttons/move-buttons';
import { NameEditor } from './name-editor';
import { Tick, TickList } from './tick-list';

/** What is wrong with `name` as the new name of `current`; undefined when it can be used. */
export type NameProblem = (name: string, current: string) => string | undefined;

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

  readonly chosen = output<void>();
  readonly moveBy = output<-1 | 1>();
  readonly renamed = output<string>();
  readonly remove = output<void>();
  readonly tick = output<Tick>();

  protected readonly texts = computed(() => TEXTS[this.kind()]);
  protected readonly tickedSet = computed(() => new Set(this.ticked()));
  protected readonly ticksOpen = signal(false);
  protected readonly editing = signal(false);
  protected readonly validateRename = computed(() => {
    const problem = this.nameProblem();
    const current = this.name();
    return (name: string) => problem(name, current);
  });
  protected readonly hint = computed(() => (this.editing() ? (this.renameHint()?.(this.name()) ?? '') : ''));
}
