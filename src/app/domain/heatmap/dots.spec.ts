import { dotsPath } from './dots';

describe('dotsPath', () => {
  const centres = (d: string) =>
    [...d.matchAll(/M([-\d.]+),([-\d.]+)a([\d.]+),[\d.]+ 0 1 0 ([\d.]+),0/g)].map((m) => {
      const radius = Number(m[3]);
      return [Number(m[1]) + radius, Number(m[2]), radius];
    });

  it('fills the annular sector with dots that stay clear of its edges', () => {
    const dots = centres(dotsPath(50, 100, 0, Math.PI / 3, 6, 1));
    expect(dots.length).toBeGreaterThan(20);
    for (const [x, y, radius] of dots) {
      const r = Math.hypot(x, y);
      const angle = Math.atan2(x, -y);
      expect(radius).toBe(1);
      expect(r).toBeGreaterThanOrEqual(50 + radius);
      expect(r).toBeLessThanOrEqual(100 - radius);
      expect(angle * r).toBeGreaterThanOrEqual(radius - 0.01);
      expect((Math.PI / 3 - angle) * r).toBeGreaterThanOrEqual(radius - 0.01);
    }
  });

  it('works for sectors across 12 o clock and in every quarter', () => {
    const across = centres(dotsPath(40, 90, (11 * Math.PI) / 6, 2 * Math.PI + Math.PI / 6, 6, 1));
    expect(across.some(([x]) => x < 0)).toBeTrue();
    expect(across.some(([x]) => x > 0)).toBeTrue();
    const lower = centres(dotsPath(40, 90, Math.PI, (4 * Math.PI) / 3, 6, 1));
    expect(lower.length).toBeGreaterThan(10);
    expect(lower.every(([x, y]) => x <= 0 && y >= 0)).toBeTrue();
  });

  it('is denser for a smaller spacing and empty for a degenerate sector', () => {
    expect(centres(dotsPath(50, 100, 0, 1, 4, 1)).length).toBeGreaterThan(
      centres(dotsPath(50, 100, 0, 1, 8, 1)).length,
    );
    expect(dotsPath(50, 50, 0, 1, 6, 1)).toBe('');
  });
});
