import { ChangeDetectionStrategy, Component, computed, effect, input, output, viewChildren } from '@angular/core';
import { MatChipOption, MatChipSelectionChange, MatChipsModule } from '@angular/material/chips';
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

interface Chip {
  readonly key: string;
  readonly label: string;
  readonly kind: 'all' | 'group' | 'team';
  readonly name: string;
  readonly selected: boolean;
}

/**
 * "All teams", every group and every team as selectable chips (one tab stop, arrow keys move,
 * Space/Enter toggle). Selecting a group selects its members; the parent keeps the selection (in
 * the URL, see `teamSelectionParams`) and passes it back in.
 */
@Component({
  selector: 'app-team-chips',
  imports: [MatChipsModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-chip-listbox multiple [attr.aria-label]="label()" class="chips">
      @for (chip of chips(); track chip.key) {
        <mat-chip-option
          [value]="chip.key"
          [selected]="chip.selected"
          [class.group]="chip.kind === 'group'"
          (selectionChange)="changed(chip, $event)"
        >
          @if (chip.kind === 'group') {
            <app-icon matChipAvatar name="groups" aria-hidden="true" />
          }
          {{ chip.label }}
          @if (chip.kind === 'group') {
            <span class="visually-hidden">(group)</span>
          }
        </mat-chip-option>
      }
    </mat-chip-listbox>
  `,
  styles: `
    :host {
      display: block;
    }
    .chips {
      max-height: 9.5rem;
      overflow-y: auto;
    }
  `,
})
export class TeamChips {
  readonly teams = input.required<Teams>();
  readonly selection = input<TeamSelection>(ALL_TEAMS);
  /** The "All teams" label (meta.yaml `strings.allTeamsGroupName`). */
  readonly allLabel = input('All teams');
  readonly label = input('Teams');
  readonly selectionChange = output<TeamSelection>();

  private readonly options = viewChildren(MatChipOption);

  protected readonly chips = computed((): Chip[] => {
    const teams = this.teams();
    const selection = this.selection();
    const selected = new Set(selectedTeams(selection, teams));
    return [
      { key: 'all', label: this.allLabel(), kind: 'all', name: '', selected: isAllTeams(selection, teams) },
      ...Object.keys(teams.groups).map((group): Chip => ({
        key: `group:${group}`,
        label: group,
        kind: 'group',
        name: group,
        selected: isGroupSelected(selection, teams, group),
      })),
      ...teams.teams.map((team): Chip => ({
        key: `team:${team}`,
        label: team,
        kind: 'team',
        name: team,
        selected: selected.has(team),
      })),
    ];
  });

  constructor() {
    // A chip flips its own state when clicked; the selection decides (clicking the selected "All
    // teams" keeps it selected, a group toggles its members), so every chip is set back to it.
    effect(() => {
      const chips = this.chips();
      for (const [i, option] of this.options().entries()) {
        if (chips[i] && option.selected !== chips[i].selected) option.selected = chips[i].selected;
      }
    });
  }

  protected changed(chip: Chip, event: MatChipSelectionChange): void {
    if (!event.isUserInput) return;
    const teams = this.teams();
    const selection = this.selection();
    const next =
      chip.kind === 'all'
        ? ALL_TEAMS
        : chip.kind === 'group'
          ? toggleGroup(selection, teams, chip.name)
          : toggleTeam(selection, teams, chip.name);
    // Restore this chip right away; the effect above runs again when the new selection comes in.
    event.source.selected = chip.selected;
    this.selectionChange.emit(next);
  }
}
