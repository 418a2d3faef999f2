import { arc } from 'd3-shape';
import fc from 'fast-check';
import { Dimension } from '../types';
import { modelFixture, ModelSpec } from '../testing/model-fixture';
import { awkwardName } from '../testing/awkward-names';
import { normalizeAngle, Point } from './polar';
import { RadialLabel, sunburstLayout, SunburstLayout } from './sunburst-layout';
import { charWidth } from './text-width';

/** The bundled model's dimensions and sub-dimensions (activities reduced to one per level 1..3). */
const DSOMM: ModelSpec = {
  'Build and Deployment': subs(['Build', 'Deployment', 'Patch Management']),
  'Culture and Organization': subs(['Design', 'Education and Guidance', 'Process']),
  Implementation: subs(['Application Hardening', 'Development and Source Control', 'Infrastructure Hardening']),
  'Information Gathering': subs(['Logging', 'Monitoring', 'Test KPI']),
  'Test and Verification': subs([
    'Application tests',
    'Consolidation',
    'Dynamic depth for applications',
    'Dynamic depth for infrastructure',
    'Static depth for applications',
    'Static depth for infrastructure',
    'Test Intensity',
  ]),
};

function subs(names: readonly string[]): Record<string, [string, number][]> {
  return Object.fromEntries(
    names.map((name) => [name, [1, 2, 3].map((level): [string, number] => [`${name} ${level}`, level])]),
  );
}

const DIMENSIONS = modelFixture(DSOMM).dimensions;

describe('sunburstLayout', () => {
  const layout = sunburstLayout(DIMENSIONS, 5, 640);

  it('gives every sub-dimension an equal wedge, in model order, with a gap between dimensions', () => {
    expect(layout.wedges.length).toBe(19);
    expect(layout.wedges.map((w) => w.subDimension)).toEqual(
      DIMENSIONS.flatMap((d) => d.subDimensions.map((s) => s.name)),
    );
    const angles = layout.wedges.map((w) => w.endAngle - w.startAngle);
    for (const angle of angles) expect(angle).toBeCloseTo(angles[0], 9);
    let gaps = 0;
    for (let i = 1; i < layout.wedges.length; i++) {
      const gap = layout.wedges[i].startAngle - layout.wedges[i - 1].endAngle;
      const newDimension = layout.wedges[i].dimensionIndex !== layout.wedges[i - 1].dimensionIndex;
      if (newDimension) gaps++;
      expect(gap > 1e-6).toBe(newDimension);
    }
    expect(gaps).toBe(4);
    // Wedges and gaps make one full turn.
    const covered = angles.reduce((a, b) => a + b, 0) + 5 * (layout.wedges[3].startAngle - layout.wedges[2].endAngle);
    expect(covered).toBeCloseTo(2 * Math.PI, 9);
  });

  it('stacks one ring per level, level 1 inside, outside the hole', () => {
    expect(layout.rings.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    expect(layout.rings[0].innerRadius).toBe(layout.holeRadius);
    for (let i = 1; i < 5; i++) expect(layout.rings[i].innerRadius).toBeCloseTo(layout.rings[i - 1].outerRadius, 9);
    expect(layout.rings[4].outerRadius).toBeLessThan(Math.hypot(layout.labels[0].x, layout.labels[0].y));
    expect(layout.sectors.length).toBe(19 * 5);
  });

  it('centres each sector inside its own wedge and ring', () => {
    for (const sector of layout.sectors) {
      const wedge = layout.wedges[sector.wedgeIndex];
      const ring = layout.rings[sector.level - 1];
      const [x, y] = sector.centroid;
      const angle = normalizeAngle(Math.atan2(x, -y));
      const r = Math.hypot(x, y);
      expect(angle).toBeGreaterThan(wedge.startAngle);
      expect(angle).toBeLessThan(wedge.endAngle);
      expect(r).toBeGreaterThan(ring.innerRadius);
      expect(r).toBeLessThan(ring.outerRadius);
    }
  });

  it('counts activities per sector and hatches only the empty ones', () => {
    const build = layout.sectors.filter((s) => s.wedgeIndex === 0);
    expect(build.map((s) => s.activityCount)).toEqual([1, 1, 1, 0, 0]);
    expect(build.map((s) => s.hatch !== '')).toEqual([false, false, false, true, true]);
  });

  it('never draws a radial label upside down, and anchors it on the ring side', () => {
    for (const label of layout.labels) {
      expect(label.rotation).toBeGreaterThanOrEqual(-90);
      expect(label.rotation).toBeLessThanOrEqual(90);
      const wedge = layout.wedges[label.wedgeIndex];
      const onLeft = (wedge.startAngle + wedge.endAngle) / 2 > Math.PI;
      expect(label.anchor).toBe(onLeft ? 'end' : 'start');
    }
  });

  it('never draws a dimension label upside down', () => {
    expect(layout.dimensions.map((d) => d.label.text)).toEqual(DIMENSIONS.map((d) => d.name));
    const upright = (rotation: number) => Math.abs(((rotation + 540) % 360) - 180);
    for (const band of layout.dimensions) {
      const rotations = band.label.rotate.split(' ').map(Number);
      expect(rotations.length).toBe(band.label.text.length);
      // The middle of the text faces up; characters further along follow the curve (a band
      // that crosses 3 or 9 o'clock tilts its ends a little past vertical, never turned over).
      expect(upright(rotations[Math.floor(rotations.length / 2)])).toBeLessThanOrEqual(90.01);
      for (const rotation of rotations) expect(upright(rotation)).toBeLessThan(135);
    }
  });

  it('keeps dimension labels inside their own band', () => {
    for (const band of layout.dimensions) {
      expect(band.label.startAngle).toBeGreaterThanOrEqual(band.startAngle);
      expect(band.label.endAngle).toBeLessThanOrEqual(band.endAngle);
    }
  });

  for (const size of [320, 390, 640, 1200]) {
    it(`lays out labels that overlap neither each other nor the rings or band at ${size}px`, () => {
      const sized = sunburstLayout(DIMENSIONS, 5, size);
      expect(sized.labels.length).toBe(19);
      expectNoLabelOverlap(sized);
      expect(sized.fontSize).toBeGreaterThanOrEqual(10);
    });
  }

  it('shows every bundled sub-dimension name in full at a desktop size', () => {
    const names = layout.labels.map((l) => l.lines.map((line) => line.text).join(' '));
    expect(names).toEqual(layout.wedges.map((w) => w.subDimension));
  });

  it('lays out any names, levels and sizes without overlapping labels', () => {
    const spec = fc.dictionary(
      awkwardName,
      fc.dictionary(awkwardName, fc.constant([['a', 1]] as [string, number][]), { minKeys: 1, maxKeys: 9 }),
      { minKeys: 1, maxKeys: 7 },
    );
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 200, max: 1400 }), (s, maxLevel, size) => {
        const sized = sunburstLayout(modelFixture(s).dimensions, maxLevel, size);
        expect(sized.rings.length).toBe(maxLevel);
        expectNoLabelOverlap(sized);
      }),
      { numRuns: 60 },
    );
  });

  it("draws its sectors and dimension bands as d3-shape's arc() did, to the digit", () => {
    const one = modelFixture({ Only: subs(['One']) }).dimensions;
    for (const [dimensions, size] of [
      [DIMENSIONS, 640],
      [DIMENSIONS, 320],
      [one, 400],
    ] as const) {
      const drawn = sunburstLayout(dimensions, 5, size);
      const d3Arc = arc<
        unknown,
        { innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }
      >().digits(2);
      for (const sector of drawn.sectors) {
        const { startAngle, endAngle } = drawn.wedges[sector.wedgeIndex];
        expect(sector.path).toBe(d3Arc({ ...drawn.rings[sector.level - 1], startAngle, endAngle })!);
      }
      const band = { innerRadius: drawn.radius - drawn.fontSize * 2, outerRadius: drawn.radius };
      for (const dimension of drawn.dimensions) expect(dimension.path).toBe(d3Arc({ ...band, ...dimension })!);
      expect(drawn.sectors.length).toBe(dimensions.flatMap((d) => d.subDimensions).length * 5);
    }
  });

  it('gives an empty layout for a model without sub-dimensions', () => {
    const empty: Dimension[] = [{ name: 'Empty', description: '', subDimensions: [] }];
    expect(sunburstLayout(empty, 5, 600).sectors).toEqual([]);
  });
});

/** The rotated rectangle each radial label covers, from its anchor, rotation, widths and line height. */
function labelBox(label: RadialLabel): Point[] {
  const width = Math.max(...label.lines.map((l) => l.width));
  const half = (label.lines.length * label.lineHeight) / 2;
  const [x0, x1] = label.anchor === 'start' ? [0, width] : [-width, 0];
  const rad = (label.rotation * Math.PI) / 180;
  const corners: Point[] = [
    [x0, -half],
    [x1, -half],
    [x1, half],
    [x0, half],
  ];
  return corners.map(([x, y]) => [
    label.x + x * Math.cos(rad) - y * Math.sin(rad),
    label.y + x * Math.sin(rad) + y * Math.cos(rad),
  ]);
}

/** Separating-axis test for two convex polygons. */
function overlaps(a: readonly Point[], b: readonly Point[]): boolean {
  for (const polygon of [a, b]) {
    for (let i = 0; i < polygon.length; i++) {
      const [x1, y1] = polygon[i];
      const [x2, y2] = polygon[(i + 1) % polygon.length];
      const axis: Point = [y1 - y2, x2 - x1];
      const project = (p: readonly Point[]) => p.map(([x, y]) => x * axis[0] + y * axis[1]);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) <= Math.min(...pb) + 1e-6 || Math.max(...pb) <= Math.min(...pa) + 1e-6) return false;
    }
  }
  return true;
}

function expectNoLabelOverlap(layout: SunburstLayout): void {
  const boxes = layout.labels.map(labelBox);
  const ringsOuter = layout.rings[layout.rings.length - 1]?.outerRadius ?? 0;
  boxes.forEach((box, i) => {
    for (const [x, y] of box) {
      expect(Math.hypot(x, y)).toBeGreaterThan(ringsOuter);
      expect(Math.hypot(x, y)).toBeLessThanOrEqual(layout.labelOuterRadius + 1e-6);
    }
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(box, boxes[j])) fail(`labels ${i} and ${j} overlap at ${layout.size}px`);
    }
  });
  for (const band of layout.dimensions) {
    // Curved characters stay within the band's arc, so bands never collide with one another.
    const xs = band.label.x.split(' ').filter(Boolean).map(Number);
    const ys = band.label.y.split(' ').filter(Boolean).map(Number);
    xs.forEach((x, k) => {
      const r = Math.hypot(x, ys[k]);
      expect(r).toBeGreaterThan(layout.labelOuterRadius - charWidth('M', band.label.fontSize));
      expect(r).toBeLessThanOrEqual(layout.radius + 1e-6);
    });
  }
}
