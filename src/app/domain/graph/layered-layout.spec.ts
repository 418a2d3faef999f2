import { columnsOf, DEFAULT_LAYOUT, layeredLayout, wrapLabel } from './layered-layout';
import { Neighbourhood } from './neighbourhood';

const GRAPH: Neighbourhood = {
  nodes: [
    { uuid: 'centre', depth: 0 },
    { uuid: 'pre1', depth: -1 },
    { uuid: 'pre2', depth: -1 },
    { uuid: 'prepre', depth: -2 },
    { uuid: 'dep', depth: 1 },
  ],
  edges: [
    { from: 'pre1', to: 'centre' },
    { from: 'pre2', to: 'centre' },
    { from: 'prepre', to: 'pre2' },
    { from: 'centre', to: 'dep' },
  ],
};
const RANK = ['prepre', 'pre1', 'pre2', 'centre', 'dep'];

describe('layered layout of the dependency graph', () => {
  const layout = layeredLayout(GRAPH, (uuid) => RANK.indexOf(uuid));
  const node = (uuid: string) => layout.nodes.find((n) => n.uuid === uuid)!;

  it('puts prerequisites left of the centre and dependents right of it, a column per hop', () => {
    expect(node('prepre').x).toBeLessThan(node('pre1').x);
    expect(node('pre1').x).toBe(node('pre2').x);
    expect(node('pre1').x).toBeLessThan(node('centre').x);
    expect(node('centre').x).toBeLessThan(node('dep').x);
  });

  it('keeps nodes of a column apart and inside the drawing', () => {
    expect(Math.abs(node('pre1').y - node('pre2').y)).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.nodeHeight);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + DEFAULT_LAYOUT.nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(n.y + DEFAULT_LAYOUT.nodeHeight).toBeLessThanOrEqual(layout.height);
    }
  });

  it('centres smaller columns vertically', () => {
    const middle = (uuid: string) => node(uuid).y + DEFAULT_LAYOUT.nodeHeight / 2;
    expect(middle('centre')).toBeCloseTo(layout.height / 2);
    expect(middle('dep')).toBeCloseTo(layout.height / 2);
  });

  it('draws every edge from the right side of the prerequisite to the left side of the dependent', () => {
    expect(layout.edges.length).toBe(4);
    const edge = layout.edges.find((e) => e.from === 'centre')!;
    const start = node('centre').x + DEFAULT_LAYOUT.nodeWidth;
    expect(edge.path.startsWith(`M${start},`)).toBeTrue();
    const middle = node('dep').y + DEFAULT_LAYOUT.nodeHeight / 2;
    expect(edge.arrow.startsWith(`M${node('dep').x},${middle}`)).toBeTrue();
  });

  it('orders a column by its neighbours so edges do not cross', () => {
    // prepre only feeds pre2; with pre2 placed second, prepre aligns with it rather than pre1.
    const reordered = layeredLayout(
      {
        nodes: [...GRAPH.nodes, { uuid: 'prepre2', depth: -2 }],
        edges: [...GRAPH.edges, { from: 'prepre2', to: 'pre1' }],
      },
      (uuid) => ['prepre', 'prepre2', 'pre1', 'pre2', 'centre', 'dep'].indexOf(uuid),
    );
    const y = (uuid: string) => reordered.nodes.find((n) => n.uuid === uuid)!.y;
    expect(y('prepre2')).toBeLessThan(y('prepre'));
  });

  it('is empty for an empty graph', () => {
    expect(layeredLayout({ nodes: [], edges: [] }, () => 0)).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
  });
});

describe('label wrapping', () => {
  // One unit a character: what fits is plain to see.
  const chars = (text: string) => text.length;

  it('wraps at spaces within the width, each line keeping the space it was split at', () => {
    expect(wrapLabel('Defined build process for everything', 16, 3, chars)).toEqual([
      'Defined build ',
      'process for ',
      'everything',
    ]);
  });

  it('breaks a word too long for a line after a slash or hyphen, with no space added', () => {
    expect(wrapLabel('Number of vulnerabilities/severity/layer', 18, 4, chars)).toEqual([
      'Number of ',
      'vulnerabilities/',
      'severity/layer',
    ]);
    expect(wrapLabel('Blue-green-canary-rollout', 12, 3, chars)).toEqual(['Blue-green-', 'canary-', 'rollout']);
  });

  it('ends a cut label with an ellipsis within the width and cuts overlong words', () => {
    expect(wrapLabel('one two three four five six', 9, 2, chars)).toEqual(['one two ', 'three…']);
    expect(wrapLabel('Supercalifragilistic', 8, 2, chars)).toEqual(['Superca…']);
    expect(wrapLabel('one two three', 7, 1, chars)).toEqual(['one tw…']);
  });
});

describe('layered layout with labels of several lines', () => {
  const lines: Record<string, number> = { centre: 2, pre1: 4, pre2: 3, prepre: 1, dep: 2 };
  const layout = layeredLayout(
    GRAPH,
    (uuid) => RANK.indexOf(uuid),
    DEFAULT_LAYOUT,
    (uuid) => lines[uuid],
  );
  const node = (uuid: string) => layout.nodes.find((n) => n.uuid === uuid)!;

  it('makes a node as tall as its label needs, and keeps the column apart and inside the drawing', () => {
    expect(node('pre1').height).toBe(64 + 2 * 16);
    expect(node('pre2').height).toBe(64 + 16);
    expect(node('prepre').height).toBe(64);
    expect(node('pre2').y).toBe(node('pre1').y + node('pre1').height + DEFAULT_LAYOUT.rowGap);
    expect(layout.height).toBe(96 + 16 + 80 + 2 * DEFAULT_LAYOUT.margin);
    for (const n of layout.nodes) expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
  });

  it('runs edges to the middle of the taller nodes', () => {
    const edge = layout.edges.find((e) => e.from === 'pre1')!;
    expect(edge.path.startsWith(`M${node('pre1').x + DEFAULT_LAYOUT.nodeWidth},${node('pre1').y + 48}`)).toBeTrue();
    const centre = node('centre');
    expect(centre.y + centre.height / 2).toBeCloseTo(layout.height / 2);
  });
});

describe('columns of the layered layout', () => {
  it('moves a dependent right of another dependent it depends on, and a prerequisite left likewise', () => {
    // centre <- d1 <- d1b (both one hop from centre, d1b also depends on d1); p1 <- centre, p1b <- p1 and p1b <- centre.
    const columns = columnsOf({
      nodes: [
        { uuid: 'centre', depth: 0 },
        { uuid: 'd1', depth: 1 },
        { uuid: 'd1b', depth: 1 },
        { uuid: 'p1', depth: -1 },
        { uuid: 'p1b', depth: -1 },
      ],
      edges: [
        { from: 'centre', to: 'd1' },
        { from: 'centre', to: 'd1b' },
        { from: 'd1', to: 'd1b' },
        { from: 'p1', to: 'centre' },
        { from: 'p1b', to: 'centre' },
        { from: 'p1b', to: 'p1' },
      ],
    });
    expect(Object.fromEntries(columns)).toEqual({ centre: 0, d1: 1, d1b: 2, p1: -1, p1b: -2 });
  });

  it('terminates on a cycle', () => {
    const columns = columnsOf({
      nodes: [
        { uuid: 'c', depth: 0 },
        { uuid: 'x', depth: 1 },
        { uuid: 'y', depth: 1 },
      ],
      edges: [
        { from: 'c', to: 'x' },
        { from: 'x', to: 'y' },
        { from: 'y', to: 'x' },
      ],
    });
    expect(columns.get('c')).toBe(0);
    expect(columns.size).toBe(3);
  });
});

/** Points along an edge's path (M, then C and L with absolute coordinates, as the layout writes them). */
function pointsOf(path: string): [number, number][] {
  const commands = path.match(/[MCL][^MCL]*/g) ?? [];
  const points: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const command of commands) {
    const n = command.slice(1).split(',').map(Number);
    if (command[0] === 'M') at = [n[0], n[1]];
    else if (command[0] === 'L') {
      const to: [number, number] = [n[0], n[1]];
      for (let k = 1; k <= 16; k++)
        points.push([at[0] + ((to[0] - at[0]) * k) / 16, at[1] + ((to[1] - at[1]) * k) / 16]);
      at = to;
    } else {
      const [c1x, c1y, c2x, c2y, x, y] = n;
      for (let k = 1; k <= 32; k++) {
        const t = k / 32;
        const [a, b, c, d] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3];
        points.push([a * at[0] + b * c1x + c * c2x + d * x, a * at[1] + b * c1y + c * c2y + d * y]);
      }
      at = [x, y];
    }
  }
  return points;
}

describe('edges that skip a column', () => {
  // pre is a prerequisite of centre and of dep, which depends on centre: pre -> dep skips centre's
  // column, at the height of centre; far -> d2 skips two columns, one of them full.
  const graph: Neighbourhood = {
    nodes: [
      { uuid: 'pre', depth: -1 },
      { uuid: 'centre', depth: 0 },
      { uuid: 'dep', depth: 1 },
      { uuid: 'd2', depth: 2 },
      { uuid: 'side1', depth: 1 },
      { uuid: 'side2', depth: 1 },
    ],
    edges: [
      { from: 'pre', to: 'centre' },
      { from: 'centre', to: 'dep' },
      { from: 'pre', to: 'dep' },
      { from: 'dep', to: 'd2' },
      { from: 'centre', to: 'side1' },
      { from: 'centre', to: 'side2' },
      { from: 'pre', to: 'd2' },
    ],
  };
  const layout = layeredLayout(graph, (uuid) => graph.nodes.findIndex((n) => n.uuid === uuid));

  it('runs clear of every node but their own ends, rather than under the node in their way', () => {
    const inside = (point: [number, number], uuid: string) => {
      const node = layout.nodes.find((n) => n.uuid === uuid)!;
      const [x, y] = point;
      return x > node.x && x < node.x + DEFAULT_LAYOUT.nodeWidth && y > node.y && y < node.y + node.height;
    };
    for (const edge of layout.edges) {
      const others = layout.nodes.map((n) => n.uuid).filter((uuid) => uuid !== edge.from && uuid !== edge.to);
      const hit = others.filter((uuid) => pointsOf(edge.path).some((point) => inside(point, uuid)));
      expect(hit).withContext(`${edge.from} -> ${edge.to}`).toEqual([]);
    }
  });

  it('keeps an edge between neighbouring columns one curve, as before', () => {
    const edge = layout.edges.find((e) => e.from === 'pre' && e.to === 'centre')!;
    expect(edge.path).toMatch(/^M[\d.,-]+C[\d.,-]+$/);
  });
});
