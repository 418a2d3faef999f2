import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { countText } from '../../domain/common/count-text';
import { doneMeaning, doneText } from '../../domain/scoring/score-counts';
import { DatedTitle, scheduledText } from '../../domain/status/activity-status';
import { TeamSummary } from '../../domain/team-summary/team-summary';
import { Model } from '../../domain/types';
import { formatDay } from '../../shared/local-day';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';
import { DueReviewList } from './due-review-list';
import { rowsInSteps } from '../../shared/rows-in-steps';
import { ShowMore } from '../../shared/show-more';

/** Rows of the in-progress table shown before "Show more". */
const FIRST_ROWS = 50;

/** A team's or group's standing: counts per stage, score per dimension, last change, work in progress. */
@Component({
  selector: 'app-team-summary-panel',
  imports: [RouterLink, ScrollArea, DueReviewList, ShowMore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-summary-panel.html',
  styleUrl: './team-summary-panel.scss',
})
export class TeamSummaryPanel {
  readonly heading = input.required<string>();
  readonly kind = input.required<'team' | 'group'>();
  readonly summary = input.required<TeamSummary>();
  readonly dateLocale = input<string>();
  readonly maxLevel = input.required<number>();
  readonly model = input.required<Model>();

  /** Counts as the report and the executive summary write them (a group of thousands of teams). */
  protected readonly countOf = countText;
  protected readonly done = doneText;
  protected readonly inProgress = rowsInSteps(
    computed(() => this.summary().inProgress),
    FIRST_ROWS,
    (row) => row.uuid + '\u0000' + row.team,
  );
  protected readonly pairs = computed(
    () =>
      this.summary().stageCounts.reduce((sum, count) => sum + count.count, 0) +
      this.summary().notApplicable +
      this.summary().notAssessed,
  );

  protected readonly doneNote = computed(() =>
    doneMeaning(
      this.summary().stageCounts.map((count) => count.stage),
      this.kind(),
    ),
  );

  protected day(date: string | undefined): string {
    return date === undefined ? '' : formatDay(date, this.dateLocale());
  }

  /** A stage dated later, as the activity page's stage control says it. */
  protected scheduled(later: DatedTitle): string {
    return scheduledText(later, (date) => this.day(date));
  }

  protected percent(score: number | null): string {
    return score === null ? '–' : `${Math.round(score * 100)}%`;
  }
}
