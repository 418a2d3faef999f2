import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { countText } from '../../domain/common/count-text';
import { capitalised } from '../../domain/common/file-problem';
import { DueItem } from '../../domain/review/due-for-review';
import { everyText, reviewBasisText } from '../../domain/review/review-text';
import { Evidence, Model } from '../../domain/types';
import { formatDay } from '../../shared/local-day';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';
import { rowsInSteps } from '../../shared/rows-in-steps';
import { ShowMore } from '../../shared/show-more';

/** Rows shown before "Show more". */
const FIRST_ROWS = 20;

/**
 * What a team (or group) has to look at again: the activities due for review, the longest overdue
 * first, each with since when and why, and the evidence changed after its review.
 */
@Component({
  selector: 'app-due-review-list',
  imports: [RouterLink, ScrollArea, ShowMore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>Due for review ({{ count(due().length) }})</h3>
    @if (due().length === 0) {
      <p class="empty">Nothing is due: every stage and piece of evidence is younger than its review interval.</p>
    } @else {
      <app-scroll-area label="Activities due for review">
        <table class="due">
          <thead>
            <tr>
              <th scope="col">Activity</th>
              @if (group()) {
                <th scope="col">Team</th>
              }
              <th scope="col">Due since</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            @for (item of dueRows.rows(); track item.activity.uuid + '\\u0000' + item.team) {
              <tr>
                <td>
                  <a [routerLink]="['/activity', item.activity.uuid]">{{ item.activity.name }}</a>&ngsp;<span
                    class="level"
                    >L{{ item.activity.level }}</span
                  >
                </td>
                @if (group()) {
                  <td>{{ item.team }}</td>
                }
                <td class="app-due since">
                  <time [attr.datetime]="item.status.review!.by">{{ day(item.status.review!.by) }}</time>
                </td>
                <td>{{ why(item) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </app-scroll-area>
      <app-show-more [rows]="dueRows" />
    }
    @if (changed().length > 0) {
      <h3>Changed after review ({{ count(changed().length) }})</h3>
      <ul class="changed">
        @for (entry of changedRows.rows(); track entry.id) {
          <li>
            <a [routerLink]="['/activity', entry.activityUuid]">{{ activityName(entry) }}</a>: "{{ entry.title }}" for
            {{ entry.teams.join(', ') }}, reviewed by {{ entry.reviewer || 'someone' }} on {{ day(entry.reviewed!) }},
            <span class="app-due">changed since</span>
          </li>
        }
      </ul>
      <app-show-more [rows]="changedRows" />
    }
  `,
  styleUrl: './team-summary-panel.scss',
})
export class DueReviewList {
  readonly due = input.required<readonly DueItem[]>();
  readonly changed = input.required<readonly Evidence[]>();
  readonly model = input.required<Model>();
  /** A group: the team of each row is named. */
  readonly group = input(false);
  readonly dateLocale = input<string>();

  protected readonly count = countText;
  protected readonly dueRows = rowsInSteps(this.due, FIRST_ROWS, (item) => item.activity.uuid + '\u0000' + item.team);
  protected readonly changedRows = rowsInSteps(this.changed, FIRST_ROWS, (entry) => entry.id);

  protected day(date: string): string {
    return formatDay(date, this.dateLocale());
  }

  protected why(item: DueItem): string {
    return `${capitalised(reviewBasisText(item.status, (date) => this.day(date)))}; reviewed ${everyText(item.status.review!.interval)}`;
  }

  protected activityName(entry: Evidence): string {
    return this.model().byUuid.get(entry.activityUuid)?.name ?? entry.activityUuid;
  }
}
