import { countText } from './count-text';

/** `1 change`, `3 changes`, `1,200 entries`: a count with its noun. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${countText(n)} ${n === 1 ? noun : plural}`;
}
