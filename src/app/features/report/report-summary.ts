import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Scores } from '../../domain/scoring/score-assessment';
import { ScoreCounts } from '../../domain/scoring/score-counts';
import { Dimension } from '../../domain/types';
import { HeatmapChart } from '../../shared/heatmap-chart/heatmap-chart';

/** The top of the report: the heatmap of the selected teams and completion per level and dimension. */
@Component({
  selector: 'app-report-summary',
  imports: [HeatmapChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <div class="grid">
        <app-heatmap-chart
          class="heatmap"
          [dimensions]="dimensions()"
          [maxLevel]="maxLevel()"
          [scores]="scores()"
          [label]="'Circular heatmap for ' + teamsLabel()"
        />
        <div class="tables">
          <table>
            <caption>
              Completion per level
            </caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Done</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              @for (counts of scores().byLevel; track $index) {
                <tr>
                  <th scope="row">{{ levelLabel($index) }}</th>
                  <td>{{ done(counts) }}</td>
                  <td>{{ percent(counts) }}</td>
                </tr>
              }
            </tbody>
          </table>
          <table>
            <caption>
              Completion per dimension
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Done</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              @for (dimension of scores().dimensions; track dimension.name) {
                <tr>
                  <th scope="row">{{ dimension.name }}</th>
                  <td>{{ done(dimension.counts) }}</td>
                  <td>{{ percent(dimension.counts) }}</td>
                </tr>
              }
              <tr class="total">
                <th scope="row">Overall</th>
                <td>{{ done(scores().overall) }}</td>
                <td>{{ percent(scores().overall) }}</td>
              </tr>
            </tbody>
          </table>
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
      margin: 0 0 8px;
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

  protected levelLabel(index: number): string {
    return this.levelLabels().at(index) ?? `Level ${index + 1}`;
  }

  protected done(counts: ScoreCounts): string {
    const na = counts.notApplicable ? ` (+${counts.notApplicable} n/a)` : '';
    return `${counts.done} / ${counts.total}${na}`;
  }

  protected percent(counts: ScoreCounts): string {
    return counts.score === null ? '–' : `${Math.round(counts.score * 100)}%`;
  }
}
