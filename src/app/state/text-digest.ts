import { TextSource } from './text-source';

/**
 * SHA-256 of the text's UTF-8 bytes, hex, by WebCrypto (which digests off the main thread);
 * undefined where it is not available: `crypto.subtle` exists only in secure contexts, and a page
 * served over plain HTTP from a host other than localhost has none.
 */
export async function sha256Hex(
  text: string,
  crypto: { readonly subtle?: SubtleCrypto } | undefined = globalThis.crypto,
): Promise<string | undefined> {
  const subtle = crypto?.subtle;
  if (subtle === undefined) return undefined;
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/** A source that takes the SHA-256 of one file's text as it arrives (see `digestingSource`). */
export interface DigestingSource {
  readonly source: TextSource;
  /** The SHA-256 of `text` when it is the text of the file this source digests; else undefined. */
  digestOf(text: string): string | undefined;
}

/**
 * `source`, which also takes the SHA-256 of `file`'s text as it arrives, before handing the text
 * on, so that whoever reads the text can have its digest at once (`digestOf`). The digest is given
 * only for that very text: any other text, e.g. a later download of the file, gets none.
 */
export function digestingSource(source: TextSource, file: string | undefined): DigestingSource {
  let digested: { readonly text: string; readonly sha256: string } | undefined;
  return {
    source: {
      url: (path) => source.url(path),
      async fetchText(path, offlineCopy) {
        const text = await source.fetchText(path, offlineCopy);
        if (path === file && digested?.text !== text) {
          const sha256 = await sha256Hex(text);
          if (sha256 !== undefined) digested = { text, sha256 };
        }
        return text;
      },
    },
    // The same string (usually the same object, which compares at once) or none.
    digestOf: (text) => (digested !== undefined && digested.text === text ? digested.sha256 : undefined),
  };
}
