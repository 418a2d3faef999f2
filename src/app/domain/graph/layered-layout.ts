import { linkHorizontal } from 'd3-shape';
import { GraphEdge, GraphNode, Neighbourhood } from './neighbourhood';

export interface LayoutOptions {
  readonly nodeWidth: number;
  /** Height of a node whose label takes `labelLines` lines or fewer; each further line adds `lineHeight`. */
  readonly nodeHeight: number;
  readonly labelLines: number;
  readonly lineHeight: number;
  /** Horizontal space between columns, where the edges run. */
  readonly columnGap: number;
  readonly rowGap: number;
  /** Space around the drawing. */
  readonly margin: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  nodeWidth: 184,
  nodeHeight: 64,
  labelLines: 2,
  lineHeight: 16,
  columnGap: 56,
  rowGap: 16,
  margin: 8,
};

/** A node's top-left corner. */
export interface PlacedNode extends GraphNode {
  readonly x: number;
  readonly y: number;
  /** Position within its column, 0 at the top. */
  readonly row: number;
  /** Taller than `nodeHeight` when its label takes more lines. */
  readonly height: number;
}

export interface PlacedEdge extends GraphEdge {
  /** SVG path data from the prerequisite to the dependent. */
  readonly path: string;
  /** A small filled triangle at the dependent's end (markers would need document-wide ids). */
  readonly arrow: string;
}

export interface GraphLayout {
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
  readonly width: number;
  readonly height: number;
}

type Point = [number, number];

/**
 * The column of every node: its hop distance at first, then pushed outwards until each dependency
 * between two nodes on the same side runs from a left column to a right one (longest path
 * layering). The number of passes is bounded, so a cycle in a broken model cannot loop forever.
 */
export function columnsOf(graph: Neighbourhood): Map<string, number> {
  const column = new Map(graph.nodes.map((node) => [node.uuid, node.depth]));
  // Each pass lengthens some path by one; no path is longer than the node count.
  for (let passes = graph.nodes.length; passes > 0; passes--) {
    let changed = false;
    for (const { from, to } of graph.edges) {
      const a = column.get(from);
      const b = column.get(to);
      if (a === undefined || b === undefined || a < b) continue;
      // A dependent-side edge moves the dependent right, a prerequisite-side edge moves the
      // prerequisite left; an edge from the right side back to the left is a cycle: left as is.
      if (b > 0) column.set(to, a + 1);
      else if (a < 0) column.set(from, b - 1);
      else continue;
      changed = true;
    }
    if (!changed) break;
  }
  return column;
}

const link = linkHorizontal<{ source: Point; target: Point }, Point>();

/**
 * Columns by dependency order, prerequisites left of the centre and dependents right of it, so
 * edges point rightwards even between two activities the same number of hops away (such a
 * dependent moves one column further right, see `columnsOf`). Within a column nodes start in `rank` order (model order) and are then
 * reordered by the mean row of their neighbours in the column nearer the centre (barycentre
 * heuristic), which removes most edge crossings of such small graphs. Columns are centred
 * vertically. Deterministic: ties keep rank order. A node is as tall as its label needs (`lines`:
 * how many lines each label takes), so that a long activity name is drawn whole.
 */
export function layeredLayout(
  graph: Neighbourhood,
  rank: (uuid: string) => number,
  options: LayoutOptions = DEFAULT_LAYOUT,
  lines: (uuid: string) => number = () => options.labelLines,
): GraphLayout {
  if (graph.nodes.length === 0) return { nodes: [], edges: [], width: 0, height: 0 };
  const column = columnsOf(graph);
  const columnValues = [...column.values()];
  const minDepth = Math.min(...columnValues);
  const maxDepth = Math.max(...columnValues);
  const columns = new Map<number, GraphNode[]>();
  for (let d = minDepth; d <= maxDepth; d++) columns.set(d, []);
  for (const node of graph.nodes) columns.get(column.get(node.uuid) ?? node.depth)?.push(node);
  for (const nodes of columns.values()) nodes.sort((a, b) => rank(a.uuid) - rank(b.uuid));

  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const row = new Map<string, number>();
  const setRows = (nodes: readonly GraphNode[]) => nodes.forEach((node, index) => row.set(node.uuid, index));
  setRows(columns.get(0) ?? []);
  const reorder = (d: number, towardsCentre: number) => {
    const nodes = columns.get(d) ?? [];
    const inner = new Set((columns.get(towardsCentre) ?? []).map((node) => node.uuid));
    const key = new Map(
      nodes.map((node, index) => {
        const rows = (neighbours.get(node.uuid) ?? []).filter((n) => inner.has(n)).map((n) => row.get(n) ?? 0);
        return [node.uuid, rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : index];
      }),
    );
    nodes.sort((a, b) => (key.get(a.uuid) ?? 0) - (key.get(b.uuid) ?? 0) || rank(a.uuid) - rank(b.uuid));
    setRows(nodes);
  };
  for (let d = -1; d >= minDepth; d--) reorder(d, d + 1);
  for (let d = 1; d <= maxDepth; d++) reorder(d, d - 1);

  const heightOf = (uuid: string) =>
    options.nodeHeight + Math.max(0, lines(uuid) - options.labelLines) * options.lineHeight;
  const columnHeight = (nodes: readonly GraphNode[]) =>
    nodes.reduce((sum, node) => sum + heightOf(node.uuid), 0) + Math.max(0, nodes.length - 1) * options.rowGap;
  const tallest = Math.max(...[...columns.values()].map(columnHeight));
  const height = tallest + 2 * options.margin;
  // Extra room on the right for the bulge of an edge within the last column (cyclic models only).
  const width =
    (maxDepth - minDepth + 1) * options.nodeWidth +
    (maxDepth - minDepth) * options.columnGap +
    2 * options.margin +
    options.columnGap * 0.6;

  const placed = new Map<string, PlacedNode>();
  for (const [d, nodes] of columns) {
    let y = options.margin + (tallest - columnHeight(nodes)) / 2;
    nodes.forEach((node, index) => {
      const height = heightOf(node.uuid);
      placed.set(node.uuid, {
        ...node,
        row: index,
        x: options.margin + (d - minDepth) * (options.nodeWidth + options.columnGap),
        y,
        height,
      });
      y += height + options.rowGap;
    });
  }

  const byColumn = new Map<number, PlacedNode[]>();
  for (const node of placed.values()) byColumn.set(node.x, [...(byColumn.get(node.x) ?? []), node]);
  for (const nodes of byColumn.values()) nodes.sort((a, b) => a.y - b.y);
  const edges = graph.edges.flatMap((edge) => {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    return from && to ? [{ ...edge, ...edgePath(from, to, options, byColumn, height) }] : [];
  });
  const nodes = graph.nodes.map((node) => placed.get(node.uuid)).filter((node) => node !== undefined);
  return { nodes, edges, width, height };
}

const ARROW = 7;

function edgePath(
  from: PlacedNode,
  to: PlacedNode,
  options: LayoutOptions,
  byColumn: ReadonlyMap<number, readonly PlacedNode[]>,
  height: number,
): { path: string; arrow: string } {
  const midY = (node: PlacedNode) => node.y + node.height / 2;
  const right = (node: PlacedNode) => node.x + options.nodeWidth;
  // An arrow whose tip touches the node at (x, y), pointing in `direction` (1 = right, -1 = left).
  const arrow = (x: number, y: number, direction: number) =>
    `M${x},${y}L${x - direction * ARROW},${y - ARROW / 2}L${x - direction * ARROW},${y + ARROW / 2}Z`;
  if (from.x === to.x) {
    // Same column (only in broken, cyclic models): bulge out to the right and come back in.
    const x = right(from);
    const bulge = options.columnGap * 0.6;
    return {
      path: `M${x},${midY(from)}C${x + bulge},${midY(from)} ${x + bulge},${midY(to)} ${x + ARROW},${midY(to)}`,
      arrow: arrow(x, midY(to), -1),
    };
  }
  const forward = from.x < to.x;
  const direction = forward ? 1 : -1;
  const tip: Point = [forward ? to.x : right(to), midY(to)];
  const source: Point = [forward ? right(from) : from.x, midY(from)];
  // The line stops where the arrowhead begins, so the head's tip is crisp.
  const target: Point = [tip[0] - direction * ARROW, tip[1]];
  const through = forward ? crossings(source, target, options, byColumn, height) : [];
  const path = through.length > 0 ? pathThrough([source, ...through, target]) : (link({ source, target }) ?? '');
  return { path, arrow: arrow(tip[0], tip[1], direction) };
}

/** Room kept between an edge and a node it passes. */
const CLEARANCE = 4;

/**
 * Where an edge that skips columns crosses each column between its ends, as the points it enters
 * and leaves it by; none when the straight edge passes every column clear of its nodes. A blocked
 * column is crossed in its gap nearest the straight line (between two nodes, or above or below
 * them): drawn straight, such an edge ran under the node in its way, and where that node is linked
 * to both ends it read as a second edge through it.
 */
function crossings(
  source: Point,
  target: Point,
  options: LayoutOptions,
  byColumn: ReadonlyMap<number, readonly PlacedNode[]>,
  height: number,
): Point[] {
  const columns = [...byColumn.entries()]
    .filter(([x]) => x > source[0] && x + options.nodeWidth < target[0])
    .sort(([a], [b]) => a - b);
  // Where linkHorizontal's curve is at x: its x runs as 1.5t - 1.5t² + t³ (rising), its y as 3t² - 2t³.
  const curveY = (x: number) => {
    const share = (x - source[0]) / (target[0] - source[0]);
    let [low, high] = [0, 1];
    for (let step = 0; step < 24; step++) {
      const t = (low + high) / 2;
      if (1.5 * t - 1.5 * t * t + t * t * t < share) low = t;
      else high = t;
    }
    return source[1] + (target[1] - source[1]) * (3 * low * low - 2 * low * low * low);
  };
  const blocked = columns.some(([x, nodes]) =>
    Array.from({ length: 9 }, (_, k) => x + (k * options.nodeWidth) / 8).some((at) => blocks(curveY(at), nodes)),
  );
  if (!blocked) return [];
  return columns.flatMap(([x, nodes]) => {
    const y = freeY(nodes, curveY(x + options.nodeWidth / 2), height);
    return [
      [x, y],
      [x + options.nodeWidth, y],
    ] satisfies Point[];
  });
}

/** Whether a line at `y` would touch one of the nodes. */
const blocks = (y: number, nodes: readonly PlacedNode[]) =>
  nodes.some((node) => y > node.y - CLEARANCE && y < node.y + node.height + CLEARANCE);

/** The y nearest `wanted` where a line crosses the column clear of its nodes (sorted top to bottom). */
function freeY(nodes: readonly PlacedNode[], wanted: number, height: number): number {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const bottom = last.y + last.height;
  const gaps = [first.y / 2, bottom + (height - bottom) / 2];
  for (let i = 1; i < nodes.length; i++) {
    const above = nodes[i - 1].y + nodes[i - 1].height;
    gaps.push((above + nodes[i].y) / 2);
  }
  if (!blocks(wanted, nodes)) return wanted;
  return gaps.reduce((best, y) => (Math.abs(y - wanted) < Math.abs(best - wanted) ? y : best));
}

/**
 * A path through `points`, left to right: straight across each column (pairs of points after the
 * first), curved as `linkHorizontal` draws between columns.
 */
function pathThrough(points: readonly Point[]): string {
  let path = `M${points[0][0]},${points[0][1]}`;
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
    const across = i % 2 === 0 && i < points.length - 1;
    const middle = (x0 + x1) / 2;
    path += across ? `L${x1},${y1}` : `C${middle},${y0},${middle},${y1},${x1},${y1}`;
  }
  return path;
}

/**
 * Splits a label into at most `maxLines` lines no wider than `maxWidth` (SVG text does not wrap): at
 * spaces, and a word too long for a line also after a slash or hyphen ("vulnerabilities/",
 * "severity/layer"). Each line but the last keeps the space it was split at, so the lines read as the
 * name's words. A cut label ends in an ellipsis, and a word too long with nowhere to break is cut too.
 * `width` measures a text (the drawn font's, see textWidth).
 */
export function wrapLabel(text: string, maxWidth: number, maxLines: number, width: (text: string) => number): string[] {
  const pieces = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) =>
      (width(word) > maxWidth ? (word.match(/[^/-]+[/-]*|[/-]+/g) ?? [word]) : [word]).map((piece, i) => ({
        piece,
        space: i === 0,
      })),
    );
  const lines: string[] = [];
  let current = '';
  for (const { piece, space } of pieces) {
    const joined = current === '' ? piece : `${current}${space ? ' ' : ''}${piece}`;
    if (current === '' || width(joined) <= maxWidth) current = joined;
    else {
      lines.push(space ? `${current} ` : current);
      current = piece;
    }
  }
  if (current !== '') lines.push(current);
  const cut = (line: string) => {
    let kept = line.trimEnd();
    while (kept.length > 1 && width(`${kept}…`) > maxWidth) kept = kept.slice(0, -1).trimEnd();
    return `${kept}…`;
  };
  const shown = lines.slice(0, maxLines).map((line) => (width(line.trimEnd()) > maxWidth ? cut(line) : line));
  if (lines.length > maxLines) {
    const last = shown[maxLines - 1];
    if (!last.endsWith('…')) shown[maxLines - 1] = cut(last);
  }
  return shown;
}
