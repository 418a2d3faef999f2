/**
 * Finds dependency cycles. Each group of activities that depend on each other (a strongly connected
 * component, Tarjan's algorithm) yields one cycle, as a closed path `[a, b, a]` through the group's
 * first node in `nodes` order, so the report is stable and starts where a reader meets it first.
 */
export function findCycles(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const position = new Map(nodes.map((node, i) => [node, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!position.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    groups.push(group);
  };

  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups
    .map((group) => group.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)))
    .filter((group) => group.length > 1 || (edges.get(group[0]) ?? []).includes(group[0]))
    .sort((a, b) => (position.get(a[0]) ?? 0) - (position.get(b[0]) ?? 0))
    .map((group) => cycleThrough(group[0], new Set(group), edges));
}

/** The shortest closed path from `start` back to itself inside `group` (breadth-first). */
function cycleThrough(
  start: string,
  group: ReadonlySet<string>,
  edges: ReadonlyMap<string, readonly string[]>,
): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  // Iterating an array that grows while iterated visits the added items too: a queue.
  for (const node of queue) {
    for (const next of edges.get(node) ?? []) {
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (group.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start]; // unreachable: every node of a cyclic group lies on a cycle
}
