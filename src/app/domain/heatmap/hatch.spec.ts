import { hatchPath } from './hatch';

describe('hatchPath', () => {
  const segments = (d: string) =>
    [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map((m) => m.slice(1).map(Number));

  it('draws parallel 45° lines, all inside the annular sector', () => {
    const d = hatchPath(50, 100, 0, Math.PI / 3, 6);
    const lines = segments(d);
    expect(lines.length).toBeGreaterThan(5);
    for (const [x1, y1, x2, y2] of lines) {
      expect(Math.abs(x2 - x1 + (y2 - y1))).toBeLessThan(0.05);
      for (let t = 0.05; t < 1; t += 0.1) {
        const x = x1 + (x2 - x1) * t;
        const y = y1 + (y2 - y1) * t;
        const r = Math.hypot(x, y);
        const angle = Math.atan2(x, -y);
        expect(r).toBeGreaterThan(49.9);
        expect(r).toBeLessThan(100.1);
        expect(angle).toBeGreaterThan(-0.01);
        expect(angle).toBeLessThan(Math.PI / 3 + 0.01);
      }
    }
  });

  it('uses more lines for a denser spacing', () => {
    expect(segments(hatchPath(50, 100, 0, 1, 3)).length).toBeGreaterThan(segments(hatchPath(50, 100, 0, 1, 9)).length);
  });
});
