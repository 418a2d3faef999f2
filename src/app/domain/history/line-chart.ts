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
    readonly points: readonly LinePoint[];
  }[];
  /** Radius of the points: larger when there is one date, and so no line to see. */
  readonly pointRadius: number;
  /** x of a date, for the "as of" marker. */
  readonly xOf: (date: string) => number;
}

/**
 * A value drawn as a point. Lines at the same place (two teams with the same score) are drawn side
 * by side rather than over each other: `x` and `y` include that offset, and `together` names every
 * line at the place, this one included (empty when it is alone there).
 */
export interface LinePoint {
  readonly x: number;
  readonly y: number;
  readonly date: string;
  readonly value: number;
  readonly together: readonly string[];
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
  const pointRadius = single ? 4 : 2.5;
  // One date draws no line: its points stay level.
  const shifts = sideBySide(series, y, pointRadius, single ? 0 : LINE_STEP);
  const draw = (at: number) =>
    line<number | null>()
      .defined((value) => value !== null)
      .x((_, i) => x(times[i]))
      .y((value, i) => y(value ?? 0) + (shifts[at][i]?.dy ?? 0))
      .curve(curveStepAfter);
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    lines: series.map((s, at) => ({
      key: s.key,
      label: s.label,
      path: draw(at)([...s.values]) ?? '',
      points: s.values.flatMap((value, i) => {
        const shift = shifts[at][i];
        return value === null || !shift
          ? []
          : [
              {
                x: round(x(times[i]) + shift.dx),
                y: round(y(value) + shift.dy),
                date: dates[i],
                value,
                together: shift.together,
              },
            ];
      }),
    })),
    pointRadius,
    xOf,
  };
}

/** Vertical distance between lines at the same place: the width of their strokes, so each shows. */
const LINE_STEP = 2;
/** At most this far apart, the outermost of lines at the same place (20 teams at 0%). */
const MOST_SPREAD = { lines: 12, points: 30 };

interface Shift {
  readonly dx: number;
  readonly dy: number;
  readonly together: readonly string[];
}

/**
 * Where each value of each series moves so that none hides another: values drawn within a pixel of
 * each other on a date are spread around their place, their points side by side and their lines a
 * stroke apart (one above the other, in series order). `[series][date]`, undefined for null.
 */
function sideBySide(
  series: readonly ScoreSeries[],
  y: (value: number) => number,
  radius: number,
  lineStep: number,
): (Shift | undefined)[][] {
  const shifts = series.map((s) => s.values.map<Shift | undefined>(() => undefined));
  const dates = Math.max(0, ...series.map((s) => s.values.length));
  for (let i = 0; i < dates; i++) {
    const drawn: { at: number; y: number }[] = [];
    series.forEach((s, at) => {
      const value = s.values[i];
      if (value !== null && value !== undefined) drawn.push({ at, y: y(value) });
    });
    drawn.sort((a, b) => a.y - b.y || a.at - b.at);
    const groups: { at: number; y: number }[][] = [];
    for (const value of drawn) {
      const group = groups[groups.length - 1];
      if (group && value.y - group[0].y < 1) group.push(value);
      else groups.push([value]);
    }
    for (const group of groups) {
      const members = group.map((value) => value.at).sort((a, b) => a - b);
      const together = members.length > 1 ? members.map((at) => series[at].label) : [];
      const step = (most: number, wanted: number) => Math.min(wanted, most / Math.max(1, members.length - 1));
      const [dx, dy] = [step(MOST_SPREAD.points, 2 * radius + 1), step(MOST_SPREAD.lines, lineStep)];
      members.forEach((at, j) => {
        const offset = j - (members.length - 1) / 2;
        shifts[at][i] = { dx: offset * dx, dy: offset * dy, together };
      });
    }
  }
  return shifts;
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
