import { polar, Point, round2 } from './polar';

/**
 * Diagonal hatching inside an annular sector, as path data: how a sector with no activities is told
 * apart from one scoring 0% without a `<pattern>` (which needs a document-wide id and does not
 * survive every SVG importer). Lines run at 45° in screen space, `spacing` px apart.
 */
export function hatchPath(
  innerRadius: number,
  outerRadius: number,
  startAngle: number,
  endAngle: number,
  spacing: number,
): string {
  const outline = sectorOutline(innerRadius, outerRadius, startAngle, endAngle);
  // Lines x + y = c; c ranges over the outline's extent.
  const sums = outline.map(([x, y]) => x + y);
  const min = Math.min(...sums);
  const max = Math.max(...sums);
  const step = spacing * Math.SQRT2;
  const parts: string[] = [];
  for (let c = Math.ceil(min / step) * step; c <= max; c += step) {
    const hits = crossings(outline, c);
    for (let i = 0; i + 1 < hits.length; i += 2) {
      // Along x + y = c a point is (t, c - t).
      parts.push(`M${round2(hits[i])},${round2(c - hits[i])}L${round2(hits[i + 1])},${round2(c - hits[i + 1])}`);
    }
  }
  return parts.join('');
}

/** The sector as a polygon, arcs sampled finely enough to be within a fraction of a pixel. */
function sectorOutline(inner: number, outer: number, start: number, end: number): Point[] {
  const steps = Math.max(2, Math.ceil(((end - start) * outer) / 4));
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) points.push(polar(outer, start + ((end - start) * i) / steps));
  for (let i = steps; i >= 0; i--) points.push(polar(inner, start + ((end - start) * i) / steps));
  return points;
}

/** x of the points where the line x + y = c crosses the polygon's edges, sorted (even-odd pairs). */
function crossings(polygon: readonly Point[], c: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i];
    const [x2, y2] = polygon[(i + 1) % polygon.length];
    const s1 = x1 + y1 - c;
    const s2 = x2 + y2 - c;
    // Half-open test so that a vertex exactly on the line is counted once.
    if (s1 > 0 !== s2 > 0) xs.push(x1 + ((x2 - x1) * s1) / (s1 - s2));
  }
  return xs.sort((a, b) => a - b);
}
