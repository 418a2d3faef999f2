import {
  afterNextRender,
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { Teams } from '../../domain/types';
import { Icon } from '../icon/icon';
import { ChipOverflow } from './chip-overflow';
import { selectionMembers } from '../../domain/teams/selection-members';
import {
  Chip,
  chipsHow,
  chipsSummary,
  chipsMore,
  chipsShowMany,
  chipsUnknown,
  shownChipTeams,
  teamChipList,
} from './team-chip-list';
import { ALL_TEAMS, selectedTeams, TeamSelection, toggleGroup, toggleTeam } from './team-selection-params';

/** Unique per chip list: a page may show two. */
let lists = 0;

/**
 * "All teams", every group and the teams as selectable chips (one tab stop, arrow keys move). A
 * click (Enter, Space) shows that team or group alone; adding to the selection is deliberate: a
 * click with Ctrl, ⌘ or Shift held (Ctrl/Shift+Enter or Space), or any click while "Select several"
 * is ticked (there is no modifier key on a touch screen) adds the team or the group's members, or
 * removes them. Each chip's tooltip says what it will do. The parent keeps the selection (in
 * the URL, see `teamSelectionParams`) and passes it back in. Plain elements rather than Material
 * chips: this is on the start page's critical path, and organisations have up to 1,000 teams, so
 * past 24 teams a find field narrows the team chips down to the selected ones and a few matches.
 */
@Component({
  selector: 'app-team-chips',
  imports: [Icon, ChipOverflow],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-chips.html',
  styleUrl: './team-chips.scss',
})
export class TeamChips {
  readonly teams = input.required<Teams>();
  readonly selection = input<TeamSelection>(ALL_TEAMS);
  /** The "All teams" label (meta.yaml `strings.allTeamsGroupName`). */
  readonly allLabel = input('All teams');
  readonly label = input('Teams');
  readonly selectionChange = output<TeamSelection>();

  private readonly options = viewChildren<ElementRef<HTMLElement>>('option');
  private readonly overflow = viewChild.required(ChipOverflow);
  private readonly showAll = viewChild<ElementRef<HTMLElement>>('showAll');
  private readonly injector = inject(Injector);

  protected readonly filter = signal('');
  /** "Select several": a plain click adds or removes rather than choosing one team or group alone. */
  protected readonly several = signal(false);
  protected readonly hintId = `team-chips-hint-${++lists}`;
  protected readonly listId = `team-chips-${lists}`;
  /**
   * Chips below the box's edge (see ChipOverflow): said by a fade and "Show N more" over the
   * half-shown row, which shows every chip (`expanded`).
   */
  protected readonly hiddenBelow = computed(() => this.overflow().hiddenBelow());
  protected readonly expanded = signal(false);
  /** "Show fewer" was pressed: the focus goes to "Show N more" when it is rendered again. */
  private refocus = false;
  /** The chip with the list's one tab stop. */
  private readonly active = signal<string | null>(null);
  /** The team last toggled stays in place though it no longer matches, so the click can be undone. */
  private readonly kept = signal<string | null>(null);

  private readonly selected = computed(() => new Set(selectedTeams(this.selection(), this.teams())));
  protected readonly many = computed(() => chipsShowMany(this.teams()));

  /** The teams shown, how many matching ones are not, and whether no unselected team matches. */
  private readonly shown = computed(() => shownChipTeams(this.teams(), this.selected(), this.filter(), this.kept()));

  protected readonly chips = computed(() =>
    teamChipList({
      teams: this.teams(),
      selection: this.selection(),
      selected: this.selected(),
      shown: this.shown().teams,
      allLabel: this.allLabel(),
      several: this.several(),
    }),
  );

  protected readonly activeIndex = computed(() => {
    const active = this.active();
    const index = this.chips().findIndex((chip) => chip.key === active);
    return Math.max(0, index);
  });

  protected readonly summary = computed(() => chipsSummary(this.teams(), this.selected()));

  protected readonly how = computed(() => chipsHow(this.several()));

  protected readonly more = computed(() => chipsMore(this.shown(), this.filter()));

  /** Names in the URL that are no team or group: said, not silently dropped. */
  protected readonly unknown = computed(() => {
    const { unknown, chosen } = selectionMembers(this.selection(), this.teams());
    return chipsUnknown(unknown, chosen.size === 0);
  });

  constructor() {
    // After each render of the chips (filtered, selected, expanded); the box measures its resizes.
    afterRenderEffect(() => {
      this.chips();
      this.expanded();
      this.overflow().measure();
    });
    afterRenderEffect(() => {
      const button = this.showAll();
      if (!button || !this.refocus) return;
      this.refocus = false;
      button.nativeElement.focus();
    });
  }

  /**
   * Shows every chip, the focus on the first that was hidden (the button is gone), or the box again,
   * the focus on "Show N more" once it is back.
   */
  protected expand(all: boolean): void {
    const first = this.options().length - this.hiddenBelow();
    this.expanded.set(all);
    this.refocus = !all;
    if (all) afterNextRender(() => this.focus(Math.min(first, this.chips().length - 1)), { injector: this.injector });
  }

  protected search(text: string): void {
    this.filter.set(text);
    this.kept.set(null);
  }

  /** A click or key on a chip: that team or group alone, or, with `add`, added or removed. */
  protected choose(chip: Chip, add: boolean): void {
    this.active.set(chip.key);
    if (chip.kind === 'team') this.kept.set(chip.name);
    this.selectionChange.emit(this.after(chip, add || this.several()));
  }

  private after(chip: Chip, add: boolean): TeamSelection {
    const teams = this.teams();
    const selection = this.selection();
    if (chip.kind === 'all') return ALL_TEAMS;
    if (chip.kind === 'group') return add ? toggleGroup(selection, teams, chip.name) : { teams: [], group: chip.name };
    return add ? toggleTeam(selection, teams, chip.name) : { teams: [chip.name] };
  }

  protected clicked(chip: Chip, event: MouseEvent): void {
    this.choose(chip, adds(event));
  }

  protected keydown(event: KeyboardEvent, index: number): void {
    const last = this.chips().length - 1;
    const to: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowDown: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (event.key === ' ' || event.key === 'Enter') this.choose(this.chips()[index], adds(event));
    else if (Object.hasOwn(to, event.key)) this.focus(to[event.key]);
    else return;
    // Space would scroll the page, arrows the list.
    event.preventDefault();
  }

  private focus(index: number): void {
    this.active.set(this.chips()[index].key);
    this.options()[index]?.nativeElement.focus();
  }
}

/** Whether the click or key press asks to add to the selection rather than replace it. */
function adds(event: MouseEvent | KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.shiftKey;
}
