import { round2 } from './polar';

/**
 * A grid of small dots inside an annular sector, as path data (each dot a closed pair of arcs, to
 * be filled): how a sector whose activities are all "not applicable" is told apart both from one
 * scoring 0% (plain colour) and from one with no activities (diagonal hatching, see hatch.ts),
 * without a `<pattern>`. Dots sit on a square grid `spacing` px apart, every other row shifted by
 * half a step, and keep `radius` clear of the sector's edges.
 */
export function dotsPath(
  innerRadius: number,
  outerRadius: number,
  startAngle: number,
  endAngle: number,
  spacing: number,
  radius: number,
): string {
  if (!(spacing > 0) || outerRadius <= innerRadius) return '';
  const margin = radius + 1;
  // The sector lies within the square of its outer radius; test each grid point against it.
  const rows = Math.ceil(outerRadius / spacing);
  const parts: string[] = [];
  for (let row = -rows; row <= rows; row++) {
    const y = row * spacing;
    const shift = row % 2 === 0 ? 0 : spacing / 2;
    for (let column = -rows - 1; column <= rows; column++) {
      const x = column * spacing + shift;
      if (!inside(x, y, innerRadius + margin, outerRadius - margin, startAngle, endAngle, margin)) continue;
      parts.push(dotPath(x, y, radius));
    }
  }
  return parts.join('');
}

/** One dot centred on (x, y), as two arcs (a zero-length line with round caps is not drawn everywhere). */
export function dotPath(x: number, y: number, radius: number): string {
  const d = round2(radius * 2);
  return `M${round2(x - radius)},${round2(y)}a${radius},${radius} 0 1 0 ${d},0a${radius},${radius} 0 1 0 ${-d},0`;
}

/** Whether (x, y) is inside the sector, at least `margin` px from its straight edges. */
function inside(x: number, y: number, inner: number, outer: number, start: number, end: number, margin: number) {
  const r = Math.hypot(x, y);
  if (r < inner || r > outer) return false;
  // Angles as in polar.ts: 0 at 12 o'clock, clockwise, in [0, 2π).
  let angle = Math.atan2(x, -y);
  if (angle < start) angle += 2 * Math.PI;
  const clearance = margin / r;
  return angle >= start + clearance && angle <= end - clearance;
}
