import { Activity } from '../types';

/** An activity near the centre: depth < 0 is a prerequisite (hops up), depth > 0 a dependent. */
export interface GraphNode {
  readonly uuid: string;
  readonly depth: number;
}

/** `from` must be in place before `to` (`to` lists `from` in its dependsOn). */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
}

export interface Neighbourhood {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** uuid -> uuids of the activities that depend on it, in model order. */
export function dependentsIndex(activities: readonly Activity[]): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const activity of activities) {
    for (const dependency of new Set(activity.dependsOn)) {
      const list = index.get(dependency);
      if (list) list.push(activity.uuid);
      else index.set(dependency, [activity.uuid]);
    }
  }
  return index;
}

/**
 * The activities within `hops` dependency steps of `centre`, each way: what it depends on (and what
 * those depend on) and what depends on it (and on those). Edges are every dependency between two of
 * these activities. Links to uuids the model does not know are skipped; a cycle in a broken model
 * cannot loop (each activity is placed once, at the first distance found, prerequisites first).
 */
export function neighbourhood(
  byUuid: ReadonlyMap<string, Activity>,
  dependents: ReadonlyMap<string, readonly string[]>,
  centre: string,
  hops = 2,
): Neighbourhood {
  if (!byUuid.has(centre)) return { nodes: [], edges: [] };
  const depth = new Map<string, number>([[centre, 0]]);
  const walk = (next: (uuid: string) => readonly string[], sign: number) => {
    let frontier = [centre];
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      const found: string[] = [];
      for (const uuid of frontier) {
        for (const neighbour of next(uuid)) {
          if (!byUuid.has(neighbour) || depth.has(neighbour)) continue;
          depth.set(neighbour, sign * hop);
          found.push(neighbour);
        }
      }
      frontier = found;
    }
  };
  walk((uuid) => byUuid.get(uuid)?.dependsOn ?? [], -1);
  walk((uuid) => dependents.get(uuid) ?? [], 1);

  const nodes = [...depth].map(([uuid, d]) => ({ uuid, depth: d }));
  const edges: GraphEdge[] = [];
  for (const { uuid } of nodes) {
    for (const dependency of new Set(byUuid.get(uuid)?.dependsOn ?? [])) {
      if (depth.has(dependency) && dependency !== uuid) edges.push({ from: dependency, to: uuid });
    }
  }
  return { nodes, edges };
}
