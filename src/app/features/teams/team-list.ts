import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { countOf } from '../../domain/common/count-of';
import { countText } from '../../domain/common/count-text';
import { countTeamData } from '../../domain/teams/team-data';
import {
  addTeam,
  deleteTeam,
  groupsByTeam,
  groupsOf,
  moveTeam,
  renameTeam,
  setTeamGroups,
} from '../../domain/teams/team-edits';
import { teamNameProblem } from '../../domain/teams/teams-error';
import { Teams } from '../../domain/types';
import { confirm } from '../../shared/confirm-dialog/confirm-dialog';
import { countInSteps } from '../../shared/count-in-steps';
import { AssessmentStore } from '../../state/assessment-store';
import { deleteTeamMessage } from './team-messages';
import { guardedEdit } from './guarded-edit';
import { ListRow, neighbour, RowToFocus } from './list-row';
import { NameEditor } from './name-editor';

const NO_GROUPS: readonly string[] = [];

/** Lists with more entries than this get a filter field. */
const FILTER_FROM = 12;
/**
 * Rows listed at first, and added by each "Show more": every row is a few Material buttons, and
 * 10,000 of them took half a minute to render and seconds per key typed in the filter.
 */
export const ROWS_SHOWN = 100;
/**
 * Of those, rendered at once, and added once each frame is painted (`countInSteps`): 100 new rows
 * in one task took up to 190 ms a key typed at 10,000 teams.
 */
const FIRST_ROWS = 20;
const ROWS_PER_STEP = 20;

/** The same team positions in the same order. */
const samePositions = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((position, i) => position === b[i]);

/**
 * The team list: select a team to see its progress; add, rename, delete and reorder teams and tick
 * the groups each belongs to. Renaming and deleting carry exactly the team's own data along.
 */
@Component({
  selector: 'app-team-list',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ListRow, NameEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-list.html',
  styleUrl: './list.scss',
})
export class TeamList {
  private readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);

  readonly teams = input.required<Teams>();
  readonly readOnly = input(false);
  readonly selected = input<string>();
  readonly selectTeam = output<string>();

  protected readonly filter = signal('');
  protected readonly filterable = computed(() => this.teams().names.length > FILTER_FROM);
  /** The names as the filter compares them, lower-cased once rather than on every key typed. */
  private readonly lowerNames = computed(() => this.teams().names.map((name) => name.toLowerCase()));
  /**
   * The positions of the matching teams; the same array while they are the same ("Team" and
   * "Team " match every team), so that nothing is rendered again.
   */
  private readonly matching = computed(
    () => {
      const needle = this.filter().trim().toLowerCase();
      const names = this.lowerNames();
      const positions: number[] = [];
      for (let i = 0; i < names.length; i++) if (needle === '' || names[i].includes(needle)) positions.push(i);
      return positions;
    },
    { equal: samePositions },
  );
  /** How many rows are listed; back to the first page when the matches change. */
  protected readonly limit = linkedSignal({ source: this.matching, computation: () => ROWS_SHOWN });
  protected readonly matches = computed(() => this.matching().length);
  protected readonly listed = computed(() => Math.min(this.limit(), this.matches()));
  /** Of the rows listed, those rendered so far. */
  private readonly rendered = countInSteps(this.matching, this.listed, FIRST_ROWS, ROWS_PER_STEP).count;
  protected readonly shown = computed(() => {
    const names = this.teams().names;
    return this.matching()
      .slice(0, Math.min(this.rendered(), this.listed()))
      .map((index) => ({ name: names[index], index }));
  });
  protected readonly count = countText;
  protected readonly focusRow = signal<RowToFocus | undefined>(undefined);
  /** The number of matches, read out after typing (the search box's count of results). */
  protected readonly matchText = computed(() => {
    const n = this.matches();
    if (this.filter().trim() === '') return '';
    return n === 1 ? '1 team matches' : `${this.count(n)} teams match`;
  });

  protected readonly nextStep = computed(() => Math.min(ROWS_SHOWN, this.matches() - this.listed()));

  protected showMore(): void {
    this.limit.update((limit) => limit + ROWS_SHOWN);
  }
  /** Each team's groups, the same array for a team while the groups are the same. */
  private readonly groupsByTeam = computed(() => groupsByTeam(this.teams()));
  protected readonly groupNames = computed(() => Object.keys(this.teams().groups));

  protected readonly validateNew = (name: string) => teamNameProblem(name, this.teams())?.message;
  protected readonly renameProblem = (name: string, team: string) => teamNameProblem(name, this.teams(), team)?.message;
  protected readonly renameHint = (team: string) => {
    const counts = countTeamData(this.store.state().assessment, team);
    return `Its progress on ${countOf(counts.activities, 'activity', 'activities')} and ${countOf(counts.evidence, 'piece', 'pieces')} of evidence move with it.`;
  };

  protected groupsOfTeam(team: string): readonly string[] {
    return this.groupsByTeam().get(team) ?? NO_GROUPS;
  }

  protected add(name: string): void {
    if (!guardedEdit(this.store, this.announcer, (assessment) => addTeam(assessment, name))) return;
    this.announcer.announce(`Team ${name} added.`);
  }

  protected rename(from: string, to: string): void {
    if (!guardedEdit(this.store, this.announcer, (assessment) => renameTeam(assessment, from, to, Date.now()))) return;
    if (this.selected() === from) this.selectTeam.emit(to);
    this.focusRow.set({ name: to, target: 'rename' });
    this.announcer.announce(`Team ${from} renamed to ${to}; its progress and evidence moved with it.`);
  }

  protected async remove(team: string): Promise<void> {
    const counts = countTeamData(this.store.state().assessment, team);
    const ok = await confirm(this.dialog, deleteTeamMessage(team, counts));
    if (!ok) return;
    const next = neighbour(this.teams().names, team);
    if (!guardedEdit(this.store, this.announcer, (assessment) => deleteTeam(assessment, team, Date.now()))) return;
    if (next !== undefined) this.focusRow.set({ name: next, target: 'name' });
    this.announcer.announce(`Team ${team} deleted.`);
  }

  protected move(team: string, index: number, by: -1 | 1): void {
    if (!guardedEdit(this.store, this.announcer, (assessment) => moveTeam(assessment, team, index + by))) return;
    this.announcer.announce(
      `${team} moved to position ${this.count(index + by + 1)} of ${this.count(this.teams().names.length)}.`,
    );
  }

  protected setMember(team: string, group: string, member: boolean): void {
    const groups = groupsOf(this.teams(), team).filter((name) => name !== group);
    guardedEdit(this.store, this.announcer, (assessment) =>
      setTeamGroups(assessment, team, member ? [...groups, group] : groups),
    );
  }
}
