/**
 * Angles follow d3-shape: radians, 0 at 12 o'clock, growing clockwise. SVG's y axis points down, so
 * the point at angle a and radius r is (r sin a, -r cos a).
 */
export type Point = readonly [x: number, y: number];

export function polar(radius: number, angle: number): Point {
  return [radius * Math.sin(angle), -radius * Math.cos(angle)];
}

/** An angle in [0, 2π). */
export function normalizeAngle(angle: number): number {
  const turn = 2 * Math.PI;
  return ((angle % turn) + turn) % turn;
}

/** True for angles in the lower half of the circle, where text along the arc must run the other way. */
export function isLowerHalf(angle: number): boolean {
  const a = normalizeAngle(angle);
  return a > Math.PI / 2 && a < (3 * Math.PI) / 2;
}

export function degrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

/** Rounds for compact SVG attributes; two decimals are far below a device pixel. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
