import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { utcMidnight } from '../common/calendar-date';
import { ScoreSeries } from './as-of';

export interface LineChartLayout {
  readonly width: number;
  readonly height: number;
  /** The plot area inside the margins. */
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly xTicks: readonly { readonly x: number; readonly date: string }[];
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly lines: readonly {
    readonly key: string;
    readonly label: string;
    readonly path: string;
    readonly points: readonly { readonly x: number; readonly y: number }[];
  }[];
  /** x of a date, for the "as of" marker. */
  readonly xOf: (date: string) => number;
}

const MARGIN = { left: 44, right: 16, top: 12, bottom: 28 };
const DAY = 86_400_000;

/**
 * Geometry of the score-over-time chart: dates on a UTC time axis (days apart by their real
 * distance), scores from 0% up to a round top just above the highest value. Lines are steps: a score holds from the day it was reached until
 * the next change. Null values (nothing to score) break the line.
 */
export function lineChartLayout(
  dates: readonly string[],
  series: readonly ScoreSeries[],
  width: number,
  height: number,
): LineChartLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 10, width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 10, height - MARGIN.bottom),
  };
  const times = dates.map(utcMidnight);
  const single = times.length === 1;
  // A single date sits in the middle of a three-day axis, the only day named on it.
  const [first, last] = single ? [times[0] - DAY, times[0] + DAY] : [times[0] ?? 0, times[times.length - 1] ?? DAY];
  const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]);
  const top = yTop(series);
  const y = scaleLinear().domain([0, top]).range([plot.bottom, plot.top]);
  const xOf = (date: string) => round(x(utcMidnight(date)));
  const tickCount = Math.max(2, Math.floor((plot.right - plot.left) / 90));
  // The axis names days: ticks between midnights (d3 places them every 12 hours when the dates are a
  // day or two apart) would repeat a day's name ("Dec 7, Dec 7, Dec 8").
  const ticks = single
    ? [new Date(times[0])]
    : x.ticks(Math.min(tickCount, Math.max(2, dates.length))).filter((tick) => tick.getTime() % DAY === 0);
  const xTicks = ticks.map((tick) => ({ x: round(x(tick)), date: tick.toISOString().slice(0, 10) }));
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({
    y: round(y(share * top)),
    label: `${Math.round(share * top * 1000) / 10}%`,
  }));
  const draw = line<number | null>()
    .defined((value) => value !== null)
    .x((_, i) => x(times[i]))
    .y((value) => y(value ?? 0))
    .curve(curveStepAfter);
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    lines: series.map((s) => ({
      key: s.key,
      label: s.label,
      path: draw([...s.values]) ?? '',
      points: s.values.flatMap((value, i) => (value === null ? [] : [{ x: round(x(times[i])), y: round(y(value)) }])),
    })),
    xOf,
  };
}

/** Tops of the score axis: the smallest that holds every value, so early low scores are readable. */
const Y_TOPS = [0.04, 0.1, 0.2, 0.4, 0.6, 0.8, 1];

function yTop(series: readonly ScoreSeries[]): number {
  const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  return Y_TOPS.find((top) => top >= max) ?? 1;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
