import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ScoreSeries } from '../../domain/history/as-of';
import { LinePoint, lineChartLayout } from '../../domain/history/line-chart';
import { hostSize } from '../../shared/chart/host-size';
import { SERIES_PALETTE, seriesColour } from '../../shared/chart/series-colours';
import { formatDay } from '../../shared/local-day';

/**
 * Score over time as step lines (d3 computes, see domain/history/line-chart), with a marker at the
 * "as of" date and the same data as a table for screen readers and for reading exact values.
 */
@Component({
  selector: 'app-score-line-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './score-line-chart.html',
  styleUrl: './score-line-chart.scss',
})
export class ScoreLineChart {
  readonly dates = input.required<readonly string[]>();
  readonly series = input.required<readonly ScoreSeries[]>();
  readonly asOf = input<string | undefined>(undefined);
  readonly label = input('Score over time');
  readonly dateLocale = input<string | undefined>(undefined);

  private readonly size = hostSize();
  protected readonly layout = computed(() => lineChartLayout(this.dates(), this.series(), this.size().width, 260));
  /** Lines beyond the palette repeat its colours with a dash pattern, to tell them apart. */
  protected readonly colours = computed(() =>
    this.series().map((_, i) => ({ stroke: seriesColour(i), dash: i >= SERIES_PALETTE.length ? '6 3' : null })),
  );
  protected readonly formatDay = formatDay;

  /** A point's tooltip: "Team A and Team B: 25% on Dec 7, 2026" where lines meet. */
  protected pointTitle(label: string, point: LinePoint): string {
    const names =
      point.together.length > 1 ? `${point.together.slice(0, -1).join(', ')} and ${point.together.at(-1)}` : label;
    return `${names}: ${this.percent(point.value)} on ${formatDay(point.date, this.dateLocale())}`;
  }

  protected percent(value: number | null): string {
    return value === null ? '–' : `${Math.round(value * 100)}%`;
  }
}
