/**
 * A count as `toLocaleString('en-US')` writes it (`12,345`), without Intl for whole numbers: the
 * first number formatted in a page costs about 15 ms (its locale data is loaded), and the start
 * page's heatmap, painted before Angular, says how many activities are assessed.
 */
export function countText(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    out = digits.slice(Math.max(0, end - 3), end) + (out === '' ? '' : `,${out}`);
  }
  return n < 0 ? `-${out}` : out;
}
