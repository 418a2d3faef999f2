/** A served file that could not be fetched: `status` 0 is a network error. */
export class FetchError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(status ? `HTTP ${status}` : 'network error');
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
      let response: Response;
      try {
        // no-cache: a replaced file must show on the next visit, not after a cache expires.
        response = await fetch(url(path), { cache: 'no-cache' });
      } catch {
        throw new FetchError(path, 0);
      }
      if (!response.ok) throw new FetchError(path, response.status);
      return response.text();
    },
  };
}
