import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ExecutiveSummary, GapLine } from '../../domain/report/executive-summary';
import { DueItem } from '../../domain/review/due-for-review';
import { DayText, reviewBasisText } from '../../domain/review/review-text';
import { countText } from '../../domain/common/count-text';

/** The executive summary's second part: the top gaps toward the targets and what is due for review. */
@Component({
  selector: 'app-executive-lists',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="exec-gaps">
      <h2 id="exec-gaps">Top gaps toward the targets</h2>
      @if (summary().gaps.top.length > 0) {
        <table>
          <caption class="visually-hidden">
            The activities most teams still have to do to reach their target level
          </caption>
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col" class="text">Dimension</th>
              <th scope="col">Level</th>
              <th scope="col" class="text">Still to do for</th>
            </tr>
          </thead>
          <tbody>
            @for (line of summary().gaps.top; track line.activity.uuid) {
              <tr>
                <th scope="row">{{ line.activity.name }}</th>
                <td class="text">{{ line.activity.dimension }}</td>
                <td>{{ line.activity.level }}</td>
                <td class="text">{{ teamsText(line) }}</td>
              </tr>
            }
          </tbody>
        </table>
        <p class="note">
          The activities open for the most teams first, of {{ summary().gaps.activities }} in all. Each team works
          toward its target level, or without one its next step (the lowest level it has not completed).
        </p>
      } @else {
        <p class="note">Every team has reached its target.</p>
      }
    </section>
    <section aria-labelledby="exec-due">
      <h2 id="exec-due">Due for review</h2>
      @if (summary().due.top.length > 0) {
        <table>
          <caption class="visually-hidden">
            What the teams said longest ago, first
          </caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col" class="text">Activity</th>
              <th scope="col">Due since</th>
              <th scope="col" class="text">Counted from</th>
            </tr>
          </thead>
          <tbody>
            @for (item of summary().due.top; track item.team + item.activity.uuid) {
              <tr>
                <th scope="row">{{ item.team }}</th>
                <td class="text">{{ item.activity.name }}</td>
                <td>{{ day()(item.status.review!.by) }}</td>
                <td class="text">{{ basis(item) }}</td>
              </tr>
            }
          </tbody>
        </table>
        @if (summary().due.pairs > summary().due.top.length) {
          <p class="note">
            The longest overdue {{ count(summary().due.top.length) }} of {{ count(summary().due.pairs) }}.
          </p>
        }
      } @else {
        <p class="note">Nothing is due for review.</p>
      }
    </section>
  `,
  styleUrl: './executive-table.scss',
  styles: `
    :host {
      display: grid;
      gap: 16px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
    .text {
      text-align: left;
      white-space: normal;
    }
  `,
})
export class ExecutiveLists {
  protected readonly count = countText;
  readonly summary = input.required<ExecutiveSummary>();
  readonly day = input.required<DayText>();

  /** The teams by name when they are few, else how many of the selection. */
  protected teamsText(line: GapLine): string {
    const all = this.summary().teams.length;
    if (line.teams.length === all && all > 1) return `all ${countText(all)} teams`;
    return line.teams.length <= 4
      ? line.teams.join(', ')
      : `${countText(line.teams.length)} of ${countText(all)} teams`;
  }

  protected basis(item: DueItem): string {
    return reviewBasisText(item.status, this.day());
  }
}
