import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CompareEntity, CompareRow } from '../../domain/compare/compare-rows';
import { heatColour } from '../../domain/heatmap/colour-scale';
import { countText } from '../../domain/common/count-text';
import { DUE_FOR_REVIEW_TEXT } from '../../domain/review/review-text';
import { countInSteps } from '../../shared/count-in-steps';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';

/**
 * Rows rendered with the table, and added by each later step: the 192 rows of two groups of 5,000
 * teams took about a third of the page's longest task (a development-build profile).
 */
const FIRST_ROWS = 20;
const ROWS_PER_STEP = 40;

/**
 * The activities on which the compared teams or groups differ, one column each; the rows added a
 * few at a time once each frame is painted, busy until all are.
 */
@Component({
  selector: 'app-compare-table',
  imports: [RouterLink, ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.aria-busy]': '!steps.complete()' },
  template: `
    @if (rows().length === 0) {
      <p class="none">They are at the same stage on every activity.</p>
    } @else {
      <app-scroll-area label="Activities on which they differ">
        <table>
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">Level</th>
              @for (entity of entities(); track entity.key) {
                <th scope="col">{{ entity.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of shown(); track row.activity.uuid) {
              <tr>
                <th scope="row">
                  <a [routerLink]="['/activity', row.activity.uuid]">{{ row.activity.name }}</a>
                  <span class="where">{{ row.activity.dimension }} › {{ row.activity.subDimension }}</span>
                </th>
                <td class="level">{{ row.activity.level }}</td>
                @for (cell of row.cells; track $index) {
                  <td [class.na]="cell.score === null">
                    <span
                      class="dot"
                      [style.background]="cell.score === null ? null : colour(cell.score)"
                      aria-hidden="true"
                    ></span>
                    {{ cell.text }}
                    @if (cell.due) {
                      <span class="due">{{ dueText }}</span>
                    } @else if (cell.dueTeams) {
                      <span class="due">{{ count(cell.dueTeams) }} due<span class="due-end"> for review</span></span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </app-scroll-area>
    }
  `,
  styles: `
    @use '../../../styles/layout';
    table {
      border-collapse: collapse;
      width: 100%;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 6px 10px;
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    /* Names wrap between words, never inside one: the table scrolls sideways when they do not fit. */
    th,
    td {
      overflow-wrap: normal;
      hyphens: manual;
    }
    thead th {
      font: var(--mat-sys-title-small);
    }
    th[scope='row'] {
      font-weight: normal;
      min-width: min(220px, 40vw);
    }
    .where,
    .due {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    /* One line under the score: "Due for / review" read as two notes in a column no wider than
       "Started", and "2 due for / review" in ten columns at 1280 px. The table scrolls instead. */
    .due {
      white-space: nowrap;
    }
    .level {
      text-align: center;
    }
    .dot {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-right: 6px;
      border-radius: 50%;
      border: 1px solid var(--app-heat-empty-stroke);
    }
    .na {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    /* On a phone a group's column is about as wide as its score: "2 due" on one line, rather than
       "2 due for / review" under the score; screen readers still say "2 due for review". */
    @media (max-width: 600px) {
      .due-end {
        @include layout.visually-hidden;
      }
    }
  `,
})
export class CompareTable {
  readonly rows = input.required<readonly CompareRow[]>();
  readonly entities = input.required<readonly CompareEntity[]>();
  protected readonly steps = countInSteps(
    this.rows,
    computed(() => this.rows().length),
    FIRST_ROWS,
    ROWS_PER_STEP,
  );
  protected readonly shown = computed(() => this.rows().slice(0, this.steps.count()));
  protected readonly colour = heatColour;
  protected readonly dueText = DUE_FOR_REVIEW_TEXT;
  protected readonly count = countText;
}
