import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { ScoreSeries } from '../../domain/history/as-of';
import { lineChartLayout } from '../../domain/history/line-chart';
import { formatDay } from '../../shared/local-day';

/** Enough distinct hues for a handful of lines; more repeat with a dash pattern to tell them apart. */
const PALETTE = [
  'var(--mat-sys-primary)',
  'var(--mat-sys-tertiary)',
  'light-dark(#2e7d32, #81c995)',
  'light-dark(#8e24aa, #e1a6ef)',
  'light-dark(#c62828, #ff8a80)',
  'light-dark(#00838f, #80deea)',
];

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

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly width = signal(0);
  protected readonly layout = computed(() => lineChartLayout(this.dates(), this.series(), this.width(), 260));
  protected readonly colours = computed(() =>
    this.series().map((_, i) => ({ stroke: PALETTE[i % PALETTE.length], dash: i >= PALETTE.length ? '6 3' : null })),
  );
  protected readonly formatDay = formatDay;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const measure = () => this.width.set(Math.floor(this.host.nativeElement.getBoundingClientRect().width));
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(this.host.nativeElement);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  protected percent(value: number | null): string {
    return value === null ? '–' : `${Math.round(value * 100)}%`;
  }
}
