import { FontWeight, textWidth } from './text-width';

/**
 * Splits `text` at spaces into at most `maxLines` lines so that the widest line is as narrow as
 * possible (balanced lines read better around a circle than greedy ones). Words are never split.
 */
export function wrapLabel(text: string, maxLines: number, fontSize: number, weight: FontWeight = 400): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1 || maxLines <= 1) return [words.join(' ')];
  const lines = Math.min(maxLines, words.length);
  const width = (from: number, to: number) => textWidth(words.slice(from, to).join(' '), fontSize, weight);
  // best[k][i]: narrowest widest line for words[0..i) in k lines. Word counts are small (names).
  const n = words.length;
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0][0] = 0;
  for (let k = 1; k <= lines; k++) {
    for (let i = k; i <= n; i++) {
      for (let j = k - 1; j < i; j++) {
        const candidate = Math.max(best[k - 1][j], width(j, i));
        // `<=` prefers later cuts, so that ties put more words on the first lines.
        if (candidate <= best[k][i]) {
          best[k][i] = candidate;
          cut[k][i] = j;
        }
      }
    }
  }
  let k = 1;
  for (let candidate = 1; candidate <= lines; candidate++) if (best[candidate][n] < best[k][n] - 0.01) k = candidate;
  const result: string[] = [];
  for (let end = n; k > 0; k--) {
    const start = cut[k][end];
    result.unshift(words.slice(start, end).join(' '));
    end = start;
  }
  return result;
}
