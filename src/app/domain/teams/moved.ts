/** `list` with `item` moved to `toIndex`, clamped to the list (for drag-and-drop reordering). */
export function moved<T>(list: readonly T[], item: T, toIndex: number): T[] {
  const rest = list.filter((entry) => entry !== item);
  const index = Math.max(0, Math.min(rest.length, Math.trunc(toIndex)));
  return [...rest.slice(0, index), item, ...rest.slice(index)];
}
