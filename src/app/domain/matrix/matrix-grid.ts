import { Activity, Dimension } from '../types';

/** One sub-dimension of the matrix: its activities per level (`cells[0]` is level 1). */
export interface MatrixRow {
  readonly dimension: string;
  readonly subDimension: string;
  readonly description: string;
  readonly cells: readonly (readonly Activity[])[];
}

export interface MatrixSection {
  readonly dimension: string;
  readonly description: string;
  readonly rows: readonly MatrixRow[];
}

/**
 * Lays the shown activities out as dimension sections of sub-dimension rows and level columns
 * 1..levels, in model order. Rows and sections without a shown activity are left out, so a narrow
 * filter gives a short page; activities above `levels` have no column and are not placed.
 */
export function matrixGrid(
  dimensions: readonly Dimension[],
  shown: readonly Activity[],
  levels: number,
): MatrixSection[] {
  const shownUuids = new Set(shown.map((activity) => activity.uuid));
  const sections: MatrixSection[] = [];
  for (const dimension of dimensions) {
    const rows: MatrixRow[] = [];
    for (const sub of dimension.subDimensions) {
      const cells: Activity[][] = Array.from({ length: levels }, () => []);
      let count = 0;
      for (const activity of sub.activities) {
        if (!shownUuids.has(activity.uuid) || activity.level < 1 || activity.level > levels) continue;
        cells[activity.level - 1].push(activity);
        count++;
      }
      if (count > 0) {
        rows.push({ dimension: dimension.name, subDimension: sub.name, description: sub.description, cells });
      }
    }
    if (rows.length > 0) sections.push({ dimension: dimension.name, description: dimension.description, rows });
  }
  return sections;
}

/** How many activities the grid shows. */
export function gridCount(sections: readonly MatrixSection[]): number {
  let count = 0;
  for (const section of sections) for (const row of section.rows) for (const cell of row.cells) count += cell.length;
  return count;
}

/**
 * Every activity in the order the matrix reads: dimension, sub-dimension, level, then file order.
 * Previous/next navigation on the activity page follows it.
 */
export function matrixOrder(dimensions: readonly Dimension[]): Activity[] {
  return dimensions.flatMap((dimension) =>
    dimension.subDimensions.flatMap((sub) =>
      // Array.prototype.sort is stable, so equal levels keep their file order.
      [...sub.activities].sort((a, b) => a.level - b.level),
    ),
  );
}

/** The activities before and after `uuid` in `order`; both undefined for an unknown uuid. */
export function orderNeighbours(
  order: readonly Activity[],
  uuid: string,
): { readonly previous?: Activity; readonly next?: Activity; readonly position?: number } {
  const index = order.findIndex((activity) => activity.uuid === uuid);
  if (index < 0) return {};
  return { previous: order[index - 1], next: order[index + 1], position: index + 1 };
}
