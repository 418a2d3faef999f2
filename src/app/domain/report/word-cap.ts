export interface Capped {
  readonly text: string;
  /** Words left out; 0 when the text was short enough. */
  readonly omitted: number;
}

/**
 * The first `cap` words of a (Markdown) text, its line breaks and spacing kept as written so lists
 * and paragraphs still read as such; `…` marks the cut. A cap of 0 or less means no cap.
 */
export function capWords(text: string, cap: number): Capped {
  if (cap <= 0) return { text, omitted: 0 };
  const words = /\S+/g;
  let count = 0;
  let end = -1;
  let match: RegExpExecArray | null;
  while ((match = words.exec(text)) !== null) {
    count++;
    if (count === cap) end = match.index + match[0].length;
  }
  if (count <= cap) return { text, omitted: 0 };
  return { text: `${text.slice(0, end)} …`, omitted: count - cap };
}
