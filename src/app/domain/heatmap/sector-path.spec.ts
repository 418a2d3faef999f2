import { arc } from 'd3-shape';
import { SectorArgs, sectorCentroid, sectorPath } from './sector-path';

describe('sectorPath', () => {
  // What the heatmap drew its sectors with before: they must be drawn exactly as then.
  const d3Arc = (digits: number) => arc<unknown, SectorArgs>().digits(digits);

  /** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const SPECIAL: SectorArgs[] = [
    { innerRadius: 40, outerRadius: 100, startAngle: 0, endAngle: 2 * Math.PI },
    { innerRadius: 0, outerRadius: 100, startAngle: 0, endAngle: 2 * Math.PI },
    { innerRadius: 0, outerRadius: 100, startAngle: 0.3, endAngle: 1.2 },
    { innerRadius: 100, outerRadius: 40, startAngle: 0.3, endAngle: 1.2 },
    { innerRadius: 40, outerRadius: 100, startAngle: 1.2, endAngle: 0.3 },
    { innerRadius: 40, outerRadius: 100, startAngle: 0.5, endAngle: 0.5 },
    { innerRadius: 0, outerRadius: 0, startAngle: 0, endAngle: 1 },
    { innerRadius: 40, outerRadius: 100, startAngle: 0.1, endAngle: 4.5 },
    { innerRadius: 40, outerRadius: 100, startAngle: -1, endAngle: 7 },
  ];

  it('draws each sector as d3-shape arc() draws it, to the digit', () => {
    const next = random(16);
    const sectors = [...SPECIAL];
    for (let i = 0; i < 500; i++) {
      const start = next() * 2 * Math.PI;
      sectors.push({
        innerRadius: next() * 200,
        outerRadius: next() * 300,
        startAngle: start,
        endAngle: start + (next() - 0.3) * 2 * Math.PI,
      });
    }
    for (const digits of [0, 2, 3]) {
      for (const sector of sectors) {
        expect(sectorPath(sector, digits))
          .withContext(JSON.stringify(sector))
          .toBe(d3Arc(digits)(sector) ?? '');
      }
    }
  });

  it('puts the centroid where d3-shape arc().centroid puts it', () => {
    const next = random(7);
    for (let i = 0; i < 100; i++) {
      const sector = {
        innerRadius: next() * 100,
        outerRadius: next() * 200,
        startAngle: next() * 6,
        endAngle: next() * 6,
      };
      expect(sectorCentroid(sector)).toEqual(d3Arc(2).centroid(sector));
    }
  });
});
