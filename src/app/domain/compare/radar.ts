import { curveLinearClosed, lineRadial } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { wrapLabel } from '../heatmap/wrap-label';

/** One polygon of the radar: a value (0..1, null = nothing to score) per axis. */
export interface RadarSeries {
  readonly key: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface RadarAxis {
  readonly label: string;
  /** End of the spoke. */
  readonly x: number;
  readonly y: number;
  /** Where its label goes, and how it is anchored so it points away from the centre. */
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The label in up to two balanced lines, each with its baseline: above the spoke's end at the top, below it at the bottom, centred beside it elsewhere. */
  readonly lines: readonly { readonly text: string; readonly y: number }[];
}

const FONT_SIZE = 12;
const LINE_HEIGHT = 14;

export interface RadarLayout {
  /** Width and height of the square, centre at (size/2, size/2) once translated. */
  readonly size: number;
  readonly radius: number;
  readonly axes: readonly RadarAxis[];
  /** Closed paths of the 25/50/75/100% rings, centred on 0,0. */
  readonly rings: readonly { readonly value: number; readonly path: string; readonly labelY: number }[];
  /** One closed path per series, centred on 0,0; a null value is drawn at the centre. */
  readonly shapes: readonly { readonly key: string; readonly label: string; readonly path: string }[];
}

const RING_VALUES = [0.25, 0.5, 0.75, 1];

/**
 * Geometry of a radar chart: one spoke per axis (clockwise from the top), the score rings and one
 * closed polygon per series, computed with d3-shape. `margin` leaves room for the axis labels.
 */
export function radarLayout(
  axes: readonly string[],
  series: readonly RadarSeries[],
  size: number,
  margin = 80,
): RadarLayout {
  const radius = Math.max(10, size / 2 - margin);
  const r = scaleLinear().domain([0, 1]).range([0, radius]).clamp(true);
  const angle = (i: number) => (axes.length === 0 ? 0 : (2 * Math.PI * i) / axes.length);
  const line = lineRadial<number>()
    .angle((_, i) => angle(i))
    .radius((value) => r(value))
    .curve(curveLinearClosed);
  const point = (i: number, distance: number) => ({
    x: round(Math.sin(angle(i)) * distance),
    y: round(-Math.cos(angle(i)) * distance),
  });
  return {
    size,
    radius,
    axes: axes.map((label, i) => {
      const end = point(i, radius);
      const at = point(i, radius + 12);
      const sin = Math.sin(angle(i));
      const cos = Math.cos(angle(i));
      const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
      const texts = wrapLabel(label, 2, FONT_SIZE);
      const first =
        Math.abs(sin) >= 0.2
          ? at.y - ((texts.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35
          : cos > 0
            ? at.y - (texts.length - 1) * LINE_HEIGHT - 3
            : at.y + FONT_SIZE;
      const lines = texts.map((text, line) => ({ text, y: round(first + line * LINE_HEIGHT) }));
      return { label, x: end.x, y: end.y, labelX: at.x, labelY: at.y, anchor, lines };
    }),
    rings: RING_VALUES.map((value) => ({
      value,
      path: line(axes.map(() => value)) ?? '',
      labelY: round(-r(value)),
    })),
    shapes: series.map((s) => ({
      key: s.key,
      label: s.label,
      path: line(axes.map((_, i) => s.values[i] ?? 0)) ?? '',
    })),
  };
}

function round(value: number): number {
  // `|| 0` turns -0 (from sin/cos at the axes) into 0, so no "-0" reaches an attribute.
  return Math.round(value * 100) / 100 || 0;
}
