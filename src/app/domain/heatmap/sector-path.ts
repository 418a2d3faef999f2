import { pathRound } from 'd3-path';
import { Point } from './polar';

/** An annular sector: radii, and angles as d3-shape takes them (polar.ts). */
export interface SectorArgs {
  readonly innerRadius: number;
  readonly outerRadius: number;
  readonly startAngle: number;
  readonly endAngle: number;
}

const EPSILON = 1e-12;
const TAU = 2 * Math.PI;

/**
 * The path data d3-shape's `arc().digits(digits)` draws for `sector` (no padding, no rounded
 * corners), made by the same d3-path calls in the same order, so the same text to the last digit
 * (spec). d3-shape itself is one module whose curves assign their prototypes as it loads, which no
 * bundler drops: importing `arc` put all of it (18.7 kB) in the start page's early script
 * (scripts/early-bundle.mjs), before the first paint.
 */
export function sectorPath(sector: SectorArgs, digits: number): string {
  let r0 = +sector.innerRadius;
  let r1 = +sector.outerRadius;
  // d3-shape's angles start at 12 o'clock, Math's at 3.
  const a0 = sector.startAngle - Math.PI / 2;
  const a1 = sector.endAngle - Math.PI / 2;
  const da = Math.abs(a1 - a0);
  const cw = a1 > a0;
  const path = pathRound(digits);
  if (r1 < r0) [r0, r1] = [r1, r0];
  if (!(r1 > EPSILON)) {
    path.moveTo(0, 0);
  } else if (da > TAU - EPSILON) {
    // A circle or an annulus.
    path.moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0));
    path.arc(0, 0, r1, a0, a1, !cw);
    if (r0 > EPSILON) {
      path.moveTo(r0 * Math.cos(a1), r0 * Math.sin(a1));
      path.arc(0, 0, r0, a1, a0, cw);
    }
  } else {
    path.moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0));
    if (da > EPSILON) path.arc(0, 0, r1, a0, a1, !cw);
    if (!(r0 > EPSILON) || !(da > EPSILON)) path.lineTo(r0 * Math.cos(a1), r0 * Math.sin(a1));
    else path.arc(0, 0, r0, a1, a0, cw);
  }
  path.closePath();
  return path.toString();
}

/** The sector's centre as d3-shape's `arc().centroid` gives it: mid-radius, mid-angle. */
export function sectorCentroid(sector: SectorArgs): Point {
  const r = (+sector.innerRadius + +sector.outerRadius) / 2;
  const a = (+sector.startAngle + +sector.endAngle) / 2 - Math.PI / 2;
  return [Math.cos(a) * r, Math.sin(a) * r];
}
