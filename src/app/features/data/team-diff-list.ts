import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TeamDiff } from '../../domain/transfer/assessment-diff';
import { formatDay } from '../../shared/local-day';
import { countsText } from '../../domain/transfer/diff-text';

/** Teams listed before "Show all"; a file of a thousand teams lists a thousand. */
const FIRST_TEAMS = 30;
/** Activities listed per team before "and N more". */
const FIRST_ACTIVITIES = 100;

/**
 * Per team and activity: the stage dates and evidence an import adds, changes and removes. A
 * team's activities are drawn only when it is opened: a preview may hold 200,000 of them.
 */
@Component({
  selector: 'app-team-diff-list',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-diff-list.html',
  styleUrl: './team-diff-list.scss',
})
export class TeamDiffList {
  readonly teams = input.required<readonly TeamDiff[]>();
  readonly dateLocale = input<string>();
  protected readonly showAll = signal(false);
  protected readonly open = signal<ReadonlySet<string>>(new Set());
  protected readonly shown = computed(() => (this.showAll() ? this.teams() : this.teams().slice(0, FIRST_TEAMS)));
  protected readonly firstActivities = FIRST_ACTIVITIES;
  protected readonly countsText = countsText;

  protected toggled(team: string, event: Event): void {
    const isOpen = (event.target as HTMLDetailsElement).open;
    this.open.update((open) => {
      const next = new Set(open);
      if (isOpen) next.add(team);
      else next.delete(team);
      return next;
    });
  }

  protected day(date: string | undefined): string {
    return date === undefined ? '' : formatDay(date, this.dateLocale());
  }
}
