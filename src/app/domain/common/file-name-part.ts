/**
 * Text made fit for a file name: lower case, runs of anything but letters and digits (any script)
 * turned into one `-`, none at the ends, at most `max` characters (cut at a `-` when there is one).
 */
export function fileNamePart(text: string, max = 40): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = [...slug].slice(0, max).join('');
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}
