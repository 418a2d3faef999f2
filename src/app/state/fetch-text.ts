import { sameOriginUrl } from '../domain/loading/paths';

/** A served file that could not be fetched: `status` 0 is a network error, or `why` says. */
export class FetchError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    why?: string,
  ) {
    super(why ?? (status ? `HTTP ${status}` : 'network error'));
  }
}

/** Where the served DSOMM files come from: `path` is relative to the assets/YAML/ folder. */
export interface TextSource {
  url(path: string): string;
  fetchText(path: string): Promise<string>;
}

/**
 * The served files under `base` over HTTP. Framework-free, so main.ts (which runs before Angular)
 * fetches exactly as the app does.
 */
export function httpSource(base: string): TextSource {
  const url = (path: string) => new URL(path, base).href;
  return {
    url,
    async fetchText(path) {
      // The loader refuses such paths already; this is the last guard of "nothing from another site".
      const address = sameOriginUrl(base, path);
      if (address === undefined) throw new FetchError(path, 0, 'refused: not a file of this site');
      let response: Response;
      try {
        // no-cache: a replaced file must show on the next visit, not after a cache expires.
        // same-origin: a redirect to another site fails rather than being followed.
        response = await fetch(address, { cache: 'no-cache', mode: 'same-origin' });
      } catch {
        throw new FetchError(path, 0);
      }
      if (!response.ok) throw new FetchError(path, response.status);
      return response.text();
    },
  };
}
