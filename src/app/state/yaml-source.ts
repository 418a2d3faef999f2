import { DOCUMENT, Injectable, inject } from '@angular/core';
import { httpSource, TextSource } from './text-source';

/**
 * Fetches the served DSOMM files from `assets/YAML/` relative to the base href, the layout the OWASP
 * DSOMM image uses, so a deployment can mount its own files over these paths.
 */
@Injectable({ providedIn: 'root' })
export class YamlSource implements TextSource {
  /** The folder the files are served from (an absolute URL ending in `/`). */
  readonly base = new URL('assets/YAML/', inject(DOCUMENT).baseURI).href;
  private readonly http = httpSource(this.base);

  url(path: string): string {
    return this.http.url(path);
  }

  fetchText(path: string, offlineCopy?: () => void): Promise<string> {
    return this.http.fetchText(path, offlineCopy);
  }
}
