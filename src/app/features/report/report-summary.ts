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
          @for (table of tables(); track table.caption) {
            <app-scroll-area [label]="table.caption">
              <table>
                <caption>
                  {{
                    table.caption
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ table.heading }}</th>
                    <th scope="col">Done</th>
                    <th scope="col">Score</th>
                    <th scope="col">Due for review</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of table.rows; track row.key) {
                    <tr>
                      <th scope="row">{{ row.label }}</th>
                      <td>{{ done(row.counts) }}</td>
                      <td>{{ percent(row.counts) }}</td>
                      <td>{{ count(row.counts.due ?? 0) }}</td>
                    </tr>
                  }
                  @if (table.overall) {
                    <tr class="total">
                      <th scope="row">Overall</th>
                      <td>{{ done(scores().overall) }}</td>
                      <td>{{ percent(scores().overall) }}</td>
                      <td>{{ count(scores().overall.due ?? 0) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </app-scroll-area>
          }
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
      /* A height from the width, not from the chart: the chart fits itself into its box's height,
         and a box as tall as the chart made it measure, shrink and measure again (at 390 px it
         shrank from 481 to 220 px over 6 s, jumped back and did it again, without end). */
      aspect-ratio: 5 / 6;
      min-height: 0;
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

  /** The two completion tables, per level and per dimension: the same columns over other rows. */
  protected readonly tables = computed((): readonly CompletionTable[] => {
    const { byLevel, dimensions } = this.scores();
    const levels: CompletionRow[] = byLevel.map((counts, i) => ({
      key: `${i + 1}`,
      label: this.levelLabel(i + 1),
      counts,
    }));
    const shownDimensions = dimensions.map(({ name, counts }) => ({ key: name, label: name, counts }));
    return [
      { caption: 'Completion per level', heading: 'Level', rows: levels.filter(isListed), overall: false },
      {
        caption: 'Completion per dimension',
        heading: 'Dimension',
        rows: shownDimensions.filter(isListed),
        overall: true,
      },
    ];
  });
  protected readonly scope = computed(() => {
    const n = listed(this.scores().overall);
    const due = this.scores().overall.due ?? 0;
    const dueText =
      due === 0 ? '' : ` ${countText(due)} of them ${due === 1 ? 'is' : 'are'} due for review for some team.`;
    return `Over the ${countOf(n, 'activity', 'activities')} listed below.${dueText}`;
  });

  private levelLabel(level: number): string {
    return this.levelLabels().at(level - 1) ?? `Level ${level}`;
  }

  protected readonly done = doneText;

  protected percent(counts: ScoreCounts): string {
    return counts.score === null ? '–' : `${Math.round(counts.score * 100)}%`;
  }
}

interface CompletionRow {
  readonly key: string;
  readonly label: string;
  readonly counts: ScoreCounts;
}

interface CompletionTable {
  readonly caption: string;
  /** The header of the column of row names. */
  readonly heading: string;
  readonly rows: readonly CompletionRow[];
  /** Whether the table ends with the overall row. */
  readonly overall: boolean;
}

/** Rows of which nothing is listed are left out. */
function isListed(row: CompletionRow): boolean {
  return listed(row.counts) > 0;
}

/** Activities counted in `counts`, those not applicable to every team included. */
function listed(counts: ScoreCounts): number {
  return counts.total + (counts.notApplicable ?? 0);
}
