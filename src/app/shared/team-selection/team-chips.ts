import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  signal,
  viewChildren,
} from '@angular/core';
import { Teams } from '../../domain/types';
import { Icon } from '../icon/icon';
import {
  ALL_TEAMS,
  isAllTeams,
  isGroupSelected,
  selectedTeams,
  TeamSelection,
  toggleGroup,
  toggleTeam,
} from './team-selection-params';

/** Up to this many teams all show as chips: they fit in the box and can be scanned at a glance. */
const ALL_SHOWN_UP_TO = 24;
/** Beyond that, at most this many selected and this many other teams show: enough to pick from. */
const SHOWN_AT_MOST = 40;

interface Chip {
  readonly key: string;
  readonly label: string;
  readonly kind: 'all' | 'group' | 'team';
  readonly name: string;
  readonly selected: boolean;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * "All teams", every group and the teams as selectable chips (one tab stop, arrow keys move,
 * Space/Enter toggle). Selecting a group selects its members; the parent keeps the selection (in
 * the URL, see `teamSelectionParams`) and passes it back in. Plain elements rather than Material
 * chips: this is on the start page's critical path, and organisations have up to 1,000 teams, so
 * past 24 teams a find field narrows the team chips down to the selected ones and a few matches.
 */
@Component({
  selector: 'app-team-chips',
  imports: [Icon],
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

  protected readonly filter = signal('');
  /** The chip with the list's one tab stop. */
  private readonly active = signal<string | null>(null);
  /** The team last toggled stays in place though it no longer matches, so the click can be undone. */
  private readonly kept = signal<string | null>(null);

  private readonly selected = computed(() => new Set(selectedTeams(this.selection(), this.teams())));
  protected readonly many = computed(() => this.teams().teams.length > ALL_SHOWN_UP_TO);

  /** The teams shown, how many matching ones are not, and whether no unselected team matches. */
  private readonly shown = computed(() => {
    const teams = this.teams().teams;
    if (!this.many()) return { teams, left: 0, none: false };
    const selected = this.selected();
    const needle = this.filter().trim().toLowerCase();
    const matches = (team: string) => team.toLowerCase().includes(needle);
    // Selected teams show though they do not match, so the user sees what is chosen; but a group
    // can hold hundreds, so only the first ones, those that match first (the sort is stable).
    const chosen = [...selected].sort((a, b) => Number(matches(b)) - Number(matches(a)));
    const always = new Set(chosen.slice(0, SHOWN_AT_MOST));
    const kept = this.kept();
    if (kept !== null) always.add(kept);
    const shown: string[] = [];
    let room = SHOWN_AT_MOST;
    let left = 0;
    let others = 0;
    for (const team of teams) {
      if (always.has(team)) shown.push(team);
      else if (matches(team)) {
        if (!selected.has(team)) others++;
        if (!selected.has(team) && room-- > 0) shown.push(team);
        else left++;
      }
    }
    return { teams: shown, left, none: needle !== '' && others === 0 };
  });

  protected readonly chips = computed((): Chip[] => {
    const teams = this.teams();
    const selection = this.selection();
    const selected = this.selected();
    return [
      { key: 'all', label: this.allLabel(), kind: 'all', name: '', selected: isAllTeams(selection, teams) },
      ...Object.keys(teams.groups).map((group): Chip => ({
        key: `group:${group}`,
        label: group,
        kind: 'group',
        name: group,
        selected: isGroupSelected(selection, teams, group),
      })),
      ...this.shown().teams.map((team): Chip => ({
        key: `team:${team}`,
        label: team,
        kind: 'team',
        name: team,
        selected: selected.has(team),
      })),
    ];
  });

  protected readonly activeIndex = computed(() => {
    const active = this.active();
    const index = this.chips().findIndex((chip) => chip.key === active);
    return Math.max(0, index);
  });

  protected readonly summary = computed(() => {
    const total = count(this.teams().teams.length);
    const selected = this.selected().size;
    return selected === 0 ? `All ${total} teams` : `${count(selected)} of ${total} teams selected`;
  });

  protected readonly more = computed(() => {
    const { left, none } = this.shown();
    const needle = this.filter().trim();
    if (left === 0) return none ? `No other team matches “${needle}”.` : '';
    const teams = left === 1 ? 'team' : 'teams';
    return needle === ''
      ? `${count(left)} more ${teams}; type in “Find a team” to find them`
      : `${count(left)} more ${teams} ${left === 1 ? 'matches' : 'match'}; type to narrow down`;
  });

  protected search(text: string): void {
    this.filter.set(text);
    this.kept.set(null);
  }

  protected toggle(chip: Chip): void {
    this.active.set(chip.key);
    const teams = this.teams();
    const selection = this.selection();
    if (chip.kind === 'team') this.kept.set(chip.name);
    this.selectionChange.emit(
      chip.kind === 'all'
        ? ALL_TEAMS
        : chip.kind === 'group'
          ? toggleGroup(selection, teams, chip.name)
          : toggleTeam(selection, teams, chip.name),
    );
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
    if (event.key === ' ' || event.key === 'Enter') this.toggle(this.chips()[index]);
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
