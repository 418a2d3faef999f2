import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Scores } from '../../domain/scoring/score-assessment';
import { doneMeaning, doneText, ScoreCounts } from '../../domain/scoring/score-counts';
import { Dimension, Stage } from '../../domain/types';
import { HeatmapChart } from '../../shared/heatmap-chart/heatmap-chart';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';
import { countText } from '../../domain/common/count-text';
import { countOf } from '../../domain/common/count-of';

/**
 * The top of the report: the heatmap of the selected teams and completion per level and dimension,
 * all over the activities the report lists (`scores` holds only those); levels and dimensions of
 * which nothing is listed are left out of the tables.
 */
@Component({
  selector: 'app-report-summary',
  imports: [HeatmapChart, ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <p class="scope">{{ scope() }}</p>
      <div class="grid">
        <app-heatmap-chart
          class="heatmap"
          [dimensions]="dimensions()"
          [maxLevel]="maxLevel()"
          [scores]="scores()"
          [label]="'Circular heatmap for ' + teamsLabel()"
        />
        <div class="tables">
          <app-scroll-area label="Completion per level">
            <table>
              <caption>
                Completion per level
              </caption>
              <thead>
                <tr>
                  <th scope="col">Level</th>
                  <th scope="col">Done</th>
                  <th scope="col">Score</th>
                  <th scope="col">Due for review</th>
                </tr>
              </thead>
              <tbody>
                @for (row of levels(); track row.level) {
                  <tr>
                    <th scope="row">{{ levelLabel(row.level) }}</th>
                    <td>{{ done(row.counts) }}</td>
                    <td>{{ percent(row.counts) }}</td>
                    <td>{{ count(row.counts.due ?? 0) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </app-scroll-area>
          <app-scroll-area label="Completion per dimension">
            <table>
              <caption>
                Completion per dimension
              </caption>
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col">Done</th>
                  <th scope="col">Score</th>
                  <th scope="col">Due for review</th>
                </tr>
              </thead>
              <tbody>
                @for (dimension of shownDimensions(); track dimension.name) {
                  <tr>
                    <th scope="row">{{ dimension.name }}</th>
                    <td>{{ done(dimension.counts) }}</td>
                    <td>{{ percent(dimension.counts) }}</td>
                    <td>{{ count(dimension.counts.due ?? 0) }}</td>
                  </tr>
                }
                <tr class="total">
                  <th scope="row">Overall</th>
                  <td>{{ done(scores().overall) }}</td>
                  <td>{{ percent(scores().overall) }}</td>
                  <td>{{ scores().overall.due ?? 0 }}</td>
                </tr>
              </tbody>
            </table>
          </app-scroll-area>
          <p class="note">{{ doneNote() }}</p>
        </div>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 4px;
    }
    .note {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .scope {
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .grid {
      display: grid;
      /* minmax(0, ...): the tracks must not follow the chart's content, which sizes itself to them. */
      grid-template-columns: minmax(0, 420px) minmax(0, 1fr);
      gap: 24px;
      align-items: start;
    }
    .heatmap {
      display: block;
      min-width: 0;
    }
    .tables {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font: var(--mat-sys-body-medium);
    }
    caption {
      text-align: left;
      font: var(--mat-sys-title-small);
      padding-bottom: 4px;
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: right;
    }
    td {
      white-space: nowrap;
    }
    th[scope='row'],
    th:first-child {
      text-align: left;
      font-weight: normal;
    }
    .total th,
    .total td {
      font-weight: 500;
    }
    @media (max-width: 760px) {
      .grid {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    @media print {
      .grid {
        grid-template-columns: minmax(0, 45%) minmax(0, 1fr);
      }
      /* A fixed height: the chart fits itself into its box, and a box that grew with the chart
         would make it measure, grow and measure again. */
      .heatmap {
        height: 560px;
      }
    }
  `,
})
export class ReportSummary {
  readonly scores = input.required<Scores>();
  readonly dimensions = input.required<readonly Dimension[]>();
  readonly maxLevel = input.required<number>();
  readonly levelLabels = input<readonly string[]>([]);
  readonly teamsLabel = input('the selected teams');
  /** The stage definition, to say what "done" means. */
  readonly stages = input.required<readonly Stage[]>();

  protected readonly count = countText;
  protected readonly doneNote = computed(() => doneMeaning(this.stages(), 'selection'));

  protected readonly levels = computed(() =>
    this.scores()
      .byLevel.map((counts, i) => ({ level: i + 1, counts }))
      .filter((row) => listed(row.counts) > 0),
  );
  protected readonly shownDimensions = computed(() =>
    this.scores().dimensions.filter((dimension) => listed(dimension.counts) > 0),
  );
  protected readonly scope = computed(() => {
    const n = listed(this.scores().overall);
    const due = this.scores().overall.due ?? 0;
    const dueText =
      due === 0 ? '' : ` ${countText(due)} of them ${due === 1 ? 'is' : 'are'} due for review for some team.`;
    return `Over the ${countOf(n, 'activity', 'activities')} listed below.${dueText}`;
  });

  protected levelLabel(level: number): string {
    return this.levelLabels().at(level - 1) ?? `Level ${level}`;
  }

  protected readonly done = doneText;

  protected percent(counts: ScoreCounts): string {
    return counts.score === null ? '–' : `${Math.round(counts.score * 100)}%`;
  }
}

/** Activities counted in `counts`, those not applicable to every team included. */
function listed(counts: ScoreCounts): number {
  return counts.total + (counts.notApplicable ?? 0);
}
