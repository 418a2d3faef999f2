/** `1 change`, `3 changes`, `2 entries`: a count with its noun. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
