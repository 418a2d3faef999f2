import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BreakdownRow, ExecutiveSummary, towardText } from '../../domain/report/executive-summary';
import { Dimension } from '../../domain/types';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';
import { assessedText, changeText, percentText } from './executive-text';
import { countText } from '../../domain/common/count-text';

/**
 * The executive summary's score per team, or per group when the teams are many or in several
 * groups: overall with its change, per dimension, coverage, the gap toward the target and what is due.
 */
@Component({
  selector: 'app-executive-breakdown',
  imports: [ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (summary().rows.length > 0) {
      <app-scroll-area [label]="caption()">
        <table>
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ summary().breakdown === 'team' ? 'Team' : 'Group' }}</th>
              <th scope="col">Score</th>
              <th scope="col">Change</th>
              @for (dimension of dimensions(); track dimension.name) {
                <th scope="col" class="dim-col">{{ dimension.name }}</th>
              }
              <th scope="col">Assessed</th>
              <th scope="col">To do toward the target</th>
              <th scope="col">Due for review</th>
            </tr>
          </thead>
          <tbody>
            @for (row of summary().rows; track row.label) {
              <tr>
                <th scope="row">
                  {{ row.label }}
                  @if (summary().breakdown === 'group') {
                    <span class="members"
                      >({{ row.teams.length }} {{ row.teams.length === 1 ? 'team' : 'teams' }})</span
                    >
                  }
                </th>
                <td class="score">{{ percent(row.percent) }}</td>
                <td>{{ changeText(row.change, row.under) }}</td>
                @for (value of row.dimensions; track $index) {
                  <td>{{ percent(value) }}</td>
                }
                <td>{{ assessed(row) }}</td>
                <td class="toward">{{ toward(row) }}</td>
                <td>{{ row.due }}</td>
              </tr>
            }
          </tbody>
        </table>
      </app-scroll-area>
      @if (summary().moreRows > 0) {
        <p class="note">
          And {{ count(summary().moreRows) }} more {{ summary().moreRows === 1 ? 'group' : 'groups' }}, counted in the
          totals above.
        </p>
      }
    } @else {
      <p class="note">
        The {{ count(summary().teams.length) }} teams are in no group: the totals above sum them up. Group the teams
        (Teams page) to compare the groups here.
      </p>
    }
  `,
  styleUrl: './executive-table.scss',
  styles: `
    /* A row a line: twelve of them fit on the first printed page. */
    tbody th {
      white-space: nowrap;
    }
    /*
     * The one cell of words ('40 to levels 1–2 (target or next step)') wraps rather than widen the
     * table past 1280 px; on paper there is room for it on one line.
     */
    .toward {
      white-space: normal;
      min-width: 6em;
    }
    @media print {
      .toward {
        white-space: nowrap;
      }
    }
    /* Where the box scrolls anyway (a phone), a row is a line: wrapping no longer spares the scroll. */
    @container (max-width: 960px) {
      .toward {
        white-space: nowrap;
      }
    }
  `,
})
export class ExecutiveBreakdown {
  readonly summary = input.required<ExecutiveSummary>();
  readonly dimensions = input.required<readonly Dimension[]>();
  readonly since = input.required<string>();
  protected readonly changeText = changeText;
  protected readonly percent = percentText;
  protected readonly count = countText;
  protected readonly caption = computed(
    () =>
      `${this.summary().breakdown === 'team' ? 'Score per team' : 'Score per group (its selected teams)'} (change ${this.since()})`,
  );

  protected assessed(row: BreakdownRow): string {
    return assessedText(row.assessed, row.assessable);
  }

  protected readonly toward = towardText;
}
