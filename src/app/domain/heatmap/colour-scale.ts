/**
 * The heatmap colour of a score (0..1) as a CSS colour: a mix of the theme's `--app-heat-0` and
 * `--app-heat-1` in OKLab, a perceptually even space, so equal score steps look like equal colour
 * steps. Being CSS, it follows light, dark and print themes without recomputing anything.
 */
export function heatColour(score: number): string {
  return `color-mix(in oklab, var(--app-heat-1) ${Math.round(heatShare(score) * 1000) / 10}%, var(--app-heat-0))`;
}

/**
 * How much of `--app-heat-1` a score's colour holds (0..1, to a tenth of a percent): what
 * `heatColour` mixes, for exports that mix resolved colours themselves (see heatmap-svg.ts).
 */
export function heatShare(score: number): number {
  return Math.round(clamp01(score) * 1000) / 1000;
}

/** A score as the whole percentage people read (0.375 -> 38). */
export function scorePercent(score: number): number {
  return Math.round(clamp01(score) * 100);
}

export interface LegendTick {
  readonly value: number;
  readonly x: number;
  readonly label: string;
}

export interface LegendStep {
  readonly x: number;
  readonly width: number;
  /** The score (0..1) whose colour the step shows. */
  readonly value: number;
  readonly colour: string;
}

export interface Legend {
  readonly width: number;
  readonly ticks: readonly LegendTick[];
  /** The colour ramp as small steps (an SVG gradient would need a document-wide id). */
  readonly steps: readonly LegendStep[];
}

/**
 * Legend of `width` px: round ticks (0%, 20%... or 0%, 50%, 100% when narrow) over a colour ramp.
 * The ticks are the ones d3-scale's `ticks()` gives for the 0..1 domain, written out: d3-scale
 * would bring d3-format and d3-time-format (16 kB gzipped) into the start page for them.
 */
export function heatLegend(width: number, stepCount = 40): Legend {
  const step = width >= 240 ? 0.2 : 0.5;
  const ticks = Array.from({ length: Math.round(1 / step) + 1 }, (_, i) => {
    const value = round2(i * step);
    return { value, x: round2(value * width), label: `${scorePercent(value)}%` };
  });
  const stepWidth = width / stepCount;
  const steps = Array.from({ length: stepCount }, (_, i) => {
    const value = (i + 0.5) / stepCount;
    // A hair wider than the step so anti-aliasing leaves no seams between the rectangles.
    return { x: round2(i * stepWidth), width: round2(stepWidth + 0.5), value, colour: heatColour(value) };
  });
  return { width, ticks, steps };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
