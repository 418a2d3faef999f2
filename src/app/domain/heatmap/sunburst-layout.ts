import { Dimension } from '../types';
import { curvedLabel, CurvedLabel } from './curved-label';
import { hatchPath } from './hatch';
import { sectorCentroid, sectorPath } from './sector-path';
import { degrees, normalizeAngle, polar, round2 } from './polar';
import { ellipsize, textWidth } from './text-width';
import { wrapLabel } from './wrap-label';

/** One wedge per sub-dimension, in model order, clockwise from 12 o'clock. */
export interface Wedge {
  readonly index: number;
  readonly dimensionIndex: number;
  readonly dimension: string;
  readonly subDimension: string;
  readonly startAngle: number;
  readonly endAngle: number;
}

export interface Ring {
  readonly level: number;
  readonly innerRadius: number;
  readonly outerRadius: number;
}

/** One wedge at one level. */
export interface SectorShape {
  /** `<wedge index>:<level>`, stable while the model is unchanged. */
  readonly key: string;
  readonly wedgeIndex: number;
  readonly level: number;
  readonly path: string;
  readonly centroid: readonly [number, number];
  /** Number of activities the sub-dimension has at this level. */
  readonly activityCount: number;
  /** Diagonal hatching drawn over sectors with no activities; empty otherwise. */
  readonly hatch: string;
}

/** A sub-dimension name set along the wedge's radius, lines stacked across it. */
export interface RadialLabel {
  readonly wedgeIndex: number;
  readonly lines: readonly { readonly text: string; readonly y: number; readonly width: number }[];
  readonly fullText: string;
  /** Anchor point (the end nearest the centre) and rotation in degrees, never upside down. */
  readonly x: number;
  readonly y: number;
  readonly rotation: number;
  readonly anchor: 'start' | 'end';
  readonly fontSize: number;
  readonly lineHeight: number;
}

export interface DimensionBand {
  readonly index: number;
  readonly name: string;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly path: string;
  readonly label: CurvedLabel;
}

export interface SunburstLayout {
  /** Side of the square the chart fills; coordinates are centred on (0, 0). */
  readonly size: number;
  readonly radius: number;
  readonly fontSize: number;
  readonly holeRadius: number;
  readonly rings: readonly Ring[];
  readonly wedges: readonly Wedge[];
  readonly sectors: readonly SectorShape[];
  readonly labels: readonly RadialLabel[];
  readonly dimensions: readonly DimensionBand[];
  /** Radius up to which radial labels may reach (the dimension band starts after it). */
  readonly labelOuterRadius: number;
}

/** Angular gap between dimensions, so that groups read as groups. */
const DIMENSION_GAP = 0.025;
const MIN_FONT = 8;
const MAX_LINES = 3;
/** Radial labels may take at most this share of the radius; longer lines get an ellipsis. */
const LABEL_SHARE = 0.4;
/** Ring radii grow with this power of the level: between even widths (1) and even areas (0.5). */
const RING_POWER = 0.8;
const HOLE_SHARE = 0.2;
/** Labels should leave the rings at least this share of the space inside the dimension band. */
const ROOMY = 0.55;

/**
 * Lays out the circular heatmap for a square of `size` px: rings for levels 1 (inside) to
 * `maxLevel`, one wedge per sub-dimension grouped by dimension, radial sub-dimension labels and an
 * outer band naming each dimension. Text is sized for the space and checked so that no two labels
 * overlap (see `labelsFit`); labels that cannot fit even when small are left out (the sectors still
 * carry the names in their accessible labels and tooltips).
 */
export function sunburstLayout(dimensions: readonly Dimension[], maxLevel: number, size: number): SunburstLayout {
  const radius = Math.max(0, size / 2 - 2);
  const fontSize = clamp(Math.round(size / 26) / 2, 10, 13);
  const wedgeCount = dimensions.reduce((n, d) => n + d.subDimensions.length, 0);
  const levels = Math.max(1, Math.floor(maxLevel));
  if (wedgeCount === 0 || radius < 20) {
    return {
      size,
      radius,
      fontSize,
      holeRadius: 0,
      rings: [],
      wedges: [],
      sectors: [],
      labels: [],
      dimensions: [],
      labelOuterRadius: radius,
    };
  }
  const wedges = layoutWedges(dimensions);
  const wedgeAngle = wedgeCount === 1 ? 2 * Math.PI : wedges[0].endAngle - wedges[0].startAngle;
  const bandWidth = fontSize * 2;
  const bandInner = radius - bandWidth;
  const pad = fontSize * 0.4;
  const names = wedges.map((w) => w.subDimension);
  const fitted = fitLabels(names, wedgeAngle, wedgeCount, bandInner - pad, radius * LABEL_SHARE, fontSize);
  const labelInner = fitted?.inner ?? bandInner - pad;
  const ringsOuter = Math.max(levels * 2, labelInner - pad);
  const holeRadius = ringsOuter * HOLE_SHARE;
  const rings: Ring[] = [];
  const ringRadius = (k: number) => holeRadius + (ringsOuter - holeRadius) * Math.pow(k / levels, RING_POWER);
  for (let level = 1; level <= levels; level++) {
    rings.push({ level, innerRadius: ringRadius(level - 1), outerRadius: ringRadius(level) });
  }
  const sectors: SectorShape[] = [];
  dimensions
    .flatMap((d) => d.subDimensions)
    .forEach((sub, wedgeIndex) => {
      const wedge = wedges[wedgeIndex];
      for (const ring of rings) {
        const args = { ...ring, startAngle: wedge.startAngle, endAngle: wedge.endAngle };
        const [cx, cy] = sectorCentroid(args);
        const activityCount = sub.activities.filter((a) => a.level === ring.level).length;
        sectors.push({
          key: `${wedgeIndex}:${ring.level}`,
          wedgeIndex,
          level: ring.level,
          path: sectorPath(args, 2),
          centroid: [round2(cx), round2(cy)],
          activityCount,
          hatch:
            activityCount === 0
              ? hatchPath(
                  ring.innerRadius,
                  ring.outerRadius,
                  wedge.startAngle,
                  wedge.endAngle,
                  Math.max(4, fontSize * 0.45),
                )
              : '',
        });
      }
    });
  const labels = fitted ? radialLabels(wedges, fitted) : [];
  const bands = dimensions.map((dimension, index): DimensionBand => {
    const own = wedges.filter((w) => w.dimensionIndex === index);
    const startAngle = own[0]?.startAngle ?? 0;
    const endAngle = own[own.length - 1]?.endAngle ?? 0;
    const args = { innerRadius: bandInner, outerRadius: radius, startAngle, endAngle };
    return {
      index,
      name: dimension.name,
      startAngle,
      endAngle,
      path: sectorPath(args, 2),
      label: curvedLabel({
        text: dimension.name,
        radius: bandInner + bandWidth / 2,
        startAngle,
        endAngle,
        fontSize,
        minFontSize: Math.min(fontSize, MIN_FONT + 1),
      }),
    };
  });
  return {
    size,
    radius,
    fontSize,
    holeRadius,
    rings,
    wedges,
    sectors,
    labels,
    dimensions: bands.filter((band) => band.endAngle > band.startAngle),
    labelOuterRadius: bandInner - pad / 2,
  };
}

/** Equal wedges, a small gap before each dimension (centred on 12 o'clock for the first). */
function layoutWedges(dimensions: readonly Dimension[]): Wedge[] {
  const count = dimensions.reduce((n, d) => n + d.subDimensions.length, 0);
  const groups = dimensions.filter((d) => d.subDimensions.length > 0).length;
  const gap = count === 1 ? 0 : DIMENSION_GAP;
  const wedgeAngle = (2 * Math.PI - gap * groups) / count;
  const wedges: Wedge[] = [];
  let angle = gap / 2;
  dimensions.forEach((dimension, dimensionIndex) => {
    if (dimension.subDimensions.length === 0) return;
    for (const sub of dimension.subDimensions) {
      wedges.push({
        index: wedges.length,
        dimensionIndex,
        dimension: dimension.name,
        subDimension: sub.name,
        startAngle: angle,
        endAngle: angle + wedgeAngle,
      });
      angle += wedgeAngle;
    }
    angle += gap;
  });
  return wedges;
}

interface FittedLabels {
  /** Radius where every label starts (its end nearest the centre). */
  readonly inner: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly lines: readonly (readonly string[])[];
}

/**
 * Chooses the font (from `fontSize` down to MIN_FONT) and line count (1..3) for the labels: among
 * the combinations where every label fits between the rings and `outerLimit` without touching its
 * neighbours, the one shortening the fewest names, then with the largest font that leaves the rings
 * a fair share of the radius, then leaving the rings the most room. Undefined when nothing fits.
 */
function fitLabels(
  names: readonly string[],
  wedgeAngle: number,
  wedgeCount: number,
  outerLimit: number,
  maxLength: number,
  fontSize: number,
): FittedLabels | undefined {
  let best: (FittedLabels & { shortened: number }) | undefined;
  for (let font = fontSize; font >= MIN_FONT; font -= 0.5) {
    const lineHeight = font * 1.2;
    for (let maxLines = 1; maxLines <= MAX_LINES; maxLines++) {
      let shortened = 0;
      const lines = names.map((name) =>
        wrapLabel(name, maxLines, font).map((line) => {
          const fitted = ellipsize(line, maxLength, font);
          if (fitted !== line) shortened++;
          return fitted;
        }),
      );
      const longest = Math.max(...lines.flat().map((line) => textWidth(line, font)));
      const thickest = Math.max(...lines.map((l) => l.length)) * lineHeight;
      // The far corners of a label reach slightly beyond its length: sqrt(L² + h²) <= L + h²/2L.
      const inner = outerLimit - longest - (thickest * thickest) / (8 * Math.max(1, outerLimit - longest));
      const candidate = { inner, fontSize: font, lineHeight, lines, shortened };
      if (inner <= 0 || !labelsFit(candidate, wedgeAngle, wedgeCount)) continue;
      const roomy = (c: { inner: number }) => c.inner >= outerLimit * ROOMY;
      const better =
        !best ||
        shortened < best.shortened ||
        (shortened === best.shortened && roomy(candidate) && !roomy(best)) ||
        (shortened === best.shortened &&
          roomy(candidate) === roomy(best) &&
          font === best.fontSize &&
          inner > best.inner + 0.5);
      if (better) best = candidate;
    }
    // A larger font that fits every name in full and leaves the rings room is not bettered.
    if (best && best.shortened === 0 && best.inner >= outerLimit * ROOMY) break;
  }
  return best;
}

/**
 * Neighbouring labels cannot touch when each stays on its side of the bisector between their
 * wedges: a label of thickness h starting at radius a on its wedge's mid-line keeps its corners
 * inside when h/2 <= a·tan(Δ/2), Δ being the angle between mid-lines (at least one wedge).
 */
function labelsFit(fitted: FittedLabels, wedgeAngle: number, wedgeCount: number): boolean {
  if (wedgeCount === 1) return true;
  const room = fitted.inner * Math.tan(Math.min(wedgeAngle, Math.PI * 0.999) / 2) - 0.5;
  return fitted.lines.every((lines) => (lines.length * fitted.lineHeight) / 2 <= room);
}

function radialLabels(wedges: readonly Wedge[], fitted: FittedLabels): RadialLabel[] {
  return wedges.map((wedge, index) => {
    const lines = fitted.lines[index];
    const mid = (wedge.startAngle + wedge.endAngle) / 2;
    const [x, y] = polar(fitted.inner, mid);
    const left = normalizeAngle(mid) > Math.PI;
    return {
      wedgeIndex: wedge.index,
      lines: lines.map((text, i) => ({
        text,
        y: round2((i - (lines.length - 1) / 2) * fitted.lineHeight),
        width: round2(textWidth(text, fitted.fontSize)),
      })),
      fullText: wedge.subDimension,
      x: round2(x),
      y: round2(y),
      // Reading outwards means rotating by (angle - 90°); on the left half that would be upside
      // down, so the text is turned round and anchored at its end instead.
      rotation: round2(degrees(normalizeAngle(mid)) - (left ? 270 : 90)),
      anchor: left ? 'end' : 'start',
      fontSize: fitted.fontSize,
      lineHeight: fitted.lineHeight,
    };
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
