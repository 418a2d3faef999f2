import { DOCUMENT, Injectable, inject } from '@angular/core';

export class FetchError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(status ? `HTTP ${status}` : 'network error');
  }
}

/**
 * Fetches the served DSOMM files from `assets/YAML/` relative to the base href, the layout the OWASP
 * DSOMM image uses, so a deployment can mount its own files over these paths.
 */
@Injectable({ providedIn: 'root' })
export class YamlSource {
  private readonly base = new URL('assets/YAML/', inject(DOCUMENT).baseURI);

  url(path: string): string {
    return new URL(path, this.base).href;
  }

  async fetchText(path: string): Promise<string> {
    let response: Response;
    try {
      // no-cache: a replaced file must show on the next visit, not after a cache expires.
      response = await fetch(this.url(path), { cache: 'no-cache' });
    } catch {
      throw new FetchError(path, 0);
    }
    if (!response.ok) throw new FetchError(path, response.status);
    return response.text();
  }
}
