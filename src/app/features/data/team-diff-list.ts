import { ChangeDetectionStrategy, Component, effect, inject, input, linkedSignal, signal } from '@angular/core';
import { ActivityDiff, TeamDiff } from '../../domain/transfer/assessment-diff';
import { ImportOperation } from '../../state/import-operation';
import { formatDay } from '../../shared/local-day';
import { rowsInSteps } from '../../shared/rows-in-steps';
import { ShowMore } from '../../shared/show-more';
import { countText } from '../../domain/common/count-text';
import { countsText } from '../../domain/transfer/diff-text';

/** Teams listed before "Show more" (MORE_ROWS a press): a file of 10,000 teams drawn at once held the page. */
const FIRST_TEAMS = 30;
/** Activities listed per team before "and N more". */
const FIRST_ACTIVITIES = 100;

/**
 * Per team and activity: the stage dates and evidence an import adds, changes and removes. A
 * team's activities are asked for (from the import session, which made the preview) and drawn
 * only when it is opened: a preview may hold 200,000 of them.
 */
@Component({
  selector: 'app-team-diff-list',
  imports: [ShowMore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-diff-list.html',
  styleUrl: './team-diff-list.scss',
})
export class TeamDiffList {
  private readonly imports = inject(ImportOperation);
  readonly teams = input.required<readonly TeamDiff[]>();
  readonly dateLocale = input<string>();
  protected readonly open = signal<ReadonlySet<string>>(new Set());
  /** The activities of the teams opened, of this preview (another preview starts afresh). */
  protected readonly loaded = linkedSignal<readonly TeamDiff[], ReadonlyMap<string, readonly ActivityDiff[]>>({
    source: this.teams,
    computation: () => new Map(),
  });
  /** Told apart by name (the template's track): each preview (another choice, another tab's edit) is made afresh. */
  protected readonly listed = rowsInSteps(this.teams, FIRST_TEAMS, (team) => team.team);
  protected readonly firstActivities = FIRST_ACTIVITIES;
  protected readonly countsText = countsText;
  protected readonly count = countText;

  constructor() {
    const asked = new WeakMap<readonly TeamDiff[], Set<string>>();
    effect(() => {
      const teams = this.teams();
      const loaded = this.loaded();
      if (!asked.has(teams)) asked.set(teams, new Set());
      const teamsAsked = asked.get(teams)!;
      for (const team of this.open()) {
        if (loaded.has(team) || teamsAsked.has(team)) continue;
        teamsAsked.add(team);
        void this.imports.activitiesOf(team).then(
          (activities) => {
            if (this.teams() === teams) this.loaded.update((map) => new Map(map).set(team, activities));
          },
          // The import was cancelled (its worker ended) while they were on their way.
          () => undefined,
        );
      }
    });
  }

  protected toggled(team: string, event: Event): void {
    const isOpen = event.target instanceof HTMLDetailsElement && event.target.open;
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
