/** Where a rendered link may go: its normalised address, and whether it leaves the app. */
export interface LinkTarget {
  readonly href: string;
  /** Off the app's origin (another site, mail): opens in a new tab without an opener. */
  readonly external: boolean;
}

const NAVIGABLE = new Set(['http:', 'https:', 'mailto:']);

/**
 * Reads a link's `href` exactly as the browser will when it is clicked: resolved against the
 * document's base with the URL parser, which drops tabs and newlines, and reads `\` as `/`, so that
 * `/\evil.example` or `ht<tab>tps://evil.example` are seen for the other sites they are. Undefined for
 * an address that is not a web page or mail (`javascript:`, `data:`, ...) or does not parse.
 */
export function linkTarget(href: string, base: string): LinkTarget | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (!NAVIGABLE.has(url.protocol)) return undefined;
  return { href: url.href, external: url.origin !== new URL(base).origin };
}
