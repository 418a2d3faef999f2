import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { addGroup, deleteGroup, moveGroup, renameGroup, setGroupMembers } from '../../domain/teams/group-edits';
import { countOf } from '../../domain/common/count-of';
import { countText } from '../../domain/common/count-text';
import { groupNameProblem } from '../../domain/teams/teams-error';
import { Teams } from '../../domain/types';
import { confirm } from '../../shared/confirm-dialog/confirm-dialog';
import { AssessmentStore } from '../../state/assessment-store';
import { guardedEdit } from './guarded-edit';
import { ListRow, neighbour, RowToFocus } from './list-row';
import { NameEditor } from './name-editor';

/** Team groups: select one to see its members' progress together; add, rename, delete, reorder, tick members. */
@Component({
  selector: 'app-group-list',
  imports: [ListRow, NameEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './group-list.html',
  styleUrl: './list.scss',
})
export class GroupList {
  private readonly store = inject(AssessmentStore);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);

  readonly teams = input.required<Teams>();
  readonly readOnly = input(false);
  readonly selected = input<string>();
  readonly selectGroup = output<string>();

  protected readonly groups = computed(() =>
    Object.entries(this.teams().groups).map(([name, members], index) => ({ name, members, index })),
  );
  protected readonly count = countText;
  protected readonly focusRow = signal<RowToFocus | undefined>(undefined);
  protected readonly validateNew = (name: string) => groupNameProblem(name, this.teams())?.message;
  protected readonly renameProblem = (name: string, group: string) =>
    groupNameProblem(name, this.teams(), group)?.message;

  protected memberCount(members: readonly string[]): string {
    return countOf(members.length, 'team', 'teams');
  }

  protected add(name: string): void {
    if (!guardedEdit(this.store, this.announcer, (assessment) => addGroup(assessment, name))) return;
    this.announcer.announce(`Group ${name} added. Tick its teams under Members.`);
  }

  protected rename(from: string, to: string): void {
    if (!guardedEdit(this.store, this.announcer, (assessment) => renameGroup(assessment, from, to))) return;
    if (this.selected() === from) this.selectGroup.emit(to);
    this.focusRow.set({ name: to, target: 'rename' });
  }

  protected async remove(group: string, members: readonly string[]): Promise<void> {
    const ok = await confirm(this.dialog, {
      title: `Delete the group "${group}"?`,
      paragraphs: [`Only the group goes: its ${this.memberCount(members)} and all their progress and evidence stay.`],
      confirm: 'Delete group',
      destructive: true,
    });
    if (!ok) return;
    const next = neighbour(Object.keys(this.teams().groups), group);
    if (!guardedEdit(this.store, this.announcer, (assessment) => deleteGroup(assessment, group))) return;
    if (next !== undefined) this.focusRow.set({ name: next, target: 'name' });
    this.announcer.announce(`Group ${group} deleted.`);
  }

  protected move(group: string, index: number, by: -1 | 1): void {
    if (!guardedEdit(this.store, this.announcer, (assessment) => moveGroup(assessment, group, index + by))) return;
    this.announcer.announce(`${group} moved to position ${index + by + 1}.`);
  }

  protected setMember(group: string, team: string, member: boolean): void {
    const current = new Set(this.teams().groups[group] ?? []);
    if (member) current.add(team);
    else current.delete(team);
    // Members in team-list order (a group can only hold teams of the list).
    const members = this.teams().names.filter((name) => current.has(name));
    guardedEdit(this.store, this.announcer, (assessment) => setGroupMembers(assessment, group, members));
  }
}
